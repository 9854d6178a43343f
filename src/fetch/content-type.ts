/** Content-Type parsing and the media types each kind of fetch accepts. */

export interface MediaType {
  /** Lower-case `type/subtype`, or null when the header is missing or empty. */
  mime: string | null;
  charset: string | null;
}

/** `text/html; charset="UTF-8"` → { mime: 'text/html', charset: 'utf-8' }. */
export function parseContentType(header: string | string[] | undefined): MediaType {
  const raw = (Array.isArray(header) ? header[0] : header) ?? '';
  const [type, ...params] = raw.split(';');
  const mime = type!.trim().toLowerCase() || null;
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p);
    if (m) charset = m[1]!.toLowerCase();
  }
  return { mime, charset };
}

/** What a fetch is for: an article page, or a feed/sitemap/listing page to find articles in. */
export type FetchPurpose = 'article' | 'feed' | 'sitemap' | 'page' | 'robots';

const ARTICLE = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);
const XML = (m: string): boolean => m === 'text/xml' || m === 'application/xml' || m.endsWith('+xml');
// Sitemaps are often served compressed as files (.xml.gz) rather than with Content-Encoding.
const GZIP_FILE = new Set(['application/gzip', 'application/x-gzip', 'application/octet-stream']);

/** Null when `mime` suits the purpose, else the reason to fail. A missing Content-Type is accepted (the body decides). */
export function checkMediaType(mime: string | null, purpose: FetchPurpose): string | null {
  if (mime === null || purpose === 'robots') return null;
  const ok =
    purpose === 'article'
      ? ARTICLE.has(mime)
      : purpose === 'page'
        ? mime === 'text/html' || mime === 'application/xhtml+xml'
        : // Feeds and sitemaps: XML types; text/html and text/plain because misconfigured servers send them.
          XML(mime) || mime === 'text/html' || mime === 'text/plain' || (purpose === 'sitemap' && GZIP_FILE.has(mime));
  return ok ? null : `unsupported content type ${mime} (expected ${purpose === 'article' ? 'HTML or plain text' : purpose === 'page' ? 'HTML' : 'XML'})`;
}

/** The loader kind for an article body: text/plain → 'text', anything else accepted → 'html'. */
export const articleKind = (mime: string | null, body: string): 'html' | 'text' =>
  mime === 'text/plain' || (mime === null && !/<(?:html|body|p|div|article)[\s>]/i.test(body.slice(0, 4096))) ? 'text' : 'html';

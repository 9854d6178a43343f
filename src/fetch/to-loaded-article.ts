/** An HTTP payload (fetched now, or read back from a WARC) → the LoadedArticle the pipeline takes. */
import { decodeBytes } from '../decode/decode-bytes.js';
import { articleKind } from './content-type.js';
import type { LoadedArticle } from '../types.js';

export interface HttpPayload {
  /** The canonical place: the URL as given (fetch) or the WARC-Target-URI. */
  location: string;
  /** Decoded body (no Content-Encoding left). */
  body: Uint8Array;
  sha256: string;
  mime: string | null;
  /** What the Content-Type header said; decodeBytes weighs it against BOM, <meta> and the bytes. */
  charset: string | null;
  fetchedAt: string | null;
  etag: string | null;
  lastModified: string | null;
}

export function toLoadedArticle(p: HttpPayload): LoadedArticle {
  const looksHtml = p.mime !== 'text/plain';
  // Passed as a variable: decodeBytes grows `isHtml` (meta charset sniffing) in its own slice.
  const decodeOpts = { declaredCharset: p.charset, isHtml: looksHtml, location: p.location };
  const { text, warnings } = decodeBytes(p.body, decodeOpts);
  return {
    source: { location: p.location, sha256: p.sha256, fetchedAt: p.fetchedAt, etag: p.etag, lastModified: p.lastModified },
    kind: articleKind(p.mime, text),
    body: text,
    warnings,
  };
}

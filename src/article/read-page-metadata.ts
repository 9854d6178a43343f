/**
 * Stages 1 and 2 of the HTML cascade: what the page says about itself. JSON-LD
 * (`NewsArticle`/`Article`: headline, datePublished, author) first, then OpenGraph and meta
 * tags (`og:title`, `article:published_time`, `pubdate`, `itemprop=datePublished`,
 * `meta[name=author]`). An author that is the outlet ("Dân Trí", "VnExpress") is not a person.
 */
import type { CheerioAPI } from 'cheerio';
import { parseDateValue } from '../text/vietnam-date.js';
import { isElement } from './html-blocks.js';
import { isOutlet, splitAuthorNames } from '../text/author-names.js';

/** Fields found in page metadata; null or [] when the page does not say. */
export interface PageMetadata {
  title: string | null;
  publishedAt: string | null;
  authors: string[];
}

const ARTICLE_TYPES = new Set(['newsarticle', 'article', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle', 'backgroundnewsarticle', 'blogposting', 'liveblogposting', 'report', 'scholarlyarticle']);
const ORGANISATION_TYPES = new Set(['organization', 'newsmediaorganization', 'corporation', 'governmentorganization']);

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decode the HTML entities that leak into JSON-LD strings ("&#34;", "&amp;"). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED_ENTITIES[e.toLowerCase()] ?? m;
  });
}

const clean = (s: unknown): string | null => {
  if (typeof s !== 'string') return null;
  const t = decodeEntities(s).replace(/\s+/gu, ' ').trim();
  return t || null;
};

/** Parse one JSON-LD script, forgiving comments, CDATA, raw control characters and trailing commas. */
function parseJsonLd(raw: string): unknown {
  const s = raw.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)/u, '').replace(/(?:-->|\/\/\s*\]\]>)\s*$/u, '');
  for (const attempt of [s, s.replace(/[\u0000-\u001f]+/gu, ' '), s.replace(/[\u0000-\u001f]+/gu, ' ').replace(/,\s*([}\]])/gu, '$1')]) {
    try {
      return JSON.parse(attempt);
    } catch {
      // try the next repair
    }
  }
  return null;
}

const typesOf = (o: Record<string, unknown>): string[] => {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
};

function findArticleObject(node: unknown, depth = 0): Record<string, unknown> | null {
  if (depth > 5 || node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const n of node) {
      const hit = findArticleObject(n, depth + 1);
      if (hit) return hit;
    }
    return null;
  }
  const o = node as Record<string, unknown>;
  if (typesOf(o).some((t) => ARTICLE_TYPES.has(t))) return o;
  for (const k of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
    const hit = findArticleObject(o[k], depth + 1);
    if (hit) return hit;
  }
  return null;
}

function authorsFromJsonLd(v: unknown): string[] {
  if (typeof v === 'string') return splitAuthorNames(decodeEntities(v));
  if (Array.isArray(v)) return v.flatMap(authorsFromJsonLd);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typesOf(o).some((t) => ORGANISATION_TYPES.has(t))) return [];
    return authorsFromJsonLd(o.name);
  }
  return [];
}

function readJsonLd($: CheerioAPI): PageMetadata {
  const out: PageMetadata = { title: null, publishedAt: null, authors: [] };
  $('script[type="application/ld+json" i]').each((_, el) => {
    if (out.title && out.publishedAt) return false;
    const article = findArticleObject(parseJsonLd($(el).text()));
    if (!article) return undefined;
    out.title ??= clean(article.headline) ?? clean(article.name);
    out.publishedAt ??= parseDateValue(article.datePublished) ?? parseDateValue(article.dateCreated);
    if (!out.authors.length) out.authors = authorsFromJsonLd(article.author);
    return undefined;
  });
  return out;
}

const TITLE_META = ['meta[property="og:title" i]', 'meta[name="twitter:title" i]', 'meta[property="twitter:title" i]', 'meta[name="title" i]', 'meta[itemprop="headline" i]'];
const DATE_META = [
  'meta[property="article:published_time" i]',
  'meta[name="article:published_time" i]',
  'meta[name="pubdate" i]',
  'meta[itemprop="datePublished" i]',
  'meta[name="publishdate" i]',
  'meta[name="publish-date" i]',
  'meta[property="og:published_time" i]',
  'meta[name="dc.date.issued" i]',
  'meta[name="dcterms.created" i]',
  'meta[name="date" i]',
];
const AUTHOR_META = ['meta[name="author" i]', 'meta[property="article:author" i]', 'meta[name="dc.creator" i]'];

/** A site suffix or prefix in a page title ("… | Báo Dân trí", "… - VnExpress") is cut off. */
export function stripSiteName(title: string): string {
  const suffix = /^(?<rest>.*\S)(?:\s+[|–—-]\s+|\s*\|\s*)(?<site>[^|–—]+)$/u.exec(title);
  if (suffix?.groups && isOutlet(suffix.groups.site!)) return suffix.groups.rest!;
  const prefix = /^(?<site>[^|–—]+?)(?:\s+[|–—-]\s+|\s*\|\s*)(?<rest>\S.*)$/u.exec(title);
  if (prefix?.groups && isOutlet(prefix.groups.site!)) return prefix.groups.rest!;
  return title;
}

function readMeta($: CheerioAPI): PageMetadata {
  const first = (selectors: readonly string[], pick: (v: string) => unknown): unknown => {
    for (const sel of selectors) {
      for (const el of $(sel).toArray().filter(isElement)) {
        const v = el.attribs.content ?? el.attribs.datetime ?? $(el).text();
        const got = v ? pick(v) : null;
        if (got && (!Array.isArray(got) || got.length)) return got;
      }
    }
    return null;
  };
  const title = first(TITLE_META, (v) => {
    const t = clean(v);
    return t ? stripSiteName(t) : null;
  }) as string | null;
  const publishedAt = (first(DATE_META, parseDateValue) ?? first(['[itemprop="datePublished" i]'], parseDateValue)) as string | null;
  const authors = (first(AUTHOR_META, (v) => (/^https?:/i.test(v.trim()) ? null : splitAuthorNames(v))) as string[] | null) ?? [];
  return { title, publishedAt, authors };
}

/** JSON-LD first, then OpenGraph and meta tags, each filling only what the previous left empty. */
export function readPageMetadata($: CheerioAPI): PageMetadata {
  const ld = readJsonLd($);
  if (ld.title && ld.publishedAt && ld.authors.length) return ld;
  const meta = readMeta($);
  return {
    title: ld.title ?? meta.title,
    publishedAt: ld.publishedAt ?? meta.publishedAt,
    authors: ld.authors.length ? ld.authors : meta.authors,
  };
}

/** Shared shapes that cross stage boundaries. Stages depend on these, never on each other. */
import type { Warning } from './record/schema.js';

/** Provenance of the raw input, as the loader or fetcher saw it. */
export interface SourceMeta {
  /** Path as given (relative paths stay relative), `file.jsonl:LINE`, or URL (a WARC record: its WARC-Target-URI; failures name `file.warc.gz#OFFSET`). */
  location: string;
  /** sha256 (hex) of the raw bytes as read or fetched. */
  sha256: string;
  fetchedAt: string | null;
  etag: string | null;
  lastModified: string | null;
}

/**
 * An article as a loader hands it over. `body` is already decoded to a JS string and NFC
 * (plain text, or the HTML document when `kind === 'html'`). Metadata that the container
 * itself carried (a JSON Lines field, an HTTP header) goes in the optional fields; the
 * article-extraction stage fills what is missing from the body.
 */
export interface LoadedArticle {
  source: SourceMeta;
  kind: 'text' | 'html';
  body: string;
  title?: string | null;
  publishedAt?: string | null;
  authors?: string[];
  /** The article's web address when the container named one (a JSON Lines `url` field): lets HTML extraction pick a site profile. */
  url?: string;
  /** Decoding diagnostics (legacy encoding detected, BOM stripped …). */
  warnings: Warning[];
  /**
   * How a failure of this article is named when that is not `source.location`: a WARC
   * record is `crawl.warc.gz#OFFSET` (its URL is the location). Callers naming a failure
   * use `input ?? source.location`.
   */
  input?: string;
}

/** An input that did not become a record, named precisely (path, URL or `file.jsonl:LINE`). */
export interface InputFailure {
  input: string;
  reason: string;
}

export type LoadResult = { ok: true; article: LoadedArticle } | { ok: false; failure: InputFailure };

/** What the article-extraction stage gives back for one article (HTML or plain text). */
export interface ArticleParts {
  title: string | null;
  publishedAt: string | null;
  authors: string[];
  /** Body text only: no title, dateline, byline, captions or page chrome. Paragraphs separated by "\n\n". */
  body: string;
}

/** Half-open character span [start, end) into the normalised text. */
export interface Span {
  start: number;
  end: number;
}

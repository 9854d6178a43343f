/** An HTTP payload (fetched now, or read back from a WARC) → the LoadedArticle the pipeline takes, or why not. */
import { decodeBytes, describeBinary } from '../decode/decode-bytes.js';
import { checkTextLength } from '../load/limits.js';
import { articleKind } from './content-type.js';
import type { LoadResult } from '../types.js';

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
  /** Named in failures instead of `location` (a WARC record: `crawl.warc.gz#1234`). */
  input?: string;
}

/**
 * The same checks as for a file: bytes that are not text are refused whatever the
 * Content-Type claimed (a server calling random bytes text/html), and so is a text past
 * the length limit.
 */
export function toLoadedArticle(p: HttpPayload): LoadResult {
  const input = p.input ?? p.location;
  const prefix = p.input ? `${p.location}: ` : '';
  const binary = describeBinary(p.body);
  if (binary) return { ok: false, failure: { input, reason: `${prefix}${binary.replace(/^binary file/, `binary content served as ${p.mime ?? 'no content type'}`)}` } };
  const looksHtml = p.mime !== 'text/plain';
  const decodeOpts = { declaredCharset: p.charset, isHtml: looksHtml, location: p.location };
  const { text, warnings } = decodeBytes(p.body, decodeOpts);
  if (!text.trim()) return { ok: false, failure: { input, reason: `${prefix}empty body (white space only)` } };
  const kind = articleKind(p.mime, text);
  const tooLong = checkTextLength(text, kind);
  if (tooLong) return { ok: false, failure: { input, reason: `${prefix}${tooLong}` } };
  return {
    ok: true,
    article: {
      source: { location: p.location, sha256: p.sha256, fetchedAt: p.fetchedAt, etag: p.etag, lastModified: p.lastModified },
      kind,
      body: text,
      warnings,
      ...(p.input ? { input: p.input } : {}),
    },
  };
}

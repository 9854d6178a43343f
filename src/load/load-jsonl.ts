/**
 * A `.jsonl` export → one article per line, read as a stream, never whole: a line longer
 * than the limit (10 MB) is skipped without being held, and is a failure of that line.
 * Each line is a JSON object with the text in `text`, `content` or `body` (HTML when it
 * starts with a tag), and optionally `title`, `url`, `publishedAt` (or `published_at`,
 * `datePublished`, `date`; a timestamp becomes its day in Vietnam time) and `authors`
 * (an array or a string; outlets and CMS accounts are dropped). Every record and every
 * failure is named `file.jsonl:LINE` (1-based); a bad line never stops the others. Blank
 * lines are skipped.
 */
import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { describeBinary } from '../decode/decode-bytes.js';
import { splitAuthorNames } from '../text/author-names.js';
import { parseDateValue } from '../text/vietnam-date.js';
import type { Warning } from '../record/schema.js';
import type { LoadedArticle, LoadResult } from '../types.js';
import { checkTextLength, MAX_LINE_BYTES, mb } from './limits.js';
import { describeFsError, openRegular } from './read-input-file.js';

const TEXT_FIELDS = ['text', 'content', 'body'] as const;
const DATE_FIELDS = ['publishedAt', 'published_at', 'datePublished', 'date'] as const;
const SNIFF_BYTES = 8192;
// Starts with a tag and holds markup: the field is a page (or a fragment), not plain text.
const LOOKS_HTML = /^\s*<(?:!doctype|html|head|body|[a-z][a-z0-9]*)[\s>/]/i;

const lineHash = (line: string): string => createHash('sha256').update(line, 'utf8').digest('hex');

type LineResult = { ok: true; article: LoadedArticle } | { ok: false; reason: string };

/** One line of a JSON Lines export → an article, or why not. */
export function parseJsonlLine(line: string, location: string): LineResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { ok: false, reason: `invalid JSON (${(e as Error).message})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: 'not a JSON object' };
  const o = value as Record<string, unknown>;

  const field = TEXT_FIELDS.find((k) => o[k] !== undefined && o[k] !== null);
  if (!field) return { ok: false, reason: 'no text field (text, content or body)' };
  const text = o[field];
  if (typeof text !== 'string') return { ok: false, reason: `text field "${field}" is not a string` };
  if (!text.trim()) return { ok: false, reason: 'text empty' };

  const warnings: Warning[] = [];
  let publishedAt: string | null = null;
  const dateField = DATE_FIELDS.find((k) => o[k] !== undefined && o[k] !== null && o[k] !== '');
  if (dateField) {
    publishedAt = parseDateValue(o[dateField]);
    if (!publishedAt) {
      warnings.push({ code: 'bad-date', message: `${location}: ${dateField} ${JSON.stringify(o[dateField])} is not a date; ignored`, start: null, end: null });
    }
  }
  const rawAuthors = o.authors ?? o.author;
  const authors = (Array.isArray(rawAuthors) ? rawAuthors : [rawAuthors]).flatMap((a) => (typeof a === 'string' ? splitAuthorNames(a.normalize('NFC')) : []));
  const title = typeof o.title === 'string' && o.title.trim() ? o.title.normalize('NFC').replace(/\s+/gu, ' ').trim() : null;

  const article: LoadedArticle = {
    source: { location, sha256: lineHash(line), fetchedAt: null, etag: null, lastModified: null },
    kind: LOOKS_HTML.test(text) && /<\/?[a-z][^>]*>/i.test(text) ? 'html' : 'text',
    body: text.normalize('NFC'),
    warnings,
  };
  if (title) article.title = title;
  if (typeof o.url === 'string' && /^https?:\/\//i.test(o.url.trim())) article.url = o.url.trim();
  if (publishedAt) article.publishedAt = publishedAt;
  if (authors.length) article.authors = authors;
  return { ok: true, article };
}

/** The lines of an open file as bytes, streamed; a line longer than `max` bytes is skipped, only its length kept. */
async function* readLines(fh: FileHandle, max: number): AsyncGenerator<{ line: Buffer } | { tooLong: number }> {
  const chunk = Buffer.alloc(64 * 1024);
  let parts: Buffer[] = [];
  let len = 0;
  let skipping = false;
  let pos = 0;
  for (;;) {
    const { bytesRead } = await fh.read(chunk, 0, chunk.length, pos);
    if (bytesRead === 0) break;
    pos += bytesRead;
    let from = 0;
    while (from < bytesRead) {
      const nl = chunk.indexOf(0x0a, from);
      const end = nl < 0 || nl >= bytesRead ? bytesRead : nl;
      const piece = end - from;
      len += piece;
      if (!skipping) {
        if (len > max) {
          skipping = true;
          parts = [];
        } else parts.push(Buffer.from(chunk.subarray(from, end)));
      }
      if (end === bytesRead) break;
      yield skipping ? { tooLong: len } : { line: Buffer.concat(parts, len) };
      parts = [];
      len = 0;
      skipping = false;
      from = end + 1;
    }
  }
  if (len > 0 || parts.length) yield skipping ? { tooLong: len } : { line: Buffer.concat(parts, len) };
}

/** Stream the articles of a JSON Lines file, each line a record or a failure named `file.jsonl:LINE`. */
export async function* loadJsonlFile(file: string): AsyncGenerator<LoadResult> {
  const fail = (input: string, reason: string): LoadResult => ({ ok: false, failure: { input, reason } });
  let fh: FileHandle;
  try {
    let size: number;
    ({ fh, size } = await openRegular(file));
    // The head decides whether this is text at all; the rest is streamed.
    const head = new Uint8Array(Math.min(SNIFF_BYTES, size));
    await fh.read(head, 0, head.length, 0);
    const problem = size === 0 ? 'empty file' : describeBinary(head);
    if (problem) {
      await fh.close();
      yield fail(file, problem);
      return;
    }
  } catch (e) {
    yield fail(file, describeFsError(e, file));
    return;
  }

  let n = 0;
  let records = 0;
  try {
    for await (const got of readLines(fh, MAX_LINE_BYTES)) {
      n++;
      const location = `${file}:${n}`;
      if ('tooLong' in got) {
        records++;
        yield fail(location, `line too long (${mb(got.tooLong)}; the limit is ${mb(MAX_LINE_BYTES)})`);
        continue;
      }
      let line = got.line.toString('utf8');
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (n === 1) line = line.replace(/^\uFEFF/u, '');
      if (!line.trim()) continue;
      records++;
      const parsed = parseJsonlLine(line, location);
      if (!parsed.ok) {
        yield fail(location, parsed.reason);
        continue;
      }
      const tooLong = checkTextLength(parsed.article.body, parsed.article.kind);
      yield tooLong ? fail(location, tooLong) : { ok: true, article: parsed.article };
    }
  } catch (e) {
    yield fail(n ? `${file}:${n + 1}` : file, describeFsError(e, file));
    return;
  } finally {
    await fh.close();
  }
  if (records === 0) yield fail(file, 'empty file (white space only)');
}

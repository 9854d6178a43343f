/**
 * A `.jsonl` export → one article per line, read as a stream (node:readline), never whole.
 * Each line is a JSON object with the text in `text`, `content` or `body` (HTML when it
 * starts with a tag), and optionally `title`, `url`, `publishedAt` (or `published_at`,
 * `datePublished`, `date`; a timestamp becomes its day in Vietnam time) and `authors`
 * (an array or a string; outlets and CMS accounts are dropped). Every record and every
 * failure is named `file.jsonl:LINE` (1-based); a bad line never stops the others. Blank
 * lines are skipped.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { describeBinary } from '../decode/decode-bytes.js';
import { splitAuthorNames } from '../text/author-names.js';
import { parseDateValue } from '../text/vietnam-date.js';
import type { Warning } from '../record/schema.js';
import type { LoadedArticle, LoadResult } from '../types.js';
import { describeFsError } from './read-input-file.js';

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

/** Why `file` cannot be a JSON Lines export (missing, empty, binary), or null. */
async function checkHead(file: string): Promise<string | null> {
  try {
    const fh = await open(file, 'r');
    try {
      const st = await fh.stat();
      if (!st.isFile()) return 'not a regular file';
      if (st.size === 0) return 'empty file';
      const head = new Uint8Array(Math.min(SNIFF_BYTES, st.size));
      await fh.read(head, 0, head.length, 0);
      return describeBinary(head);
    } finally {
      await fh.close();
    }
  } catch (e) {
    return describeFsError(e);
  }
}

/** Stream the articles of a JSON Lines file, each line a record or a failure named `file.jsonl:LINE`. */
export async function* loadJsonlFile(file: string): AsyncGenerator<LoadResult> {
  const fail = (input: string, reason: string): LoadResult => ({ ok: false, failure: { input, reason } });
  // The head decides whether this is text at all; the rest is streamed.
  const problem = await checkHead(file);
  if (problem) {
    yield fail(file, problem);
    return;
  }

  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  let records = 0;
  try {
    for await (const raw of lines) {
      n++;
      const line = n === 1 ? raw.replace(/^\uFEFF/u, '') : raw;
      if (!line.trim()) continue;
      records++;
      const location = `${file}:${n}`;
      const got = parseJsonlLine(line, location);
      yield got.ok ? { ok: true, article: got.article } : fail(location, got.reason);
    }
  } catch (e) {
    yield fail(n ? `${file}:${n + 1}` : file, describeFsError(e));
    return;
  } finally {
    lines.close();
  }
  if (records === 0) yield fail(file, 'empty file (white space only)');
}

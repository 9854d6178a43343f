/**
 * WARC files (a crawl, a saved document, vnews's own raw/ files) → articles.
 *
 * - `response` records with a 2xx status and an HTML or plain-text payload are articles,
 *   their payload de-chunked and decompressed as the crawler stored it;
 * - `resource` records (how many tools keep a saved document) of those types are articles;
 * - a `revisit` record (Wget `--warc-dedup`, a second crawl, refresh's unchanged pages)
 *   is resolved to its original record, by WARC-Refers-To, by target URI and date, or by
 *   payload digest, wherever that lies among the WARC files of the same input set, and
 *   becomes the original's article found at the revisit's place and time. A revisit whose
 *   original is not among the inputs is reported through `onSkip`.
 * - Other records (requests, warcinfo, metadata, images, vnews's discovery and robots.txt
 *   fetches) are not articles and are passed over.
 *
 * A record that cannot be read is a failure named `file#OFFSET` (the record's byte offset,
 * as a CDXJ index gives it) with the URL in the reason; a WARC that yields no article at
 * all is a failure of the file, which says what it held.
 */
import { createHash } from 'node:crypto';
import { parseContentType } from '../fetch/content-type.js';
import { toLoadedArticle } from '../fetch/to-loaded-article.js';
import { formatBytes } from '../fetch/read-body.js';
import { MAX_FILE_BYTES } from '../load/limits.js';
import type { InputFailure, LoadResult } from '../types.js';
import { decodePayload, entityBody, parseHttpMessage, type HttpMessage } from './http-message.js';
import { readWarcRecords, type WarcHeaders, type WarcRecordRead } from './warc-records.js';
import { ROLE_FIELD } from './write-warc.js';

export interface ReadWarcOptions {
  /** Largest payload read into memory, after decompression (default 10 MB, as for fetching). */
  maxPayloadBytes?: number;
  /** Where revisits find their originals: share one between the WARC files of a run. */
  inputSet?: WarcInputSet;
  /** A record passed over that the run summary should name (a revisit whose original is not among the inputs). */
  onSkip?: (skipped: InputFailure) => void;
}

const ARTICLE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);

interface Place {
  file: string;
  offset: number;
}

interface PendingRevisit {
  file: string;
  offset: number;
  uri: string;
  date: string | null;
  keys: string[];
}

/** At most this many records are remembered per run for revisits to find (about 220 bytes each: 110 MB). */
export const MAX_INDEXED_RECORDS = 500_000;

/**
 * The WARC files read in one run: where each `response` and `resource` record lies (by
 * record id, by target URI and date, by payload digest), and the revisits still waiting
 * for their original. Keys are kept as 48-bit hashes and places as two numbers, about
 * 220 bytes per record, for at most MAX_INDEXED_RECORDS records; a revisit of a record
 * past that is reported like one whose original is missing, saying why. A record found
 * through a hash is checked against what the revisit names before it is used, so a hash
 * collision can only miss, never resolve to the wrong record.
 */
export class WarcInputSet {
  private readonly index = new Map<number, number>();
  private readonly files: string[] = [];
  private readonly fileOf: number[] = [];
  private readonly offsetOf: number[] = [];
  private readonly pending: PendingRevisit[] = [];
  /** Per file: articles yielded, and a description of what it held when none was. */
  private readonly empty = new Map<string, string>();
  /** Set once the index is full. */
  full = false;

  private static hash(key: string): number {
    return createHash('sha1').update(key).digest().readUIntBE(0, 6);
  }

  register(keys: string[], place: Place): void {
    if (this.fileOf.length >= MAX_INDEXED_RECORDS) {
      this.full = true;
      return;
    }
    let f = this.files.lastIndexOf(place.file);
    if (f < 0) f = this.files.push(place.file) - 1;
    const n = this.fileOf.push(f) - 1;
    this.offsetOf.push(place.offset);
    for (const k of keys) {
      const h = WarcInputSet.hash(k);
      if (!this.index.has(h)) this.index.set(h, n);
    }
  }

  find(keys: string[]): Place | null {
    for (const k of keys) {
      const n = this.index.get(WarcInputSet.hash(k));
      if (n !== undefined) return { file: this.files[this.fileOf[n]!]!, offset: this.offsetOf[n]! };
    }
    return null;
  }

  defer(r: PendingRevisit): void {
    this.pending.push(r);
  }

  /** A file that gave no article itself: judged once its deferred revisits are settled. */
  noteEmpty(file: string, held: string): void {
    this.empty.set(file, held);
  }

  /**
   * Settle every deferred revisit (call after the last WARC file of the run): each becomes
   * the article of its original, or is reported; a file that still gave no article fails.
   */
  async *settle(opts: ReadWarcOptions): AsyncGenerator<LoadResult> {
    const max = opts.maxPayloadBytes ?? MAX_FILE_BYTES;
    const gave = new Set<string>();
    const unresolved = new Map<string, PendingRevisit[]>();
    const pending = this.pending.splice(0);
    for (const r of pending) {
      const original = this.find(r.keys);
      const result = original ? await articleAt(original, r, max) : 'mismatch';
      if (result !== 'mismatch') {
        // An original that is not an article (an image) makes no article here either.
        if (result) {
          gave.add(r.file);
          yield result;
        }
        continue;
      }
      unresolved.set(r.file, [...(unresolved.get(r.file) ?? []), r]);
    }
    for (const [file, held] of this.empty) {
      if (gave.has(file)) continue;
      const missing = unresolved.get(file);
      const reason = missing?.length
        ? `no article: its ${missing.length} revisit record${missing.length === 1 ? '' : 's'} refer${missing.length === 1 ? 's' : ''} to records not among the inputs (first: ${missing[0]!.uri}${missing[0]!.date ? ` of ${missing[0]!.date}` : ''})`
        : `no article in this WARC (${held})`;
      yield { ok: false, failure: { input: file, reason } };
      unresolved.delete(file);
    }
    this.empty.clear();
    for (const list of unresolved.values())
      for (const r of list)
        opts.onSkip?.({
          input: `${r.file}#${r.offset}`,
          reason: `revisit of ${r.uri}${r.date ? ` (${r.date})` : ''}: its original record is not among the inputs${this.full ? ` (or lies past the first ${MAX_INDEXED_RECORDS.toLocaleString('en')} records of the run, which are all that revisits can find)` : ''}`,
        });
  }
}

/** The payload digest a revisit would name this record by (computed for a resource record without one). */
function payloadDigestOf(r: WarcRecordRead): string | null {
  const d = r.headers.get('WARC-Payload-Digest')?.trim();
  if (d) return d;
  return (r.headers.get('WARC-Type') ?? '').toLowerCase() === 'resource' && r.complete ? `sha1:${base32(createHash('sha1').update(r.block).digest())}` : null;
}

/** A URI without the angle brackets WARC/1.0 writers (Wget) put around it. */
const bare = (uri: string | null): string | null => uri?.trim().replace(/^<(.*)>$/, '$1') ?? null;

/** Keys under which a record can be referred to by a revisit. */
function originalKeys(h: WarcHeaders, payloadDigest: string | null): string[] {
  const keys: string[] = [];
  const id = h.get('WARC-Record-ID');
  if (id) keys.push(`id ${id}`);
  const uri = bare(h.get('WARC-Target-URI'));
  const date = h.get('WARC-Date');
  if (uri && date) keys.push(`at ${uri} ${date}`);
  if (payloadDigest) keys.push(`digest ${payloadDigest}`);
  return keys;
}

/** Keys under which a revisit looks for its original, most precise first. */
function revisitKeys(h: WarcHeaders): string[] {
  const keys: string[] = [];
  const refersTo = h.get('WARC-Refers-To');
  if (refersTo) keys.push(`id ${refersTo}`);
  const uri = bare(h.get('WARC-Refers-To-Target-URI') ?? h.get('WARC-Target-URI'));
  const date = h.get('WARC-Refers-To-Date');
  if (uri && date) keys.push(`at ${uri} ${date}`);
  const digest = h.get('WARC-Payload-Digest');
  if (digest && /identical-payload-digest/i.test(h.get('WARC-Profile') ?? '')) keys.push(`digest ${digest.trim()}`);
  return keys;
}

/** The article of the original record at `place`, found again at the revisit's place and time; null when it is not an article. */
async function articleAt(place: Place, revisit: PendingRevisit, max: number): Promise<LoadResult | null | 'mismatch'> {
  for await (const item of readWarcRecords(place.file, { start: place.offset })) {
    if (item.kind !== 'record') return { ok: false, failure: { input: `${revisit.file}#${revisit.offset}`, reason: `revisit of ${revisit.uri}: its original at ${place.file}#${place.offset} cannot be read: ${item.reason}` } };
    // The index holds hashes: make sure this is the record the revisit names.
    if (!originalKeys(item.headers, payloadDigestOf(item)).some((k) => revisit.keys.includes(k))) return 'mismatch';
    const read = await readArticle(item, `${place.file}#${place.offset}`, max);
    if (!read || !read.ok) return read && { ok: false, failure: { input: `${revisit.file}#${revisit.offset}`, reason: `revisit: ${read.failure.reason}` } };
    const a = read.article;
    return { ok: true, article: { ...a, input: `${revisit.file}#${revisit.offset}`, source: { ...a.source, location: revisit.uri, fetchedAt: revisit.date ?? a.source.fetchedAt } } };
  }
  return null;
}

/** Null when the payload is whole, else why not (HTTP Content-Length, WARC-Payload-Digest, WARC-Truncated). */
function checkIntegrity(h: WarcHeaders, http: HttpMessage | null, payload: Uint8Array, alt: Uint8Array | null): string | null {
  const truncated = h.get('WARC-Truncated');
  if (truncated) return `truncated by the crawler (WARC-Truncated: ${truncated})`;
  if (http && !http.get('transfer-encoding')) {
    const declared = http.get('content-length');
    if (declared && /^\d+$/.test(declared) && Number(declared) > payload.length) return `truncated payload (${payload.length} of ${declared} bytes)`;
  }
  const digest = h.get('WARC-Payload-Digest');
  const m = digest ? /^(sha256|sha1|sha-1|sha-256):(.+)$/i.exec(digest.trim()) : null;
  if (!m) return null;
  const algo = m[1]!.toLowerCase().replace('-', '');
  const want = m[2]!;
  // Over the payload with transfer coding removed (WARC 1.1 §6.3.2); many tools digest the chunked bytes, which is accepted too.
  for (const bytes of alt ? [payload, alt] : [payload]) {
    const hash = createHash(algo).update(bytes).digest();
    const ok = /^[0-9a-f]+$/i.test(want) && want.length === hash.length * 2 ? hash.toString('hex') === want.toLowerCase() : base32(hash) === want.toUpperCase().replace(/=+$/, '');
    if (ok) return null;
  }
  return 'payload does not match its WARC-Payload-Digest (truncated or corrupt)';
}

/** RFC 4648 base32 without padding. */
function base32(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

/** A `response` or `resource` record → its article, a failure, or null when it is not an article. */
async function readArticle(record: WarcRecordRead, input: string, max: number): Promise<LoadResult | null> {
  const h = record.headers;
  const type = (h.get('WARC-Type') ?? '').toLowerCase();
  if (h.get(ROLE_FIELD)) return null;
  const location = h.get('WARC-Target-URI')?.replace(/^<(.*)>$/, '$1') ?? null;
  const fail = (reason: string): LoadResult => ({ ok: false, failure: { input, reason: location ? `${location}: ${reason}` : reason } });
  let mime: string | null;
  let charset: string | null;
  let http: HttpMessage | null = null;
  if (type === 'response') {
    if (!/application\/http/i.test(h.get('Content-Type') ?? 'application/http')) return null;
    http = parseHttpMessage(record.block);
    if (!http || http.status === null) return fail('response record without an HTTP status line and headers');
    if (!(http.status >= 200 && http.status < 300)) return null;
    ({ mime, charset } = parseContentType(http.get('content-type') ?? undefined));
  } else {
    ({ mime, charset } = parseContentType(h.get('Content-Type') ?? undefined));
  }
  if (mime !== null && !ARTICLE_TYPES.has(mime)) return null;
  if (!location) return { ok: false, failure: { input, reason: `${type} record without WARC-Target-URI` } };
  // A crawler's own notes (Wget's arguments and manifest, DNS answers) are not documents.
  if (/^(metadata|dns|warcinfo):/i.test(location)) return null;
  if (!record.complete) return fail(`record larger than the limit (${formatBytes(record.contentLength)}; the limit is ${formatBytes(max)})`);
  let payload: Uint8Array;
  let stored: Uint8Array;
  try {
    stored = http ? entityBody(http, max * 4) : record.block;
    payload = http ? await decodePayload(http, max) : record.block;
  } catch (e) {
    return fail(`cannot read payload: ${(e as Error).message}`);
  }
  if (!http && payload.length > max) return fail(`payload larger than ${formatBytes(max)}`);
  if (payload.length === 0) return fail('empty payload');
  const torn = checkIntegrity(h, http, stored, http && stored !== http.payload ? http.payload : null);
  if (torn) return fail(torn);
  const date = h.get('WARC-Date');
  return toLoadedArticle({
    location,
    input,
    body: payload,
    sha256: createHash('sha256').update(payload).digest('hex'),
    mime,
    charset,
    fetchedAt: date || null,
    etag: http?.get('etag') ?? null,
    lastModified: http?.get('last-modified') ?? null,
  });
}

/** The articles of one WARC file, each a record or a named failure. */
export async function* readWarcArticles(file: string, opts: ReadWarcOptions = {}): AsyncGenerator<LoadResult> {
  const max = opts.maxPayloadBytes ?? MAX_FILE_BYTES;
  const own = !opts.inputSet;
  const set = opts.inputSet ?? new WarcInputSet();
  const counts = new Map<string, number>();
  const count = (what: string): void => void counts.set(what, (counts.get(what) ?? 0) + 1);
  let articles = 0;
  let failures = 0;
  let revisits = 0;
  for await (const item of readWarcRecords(file)) {
    if (item.kind === 'error') {
      if (item.fatal) {
        yield { ok: false, failure: { input: file, reason: item.reason } };
        return;
      }
      // Not a WARC file at all: the file is the input that failed.
      const whole = articles + failures + revisits === 0 && counts.size === 0 && item.offset === 0 && /^not (a WARC record|gzip data)/.test(item.reason);
      failures++;
      yield { ok: false, failure: { input: whole ? file : `${file}#${item.offset}`, reason: item.reason } };
      continue;
    }
    const h = item.headers;
    const type = (h.get('WARC-Type') ?? 'untyped').toLowerCase();
    const input = `${file}#${item.offset}`;
    if (type === 'revisit') {
      count('revisit');
      const uri = h.get('WARC-Target-URI')?.replace(/^<(.*)>$/, '$1');
      if (!uri || h.get(ROLE_FIELD)) continue;
      const keys = revisitKeys(h);
      const pending: PendingRevisit = { file, offset: item.offset, uri, date: h.get('WARC-Date'), keys };
      const original = keys.length ? set.find(keys) : null;
      const result = original ? await articleAt(original, pending, max) : null;
      if (result && result !== 'mismatch') {
        if (result.ok) articles++;
        else failures++;
        yield result;
      } else if (!original || result === 'mismatch') {
        revisits++;
        set.defer(pending);
      }
      continue;
    }
    if (type !== 'response' && type !== 'resource') {
      count(type);
      continue;
    }
    const result = await readArticle(item, input, max);
    set.register(originalKeys(h, payloadDigestOf(item)), { file, offset: item.offset });
    if (!result) {
      const http = type === 'response' ? parseHttpMessage(item.block) : null;
      const what = http ? `${type} ${http.status ?? '?'} ${parseContentType(http.get('content-type') ?? undefined).mime ?? 'untyped'}` : `${type} ${parseContentType(h.get('Content-Type') ?? undefined).mime ?? 'untyped'}`;
      count(h.get(ROLE_FIELD) ? `vnews ${h.get(ROLE_FIELD)} ${type}` : what);
      continue;
    }
    if (result.ok) articles++;
    else failures++;
    yield result;
  }
  if (articles === 0 && failures === 0) {
    const held = [...counts].map(([what, n]) => `${n} ${what}`).join(', ');
    // Revisits still waiting for their original decide later whether this file gave an article.
    if (revisits) set.noteEmpty(file, held);
    else yield { ok: false, failure: { input: file, reason: held ? `no article in this WARC (${held})` : 'no WARC records found' } };
  }
  if (own) yield* set.settle(opts);
}

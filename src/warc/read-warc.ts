/**
 * A WARC file (a crawl, or vnews's own raw/ files) → articles: one per `response` record
 * with a 2xx status and an HTML or plain-text payload. Other records (requests, warcinfo,
 * redirects, images, vnews's discovery fetches) are not articles and are passed over.
 * A record that cannot be read is a failure named `file.warc.gz#record-N` (N counts every
 * record from 1); a broken gzip or WARC framing ends the file there, with that failure.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { WARCParser, type WARCRecord } from 'warcio';
import { parseContentType } from '../fetch/content-type.js';
import { toLoadedArticle } from '../fetch/to-loaded-article.js';
import { formatBytes } from '../fetch/read-body.js';
import type { LoadResult } from '../types.js';
import { ROLE_FIELD, completeGzipPrefix } from './write-warc.js';

export interface ReadWarcOptions {
  /** Largest payload read into memory (default 10 MB, as for fetching). */
  maxPayloadBytes?: number;
}

const ARTICLE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);

export async function* readWarcArticles(file: string, opts: ReadWarcOptions = {}): AsyncGenerator<LoadResult> {
  const max = opts.maxPayloadBytes ?? 10 * 1024 * 1024;
  const stream = createReadStream(file);
  // A missing or unreadable file surfaces as a stream error, which the parser would not report.
  const openError = new Promise<Error>((resolve) => stream.once('error', (e) => resolve(e)));
  const parser = new WARCParser(stream);
  // warcio reads a torn gzip member without complaint; a parallel gunzip pass notices.
  const gzipCheck = isGzipFile(file).then((gz) => (gz ? verifyGzip(file) : null));
  gzipCheck.catch(() => {});
  let n = 0;
  let lastOffset = -1;
  const yielded = new Set<number>();
  const iter = parser[Symbol.asyncIterator]();
  try {
    for (;;) {
      let step: IteratorResult<WARCRecord>;
      try {
        step = await Promise.race([iter.next(), openError.then((e) => Promise.reject(e))]);
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        if (n === 0 && err.code) yield { ok: false, failure: { input: file, reason: `cannot read: ${err.message}` } };
        else yield { ok: false, failure: { input: `${file}#record-${n + 1}`, reason: `unreadable WARC record: ${err.message}` } };
        return;
      }
      if (step.done) {
        const torn = await gzipCheck;
        if (torn) {
          // The torn member is record n when n's member starts where the complete prefix ends.
          const complete = completeGzipPrefix(await readFile(file));
          const which = lastOffset === complete ? n : n + 1;
          if (!yielded.has(which)) yield { ok: false, failure: { input: `${file}#record-${which}`, reason: `truncated or corrupt gzip data: ${torn}` } };
        } else if (n === 0) yield { ok: false, failure: { input: file, reason: 'no WARC records found' } };
        return;
      }
      n++;
      lastOffset = parser.offset;
      const record = step.value;
      const input = `${file}#record-${n}`;
      const versionLine = record.warcHeaders.statusline ?? '';
      if (!versionLine.startsWith('WARC/')) {
        // Not WARC framing: nothing after this point can be trusted.
        yield { ok: false, failure: { input: n === 1 ? file : input, reason: `not a WARC record (starts with ${JSON.stringify(versionLine.slice(0, 40))})` } };
        return;
      }
      const result = await readArticle(record, input, max);
      if (result?.ok) yielded.add(n);
      if (result) yield result;
    }
  } finally {
    stream.destroy();
  }
}

async function isGzipFile(file: string): Promise<boolean> {
  const fh = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await fh.close();
  }
}

/** Decompress the whole file, keeping nothing: null when every gzip member is whole, else the zlib error. */
async function verifyGzip(file: string): Promise<string | null> {
  try {
    await pipeline(createReadStream(file), createGunzip(), new Writable({ write: (_c, _e, cb) => cb() }));
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/**
 * Null when the payload is whole, else why not: the HTTP Content-Length and the
 * WARC-Payload-Digest (sha256 hex or sha1 base32, as crawlers write them) are checked
 * when the stored payload was not content- or transfer-encoded.
 */
function checkIntegrity(record: WARCRecord, headers: { get(name: string): string | null | undefined }, body: Uint8Array): string | null {
  if (headers.get('content-encoding') || headers.get('transfer-encoding')) return null;
  const declared = headers.get('content-length');
  if (declared && /^\d+$/.test(declared) && Number(declared) !== body.length) return `truncated payload (${body.length} of ${declared} bytes)`;
  const digest = record.warcHeader('WARC-Payload-Digest');
  const m = digest ? /^(sha256|sha1):(.+)$/i.exec(digest.trim()) : null;
  if (!m) return null;
  const algo = m[1]!.toLowerCase();
  const want = m[2]!;
  const hash = createHash(algo).update(body).digest();
  const ok = /^[0-9a-f]+$/i.test(want) && want.length === hash.length * 2 ? hash.toString('hex') === want.toLowerCase() : base32(hash) === want.toUpperCase().replace(/=+$/, '');
  return ok ? null : 'payload does not match its WARC-Payload-Digest (truncated or corrupt)';
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

async function readArticle(record: WARCRecord, input: string, max: number): Promise<LoadResult | null> {
  if (record.warcType !== 'response' || record.warcHeader(ROLE_FIELD)) return null;
  const http = record.httpHeaders;
  if (!http) return { ok: false, failure: { input, reason: 'response record without HTTP headers' } };
  const status = Number(http.statusCode);
  if (!(status >= 200 && status < 300)) return null;
  const { mime, charset } = parseContentType(http.headers.get('content-type') ?? undefined);
  if (mime !== null && !ARTICLE_TYPES.has(mime)) return null;
  const location = record.warcTargetURI;
  if (!location) return { ok: false, failure: { input, reason: 'response record without WARC-Target-URI' } };
  if (record.warcContentLength > max) return { ok: false, failure: { input, reason: `${location}: payload larger than ${formatBytes(max)}` } };
  let body: Uint8Array;
  try {
    body = await record.readFully(true);
  } catch (e) {
    return { ok: false, failure: { input, reason: `${location}: cannot read payload: ${(e as Error).message}` } };
  }
  if (body.length === 0) return { ok: false, failure: { input, reason: `${location}: empty payload` } };
  // A torn gzip member reads without error but short: check what the record itself declares.
  const torn = checkIntegrity(record, http.headers, body);
  if (torn) return { ok: false, failure: { input, reason: `${location}: ${torn}` } };
  const warcDate = record.warcDate;
  return {
    ok: true,
    article: toLoadedArticle({
      location,
      body,
      sha256: createHash('sha256').update(body).digest('hex'),
      mime,
      charset,
      fetchedAt: warcDate ? warcDate : null,
      etag: http.headers.get('etag') ?? null,
      lastModified: http.headers.get('last-modified') ?? null,
    }),
  };
}

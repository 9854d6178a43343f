/**
 * What a run fetched, as WARC 1.1: one file per run, `raw/<run-stamp>.warc.gz`, a
 * request and a response record per HTTP exchange, each record its own gzip member.
 *
 * Crash safety: while the run lasts the file is `raw/<run-stamp>.warc.gz.open`, written by
 * appending whole gzip members and syncing after each exchange, so a killed run leaves a
 * readable prefix plus at most one torn member. `close()` renames it to `.warc.gz`; the next
 * run calls `recoverWarcs()`, which cuts a leftover `.open` file after its last complete
 * member and renames it. Nothing fetched by a killed run is thrown away.
 *
 * Bodies are stored decoded (Content-Encoding undone, the original coding kept in
 * `X-Vnews-Decoded-Content-Encoding`), so any WARC reader gets the bytes vnews hashed.
 */
import { mkdir, open, readdir, readFile, rename, rm, truncate, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip, gunzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import type { Exchange } from '../fetch/fetcher.js';

export const OPEN_SUFFIX = '.open';
/** Extension WARC field marking responses that were fetched to find articles (feeds, sitemaps, listing pages). */
export const ROLE_FIELD = 'WARC-Vnews-Role';
const WARC_VERSION = 'WARC/1.1';
const DROPPED = new Set(['content-encoding', 'transfer-encoding', 'content-length']);
const gzipAsync = promisify(gzip);

export class WarcWriter {
  /** Where the finished file goes. */
  readonly path: string;
  private opening: Promise<FileHandle> | null = null;
  private queue: Array<{ parts: Uint8Array[]; done: () => void; fail: (e: Error) => void }> = [];
  private flushing: Promise<void> | null = null;
  private failed: Error | null = null;

  constructor(
    readonly rawDir: string,
    runStamp: string,
    private readonly software = 'vnews 0.1.0',
  ) {
    this.path = path.join(rawDir, `${runStamp}.warc.gz`);
  }

  get openPath(): string {
    return this.path + OPEN_SUFFIX;
  }

  /**
   * Append the request and response records of each exchange; resolves once they are on disk.
   * Records are serialised at once (in parallel); writes queue up and share one sync (group commit).
   */
  async write(exchanges: Exchange[], role?: 'discovery'): Promise<void> {
    const parts = (await Promise.all(exchanges.map((ex) => serializeExchange(ex, role)))).flat();
    if (this.failed) throw this.failed;
    await new Promise<void>((done, fail) => {
      this.queue.push({ parts, done, fail });
      this.flushing ??= this.flush();
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue;
      this.queue = [];
      try {
        const fh = await this.handle();
        await fh.write(Buffer.concat(batch.flatMap((b) => b.parts)));
        await fh.datasync();
        for (const b of batch) b.done();
      } catch (e) {
        this.failed ??= e as Error;
        for (const b of batch) b.fail(e as Error);
      }
    }
    this.flushing = null;
  }

  /** The `.open` file, created on the first write, starting with a warcinfo record. */
  private handle(): Promise<FileHandle> {
    this.opening ??= (async () => {
      await mkdir(this.rawDir, { recursive: true });
      const fh = await open(this.openPath, 'a');
      const info = await WARCRecord.createWARCInfo({ filename: path.basename(this.path), warcVersion: WARC_VERSION }, { software: this.software, format: 'WARC File Format 1.1' });
      await fh.write(await gzipAsync(await WARCSerializer.serialize(info)));
      return fh;
    })();
    return this.opening;
  }

  /** Finish the file: sync, close, rename `.open` → `.warc.gz`. Returns the path, or null when nothing was written. */
  /**
   * Close the file handle but leave the file as `.open` (a run that failed): the next
   * refresh recovers it up to its last complete record, as after a kill.
   */
  async abandon(): Promise<void> {
    while (this.flushing) await this.flushing.catch(() => {});
    if (!this.opening) return;
    const fh = await this.opening;
    this.opening = null;
    await fh.close();
  }

  async close(): Promise<string | null> {
    while (this.flushing) await this.flushing;
    if (!this.opening) return null;
    const fh = await this.opening;
    await fh.sync();
    await fh.close();
    this.opening = null;
    await rename(this.openPath, this.path);
    return this.path;
  }
}

async function serializeExchange(ex: Exchange, role?: 'discovery'): Promise<Uint8Array[]> {
  const u = new URL(ex.url);
  const extra: Array<[string, string]> = role ? [[ROLE_FIELD, role]] : [];
  const httpHeaders: Array<[string, string]> = [];
  for (const [k, v] of ex.responseHeaders) {
    if (k === 'content-encoding' && ex.body) httpHeaders.push(['x-vnews-decoded-content-encoding', v]);
    else if (!DROPPED.has(k)) httpHeaders.push([k, v]);
  }
  const body = ex.body ?? new Uint8Array(0);
  httpHeaders.push(['content-length', String(body.length)]);
  const response = WARCRecord.create(
    {
      url: ex.url,
      date: ex.fetchedAt,
      type: 'response',
      warcVersion: WARC_VERSION,
      statusline: `HTTP/1.1 ${ex.status} ${ex.statusText}`.trimEnd(),
      httpHeaders,
      warcHeaders: extra,
    },
    [body],
  );
  const responseId = response.warcHeaders.headers.get('WARC-Record-ID') ?? '';
  const requestRecord = WARCRecord.create(
    {
      url: ex.url,
      date: ex.fetchedAt,
      type: 'request',
      warcVersion: WARC_VERSION,
      statusline: `GET ${u.pathname}${u.search} HTTP/1.1`,
      httpHeaders: ex.requestHeaders,
      warcHeaders: [['WARC-Concurrent-To', responseId], ...extra],
    },
    [],
  );
  return [await serializeRecord(requestRecord, new Uint8Array(0)), await serializeRecord(response, body)];
}

const sha256Digest = (...parts: Uint8Array[]): string => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return `sha256:${h.digest('hex')}`;
};

/**
 * One record → one gzip member. The digests are computed here with node:crypto and set on
 * the record, so warcio's serializer keeps them instead of hashing again in WebAssembly;
 * gzip is zlib's (warcio's own gzip path goes through web streams and costs several times more).
 */
async function serializeRecord(record: WARCRecord, payload: Uint8Array): Promise<Uint8Array> {
  const head = record.httpHeaders ? new TextEncoder().encode(`${record.httpHeaders.toString()}\r\n`) : new Uint8Array(0);
  record.warcHeaders.headers.set('WARC-Payload-Digest', sha256Digest(payload));
  record.warcHeaders.headers.set('WARC-Block-Digest', sha256Digest(head, payload));
  return gzipAsync(await WARCSerializer.serialize(record));
}

/**
 * Finish the WARC files that killed runs left open in `rawDir`: keep every complete gzip
 * member, cut the torn one, rename to `.warc.gz` (or delete a file with nothing complete).
 * Call it while holding the run lock. Returns the recovered paths.
 */
export async function recoverWarcs(rawDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(rawDir);
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of names.filter((n) => n.endsWith(`.warc.gz${OPEN_SUFFIX}`)).sort()) {
    const file = path.join(rawDir, name);
    const final = file.slice(0, -OPEN_SUFFIX.length);
    const keep = completeGzipPrefix(await readFile(file));
    if (keep === 0) {
      await rm(file, { force: true });
      continue;
    }
    await truncate(file, keep);
    const fh = await open(file, 'r+');
    await fh.sync();
    await fh.close();
    await rename(file, final);
    out.push(final);
  }
  return out;
}

/**
 * Length of the longest prefix of `buf` made of complete gzip members. Walks member by
 * member: a member starting at `pos` ends at the first later gzip magic (or the end) such
 * that the bytes between decompress on their own. A magic sequence inside compressed data
 * makes a truncated candidate, which fails and is skipped.
 */
export function completeGzipPrefix(buf: Uint8Array): number {
  const starts: number[] = [];
  for (let i = 0; i + 2 < buf.length; i++) if (buf[i] === 0x1f && buf[i + 1] === 0x8b && buf[i + 2] === 0x08) starts.push(i);
  if (starts[0] !== 0) return 0;
  const ends = [...starts.slice(1), buf.length];
  let pos = 0;
  let k = 0;
  while (pos < buf.length) {
    let found = -1;
    for (; k < ends.length; k++) {
      const end = ends[k]!;
      if (end <= pos) continue;
      try {
        gunzipSync(buf.subarray(pos, end));
        found = end;
        k++;
        break;
      } catch {
        // torn, or a false magic inside the member: try the next candidate
      }
    }
    if (found < 0) return pos;
    pos = found;
  }
  return pos;
}

/**
 * What a run fetched, as WARC 1.1: one file per run, `raw/<run-stamp>.warc.gz`, each
 * record its own gzip member, and a CDXJ index beside it (`<file>.cdxj`) so replay tools
 * (pywb and others) can open the archive.
 *
 * What is archived is what was received: the response headers as sent (Content-Encoding,
 * Content-Length and Transfer-Encoding kept) and the body as received, still compressed
 * when the server compressed it. The HTTP client removes chunked framing as it reads, so a
 * chunked response is stored re-framed as one chunk: the headers and the framing agree,
 * and WARC-Payload-Digest is computed over the body without transfer coding (WARC 1.1
 * §6.3.2). The decoded form is what the pipeline reads, never what the archive keeps.
 * Unchanged answers (a 304, or a 200 with the digest of the last capture) are `revisit`
 * records, profile server-not-modified or identical-payload-digest, pointing at the
 * capture they repeat. The warcinfo record comes first, dated when the run began, so no
 * record after it is older.
 *
 * Crash safety: while the run lasts the file is `raw/<run-stamp>.warc.gz.open`, written by
 * appending whole gzip members and syncing after each exchange, so a killed run leaves a
 * readable prefix plus at most one torn member. `close()` renames it to `.warc.gz` and
 * writes the index; the next run calls `recoverWarcs()`, which cuts a leftover `.open`
 * file after its last complete member, renames it and indexes it.
 */
import { mkdir, open, readdir, readFile, rename, rm, truncate, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip, gunzipSync } from 'node:zlib';
import type { Exchange } from '../fetch/fetcher.js';
import { writeFileAtomic } from '../store/write-atomic.js';
import { cdxjText, digestValue, indexWarc, type CdxjEntry } from './cdxj.js';
import { readWarcRecords } from './warc-records.js';

export const OPEN_SUFFIX = '.open';
/** Extension WARC field marking responses that were fetched to find articles (feeds, sitemaps, listing pages) or robots.txt. */
export const ROLE_FIELD = 'WARC-Vnews-Role';
export type Role = 'discovery' | 'robots';
const WARC_VERSION = 'WARC/1.1';
const gzipAsync = promisify(gzip);

export const REVISIT_PROFILES = {
  'server-not-modified': 'http://netpreserve.org/warc/1.1/revisit/server-not-modified',
  'identical-payload-digest': 'http://netpreserve.org/warc/1.1/revisit/identical-payload-digest',
} as const;

/** What a written response (or revisit) record is known by: a later revisit refers to it. */
export interface Capture {
  recordId: string;
  date: string;
  /** `sha256:HEX` of the payload as stored (Content-Encoding kept, transfer coding removed). */
  payloadDigest: string;
}

/** An unchanged answer to archive as a revisit of an earlier capture. */
export interface RevisitSpec {
  exchange: Exchange;
  profile: keyof typeof REVISIT_PROFILES;
  /** The capture it repeats, when known (the URL's last response record). */
  refersTo: Capture | null;
  /** For identical-payload-digest: the digest of this payload (equal to the earlier one). */
  payloadDigest?: string;
}

const enc = new TextEncoder();
const sha256Digest = (...parts: Uint8Array[]): string => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return `sha256:${h.digest('hex')}`;
};

/** `2024-07-05T01:02:03.456Z`: WARC-Date with the milliseconds it was taken with (WARC 1.1 allows them). */
const warcDate = (iso: string): string => new Date(iso).toISOString();

interface Built {
  /** The gzip members of this exchange (request first). */
  members: Uint8Array[];
  /** Index entries for the members, offsets relative to the first. */
  index: Array<Omit<CdxjEntry, 'offset' | 'filename'> & { member: number }>;
  capture: Capture | null;
}

function header(fields: Array<[string, string | null | undefined]>, length: number): Uint8Array {
  const lines = [WARC_VERSION, ...fields.filter((f): f is [string, string] => f[1] != null && f[1] !== '').map(([k, v]) => `${k}: ${v}`), `Content-Length: ${length}`];
  return enc.encode(`${lines.join('\r\n')}\r\n\r\n`);
}

async function member(head: Uint8Array, ...block: Uint8Array[]): Promise<Uint8Array> {
  return gzipAsync(Buffer.concat([head, ...block, enc.encode('\r\n\r\n')]));
}

const recordId = (): string => `<urn:uuid:${randomUUID()}>`;

/** A URI as WARC wants it: ASCII, non-ASCII characters percent-encoded (as the fetcher's URLs already are). */
const targetUri = (url: string): string => {
  try {
    return new URL(url).href;
  } catch {
    return encodeURI(url);
  }
};

/** The HTTP response head as received: status line and headers in the order sent. */
function responseHead(ex: Exchange): Uint8Array {
  const lines = [`HTTP/1.1 ${ex.status} ${ex.statusText}`.trimEnd(), ...ex.responseHeaders.map(([k, v]) => `${k}: ${v}`)];
  return enc.encode(`${lines.join('\r\n')}\r\n\r\n`);
}

function requestRecord(ex: Exchange, concurrentTo: string, role: Role | undefined): Promise<Uint8Array> {
  const u = new URL(ex.url);
  const block = enc.encode(`${[`GET ${u.pathname}${u.search} HTTP/1.1`, ...ex.requestHeaders.map(([k, v]) => `${k}: ${v}`)].join('\r\n')}\r\n\r\n`);
  const head = header(
    [
      ['WARC-Type', 'request'],
      ['WARC-Record-ID', recordId()],
      ['WARC-Date', warcDate(ex.fetchedAt)],
      ['WARC-Target-URI', targetUri(ex.url)],
      ['WARC-Concurrent-To', concurrentTo],
      [ROLE_FIELD, role],
      ['WARC-Block-Digest', sha256Digest(block)],
      ['Content-Type', 'application/http; msgtype=request'],
    ],
    block.length,
  );
  return member(head, block);
}

async function buildExchange(ex: Exchange, role?: Role): Promise<Built> {
  const id = recordId();
  const head = responseHead(ex);
  const wire = ex.wire ?? new Uint8Array(0);
  const chunked = ex.responseHeaders.some(([k, v]) => k.toLowerCase() === 'transfer-encoding' && /chunked/i.test(v));
  // The HTTP client removed the chunked framing; store the body framed again (one chunk) so it agrees with the headers.
  const stored = chunked ? [enc.encode(`${wire.length ? `${wire.length.toString(16)}\r\n` : ''}`), wire, enc.encode(`${wire.length ? '\r\n' : ''}0\r\n\r\n`)] : [wire];
  const payloadDigest = sha256Digest(wire);
  const blockLength = head.length + stored.reduce((n, b) => n + b.length, 0);
  const date = warcDate(ex.fetchedAt);
  const response = header(
    [
      ['WARC-Type', 'response'],
      ['WARC-Record-ID', id],
      ['WARC-Date', date],
      ['WARC-Target-URI', targetUri(ex.url)],
      [ROLE_FIELD, role],
      ['WARC-Truncated', ex.truncated ? 'length' : null],
      ['WARC-Payload-Digest', payloadDigest],
      ['WARC-Block-Digest', sha256Digest(head, ...stored)],
      ['Content-Type', 'application/http; msgtype=response'],
    ],
    blockLength,
  );
  const mime = ex.responseHeaders.find(([k]) => k.toLowerCase() === 'content-type')?.[1].split(';')[0]!.trim().toLowerCase() || 'unk';
  return {
    members: [await requestRecord(ex, id, role), await member(response, head, ...stored)],
    index: [{ member: 1, url: targetUri(ex.url), date, mime, status: String(ex.status), digest: digestValue(payloadDigest), length: 0 }],
    capture: { recordId: id, date, payloadDigest },
  };
}

async function buildRevisit(r: RevisitSpec): Promise<Built> {
  const ex = r.exchange;
  const id = recordId();
  const head = responseHead(ex);
  const date = warcDate(ex.fetchedAt);
  const digest = r.payloadDigest ?? r.refersTo?.payloadDigest ?? null;
  const revisit = header(
    [
      ['WARC-Type', 'revisit'],
      ['WARC-Record-ID', id],
      ['WARC-Date', date],
      ['WARC-Target-URI', targetUri(ex.url)],
      ['WARC-Profile', REVISIT_PROFILES[r.profile]],
      ['WARC-Refers-To', r.refersTo?.recordId],
      ['WARC-Refers-To-Target-URI', r.refersTo ? targetUri(ex.url) : null],
      ['WARC-Refers-To-Date', r.refersTo?.date],
      ['WARC-Payload-Digest', digest],
      ['WARC-Truncated', 'length'],
      ['WARC-Block-Digest', sha256Digest(head)],
      ['Content-Type', 'application/http; msgtype=response'],
    ],
    head.length,
  );
  return {
    members: [await requestRecord(ex, id, undefined), await member(revisit, head)],
    index: [{ member: 1, url: targetUri(ex.url), date, mime: 'warc/revisit', status: String(ex.status), digest: digestValue(digest), length: 0 }],
    capture: null,
  };
}

export class WarcWriter {
  /** Where the finished file goes. */
  readonly path: string;
  private opening: Promise<FileHandle> | null = null;
  private queue: Array<{ built: Built[]; done: () => void; fail: (e: Error) => void }> = [];
  private flushing: Promise<void> | null = null;
  private failed: Error | null = null;
  private size = 0;
  private readonly entries: CdxjEntry[] = [];

  /** `startedAt`: the run's start, the warcinfo record's date (no record after it is older). */
  constructor(
    readonly rawDir: string,
    runStamp: string,
    private readonly software = 'vnews 0.1.0',
    private readonly startedAt = new Date(),
  ) {
    this.path = path.join(rawDir, `${runStamp}.warc.gz`);
  }

  get openPath(): string {
    return this.path + OPEN_SUFFIX;
  }

  /**
   * Append the request and response records of each exchange; resolves once they are on
   * disk, with the capture each response became (null for none). Writes queue up and
   * share one sync (group commit).
   */
  async write(exchanges: Exchange[], role?: Role): Promise<Array<Capture | null>> {
    const built = await Promise.all(exchanges.map((ex) => buildExchange(ex, role)));
    await this.append(built);
    return built.map((b) => b.capture);
  }

  /** Append an unchanged answer as a request and a `revisit` record. */
  async writeRevisit(r: RevisitSpec): Promise<void> {
    await this.append([await buildRevisit(r)]);
  }

  private async append(built: Built[]): Promise<void> {
    if (this.failed) throw this.failed;
    await new Promise<void>((done, fail) => {
      this.queue.push({ built, done, fail });
      this.flushing ??= this.flush();
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue;
      this.queue = [];
      try {
        const fh = await this.handle();
        const buffers: Uint8Array[] = [];
        const filename = path.basename(this.path);
        for (const b of batch.flatMap((x) => x.built)) {
          const offsets: number[] = [];
          for (const m of b.members) {
            offsets.push(this.size + buffers.reduce((n, x) => n + x.length, 0));
            buffers.push(m);
          }
          for (const e of b.index) {
            const { member: k, ...rest } = e;
            this.entries.push({ ...rest, offset: offsets[k]!, length: b.members[k]!.length, filename });
          }
        }
        const data = Buffer.concat(buffers);
        await fh.write(data);
        await fh.datasync();
        this.size += data.length;
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
      const fh = await open(this.openPath, 'w');
      const fields = enc.encode(`software: ${this.software}\r\nformat: WARC File Format 1.1\r\nconformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n`);
      const info = await member(
        header(
          [
            ['WARC-Type', 'warcinfo'],
            ['WARC-Record-ID', recordId()],
            ['WARC-Date', this.startedAt.toISOString()],
            ['WARC-Filename', path.basename(this.path)],
            ['WARC-Block-Digest', sha256Digest(fields)],
            ['Content-Type', 'application/warc-fields'],
          ],
          fields.length,
        ),
        fields,
      );
      await fh.write(info);
      this.size = info.length;
      return fh;
    })();
    return this.opening;
  }

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

  /** Finish the file: sync, close, rename `.open` → `.warc.gz`, write its CDXJ index. Returns the path, or null when nothing was written. */
  async close(): Promise<string | null> {
    while (this.flushing) await this.flushing;
    if (!this.opening) return null;
    const fh = await this.opening;
    await fh.sync();
    await fh.close();
    this.opening = null;
    await rename(this.openPath, this.path);
    await writeFileAtomic(`${this.path}.cdxj`, cdxjText(this.entries));
    return this.path;
  }
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
    const keep = await completeRecordsPrefix(file);
    if (keep === 0) {
      await rm(file, { force: true });
      continue;
    }
    await truncate(file, keep);
    const fh = await open(file, 'r+');
    await fh.sync();
    await fh.close();
    await rename(file, final);
    await indexWarc(final);
    out.push(final);
  }
  return out;
}

/**
 * Length of the prefix of a WARC file of ours made of whole records, each its own gzip
 * member: read as a stream (a long run's file is never held whole), up to the first
 * record that is torn.
 */
async function completeRecordsPrefix(file: string): Promise<number> {
  let keep = 0;
  for await (const item of readWarcRecords(file)) {
    if (item.kind === 'error' || item.length === null || item.offset !== keep) break;
    keep = item.offset + item.length;
  }
  return keep;
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

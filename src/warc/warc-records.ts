/**
 * WARC records out of a file, `.warc` or `.warc.gz`, in bounded memory and bounded time
 * whatever the file holds. A record's framing is trusted only as far as the file bears it
 * out: a Content-Length that is not a number, runs past the end of the file or exceeds the
 * record limit, a header block that never ends, torn or corrupt gzip data, each becomes
 * an error naming the record's byte offset, and reading goes on at the next place where a
 * record really starts (`WARC/1.x` at the start of a line, or a gzip member that inflates
 * to one). Nothing is ever read whole: a record's block is held only up to the limit, and
 * past it only its first bytes (enough for its headers) are kept.
 *
 * Gzip: WARC files compress each record as its own gzip member (WARC 1.1, annex D); the
 * members are inflated one at a time with node:zlib, so each record's offset and length
 * in the file are known (what a CDXJ index points at). A file compressed as one member is
 * read too, its records then sharing the member's offset.
 */
import type { FileHandle } from 'node:fs/promises';
import { describeFsError, openRegular } from '../load/read-input-file.js';
import { constants as zlibConstants, crc32, createInflateRaw, inflateRawSync, type InflateRaw } from 'node:zlib';

/** Largest record block (decompressed) held in memory: an article's 10 MB payload plus room for its HTTP headers. */
export const MAX_RECORD_BYTES = 11 * 1024 * 1024;
/** Longest WARC header block (and HTTP header block) read before the record is judged not to be one. */
export const MAX_HEADER_BYTES = 64 * 1024;
/** Decompressed bytes inflated only to be skipped (an oversized record) before jumping to the next gzip member instead. */
const SKIP_BUDGET = 64 * 1024 * 1024;
const READ_CHUNK = 64 * 1024;
/** Members whose compressed data fits here and inflates to at most FAST_OUTPUT are inflated in one call. */
const FAST_WINDOW = 256 * 1024;
const FAST_OUTPUT = 2 * 1024 * 1024;

/** Reads of one open file through a 256 KB read-ahead window: WARC members are small and read in order. */
class FileWindow {
  private start = 0;
  private buf = Buffer.alloc(0);
  constructor(private readonly fh: FileHandle) {}

  async read(pos: number, n: number): Promise<Buffer> {
    if (pos < this.start || pos + n > this.start + this.buf.length) {
      const want = Math.max(n, FAST_WINDOW);
      const b = Buffer.allocUnsafe(want);
      const { bytesRead } = await this.fh.read(b, 0, want, pos);
      this.start = pos;
      this.buf = b.subarray(0, bytesRead);
    }
    return this.buf.subarray(pos - this.start, Math.min(this.buf.length, pos - this.start + n));
  }

  /** Up to `n` bytes at `pos`, from the window as it is when it holds at least `min` of them. */
  async readUpTo(pos: number, n: number, min: number): Promise<Buffer> {
    if (pos >= this.start && pos + min <= this.start + this.buf.length) return this.buf.subarray(pos - this.start, Math.min(this.buf.length, pos - this.start + n));
    return this.read(pos, n);
  }
}

/** WARC named fields in file order, looked up case-insensitively. */
export class WarcHeaders {
  constructor(
    readonly version: string,
    readonly list: ReadonlyArray<readonly [string, string]>,
  ) {}
  get(name: string): string | null {
    const lower = name.toLowerCase();
    for (const [k, v] of this.list) if (k.toLowerCase() === lower) return v;
    return null;
  }
}

export interface WarcRecordRead {
  kind: 'record';
  /** Byte offset in the file: where the record starts, or where its gzip member starts. */
  offset: number;
  /** Bytes the record takes in the file (its gzip member), or null when a member holds several records. */
  length: number | null;
  headers: WarcHeaders;
  /** The block's Content-Length as declared (and found in the file). */
  contentLength: number;
  /** The block, or its first MAX_HEADER_BYTES when `complete` is false (larger than the limit). */
  block: Uint8Array;
  complete: boolean;
}

export interface WarcReadError {
  kind: 'error';
  offset: number;
  reason: string;
  /** True when nothing of the file could be read at all (missing, not a regular file …). */
  fatal?: boolean;
}

export type WarcItem = WarcRecordRead | WarcReadError;

export interface WarcReadOptions {
  /** Largest block held whole (default MAX_RECORD_BYTES). */
  maxRecordBytes?: number;
  /** Start reading at this byte offset (a record or gzip member start, as an index gives it). */
  start?: number;
}

const WARC_MAGIC = /^WARC\/\d+\.\d+$/;
const CRLFCRLF = Buffer.from('\r\n\r\n');

/** Bytes coming in chunks, read as lines, blocks and skips. `next` gives the following chunk or null at the end. */
class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  /** Bytes handed out or skipped so far. */
  consumed = 0;
  private done = false;

  /** `jump(n)`: skip `n` bytes of the source without reading them (a plain file); returns how many were there. */
  constructor(
    private readonly next: () => Promise<Uint8Array | null>,
    private readonly jump?: (n: number) => number,
  ) {}

  private async more(): Promise<boolean> {
    if (this.done) return false;
    const c = await this.next();
    if (c === null) {
      this.done = true;
      return false;
    }
    this.buf = this.buf.length ? Buffer.concat([this.buf, c]) : Buffer.from(c.buffer, c.byteOffset, c.length);
    return true;
  }

  /** Drop CR and LF bytes (the blank lines between records); false at the end of the data. */
  async skipNewlines(): Promise<boolean> {
    for (;;) {
      let i = 0;
      while (i < this.buf.length && (this.buf[i] === 0x0d || this.buf[i] === 0x0a)) i++;
      this.take(i);
      if (this.buf.length) return true;
      if (!(await this.more())) return false;
    }
  }

  /** Everything up to and including CRLFCRLF, or `too-long` past `max` bytes, or `end` when the data ends first. */
  async readHead(max: number): Promise<Buffer | 'too-long' | 'end'> {
    let from = 0;
    for (;;) {
      const at = this.buf.indexOf(CRLFCRLF, from);
      if (at >= 0 && at + 4 <= max) return this.take(at + 4);
      if (at >= 0 || this.buf.length > max) return 'too-long';
      from = Math.max(0, this.buf.length - 3);
      if (!(await this.more())) return 'end';
    }
  }

  /** `n` bytes (fewer when the data ends first), copied once into one buffer. */
  async read(n: number): Promise<Buffer> {
    if (this.buf.length >= n) return Buffer.from(this.take(n));
    const out = Buffer.allocUnsafe(n);
    let filled = this.take(this.buf.length).copy(out);
    while (filled < n && !this.done) {
      const c = await this.next();
      if (c === null) {
        this.done = true;
        break;
      }
      const chunk = Buffer.from(c.buffer, c.byteOffset, c.length);
      const k = Math.min(n - filled, chunk.length);
      chunk.copy(out, filled, 0, k);
      filled += k;
      this.consumed += k;
      if (k < chunk.length) this.buf = chunk.subarray(k);
    }
    return out.subarray(0, filled);
  }

  /** Skip `n` bytes, reading at most `budget`: the number skipped, or -1 when the budget ran out first. */
  async skip(n: number, budget = Infinity): Promise<number> {
    let left = n;
    let read = 0;
    for (;;) {
      const k = Math.min(left, this.buf.length);
      this.take(k);
      left -= k;
      read += k;
      if (left === 0) return n;
      if (this.jump) {
        const j = this.jump(left);
        this.consumed += j;
        return n - left + j;
      }
      if (read >= budget) return -1;
      if (!(await this.more())) return n - left;
    }
  }

  async atEnd(): Promise<boolean> {
    return this.buf.length === 0 && !(await this.more());
  }

  private take(n: number): Buffer {
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    this.consumed += n;
    return out;
  }
}

/** One gzip member, inflated as it is read: decompressed chunks on demand, then where the member ended. */
class MemberInflater {
  private readonly inf: InflateRaw;
  private pos: number;
  private fed = 0;
  private writing = false;
  private inputDone = false;
  private ended = false;
  private error: Error | null = null;
  private signal: (() => void) | null = null;
  private woken = false;
  private crc = 0;
  private size = 0;

  constructor(
    private readonly file: FileWindow,
    private readonly deflateStart: number,
    private readonly fileSize: number,
  ) {
    this.pos = deflateStart;
    this.inf = createInflateRaw();
    const wake = (): void => {
      this.woken = true;
      this.signal?.();
    };
    this.inf.on('readable', wake);
    this.inf.on('end', () => {
      this.ended = true;
      wake();
    });
    this.inf.on('error', (e) => {
      this.error = e;
      wake();
    });
  }

  /** Compressed bytes consumed so far: where the deflate data ended, once it has. */
  get deflateEnd(): number {
    return this.deflateStart + this.inf.bytesWritten;
  }

  async next(): Promise<Uint8Array | null> {
    for (;;) {
      this.woken = false;
      const c = this.inf.read() as Buffer | null;
      if (c) {
        this.crc = crc32(c, this.crc);
        this.size += c.length;
        return c;
      }
      if (this.error) throw this.error;
      if (this.ended) return null;
      if (!this.writing && !this.inputDone) {
        const n = Math.min(READ_CHUNK, this.fileSize - this.pos);
        if (n <= 0) {
          this.inputDone = true;
          this.inf.end();
        } else {
          const chunk = Buffer.from(await this.file.read(this.pos, n)); // a copy: the window moves on
          const bytesRead = chunk.length;
          this.pos += bytesRead;
          this.fed += bytesRead;
          this.writing = true;
          this.inf.write(chunk, () => {
            this.writing = false;
            this.woken = true;
            this.signal?.();
          });
        }
        continue;
      }
      if (!this.woken) await new Promise<void>((r) => (this.signal = r));
      this.signal = null;
    }
  }

  /** Whether the 8-byte trailer after the deflate data matches what was inflated (CRC-32 and size). */
  async trailerOk(): Promise<boolean> {
    const t = await this.file.read(this.deflateEnd, 8);
    return t.length === 8 && t.readUInt32LE(0) === this.crc >>> 0 && t.readUInt32LE(4) === this.size % 2 ** 32;
  }

  close(): void {
    this.inf.destroy();
  }
}

/** Length of the gzip header at `buf[0]`, or null when it is not one (RFC 1952). */
function gzipHeaderLength(buf: Uint8Array): number | null {
  if (buf.length < 10 || buf[0] !== 0x1f || buf[1] !== 0x8b || buf[2] !== 8 || (buf[3]! & 0xe0) !== 0) return null;
  const flags = buf[3]!;
  let p = 10;
  if (flags & 4) {
    if (p + 2 > buf.length) return null;
    p += 2 + (buf[p]! | (buf[p + 1]! << 8));
  }
  for (const bit of [8, 16]) {
    if (flags & bit) {
      while (p < buf.length && buf[p] !== 0) p++;
      p++;
    }
  }
  if (flags & 2) p += 2;
  return p <= buf.length ? p : null;
}

async function readAt(fh: FileHandle, pos: number, n: number): Promise<Buffer> {
  const b = Buffer.alloc(n);
  const { bytesRead } = await fh.read(b, 0, n, pos);
  return b.subarray(0, bytesRead);
}

/** Whether a gzip member starting at `pos` inflates to the start of a WARC record. */
async function memberStartsRecord(fh: FileHandle, pos: number): Promise<boolean> {
  const head = await readAt(fh, pos, 4096);
  const h = gzipHeaderLength(head);
  if (h === null) return false;
  try {
    const out = inflateRawSync(head.subarray(h), { finishFlush: zlibConstants.Z_SYNC_FLUSH });
    return /^[\r\n]*WARC\/\d/.test(out.subarray(0, 16).toString('latin1'));
  } catch {
    return false;
  }
}

/** The next offset ≥ `from` where a gzip member holding a WARC record starts, or null. */
async function nextMember(fh: FileHandle, from: number, size: number): Promise<number | null> {
  for (let pos = from; pos < size; pos += READ_CHUNK) {
    const chunk = await readAt(fh, pos, READ_CHUNK + 2);
    for (let i = chunk.indexOf(0x1f); i >= 0 && i < READ_CHUNK; i = chunk.indexOf(0x1f, i + 1)) {
      if (chunk[i + 1] === 0x8b && chunk[i + 2] === 8 && (await memberStartsRecord(fh, pos + i))) return pos + i;
    }
  }
  return null;
}

/** The next offset ≥ `from` where a line starts with `WARC/1.` in an uncompressed file, or null. */
async function nextRecordStart(fh: FileHandle, from: number, size: number): Promise<number | null> {
  const magic = Buffer.from('WARC/');
  for (let pos = from; pos < size; pos += READ_CHUNK) {
    const chunk = await readAt(fh, pos, READ_CHUNK + magic.length);
    for (let i = chunk.indexOf(magic); i >= 0 && i < READ_CHUNK; i = chunk.indexOf(magic, i + 1)) {
      const at = pos + i;
      if (at === 0 || (i > 0 ? chunk[i - 1] : (await readAt(fh, at - 1, 1))[0]) === 0x0a) return at;
    }
  }
  return null;
}

type Parsed = { ok: true; headers: WarcHeaders; contentLength: number } | { ok: false; reason: string };

/** A WARC header block (CRLFCRLF included) → its fields and Content-Length, or why it is not one. */
function parseHead(head: Buffer): Parsed {
  const lines = head.subarray(0, head.length - 4).toString('utf8').split('\r\n');
  const version = lines[0]!.trim();
  if (!WARC_MAGIC.test(version)) return { ok: false, reason: `not a WARC record (starts with ${JSON.stringify(version.slice(0, 40))})` };
  const list: Array<[string, string]> = [];
  for (const line of lines.slice(1)) {
    if (/^[ \t]/.test(line) && list.length) list[list.length - 1]![1] += ` ${line.trim()}`;
    else {
      const colon = line.indexOf(':');
      if (colon <= 0) return { ok: false, reason: `malformed WARC header line ${JSON.stringify(line.slice(0, 60))}` };
      list.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  const headers = new WarcHeaders(version, list);
  const cl = headers.get('Content-Length');
  if (cl === null) return { ok: false, reason: 'WARC record without Content-Length' };
  if (!/^\d{1,15}$/.test(cl)) return { ok: false, reason: `WARC record with Content-Length ${JSON.stringify(cl.slice(0, 30))}, not a number` };
  return { ok: true, headers, contentLength: Number(cl) };
}

const mb = (n: number): string => `${+(n / 1024 / 1024).toFixed(1)} MB`;

/** Every record of a WARC file, or an error naming the offset where reading went wrong; reading resumes after each error. */
export async function* readWarcRecords(file: string, opts: WarcReadOptions = {}): AsyncGenerator<WarcItem> {
  const max = opts.maxRecordBytes ?? MAX_RECORD_BYTES;
  let fh: FileHandle;
  let size: number;
  try {
    ({ fh, size } = await openRegular(file));
  } catch (e) {
    yield { kind: 'error', offset: 0, reason: describeFsError(e, file), fatal: true };
    return;
  }
  const start = opts.start ?? 0;
  try {
    const head = await readAt(fh, start, 2);
    if (head.length === 2 && head[0] === 0x1f && head[1] === 0x8b) yield* readGzip(fh, size, max, start);
    else yield* readPlain(fh, size, max, start);
  } finally {
    await fh.close();
  }
}

/**
 * The records in `reader` (one gzip member's data, or the rest of a plain file), where
 * `base` is the file offset of the reader's first byte (plain) or the member's offset
 * (gzip). Returns how it ended: at the end of the data, or at an error after which the
 * caller must look for the next record start.
 */
async function* recordsIn(
  reader: ByteReader,
  at: (consumed: number) => number,
  max: number,
  skipBudget: number,
): AsyncGenerator<WarcItem, { ended: 'clean' } | { ended: 'error'; at: number }> {
  for (;;) {
    if (!(await reader.skipNewlines())) return { ended: 'clean' };
    const offset = at(reader.consumed);
    const head = await reader.readHead(MAX_HEADER_BYTES);
    if (head === 'end' || head === 'too-long') {
      const start = (await reader.read(80)).toString('utf8').split(/\r?\n/)[0]!.slice(0, 40);
      const reason = !/^WARC\/\d/.test(start)
        ? `not a WARC record (starts with ${JSON.stringify(start)})`
        : head === 'end'
          ? 'truncated WARC record: the data ends inside its header'
          : `WARC header block longer than ${MAX_HEADER_BYTES / 1024} KB`;
      yield { kind: 'error', offset, reason };
      return { ended: 'error', at: offset };
    }
    const parsed = parseHead(head);
    if (!parsed.ok) {
      yield { kind: 'error', offset, reason: parsed.reason };
      return { ended: 'error', at: offset };
    }
    const { headers, contentLength } = parsed;
    if (contentLength <= max) {
      const block = await reader.read(contentLength);
      if (block.length < contentLength) {
        yield { kind: 'error', offset, reason: `truncated WARC record: Content-Length ${contentLength}, but the data ends after ${block.length} bytes` };
        return { ended: 'error', at: offset };
      }
      yield { kind: 'record', offset, length: null, headers, contentLength, block, complete: true };
      continue;
    }
    // Larger than the limit: keep the first bytes (its headers), skip the rest.
    const block = await reader.read(MAX_HEADER_BYTES);
    const rest = contentLength - block.length;
    const skipped = block.length < MAX_HEADER_BYTES ? 0 : await reader.skip(rest, skipBudget);
    if (skipped !== -1 && skipped < rest) {
      yield { kind: 'error', offset, reason: `truncated WARC record: Content-Length ${contentLength} (${mb(contentLength)}) is more than the data holds` };
      return { ended: 'error', at: offset };
    }
    yield { kind: 'record', offset, length: null, headers, contentLength, block, complete: false };
    // Too much to inflate only to throw away: go on at the next gzip member.
    if (skipped === -1) return { ended: 'error', at: offset };
  }
}

async function* readPlain(fh: FileHandle, size: number, max: number, from: number): AsyncGenerator<WarcItem> {
  let pos: number | null = from;
  while (pos !== null && pos < size) {
    const base: number = pos;
    let at = base;
    const reader = new ByteReader(
      async () => {
        const n = Math.min(READ_CHUNK, size - at);
        if (n <= 0) return null;
        const b = await readAt(fh, at, n);
        at += b.length;
        return b.length ? b : null;
      },
      (n) => {
        const j = Math.min(n, size - at);
        at += j;
        return j;
      },
    );
    // An uncompressed file can be skipped through without reading: no budget.
    const it = recordsIn(reader, (c) => base + c, max, Infinity);
    let step = await it.next();
    let pendingRecord: WarcRecordRead | null = null;
    while (!step.done) {
      const item = step.value;
      if (pendingRecord) {
        pendingRecord.length = (item.kind === 'record' ? item.offset : item.offset) - pendingRecord.offset;
        yield pendingRecord;
        pendingRecord = null;
      }
      if (item.kind === 'record') pendingRecord = item;
      else yield item;
      step = await it.next();
    }
    if (pendingRecord) {
      pendingRecord.length = base + reader.consumed - pendingRecord.offset;
      yield pendingRecord;
    }
    if (step.value.ended === 'clean') return;
    // Resume at the next line that starts a record, after the start of the one that went wrong.
    pos = await nextRecordStart(fh, step.value.at + 1, size);
  }
}

/** A member inflated in one call when it is small (the common case), or null to stream it. */
function inflateSmall(compressed: Buffer): { data: Buffer; consumed: number } | null {
  try {
    const r = inflateRawSync(compressed, { info: true, maxOutputLength: FAST_OUTPUT }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
    return { data: r.buffer, consumed: r.engine.bytesWritten };
  } catch {
    return null; // larger, torn or corrupt: the streaming path finds out which, and says so
  }
}

async function* readGzip(fh: FileHandle, size: number, max: number, from: number): AsyncGenerator<WarcItem> {
  const file = new FileWindow(fh);
  let pos: number | null = from;
  while (pos !== null && pos < size) {
    const start: number = pos;
    const h = gzipHeaderLength(await file.read(start, 4096));
    if (h === null) {
      const tail = await file.read(start, 40);
      const zeros = tail.every((b) => b === 0);
      // Trailing NUL padding (some writers pad to a block size) is not a record.
      if (zeros && (await nextMember(fh, start, size)) === null) return;
      yield { kind: 'error', offset: start, reason: 'not gzip data where a gzip member should start' };
      pos = await nextMember(fh, start + 1, size);
      continue;
    }
    const small = inflateSmall(await file.readUpTo(start + h, FAST_WINDOW, FAST_WINDOW / 2));
    let member: MemberInflater | null = null;
    let reader: ByteReader;
    if (small) {
      let given = false;
      reader = new ByteReader(async () => (given ? null : ((given = true), small.data)));
    } else {
      const m = new MemberInflater(file, start + h, size);
      member = m;
      reader = new ByteReader(() => m.next());
    }
    const records: WarcRecordRead[] = [];
    let failure: WarcReadError | null = null;
    let resync = false;
    try {
      const it = recordsIn(reader, () => start, max, SKIP_BUDGET);
      let step = await it.next();
      while (!step.done) {
        if (step.value.kind === 'record') records.push(step.value);
        else failure = step.value;
        step = await it.next();
      }
      if (step.value.ended === 'error') resync = true;
    } catch (e) {
      failure = { kind: 'error', offset: start, reason: `truncated or corrupt gzip data (${(e as Error).message})` };
      resync = true;
    }
    const deflateEnd = small ? start + h + small.consumed : member!.deflateEnd;
    if (!resync && !failure) {
      const ok = small ? await trailerMatches(file, deflateEnd, small.data) : await member!.trailerOk();
      if (!ok) failure = { kind: 'error', offset: start, reason: 'corrupt gzip member (its CRC-32 or size does not match)' };
    }
    const end = deflateEnd + 8;
    member?.close();
    for (const r of records) {
      r.length = records.length === 1 && !resync ? end - start : null;
      yield r;
    }
    if (failure) yield failure;
    pos = resync ? await nextMember(fh, Math.max(start + 1, deflateEnd), size) : end;
  }
}

async function trailerMatches(file: FileWindow, at: number, data: Buffer): Promise<boolean> {
  const t = await file.read(at, 8);
  return t.length === 8 && t.readUInt32LE(0) === crc32(data) >>> 0 && t.readUInt32LE(4) === data.length % 2 ** 32;
}

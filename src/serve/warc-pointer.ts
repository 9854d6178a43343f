/**
 * Where the response a fetched record was read from is kept: its WARC record in the output
 * folder's raw/ (one `raw/<run-stamp>.warc.gz` per run that fetched, `.warc.gz.open` while
 * the run lasts, and beside each closed file its CDXJ index, `<file>.cdxj`). Serve asks
 * one question, `locate(url, fetchedAt)`, behind `WarcLocator`.
 *
 * Only the files of the runs that can hold the fetch are tried (by their stamp). Each is
 * looked up in its CDXJ index when it has one: a binary search over the sorted lines,
 * reading a few KB per step, then the record's own headers at the offset the line gives.
 * A file without an index (a run still writing, a WARC of an older vnews) is read from its
 * start, bounded: at most `maxBytes` over all such files (plus the record that crosses
 * that mark), so a page request never reads a large crawl file through; a record past the
 * limit is reported as not found, with how much was searched.
 */
import { open, readdir, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { surt, timestamp14 } from '../warc/cdxj.js';
import { readWarcRecords } from '../warc/warc-records.js';

/** The WARC record holding a fetched response. */
export interface WarcPointer {
  found: true;
  /** The WARC file, relative to the output folder. */
  file: string;
  /** The record's number in the file (from 1), when the file was read to it (an index does not say). */
  record: number | null;
  /** The byte offset where the record starts (its gzip member), and its length when known. */
  offset: number;
  length: number | null;
  recordId: string | null;
  date: string | null;
  /** How it was found: the file's CDXJ index, or reading the file. */
  via: 'cdxj' | 'scan';
}

/** The response was not found (in the indexes, and within the bytes a page request may read). */
export interface WarcNotLocated {
  found: false;
  /** The most one lookup reads of files without an index. */
  limit: number;
  /** The files searched (relative to the output folder): by index, or read up to `bytes` of `size`. */
  searched: ({ file: string; via: 'cdxj' } | { file: string; via: 'scan'; bytes: number; size: number })[];
}

export interface WarcLocator {
  /** null: no WARC file of raw/ can hold it (not fetched by this store, or raw/ was not kept). */
  locate(url: string, fetchedAt: string): Promise<WarcPointer | WarcNotLocated | null>;
}

/** Bytes of WARC files without an index (compressed, as stored) one lookup reads at most. */
export const DEFAULT_SCAN_BYTES = 16 * 1024 * 1024;
/** Files of runs started at or before the fetch that one lookup tries (latest first). */
const CANDIDATE_FILES = 3;
/** Bytes read per step of the binary search in an index (a line is a few hundred bytes). */
const INDEX_STEP = 4096;

/** Run stamps name raw/ files (`2025-01-02T03-04-05-678Z-PID.warc.gz`); an ISO time in the same shape sorts with them. */
const stampOf = (iso: string): string => iso.replace(/[:.]/g, '-');
const WARC_NAME = /\.warc(?:\.gz)?(?:\.open)?$/;

interface Candidate {
  name: string;
  size: number;
  /** Its CDXJ index, when it has one. */
  index: string | null;
}

/** A locator over `outDir`/raw (see the top of this file). Answers are kept per URL, fetch time and the files' names and sizes. */
export function rawLocator(outDir: string, opts: { maxBytes?: number } = {}): WarcLocator {
  const rawDir = path.join(outDir, 'raw');
  const maxBytes = opts.maxBytes ?? DEFAULT_SCAN_BYTES;
  const cache = new Map<string, Promise<WarcPointer | WarcNotLocated | null>>();
  return {
    async locate(url, fetchedAt) {
      const files = await candidates(rawDir, fetchedAt);
      if (!files.length) return null;
      const key = `${url}\n${fetchedAt}\n${files.map((f) => `${f.name}:${f.size}:${f.index ?? ''}`).join('\n')}`;
      let found = cache.get(key);
      if (!found) {
        if (cache.size >= 1000) cache.clear();
        found = search(rawDir, files, url, fetchedAt, maxBytes);
        cache.set(key, found);
        found.catch(() => cache.delete(key));
      }
      return found;
    },
  };
}

async function candidates(rawDir: string, fetchedAt: string): Promise<Candidate[]> {
  let names: string[];
  try {
    names = await readdir(rawDir);
  } catch {
    return [];
  }
  const present = new Set(names);
  const stamp = stampOf(fetchedAt);
  const picked = names
    .filter((n) => WARC_NAME.test(n) && (n <= stamp || n.startsWith(stamp)))
    .sort()
    .slice(-CANDIDATE_FILES)
    .reverse();
  const out: Candidate[] = [];
  for (const name of picked) {
    // A file closed meanwhile (.open renamed) or removed is simply not a candidate.
    const size = await stat(path.join(rawDir, name)).then((s) => (s.isFile() ? s.size : -1), () => -1);
    if (size >= 0) out.push({ name, size, index: present.has(`${name}.cdxj`) ? `${name}.cdxj` : null });
  }
  return out;
}

async function search(rawDir: string, files: Candidate[], url: string, fetchedAt: string, maxBytes: number): Promise<WarcPointer | WarcNotLocated> {
  const searched: WarcNotLocated['searched'] = [];
  let budget = maxBytes;
  for (const f of files) {
    const file = path.join('raw', f.name);
    if (f.index) {
      const found = await lookUp(path.join(rawDir, f.index), path.join(rawDir, f.name), url, fetchedAt);
      if (found) return { found: true, file, via: 'cdxj', ...found };
      searched.push({ file, via: 'cdxj' });
      continue;
    }
    if (budget <= 0) continue;
    const limit = Math.min(f.size, budget);
    const found = await scanFile(path.join(rawDir, f.name), limit, url, fetchedAt);
    if (found) return { found: true, file, via: 'scan', ...found };
    searched.push({ file, via: 'scan', bytes: limit, size: f.size });
    budget -= limit;
  }
  return { found: false, limit: maxBytes, searched };
}

type Found = Omit<WarcPointer, 'found' | 'file' | 'via'>;

/** Whether a record's headers are the response of `url` fetched at `fetchedAt`. */
function isTheResponse(h: { get(name: string): string | null }, url: string, fetchedAt: string): boolean {
  if ((h.get('WARC-Type') ?? '').toLowerCase() !== 'response') return false;
  if (h.get('WARC-Target-URI')?.replace(/^<(.*)>$/, '$1') !== url) return false;
  const date = h.get('WARC-Date');
  return date === null || Date.parse(date) === Date.parse(fetchedAt);
}

/** The response record of `url` at `fetchedAt` among the first `limit` bytes of `file` (and the record crossing that mark), or null. */
async function scanFile(file: string, limit: number, url: string, fetchedAt: string): Promise<Found | null> {
  let n = 0;
  // Headers are all that is needed: no block is held beyond them.
  for await (const item of readWarcRecords(file, { maxRecordBytes: 0 })) {
    if (item.offset >= limit) break;
    if (item.kind === 'error') {
      if (item.fatal) return null;
      continue;
    }
    n++;
    if (isTheResponse(item.headers, url, fetchedAt)) return { record: n, offset: item.offset, length: item.length, recordId: item.headers.get('WARC-Record-ID'), date: item.headers.get('WARC-Date') };
  }
  return null;
}

/**
 * The response of `url` at `fetchedAt` through the CDXJ index of `warc`: the index's lines
 * for the URL's SURT key and the fetch's second, then the record at each line's offset,
 * checked (its type, URL and exact date) and read for its id.
 */
async function lookUp(index: string, warc: string, url: string, fetchedAt: string): Promise<Found | null> {
  const prefix = `${surt(url)} ${timestamp14(fetchedAt)} `;
  let lines: string[];
  try {
    lines = await linesStartingWith(index, prefix);
  } catch {
    return null;
  }
  for (const line of lines) {
    let fields: { url?: string; offset?: string; length?: string };
    try {
      fields = JSON.parse(line.slice(prefix.length)) as typeof fields;
    } catch {
      continue;
    }
    const offset = Number(fields.offset);
    if (fields.url !== url || !Number.isSafeInteger(offset) || offset < 0) continue;
    for await (const item of readWarcRecords(warc, { start: offset, maxRecordBytes: 0 })) {
      if (item.kind === 'record' && item.offset === offset && isTheResponse(item.headers, url, fetchedAt)) {
        return { record: null, offset, length: item.length, recordId: item.headers.get('WARC-Record-ID'), date: item.headers.get('WARC-Date') };
      }
      break;
    }
  }
  return null;
}

/** The lines of a sorted text file that start with `prefix`, found by binary search on byte offsets. */
async function linesStartingWith(file: string, prefix: string): Promise<string[]> {
  const fh = await open(file, 'r');
  try {
    const { size } = await fh.stat();
    // The last line start whose line sorts before the prefix; the matches follow it.
    let lo = 0;
    let hi = size;
    while (hi - lo > INDEX_STEP) {
      const mid = Math.floor((lo + hi) / 2);
      const line = await lineAfter(fh, mid, size);
      if (line === null || line.text >= prefix) hi = mid;
      else lo = mid;
    }
    const out: string[] = [];
    let pos = lo;
    // From a line start at or before the first match: skip to it, then take the matching lines.
    if (pos > 0) pos = (await lineAfter(fh, pos, size))?.start ?? size;
    while (pos < size) {
      const line = await lineAt(fh, pos, size);
      if (line.text.startsWith(prefix)) out.push(line.text);
      else if (line.text > prefix) break;
      pos = line.next;
    }
    return out;
  } finally {
    await fh.close();
  }
}

/** The line starting at `pos` (a line start), and where the next one starts. */
async function lineAt(fh: FileHandle, pos: number, size: number): Promise<{ text: string; next: number }> {
  const parts: Buffer[] = [];
  for (let at = pos; at < size; ) {
    const buf = Buffer.alloc(Math.min(INDEX_STEP, size - at));
    const { bytesRead } = await fh.read(buf, 0, buf.length, at);
    if (!bytesRead) break;
    const nl = buf.subarray(0, bytesRead).indexOf(10);
    if (nl >= 0) {
      parts.push(buf.subarray(0, nl));
      return { text: Buffer.concat(parts).toString('utf8'), next: at + nl + 1 };
    }
    parts.push(buf.subarray(0, bytesRead));
    at += bytesRead;
  }
  return { text: Buffer.concat(parts).toString('utf8'), next: size };
}

/** The first whole line starting after `pos` (null: none), with its start. */
async function lineAfter(fh: FileHandle, pos: number, size: number): Promise<{ text: string; start: number } | null> {
  const skipped = await lineAt(fh, pos, size);
  if (skipped.next >= size) return null;
  const line = await lineAt(fh, skipped.next, size);
  return { text: line.text, start: skipped.next };
}

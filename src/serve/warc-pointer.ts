/**
 * Where the response a fetched record was read from is kept: its WARC record in the output
 * folder's raw/ (one `raw/<run-stamp>.warc.gz` per run that fetched, `.warc.gz.open` while
 * the run lasts). Serve asks one question, `locate(url, fetchedAt)`, behind `WarcLocator`.
 *
 * Today the answer comes from reading the WARC files themselves, bounded: only the few
 * files of the runs that can hold the fetch (by their stamp), and only their first
 * `maxBytes` bytes together, so a page request never reads a large crawl file through. A
 * record past that limit is reported as not located, with how much was searched. When a
 * CDXJ index lies beside each WARC (the input side adds one), a locator that looks the URL
 * up there replaces `scanningLocator` and nothing else changes.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { WARCParser, type WARCRecord } from 'warcio';

/** The WARC record holding a fetched response. */
export interface WarcPointer {
  found: true;
  /** The WARC file, relative to the output folder. */
  file: string;
  /** The record's number in the file (from 1) and the byte offset where it starts. */
  record: number;
  offset: number;
  recordId: string | null;
  date: string | null;
}

/** The response was not found within the bytes a page request may read. */
export interface WarcNotLocated {
  found: false;
  /** The most one lookup reads. */
  limit: number;
  /** The files searched (relative to the output folder), each with how many of its bytes were read. */
  searched: { file: string; bytes: number; size: number }[];
}

export interface WarcLocator {
  /** null: no WARC file of raw/ can hold it (not fetched by this store, or raw/ was not kept). */
  locate(url: string, fetchedAt: string): Promise<WarcPointer | WarcNotLocated | null>;
}

/** Bytes of WARC files (compressed, as stored) one lookup reads at most. */
export const DEFAULT_SCAN_BYTES = 16 * 1024 * 1024;
/** Files of runs started at or before the fetch that one lookup tries (latest first). */
const CANDIDATE_FILES = 3;

/** Run stamps name raw/ files (`2025-01-02T03-04-05-678Z-PID.warc.gz`); an ISO time in the same shape sorts with them. */
const stampOf = (iso: string): string => iso.replace(/[:.]/g, '-');
const WARC_NAME = /\.warc(?:\.gz)?(?:\.open)?$/;

/**
 * A locator that reads raw/ itself. The run that fetched `url` at `fetchedAt` wrote it to
 * the file whose stamp is the latest not after `fetchedAt`, so only the last few files
 * started before it are read, each from its start, until the record is found or
 * `maxBytes` (over all of them) are read. Answers are kept per URL, fetch time and the
 * files' names and sizes, so a run that appends or closes a file is seen.
 */
export function scanningLocator(outDir: string, opts: { maxBytes?: number } = {}): WarcLocator {
  const rawDir = path.join(outDir, 'raw');
  const maxBytes = opts.maxBytes ?? DEFAULT_SCAN_BYTES;
  const cache = new Map<string, Promise<WarcPointer | WarcNotLocated | null>>();
  return {
    async locate(url, fetchedAt) {
      const files = await candidates(rawDir, fetchedAt);
      if (!files.length) return null;
      const key = `${url}\n${fetchedAt}\n${files.map((f) => `${f.name}:${f.size}`).join('\n')}`;
      let found = cache.get(key);
      if (!found) {
        if (cache.size >= 1000) cache.clear();
        found = scan(rawDir, files, url, fetchedAt, maxBytes);
        cache.set(key, found);
        found.catch(() => cache.delete(key));
      }
      return found;
    },
  };
}

async function candidates(rawDir: string, fetchedAt: string): Promise<{ name: string; size: number }[]> {
  let names: string[];
  try {
    names = (await readdir(rawDir)).filter((n) => WARC_NAME.test(n)).sort();
  } catch {
    return [];
  }
  const stamp = stampOf(fetchedAt);
  const picked = names.filter((n) => n <= stamp || n.startsWith(stamp)).slice(-CANDIDATE_FILES).reverse();
  const out: { name: string; size: number }[] = [];
  for (const name of picked) {
    // A file closed meanwhile (.open renamed) or removed is simply not a candidate.
    const size = await stat(path.join(rawDir, name)).then((s) => (s.isFile() ? s.size : -1), () => -1);
    if (size >= 0) out.push({ name, size });
  }
  return out;
}

async function scan(rawDir: string, files: { name: string; size: number }[], url: string, fetchedAt: string, maxBytes: number): Promise<WarcPointer | WarcNotLocated> {
  const searched: WarcNotLocated['searched'] = [];
  let budget = maxBytes;
  for (const { name, size } of files) {
    if (budget <= 0) break;
    const limit = Math.min(size, budget);
    const found = await scanFile(path.join(rawDir, name), limit, url, fetchedAt);
    if (found) return { found: true, file: path.join('raw', name), ...found };
    searched.push({ file: path.join('raw', name), bytes: limit, size });
    budget -= limit;
  }
  return { found: false, limit: maxBytes, searched };
}

/** The response record of `url` at `fetchedAt` among the first `limit` bytes of `file`, or null. */
async function scanFile(file: string, limit: number, url: string, fetchedAt: string): Promise<Omit<WarcPointer, 'found' | 'file'> | null> {
  if (limit <= 0) return null;
  // Reading stops at `limit`: a record cut there is unreadable, and so not found.
  const stream = createReadStream(file, { start: 0, end: limit - 1 });
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  failed.catch(() => {});
  const parser = new WARCParser(stream);
  const iter = parser[Symbol.asyncIterator]();
  try {
    for (let n = 1; ; n++) {
      const step: IteratorResult<WARCRecord> = await Promise.race([iter.next(), failed]);
      if (step.done) return null;
      const rec = step.value;
      if (rec.warcType !== 'response' || rec.warcTargetURI !== url) continue;
      const date = rec.warcDate ?? null;
      if (date !== null && Date.parse(date) !== Date.parse(fetchedAt)) continue;
      return { record: n, offset: parser.offset, recordId: rec.warcHeader('WARC-Record-ID') ?? null, date };
    }
  } catch {
    // A torn or unreadable file (or its cut end) holds no pointer we could give.
    return null;
  } finally {
    stream.destroy();
  }
}

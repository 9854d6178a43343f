/**
 * `ingest` as a library call: load (or fetch) every input, run the pipeline, store the
 * records, keep the query index in step, and return the run summary. Reports progress
 * through a callback and never prints.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatOf, loadInputs, isUrl } from './load/load-inputs.js';
import { fetchInputs, type FetchOptions } from './fetch/fetch-inputs.js';
import { processArticle, type PipelineOptions } from './pipeline.js';
import { RecordStore, type RunChanges, type RunSummary } from './store/record-store.js';
import { syncIndex } from './query/sync-index.js';
import { acquireRunLock } from './state/run-lock.js';
import type { LoadResult } from './types.js';

export interface Progress {
  done: number;
  failed: number;
  /** Inputs per second so far. */
  rate: number;
  /** Seconds left, when the total is known. */
  eta: number | null;
  total: number | null;
  current: string;
}

export interface IngestOptions extends PipelineOptions, Omit<FetchOptions, 'outDir'> {
  outDir: string;
  onProgress?: (p: Progress) => void;
  /** Keep output/index.sqlite in step (default true). */
  index?: boolean;
  /** fsync every record file before the run ends (default false; see RecordStore.open). */
  durable?: boolean;
}

export type IngestResult = RunSummary & RunChanges;

/** Load or fetch the inputs (paths, folders, URLs) and write their records to `opts.outDir`. */
export async function ingest(inputs: string[], opts: IngestOptions): Promise<IngestResult> {
  // One writing run per output folder (refresh takes the same lock).
  const lock = await acquireRunLock(opts.outDir);
  try {
    return await ingestLocked(inputs, opts);
  } finally {
    await lock.release();
  }
}

async function ingestLocked(inputs: string[], opts: IngestOptions): Promise<IngestResult> {
  const store = await RecordStore.open(opts.outDir, { durable: opts.durable ?? false });
  const urls = inputs.filter(isUrl);
  const paths = inputs.filter((i) => !isUrl(i));
  const started = Date.now();
  let done = 0;
  let failed = 0;
  // The total (for an ETA) is known when every input is one article: a URL or a .txt/.html file.
  const total = opts.onProgress ? await countArticles(paths).then((n) => (n == null ? null : n + urls.length)) : null;

  const handle = async (r: LoadResult): Promise<void> => {
    if (!r.ok) {
      store.fail(r.failure);
      failed++;
    } else {
      try {
        await store.put(processArticle(r.article, opts));
      } catch (e) {
        store.fail({ input: r.article.source.location, reason: (e as Error).message });
        failed++;
      }
    }
    done++;
    if (opts.onProgress) {
      const secs = (Date.now() - started) / 1000;
      const rate = secs > 0 ? done / secs : 0;
      const eta = total != null && rate > 0 ? Math.max(0, total - done) / rate : null;
      opts.onProgress({ done, failed, rate, eta, total, current: r.ok ? r.article.source.location : r.failure.input });
    }
  };

  for await (const r of loadInputs(paths, { exclude: [opts.outDir] })) await handle(r);
  if (urls.length) for await (const r of fetchInputs(urls, { ...opts, outDir: opts.outDir })) await handle(r);

  const result = await store.finish();
  if (opts.index !== false) await syncIndex(opts.outDir, result);
  return result;
}

/**
 * How many articles the paths hold, when that is known without reading them: every file
 * is one article, except JSON Lines and WARC files (null then). A quick walk of names only.
 */
async function countArticles(paths: string[]): Promise<number | null> {
  let n = 0;
  const walk = async (p: string, explicit: boolean): Promise<boolean> => {
    const st = await stat(p).catch(() => null);
    if (!st) {
      n++; // a missing input still ends as one failure
      return true;
    }
    if (st.isDirectory()) {
      for (const name of await readdir(p)) if (!name.startsWith('.') && !(await walk(path.join(p, name), false))) return false;
      return true;
    }
    const format = formatOf(p);
    if (format === 'jsonl' || format === 'warc') return false;
    if (format || explicit) n++;
    return true;
  };
  for (const p of paths) if (!(await walk(p, true))) return null;
  return n;
}

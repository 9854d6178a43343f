/**
 * `ingest` as a library call: load (or fetch) every input, run the pipeline (on worker
 * threads with `jobs` > 1), store the records with their index, and return the run
 * summary. Reports progress through a callback and never prints.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatOf, loadInputs, isUrl } from './load/load-inputs.js';
import type { FetchOptions } from './fetch/fetch-inputs.js';
import type { PipelineOptions } from './pipeline.js';
import { ArticleProcessor, defaultJobs, type Processed } from './process-articles.js';
import { RecordStore, type RunChanges, type RunSummary } from './store/record-store.js';
import { describeStorageError } from './store/store-errors.js';
import { defaultExportPath, exportStore, type ExportFormat, type ExportResult } from './store/export-store.js';
import { pathExists } from './store/write-atomic.js';
import { acquireRunLock } from './state/run-lock.js';
import type { InputFailure, LoadResult } from './types.js';

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
  /** One line per thing the run had to settle (a migration, a rebuilt index, a killed run's delta). */
  onNote?: (line: string) => void;
  /** Keep the query index in step (default true); without it the index is rebuilt when next needed. */
  index?: boolean;
  /** Commit each batch with a sync of the log (default false; see RecordStore). */
  durable?: boolean;
  /** Worker threads running the pipeline (default: one per core; 1 = this thread only). */
  jobs?: number;
  /**
   * Exports to keep current after the run, each at its default place in the output folder
   * (the CLI asks for jsonl unless told otherwise). One is rewritten only when the run
   * changed the store or the export is missing, so an unchanged re-run costs nothing.
   */
  exports?: ExportFormat[];
  /**
   * Stop reading inputs when aborted (Ctrl-C): the articles already read are finished and
   * stored, the summary is written with `interrupted: true`, and the lock is let go.
   */
  signal?: AbortSignal;
  /** The command to name in the run summary (default "ingest"). */
  command?: string;
  /** Tuning of --jobs: articles processed on this thread before workers start (default 200); wait for them rather than work meanwhile. */
  workers?: { inlineFirst?: number; wait?: boolean };
}

export type IngestResult = RunSummary &
  RunChanges & {
    notes: string[];
    exported: ExportResult[];
    /** Articles processed on this thread and on worker threads. */
    threads: { inline: number; workers: number };
  };

/** Load or fetch the inputs (paths, folders, URLs) and write their records to `opts.outDir`. */
export async function ingest(inputs: string[], opts: IngestOptions): Promise<IngestResult> {
  // One writing run per output folder (refresh takes the same lock).
  const lock = await acquireRunLock(opts.outDir).catch((e: unknown) => {
    throw describeStorageError(e, opts.outDir) ?? e;
  });
  let result;
  try {
    result = await ingestLocked(inputs, opts);
  } finally {
    await lock.release();
  }
  // Exports read the store like any query: after the run, without holding the lock.
  const exported: ExportResult[] = [];
  const changed = result.writtenIds.length > 0 || result.removedIds.length > 0;
  // An interrupted run stops as soon as its summary is written: the exports wait for the next run.
  for (const format of result.interrupted ? [] : opts.exports ?? []) {
    if (!changed && (await pathExists(defaultExportPath(opts.outDir, format)))) continue;
    exported.push(await exportStore(opts.outDir, { format, onNote: opts.onNote }));
  }
  return { ...result, exported };
}

/** Inputs named twice on the command line: the later ones are skipped (and counted), not read again. */
async function distinctInputs(inputs: string[]): Promise<{ paths: string[]; urls: string[]; twice: InputFailure[] }> {
  // The fetcher (undici and its company) is loaded only by a run that fetches.
  const canonicalUrl = inputs.some(isUrl) ? (await import('./fetch/fetcher.js')).canonicalUrl : (u: string) => u;
  const seen = new Map<string, string>();
  const paths: string[] = [];
  const urls: string[] = [];
  const twice: InputFailure[] = [];
  for (const input of inputs) {
    let key: string;
    try {
      key = isUrl(input) ? canonicalUrl(input) : path.resolve(input);
    } catch {
      key = input; // not a valid URL: the fetcher names it
    }
    const first = seen.get(key);
    if (first !== undefined) {
      twice.push({ input, reason: first === input ? 'given twice' : `the same input as ${first}` });
      continue;
    }
    seen.set(key, input);
    (isUrl(input) ? urls : paths).push(input);
  }
  return { paths, urls, twice };
}

async function ingestLocked(inputs: string[], opts: IngestOptions): Promise<Omit<IngestResult, 'exported'>> {
  const store = await RecordStore.open(opts.outDir, { durable: opts.durable ?? false, index: opts.index, command: opts.command ?? 'ingest', inputs });
  for (const n of store.notes) opts.onNote?.(n);
  const { paths, urls, twice } = await distinctInputs(inputs);
  for (const t of twice) store.skip(t);
  const jobs = Math.max(1, Math.floor(opts.jobs ?? defaultJobs()));
  const processor = new ArticleProcessor(jobs, { toneStyle: opts.toneStyle }, opts.workers);
  const started = Date.now();
  let done = 0;
  let failed = 0;
  // The total (for an ETA) is known when every input is one article: a URL or a .txt/.html file.
  const total = opts.onProgress ? await countArticles(paths).then((n) => (n == null ? null : n + urls.length)) : null;

  // Results are stored in input order whatever thread made them: the same records for any --jobs.
  const queue: { input: string; result: Promise<Processed> | InputFailure }[] = [];
  // Inline (one job) a record is stored as soon as it is made; with workers, up to `limit` wait their turn.
  const limit = jobs > 1 ? jobs * 32 : 0;
  const storeNext = async (): Promise<void> => {
    const { input, result } = queue.shift()!;
    const r = result instanceof Promise ? await result : ({ ok: false, reason: result.reason } as const);
    if (!r.ok) {
      store.fail({ input, reason: r.reason });
      failed++;
    } else {
      try {
        store.put(r.prepared);
        await store.settle();
      } catch (e) {
        // A full or read-only disk stops the run (the CLI says what to do); anything else fails this input only.
        const storage = describeStorageError(e, store.file);
        if (storage) throw storage;
        store.fail({ input, reason: `cannot store its record: ${(e as Error).message}` });
        failed++;
      }
    }
    done++;
    if (opts.onProgress) {
      const secs = (Date.now() - started) / 1000;
      const rate = secs > 0 ? done / secs : 0;
      const eta = total != null && rate > 0 ? Math.max(0, total - done) / rate : null;
      opts.onProgress({ done, failed, rate, eta, total, current: input });
    }
  };
  let handled = 0;
  const handle = async (r: LoadResult): Promise<void> => {
    // A record inside a container is named by its place there (`crawl.warc.gz#OFFSET`), not only its URL.
    if (r.ok) queue.push({ input: r.article.input ?? r.article.source.location, result: processor.process(r.article) });
    else queue.push({ input: r.failure.input, result: r.failure });
    while (queue.length > limit || (queue.length && !(queue[0]!.result instanceof Promise))) {
      processor.flush();
      await storeNext();
    }
    // Inputs read from a buffer and articles processed here never yield to the event loop:
    // now and then let the workers' answers in, so that they get new work without waiting.
    if (processor.parallel && ++handled % 8 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  };

  let result;
  try {
    const stopped = (): boolean => opts.signal?.aborted === true;
    for await (const r of loadInputs(paths, { exclude: [opts.outDir], onSkip: (x) => store.skip(x) })) {
      await handle(r);
      if (stopped()) break;
    }
    if (urls.length && !stopped()) {
      const { fetchInputs } = await import('./fetch/fetch-inputs.js');
      for await (const r of fetchInputs(urls, { ...opts, outDir: opts.outDir })) {
        await handle(r);
        if (stopped()) break;
      }
    }
    processor.flush();
    while (queue.length) await storeNext();
    result = await store.finish({ interrupted: stopped() });
  } finally {
    store.close();
    await processor.close();
  }
  return { ...result, notes: store.notes, threads: { ...processor.counts } };
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

/**
 * `ingest` as a library call: load (or fetch) every input, run the pipeline, store the
 * records, keep the query index in step, and return the run summary. Reports progress
 * through a callback and never prints.
 */
import { loadInputs, isUrl } from './load/load-inputs.js';
import { fetchInputs, type FetchOptions } from './fetch/fetch-inputs.js';
import { processArticle, type PipelineOptions } from './pipeline.js';
import { RecordStore, type RunChanges, type RunSummary } from './store/record-store.js';
import { syncIndex } from './query/sync-index.js';
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
}

export type IngestResult = RunSummary & RunChanges;

/** Load or fetch the inputs (paths, folders, URLs) and write their records to `opts.outDir`. */
export async function ingest(inputs: string[], opts: IngestOptions): Promise<IngestResult> {
  const store = await RecordStore.open(opts.outDir);
  const urls = inputs.filter(isUrl);
  const paths = inputs.filter((i) => !isUrl(i));
  const started = Date.now();
  let done = 0;
  let failed = 0;

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
      opts.onProgress({ done, failed, rate: secs > 0 ? done / secs : 0, eta: null, total: null, current: r.ok ? r.article.source.location : r.failure.input });
    }
  };

  for await (const r of loadInputs(paths)) await handle(r);
  if (urls.length) for await (const r of fetchInputs(urls, { ...opts, outDir: opts.outDir })) await handle(r);

  const result = await store.finish();
  if (opts.index !== false) await syncIndex(opts.outDir, result);
  return result;
}

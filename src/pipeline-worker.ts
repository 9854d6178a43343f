/**
 * A worker thread of `ingest --jobs N`: runs the pipeline on the articles it is sent and
 * sends back each record ready for the store (its stored form and index rows), or why it
 * failed. The bytes of each record are handed over, not copied. The main thread loads the
 * inputs and is the only one to write.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processArticle, type PipelineOptions } from './pipeline.js';
import { prepareRecord, transferablesOf } from './store/prepare-record.js';
import type { Processed, WorkerJob } from './process-articles.js';

const opts = (workerData as { opts: PipelineOptions }).opts;

parentPort!.on('message', (job: WorkerJob) => {
  const transfer: ArrayBuffer[] = [];
  const results: Processed[] = job.articles.map((article) => {
    try {
      const prepared = prepareRecord(processArticle(article, opts));
      transfer.push(...transferablesOf(prepared));
      return { ok: true, prepared };
    } catch (e) {
      return { ok: false, reason: (e as Error).message };
    }
  });
  parentPort!.postMessage({ id: job.id, results }, transfer);
});

// Loaded: the main thread may send work now (until then it processes articles itself).
parentPort!.postMessage({ ready: true });

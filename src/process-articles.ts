/**
 * Runs the pipeline over articles, on this thread or on worker threads (`--jobs N`), and
 * hands back each record ready for the store, always in the order the articles came: the
 * records are the same whatever N is.
 *
 * The workers start only once a run has shown it has more than a handful of articles
 * (starting a worker costs about as much as processing a few hundred milliseconds'
 * worth), and they load the same modules as this thread: compiled JavaScript from dist/,
 * or TypeScript through tsx from a checkout (`npm start`, tests).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { processArticle, type PipelineOptions } from './pipeline.js';
import { prepareRecord, type PreparedRecord } from './store/prepare-record.js';
import type { LoadedArticle } from './types.js';

export type Processed = { ok: true; prepared: PreparedRecord } | { ok: false; reason: string };

/** A message to a worker: a few articles, answered together. */
export interface WorkerJob {
  id: number;
  articles: LoadedArticle[];
}

/** The default of --jobs: one per core. */
export const defaultJobs = (): number => availableParallelism();

/** Articles processed on this thread before workers are started. */
const INLINE_FIRST = 32;
/** Articles per message to a worker: fewer round trips, still short waits. */
const PER_MESSAGE = 8;

export class ArticleProcessor {
  private workers: { worker: Worker; busy: number }[] = [];
  private readonly waiting = new Map<number, { resolve: (r: Processed[]) => void; reject: (e: unknown) => void }>();
  private nextId = 0;
  private seen = 0;
  private pending: { article: LoadedArticle; resolve: (p: Processed) => void; reject: (e: unknown) => void }[] = [];
  private failure: unknown = null;

  constructor(
    private readonly jobs: number,
    private readonly opts: PipelineOptions,
  ) {}

  /** Process one article; results resolve in any order, the caller awaits them in order. */
  process(article: LoadedArticle): Promise<Processed> {
    this.seen++;
    if (this.jobs <= 1 || this.seen <= INLINE_FIRST) return Promise.resolve(this.inline(article));
    if (this.failure) return Promise.reject(this.failure);
    if (!this.workers.length) this.start();
    return new Promise((resolve, reject) => {
      this.pending.push({ article, resolve, reject });
      if (this.pending.length >= PER_MESSAGE) this.send();
    });
  }

  /** Send what is waiting now (the caller is about to wait for a result). */
  flush(): void {
    if (this.pending.length) this.send();
  }

  private inline(article: LoadedArticle): Processed {
    try {
      return { ok: true, prepared: prepareRecord(processArticle(article, this.opts)) };
    } catch (e) {
      return { ok: false, reason: (e as Error).message };
    }
  }

  private start(): void {
    const self = new URL(import.meta.url);
    const ts = self.pathname.endsWith('.ts');
    const url = new URL(`./pipeline-worker.${ts ? 'ts' : 'js'}`, self);
    // From a checkout the worker is TypeScript: it needs tsx's loader, which the main thread may have from `tsx`, `--import tsx` or vitest.
    const execArgv = ts && !process.execArgv.some((a) => a.includes('tsx')) ? [...process.execArgv, '--import', 'tsx'] : process.execArgv;
    for (let i = 0; i < this.jobs; i++) {
      const worker = new Worker(url, { workerData: { opts: this.opts }, execArgv });
      const slot = { worker, busy: 0 };
      worker.on('message', (m: { id: number; results: Processed[] }) => {
        slot.busy--;
        const w = this.waiting.get(m.id);
        this.waiting.delete(m.id);
        w?.resolve(m.results);
      });
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`a pipeline worker stopped (exit code ${code})`));
      });
      worker.unref();
      this.workers.push(slot);
    }
  }

  private closing = false;

  private fail(e: unknown): void {
    this.failure ??= e;
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
    for (const p of this.pending) p.reject(e);
    this.pending = [];
  }

  private send(): void {
    const batch = this.pending;
    this.pending = [];
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    slot.busy++;
    this.waiting.set(id, {
      resolve: (results) => results.forEach((r, i) => batch[i]!.resolve(r)),
      reject: (e) => batch.forEach((b) => b.reject(e)),
    });
    slot.worker.postMessage({ id, articles: batch.map((b) => b.article) } satisfies WorkerJob);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
    this.workers = [];
  }
}

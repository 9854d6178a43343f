/**
 * Runs the pipeline over articles, on this thread or on worker threads (`--jobs N`), and
 * hands back each record ready for the store, always in the order the articles came: the
 * records are the same whatever N is.
 *
 * The workers start only once a run has shown it has more than a few hundred articles
 * (loading the pipeline in a worker costs about a second of CPU, several through tsx),
 * and this thread goes on processing articles itself until they are ready. They load the
 * same modules as this thread: compiled JavaScript from dist/, or TypeScript through tsx
 * from a checkout (`npm start`, tests).
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
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
const INLINE_FIRST = 200;
/** Articles per message to a worker: fewer round trips, still short waits. */
const PER_MESSAGE = 8;

/**
 * A worker running pipeline-worker: the compiled .js beside this file, or from a checkout
 * the .ts through tsx's API (a worker does not inherit the main thread's module hooks, so
 * the loader is registered inside it, by a few lines of JavaScript that then import the worker).
 */
function spawnWorker(workerData: unknown): Worker {
  const self = new URL(import.meta.url);
  if (!self.pathname.endsWith('.ts')) return new Worker(new URL('./pipeline-worker.js', self), { workerData });
  const tsx = pathToFileURL(createRequire(self).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
  const entry = new URL('./pipeline-worker.ts', self).href;
  const code = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(self.href)}))`;
  return new Worker(code, { eval: true, workerData });
}

export class ArticleProcessor {
  private workers: { worker: Worker; busy: number; ready: boolean }[] = [];
  private started = false;
  private readonly waiting = new Map<number, { resolve: (r: Processed[]) => void; reject: (e: unknown) => void }>();
  private nextId = 0;
  private seen = 0;
  private pending: { article: LoadedArticle; resolve: (p: Processed) => void; reject: (e: unknown) => void }[] = [];
  private failure: unknown = null;
  /** Articles processed here and on the workers (for the run's figures). */
  readonly counts = { inline: 0, workers: 0 };
  private readonly inlineFirst: number;
  private readonly wait: boolean;

  /**
   * `tuning.inlineFirst`: articles processed here before workers start (default 200);
   * `tuning.wait`: once started, wait for the workers rather than process here meanwhile.
   */
  constructor(
    private readonly jobs: number,
    private readonly opts: PipelineOptions,
    tuning: { inlineFirst?: number; wait?: boolean } = {},
  ) {
    this.inlineFirst = tuning.inlineFirst ?? INLINE_FIRST;
    this.wait = tuning.wait ?? false;
  }

  /** Process one article; results resolve in any order, the caller awaits them in order. */
  process(article: LoadedArticle): Promise<Processed> {
    this.seen++;
    if (this.jobs <= 1 || this.seen <= this.inlineFirst) return Promise.resolve(this.inline(article));
    if (this.failure) return Promise.reject(this.failure);
    if (!this.started) this.start();
    if (!this.wait && !this.workers.some((w) => w.ready)) return Promise.resolve(this.inline(article));
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
    this.counts.inline++;
    try {
      return { ok: true, prepared: prepareRecord(processArticle(article, this.opts)) };
    } catch (e) {
      return { ok: false, reason: (e as Error).message };
    }
  }

  private start(): void {
    this.started = true;
    for (let i = 0; i < this.jobs; i++) {
      const worker = spawnWorker({ opts: this.opts });
      const slot = { worker, busy: 0, ready: false };
      worker.on('message', (m: { id: number; results: Processed[] } | { ready: true }) => {
        if ('ready' in m) {
          slot.ready = true;
          if (this.pending.length) this.send();
          return;
        }
        slot.busy--;
        const w = this.waiting.get(m.id);
        this.waiting.delete(m.id);
        w?.resolve(m.results);
      });
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`a pipeline worker stopped (exit code ${code})`));
      });
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
    const ready = this.workers.filter((w) => w.ready);
    if (!ready.length) return; // sent when the first worker is ready
    const batch = this.pending;
    this.pending = [];
    this.counts.workers += batch.length;
    const slot = ready.reduce((a, b) => (b.busy < a.busy ? b : a));
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

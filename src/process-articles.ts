/**
 * Runs the pipeline over articles on N threads (`--jobs N`): this thread and N − 1 worker
 * threads. Each record comes back ready for the store (record-codec.ts), always in the
 * order the articles came: the records are the same whatever N is.
 *
 * This thread is one of the N because it has the pipeline loaded anyway: it works alone on
 * the first articles of a run (loading the pipeline in a worker costs about a second of
 * CPU, several through tsx, which a nightly run of a few articles never pays), starts the
 * workers once a run has shown it has more than a few hundred, and from then on sends
 * articles to them while they have room, processing one itself when they have not. So N
 * threads run the pipeline, with N copies of it in memory, and the writing (this thread)
 * fits in between. Workers load the same modules as this thread: compiled JavaScript from
 * dist/, or TypeScript through tsx from a checkout (`npm start`, tests).
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
 * Articles a worker may have waiting for it: enough that it never idles while this thread
 * is busy with an article of its own or a batch of inputs, few enough to keep memory flat.
 */
const WORKER_ROOM = 4 * PER_MESSAGE;

/**
 * A worker's young generation: V8 sizes it by the machine's memory (tens of MB per thread
 * here), and the pipeline's short-lived garbage fills it. At 8 MB a worker peaks about
 * 100 MB lower for the same CPU (measured on 3,000 real articles: 127 MB above the process
 * instead of 230). The old generation is left to V8: one article may legitimately need a lot.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/**
 * A worker running pipeline-worker: the compiled .js beside this file, or from a checkout
 * the .ts through tsx's API (a worker does not inherit the main thread's module hooks, so
 * the loader is registered inside it, by a few lines of JavaScript that then import the worker).
 */
function spawnWorker(workerData: unknown): Worker {
  const self = new URL(import.meta.url);
  if (!self.pathname.endsWith('.ts')) return new Worker(new URL('./pipeline-worker.js', self), { workerData, resourceLimits: WORKER_LIMITS });
  const tsx = pathToFileURL(createRequire(self).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
  const entry = new URL('./pipeline-worker.ts', self).href;
  const code = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(self.href)}))`;
  return new Worker(code, { eval: true, workerData, resourceLimits: WORKER_LIMITS });
}

/**
 * For tests that run the CLI in a child process: VNEWS_TEST_WORKERS=N starts the workers
 * after N articles and sends them every later one (as `{ inlineFirst: N, wait: true }`),
 * so that a small input exercises them.
 */
function testTuning(): { inlineFirst: number; wait: boolean } | null {
  const n = Number(process.env.VNEWS_TEST_WORKERS);
  return process.env.VNEWS_TEST_WORKERS && Number.isInteger(n) && n >= 0 ? { inlineFirst: n, wait: true } : null;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Articles sent and not yet answered. */
  busy: number;
}

export class ArticleProcessor {
  private workers: Slot[] = [];
  private started = false;
  private readonly waiting = new Map<number, { resolve: (r: Processed[]) => void; reject: (e: unknown) => void }>();
  private nextId = 0;
  private seen = 0;
  private pending: { article: LoadedArticle; resolve: (p: Processed) => void; reject: (e: unknown) => void }[] = [];
  private failure: unknown = null;
  private closing = false;
  /** Articles processed here and on the workers (for the run's figures). */
  readonly counts = { inline: 0, workers: 0 };
  private readonly inlineFirst: number;
  private readonly wait: boolean;

  /**
   * `jobs`: threads running the pipeline, this one included. `tuning.inlineFirst`: articles
   * processed here before workers start (default 200); `tuning.wait`: once they are
   * started, send every article to the workers (waiting for them to be ready) rather than
   * process any here.
   */
  constructor(
    private readonly jobs: number,
    private readonly opts: PipelineOptions,
    tuning: { inlineFirst?: number; wait?: boolean } = {},
  ) {
    const forTests = testTuning();
    this.inlineFirst = tuning.inlineFirst ?? forTests?.inlineFirst ?? INLINE_FIRST;
    this.wait = tuning.wait ?? forTests?.wait ?? false;
  }

  /** Whether work may be on other threads now (the caller then lets their answers in now and then). */
  get parallel(): boolean {
    return this.started;
  }

  /** Process one article; results resolve in any order, the caller awaits them in order. */
  process(article: LoadedArticle): Promise<Processed> {
    this.seen++;
    if (this.jobs <= 1 || this.seen <= this.inlineFirst) return Promise.resolve(this.inline(article));
    if (this.failure) return Promise.reject(this.failure);
    if (!this.started) this.start();
    if (!this.wait && !this.hasRoom()) return Promise.resolve(this.inline(article));
    return new Promise((resolve, reject) => {
      this.pending.push({ article, resolve, reject });
      if (this.pending.length >= PER_MESSAGE) this.send();
    });
  }

  /** Send what is waiting now (the caller is about to wait for a result). */
  flush(): void {
    if (this.pending.length) this.send();
  }

  /** Whether a ready worker can take the articles waiting and one more. */
  private hasRoom(): boolean {
    const room = this.workers.reduce((n, w) => n + (w.ready ? WORKER_ROOM - w.busy : 0), 0);
    return room > this.pending.length;
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
    for (let i = 0; i < this.jobs - 1; i++) {
      const worker = spawnWorker({ opts: this.opts });
      const slot: Slot = { worker, busy: 0, ready: false };
      worker.on('message', (m: { id: number; results: Processed[] } | { ready: true }) => {
        if ('ready' in m) {
          slot.ready = true;
          if (this.pending.length) this.send();
          return;
        }
        slot.busy -= m.results.length;
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
    slot.busy += batch.length;
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

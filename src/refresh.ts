/**
 * `refresh` as a library call: the nightly job. Under a run lock it finds article URLs in
 * the sources (feeds, sitemaps, listing pages, single URLs), fetches each with a
 * conditional request, processes only what is new or changed, writes records, keeps the
 * query index in step, and returns the run summary. Reports through callbacks; never prints.
 *
 * Order of durable steps for one URL (each survives a kill of the process):
 *   response appended to raw/<run>.warc.gz.open → record written (atomic rename)
 *   → state row updated. A kill between two steps costs a refetch, never an article.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Fetcher, FetchError, InterruptedFetchError, canonicalUrl, type Exchange, type FetchEvent, type Fetched, type FetcherOptions } from './fetch/fetcher.js';
import { readFeed, readListing, readSitemap } from './fetch/read-discovery.js';
import { SourcesError, SourcesFile, readSourcesFile, type Source, type Sources } from './fetch/read-sources.js';
import { readBoundedBody } from './fetch/read-body.js';
import { toLoadedArticle } from './fetch/to-loaded-article.js';
import { runStamp } from './fetch/fetch-inputs.js';
import type { FetchPurpose } from './fetch/content-type.js';
import { decodeBytes } from './decode/decode-bytes.js';
import { prepareRecord } from './store/prepare-record.js';
import { processArticle, type PipelineOptions } from './pipeline.js';
import { RecordStore, type RunChanges, type RunSummary } from './store/record-store.js';
import { removeStaleTemps } from './store/write-atomic.js';
import { StateStore, type RememberedFetch } from './state/state-store.js';
import { acquireRunLock, type LockInfo } from './state/run-lock.js';
import { WarcWriter, recoverWarcs, type Capture } from './warc/write-warc.js';
import type { Progress } from './ingest.js';
import type { InputFailure } from './types.js';

export { SourcesError } from './fetch/read-sources.js';
export { LockedError } from './state/run-lock.js';

export type RefreshEvent = FetchEvent;

/** State rows committed together (one fsync of the records, one SQLite transaction). */
const STATE_BATCH = 32;
/**
 * Fetched bodies waiting for the (serial) pipeline: past this many bytes no new request
 * starts until processing catches up, so a fast site cannot fill memory with pages.
 */
const MAX_WAITING_BYTES = 64 * 1024 * 1024;

/** Progress of a refresh: first the sources are read (`discovery`: done/total count sources), then the articles. */
export interface RefreshProgress extends Progress {
  phase: 'discovery' | 'articles';
}

/** Exit code of a refresh that could fetch nothing at all: no host answered (DNS, refused, timeouts). */
export const EXIT_UNREACHABLE = 4;

export interface RefreshOptions extends PipelineOptions, Omit<FetcherOptions, 'onEvent' | 'onRobots'> {
  outDir: string;
  onProgress?: (p: RefreshProgress) => void;
  /** Structured events: fetches, retries, discovery, failures. */
  onEvent?: (e: RefreshEvent) => void;
  /** Keep the store's query index in step (default true). */
  index?: boolean;
  /**
   * Aborted (Ctrl-C, a TERM from cron): no new URL is fetched, the articles in flight are
   * finished and stored, and the summary is written with `interrupted: true`.
   */
  signal?: AbortSignal;
  /** Sitemap indexes nested deeper than this are not followed (default 3). */
  maxSitemapDepth?: number;
  /** At most this many article URLs per run, the first found (default 50,000). */
  maxUrls?: number;
}

export interface RefreshResult extends RunSummary, RunChanges {
  /** Distinct article URLs found in the sources. */
  discovered: number;
  /** Articles the server answered 304 Not Modified for. */
  notModified: number;
  /** Articles that answered 404 or 410: gone from the site, not failures of the run. */
  gone: InputFailure[];
  /** Nothing could be fetched at all: every request ended without an HTTP answer (exit code EXIT_UNREACHABLE). */
  unreachable: boolean;
  /** This run's WARC file, or null when nothing was fetched. */
  warcPath: string | null;
  /** WARC files of killed runs finished at the start of this one. */
  recoveredWarcs: string[];
  /** The stale lock of a killed run that this run took over. */
  tookOverLock: LockInfo | null;
}

/** Run one refresh of `sources` (a sources file path, or its parsed content) into `opts.outDir`. */
export async function refresh(sources: string | Sources, opts: RefreshOptions): Promise<RefreshResult> {
  const spec = typeof sources === 'string' ? await readSourcesFile(sources) : validate(sources);
  const merged = { ...pick(spec), ...defined(opts) } as RefreshOptions;
  const emit = opts.onEvent ?? (() => {});
  const outDir = opts.outDir;

  const lock = await acquireRunLock(outDir);
  let state: StateStore | null = null;
  let fetcher: Fetcher | null = null;
  let warc: WarcWriter | null = null;
  let openedStore: RecordStore | null = null;
  try {
    if (lock.tookOver) emit({ level: 'warn', msg: 'took over the lock of a run that is gone', reason: `pid ${lock.tookOver.pid}, started ${lock.tookOver.startedAt}` });
    const rawDir = path.join(outDir, 'raw');
    const recoveredWarcs = await recoverWarcs(rawDir);
    for (const w of recoveredWarcs) emit({ level: 'info', msg: 'finished the WARC file of an interrupted run', url: w });
    await removeStaleTemps(rawDir);
    await removeStaleTemps(path.join(outDir, 'runs'));
    const store = await RecordStore.open(outDir, { durable: true, index: opts.index, command: 'refresh', inputs: typeof sources === 'string' ? [sources] : [] });
    openedStore = store;
    state = StateStore.open(outDir);
    if (state.recovered) emit({ level: 'warn', msg: state.recovered });
    completeReplacements(state, store);

    warc = new WarcWriter(rawDir, runStamp());
    const w = warc;
    // Bytes fetched and not yet processed, and the requests waiting for them to go down.
    let waiting = 0;
    let drained: Array<() => void> = [];
    const hold = (n: number): void => void (waiting += n);
    const release = (n: number): void => {
      waiting -= n;
      if (waiting <= MAX_WAITING_BYTES) for (const wake of drained.splice(0)) wake();
    };
    const beforeRequest = (): Promise<void> => (waiting <= MAX_WAITING_BYTES ? Promise.resolve() : new Promise<void>((r) => drained.push(r)));
    // robots.txt answers are archived like any response (marked, so they are never read as articles).
    fetcher = new Fetcher({ ...merged, onEvent: emit, beforeRequest, onRobots: async (exchanges) => void (await w.write(exchanges, 'robots')) });
    const st = state;
    const f = fetcher;

    const sourcesDone = { done: 0, failed: 0 };
    const discoveryTick = (current: string, ok: boolean): void => {
      sourcesDone.done++;
      if (!ok) sourcesDone.failed++;
      opts.onProgress?.({ phase: 'discovery', done: sourcesDone.done, failed: sourcesDone.failed, rate: 0, eta: null, total: spec.sources.length, current });
    };
    opts.onProgress?.({ phase: 'discovery', done: 0, failed: 0, rate: 0, eta: null, total: spec.sources.length, current: '' });
    const urls = await discover(spec.sources, { fetcher: f, warc: w, store, emit, maxDepth: opts.maxSitemapDepth ?? 3, tick: discoveryTick });
    const maxUrls = opts.maxUrls ?? 50_000;
    if (urls.length > maxUrls) {
      emit({ level: 'warn', msg: `found ${urls.length} article URLs; fetching the first ${maxUrls}` });
      urls.length = maxUrls;
    }

    const started = Date.now();
    let done = 0;
    let failed = 0;
    let notModified = 0;
    const tick = (current: string, ok: boolean): void => {
      done++;
      if (!ok) failed++;
      if (!opts.onProgress) return;
      const secs = (Date.now() - started) / 1000;
      const rate = secs > 0 ? done / secs : 0;
      opts.onProgress({ phase: 'articles', done, failed, rate, eta: rate > 0 ? (urls.length - done) / rate : null, total: urls.length, current });
    };
    // The pipeline is synchronous CPU work and the store reads-then-writes a record: one at a time.
    let chain: Promise<unknown> = Promise.resolve();
    const serial = <T>(fn: () => Promise<T>): Promise<T> => {
      const next = chain.then(fn);
      chain = next.catch(() => {});
      return next;
    };
    const fail = (url: string, reason: string, status: number | null, at: string): void => {
      store.fail({ input: url, reason });
      st.noteStatus(url, at, status, reason);
      emit({ level: 'error', msg: 'failed', url, reason });
    };
    // State rows wait here until the records they name are synced to disk: then one fsync
    // (store.flush) and one transaction serve a batch. A kill before that costs a refetch.
    let pendingRows: RememberedFetch[] = [];
    const commitRows = async (): Promise<void> => {
      if (!pendingRows.length) return;
      const batch = pendingRows;
      pendingRows = [];
      store.flush();
      st.remember(batch);
      emit({ level: 'debug', msg: 'state committed', count: batch.length });
    };
    const queueRemember = async (row: RememberedFetch): Promise<void> => {
      pendingRows.push(row);
      if (pendingRows.length >= STATE_BATCH) await commitRows();
    };
    /** Keep the record this URL already holds, registering the place with the store (so finish() sees it). */
    const keep = async (url: string, recordId: string): Promise<boolean> => {
      const rec = store.read(recordId);
      if (!rec) return false;
      try {
        store.put({ ...rec, source: { ...rec.source, location: url } });
      } catch {
        return false; // an unreadable or outdated record: treated as missing, refetched and rewritten
      }
      return true;
    };

    const gone: InputFailure[] = [];
    /** Keep what was received even when it is not an article (a 404 page, redirects): a failure to keep it is only a warning. */
    const archive = async (url: string, exchanges: Exchange[]): Promise<void> => {
      if (!exchanges.length) return;
      await w.write(exchanges).catch((e: Error) => emit({ level: 'warn', msg: 'cannot keep the response in raw/', url, reason: e.message }));
    };
    const capturedAs = (row: ReturnType<typeof st.get>): Capture | null =>
      row?.warcRecordId && row.warcDate && row.payloadDigest ? { recordId: row.warcRecordId, date: row.warcDate, payloadDigest: row.payloadDigest } : null;

    const handle = async (url: string): Promise<void> => {
      let held = 0;
      try {
        await handleOne(url, (n) => {
          held += n;
          hold(n);
        });
      } finally {
        release(held);
      }
    };

    const handleOne = async (url: string, holding: (bytes: number) => void): Promise<void> => {
      // Interrupted: the URLs not yet fetched wait for the next run.
      if (opts.signal?.aborted) return;
      const row = st.get(url);
      const held = row?.recordId && store.has(row.recordId) ? row.recordId : null;
      let got: Fetched;
      try {
        got = await f.fetch(url, { purpose: 'article', etag: held ? row!.etag : null, lastModified: held ? row!.lastModified : null, signal: opts.signal });
      } catch (e) {
        if (e instanceof InterruptedFetchError) return;
        const at = new Date().toISOString();
        const err = e instanceof FetchError ? e : null;
        if (err) await archive(url, err.exchanges);
        const reason = (e as Error).message;
        if (err?.kind === 'disallowed') {
          // Policy, not failure: counted as skipped, and the run can still exit 0.
          store.skip({ input: url, reason });
          st.noteStatus(url, at, null, reason);
          emit({ level: 'info', msg: 'skipped', url, reason });
          return tick(url, true);
        }
        if (err?.kind === 'gone') {
          gone.push({ input: url, reason });
          store.account();
          st.noteStatus(url, at, err.status ?? null, reason);
          emit({ level: 'info', msg: 'gone', url, status: err.status, reason });
          return tick(url, true);
        }
        fail(url, reason, err?.status ?? null, at);
        return tick(url, false);
      }
      holding(got.exchanges.reduce((n, x) => n + (x.wire?.length ?? 0) + (x.body && x.body !== x.wire ? x.body.length : 0), 0));
      const last = got.exchanges.at(-1)!;
      if (got.notModified) {
        if (!held) {
          await archive(url, got.exchanges);
          fail(url, 'HTTP 304 Not Modified to a request that was not conditional', 304, got.fetchedAt);
          return tick(url, false);
        }
        notModified++;
        try {
          await w.write(got.exchanges.slice(0, -1));
          await w.writeRevisit({ exchange: last, profile: 'server-not-modified', refersTo: capturedAs(row) });
        } catch (e) {
          emit({ level: 'warn', msg: 'cannot keep the response in raw/', url, reason: (e as Error).message });
        }
        if (!(await serial(() => keep(url, held)))) {
          fail(url, `HTTP 304, but its record ${held} could not be read; it is refetched next run`, 304, got.fetchedAt);
          return tick(url, false);
        }
        st.noteStatus(url, got.fetchedAt, 304);
        emit({ level: 'debug', msg: 'not modified', url, status: 304 });
        return tick(url, true);
      }
      const payloadDigest = `sha256:${createHash('sha256').update(last.wire ?? got.body).digest('hex')}`;
      const before = capturedAs(row);
      const sameContent = !!held && row!.sha256 === got.sha256;
      let capture: Capture | null = null;
      try {
        if (sameContent && before?.payloadDigest === payloadDigest) {
          // The same bytes as the last capture: a revisit record, not a second copy.
          await w.write(got.exchanges.slice(0, -1));
          await w.writeRevisit({ exchange: last, profile: 'identical-payload-digest', refersTo: before, payloadDigest });
        } else capture = (await w.write(got.exchanges)).at(-1) ?? null;
      } catch (e) {
        fail(url, `cannot keep the response in raw/: ${(e as Error).message}`, got.status, got.fetchedAt);
        return tick(url, false);
      }
      const remember = (recordId: string): Promise<void> =>
        queueRemember({
          url,
          etag: got.etag,
          lastModified: got.lastModified,
          sha256: got.sha256!,
          recordId,
          fetchedAt: got.fetchedAt,
          status: got.status,
          ...(capture ? { warcRecordId: capture.recordId, warcDate: capture.date, payloadDigest: capture.payloadDigest } : {}),
        });
      if (sameContent && (await serial(() => keep(url, held!)))) {
        // Same bytes as last time (a server without validators): nothing to reprocess.
        await serial(() => remember(held!));
        emit({ level: 'debug', msg: 'same content', url, status: got.status });
        return tick(url, true);
      }
      const ok = await serial(async () => {
        const loaded = toLoadedArticle({ location: url, body: got.body, sha256: got.sha256!, mime: got.mime, charset: got.charset, fetchedAt: got.fetchedAt, etag: got.etag, lastModified: got.lastModified });
        if (!loaded.ok) {
          fail(url, loaded.failure.reason, got.status, got.fetchedAt);
          return false;
        }
        let record;
        try {
          record = processArticle(loaded.article, merged);
        } catch (e) {
          fail(url, (e as Error).message, got.status, got.fetchedAt);
          return false;
        }
        let outcome;
        try {
          outcome = store.put(prepareRecord(record));
        } catch (e) {
          // e.g. an unreadable or outdated record file with the same id: this URL fails, the run goes on
          fail(url, `cannot write its record: ${(e as Error).message}`, got.status, got.fetchedAt);
          return false;
        }
        // The state says this content is done only once the record is durable (see queueRemember).
        await remember(record.id);
        emit({ level: 'info', msg: outcome === 'written' ? 'written' : 'unchanged', url, status: got.status, recordId: record.id });
        return true;
      });
      tick(url, ok);
    };

    // Settle every URL before looking at errors: nothing may still be writing when the stores close.
    const settled = await Promise.allSettled(urls.map((u) => handle(u)));
    await chain;
    const broken = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (broken) throw broken.reason;
    await commitRows();
    await f.close();
    const warcPath = await w.close();
    warc = null;
    const unreachable = f.stats.responses === 0 && f.stats.networkErrors > 0;
    const result = await store.finish({ interrupted: opts.signal?.aborted === true, extra: { discovered: urls.length, notModified, gone, unreachable, warcPath: warcPath && path.relative(outDir, warcPath) } });
    // finish() took the changed URLs from the records that held them: the replacements are complete.
    st.clearReplacements(st.pendingReplacements().map((r) => r.url));
    return { ...result, discovered: urls.length, notModified, gone, unreachable, warcPath, recoveredWarcs, tookOverLock: lock.tookOver };
  } finally {
    await fetcher?.close().catch(() => {});
    // A failed run leaves its WARC `.open`, as a killed one does; only the handle is closed.
    await warc?.abandon().catch(() => {});
    openedStore?.close();
    state?.close();
    await lock.release();
  }
}

function validate(sources: Sources): Sources {
  const parsed = SourcesFile.safeParse(sources);
  if (!parsed.success) throw new SourcesError(`sources: ${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`);
  return parsed.data;
}

const pick = (s: Sources): Partial<RefreshOptions> => {
  const { sources: _sources, ...settings } = s;
  return settings;
};

const defined = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/**
 * Finish replacements a killed run left half done: the URL's new record was written and
 * remembered, but the run died before it took the URL from the old record. The store
 * lists those changes in this run's delta.
 */
function completeReplacements(state: StateStore, store: RecordStore): void {
  for (const row of state.pendingReplacements()) {
    if (!row.recordId || !store.has(row.recordId)) continue;
    store.release(row.replacedId!, row.url);
    state.clearReplacements([row.url]);
  }
}

interface DiscoveryContext {
  fetcher: Fetcher;
  warc: WarcWriter;
  store: RecordStore;
  emit: (e: RefreshEvent) => void;
  maxDepth: number;
  /** One source read (for progress). */
  tick: (source: string, ok: boolean) => void;
}

/** Article URLs of all sources, deduplicated, in source order. A source that fails is a named failure. */
async function discover(sources: Source[], ctx: DiscoveryContext): Promise<string[]> {
  const perSource = await Promise.all(sources.map((s) => discoverOne(s, ctx)));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of perSource)
    for (const u of list) {
      const key = canonicalUrl(u);
      if (!seen.has(key)) {
        seen.add(key);
        out.push(key);
      }
    }
  return out;
}

async function discoverOne(s: Source, ctx: DiscoveryContext): Promise<string[]> {
  if ('url' in s) {
    ctx.tick(s.url, true);
    return [s.url];
  }
  const input = 'feed' in s ? s.feed : 'sitemap' in s ? s.sitemap : s.page;
  try {
    let found: string[];
    if ('feed' in s) {
      const { text, base } = await fetchText(s.feed, 'feed', ctx);
      found = report(ctx, s.feed, readFeed(text, base));
    } else if ('page' in s) {
      const { text, base } = await fetchText(s.page, 'page', ctx);
      found = report(ctx, s.page, readListing(text, base, s.links));
    } else found = await walkSitemap(s.sitemap, 0, new Set(), ctx);
    ctx.tick(input, true);
    return found;
  } catch (e) {
    ctx.store.fail({ input, reason: (e as Error).message });
    ctx.emit({ level: 'error', msg: 'source failed', url: input, reason: (e as Error).message });
    ctx.tick(input, false);
    return [];
  }
}

function report(ctx: DiscoveryContext, url: string, links: string[]): string[] {
  ctx.emit({ level: 'info', msg: `found ${links.length} links`, url });
  return links;
}

/** A sitemap or sitemap index, nested indexes followed up to `maxDepth`; a failing child sitemap is its own named failure. */
async function walkSitemap(url: string, depth: number, visited: Set<string>, ctx: DiscoveryContext): Promise<string[]> {
  visited.add(canonicalUrl(url));
  const { text, base } = await fetchText(url, 'sitemap', ctx);
  const { urls, sitemaps } = readSitemap(text, base);
  if (urls.length) report(ctx, url, urls);
  const nested = await Promise.all(
    sitemaps
      .filter((child) => !visited.has(child))
      .map(async (child) => {
        visited.add(child);
        if (depth + 1 > ctx.maxDepth) {
          ctx.store.fail({ input: child, reason: `sitemap index nested deeper than ${ctx.maxDepth} levels` });
          return [];
        }
        try {
          return await walkSitemap(child, depth + 1, visited, ctx);
        } catch (e) {
          ctx.store.fail({ input: child, reason: (e as Error).message });
          ctx.emit({ level: 'error', msg: 'source failed', url: child, reason: (e as Error).message });
          return [];
        }
      }),
  );
  return [...urls, ...nested.flat()];
}

/** Fetch a discovery document (kept in the WARC, marked as discovery) and decode it; `.gz` sitemaps are unpacked here. */
async function fetchText(url: string, purpose: FetchPurpose, ctx: DiscoveryContext): Promise<{ text: string; base: string }> {
  let got: Fetched;
  try {
    got = await ctx.fetcher.fetch(url, { purpose });
  } catch (e) {
    // what the server did answer (a 404 page, redirects) is kept all the same
    if (e instanceof FetchError && e.exchanges.length) await ctx.warc.write(e.exchanges, 'discovery').catch(() => {});
    throw e;
  }
  await ctx.warc.write(got.exchanges, 'discovery');
  let bytes = got.body;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = await readBoundedBody(Readable.from([bytes]), ['gzip'], ctx.fetcher.settings.maxBodyBytes);
  const decodeOpts = { declaredCharset: got.charset, isHtml: purpose === 'page', location: url };
  return { text: decodeBytes(bytes, decodeOpts).text, base: got.finalUrl };
}

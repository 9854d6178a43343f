/**
 * URLs given to `ingest` → articles. Fetches run concurrently under the Fetcher's limits
 * and come back in the order they finish; each response is kept in this run's WARC file
 * under `raw/` before its article is handed over. No conditional requests here: that is
 * what `refresh` and its state store are for.
 */
import path from 'node:path';
import { Fetcher, FetchError, canonicalUrl, type FetcherOptions } from './fetcher.js';
import { toLoadedArticle } from './to-loaded-article.js';
import { WarcWriter } from '../warc/write-warc.js';
import type { LoadResult } from '../types.js';

export interface FetchOptions extends FetcherOptions {
  /** Output folder: responses go to `<outDir>/raw/<run-stamp>.warc.gz`. */
  outDir: string;
  /** Keep raw responses as WARC (default true). */
  warc?: boolean;
}

/** `2025-01-31T02-00-00-000Z-<pid>`: sortable, safe in file names, unique per process. */
export const runStamp = (at = new Date()): string => `${at.toISOString().replace(/[:.]/g, '-')}-${process.pid}`;

/** Fetch `urls` (duplicates once); yields one LoadResult per distinct URL, as fetches finish. */
export async function* fetchInputs(urls: string[], opts: FetchOptions): AsyncGenerator<LoadResult> {
  const warc = opts.warc === false ? null : new WarcWriter(path.join(opts.outDir, 'raw'), runStamp());
  const fetcher = new Fetcher({ ...opts, ...(warc ? { onRobots: async (exchanges) => void (await warc.write(exchanges, 'robots')) } : {}) });
  const seen = new Set<string>();
  const pending: string[] = [];
  const ready: LoadResult[] = [];
  for (const url of urls) {
    let key: string;
    try {
      key = canonicalUrl(url);
    } catch {
      ready.push({ ok: false, failure: { input: url, reason: 'not a valid URL' } });
      continue;
    }
    if (!seen.has(key)) {
      seen.add(key);
      pending.push(url);
    }
  }
  // Fetched articles wait here for the consumer: bound them by count and by size.
  const limit = Math.max(16, 2 * fetcher.settings.concurrency);
  const MAX_READY_CHARS = 32 * 1024 * 1024;
  let readyChars = 0;
  const size = (r: LoadResult): number => (r.ok ? r.article.body.length : 0);
  let active = 0;
  let wake: (() => void) | null = null;

  const one = async (url: string): Promise<LoadResult> => {
    try {
      const f = await fetcher.fetch(url, { purpose: 'article' });
      if (warc) await warc.write(f.exchanges);
      return toLoadedArticle({ location: f.url, body: f.body, sha256: f.sha256!, mime: f.mime, charset: f.charset, fetchedAt: f.fetchedAt, etag: f.etag, lastModified: f.lastModified });
    } catch (e) {
      // What the server did answer (an error page, redirects) is archived all the same.
      if (warc && e instanceof FetchError && e.exchanges.length) await warc.write(e.exchanges).catch(() => {});
      return { ok: false, failure: { input: url, reason: e instanceof FetchError ? e.message : `cannot keep the response: ${(e as Error).message}` } };
    }
  };
  const pump = (): void => {
    while (pending.length && active + ready.length < limit && readyChars < MAX_READY_CHARS) {
      const url = pending.shift()!;
      active++;
      void one(url).then((r) => {
        active--;
        readyChars += size(r);
        ready.push(r);
        wake?.();
      });
    }
  };

  try {
    pump();
    while (active || ready.length || pending.length) {
      if (!ready.length) await new Promise<void>((r) => (wake = r));
      wake = null;
      while (ready.length) {
        const r = ready.shift()!;
        readyChars -= size(r);
        yield r;
        pump();
      }
      pump();
    }
  } finally {
    await fetcher.close();
    await warc?.close();
  }
}

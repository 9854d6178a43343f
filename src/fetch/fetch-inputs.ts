/** Placeholder until URL fetching lands: every URL is a named failure. */
import type { LoadResult } from '../types.js';

export interface FetchOptions {
  outDir: string;
  userAgent?: string;
  concurrency?: number;
  perHostConcurrency?: number;
  perHostIntervalMs?: number;
  allowPrivateNetwork?: boolean;
}

export async function* fetchInputs(urls: string[], _opts: FetchOptions): AsyncGenerator<LoadResult> {
  for (const url of urls) yield { ok: false, failure: { input: url, reason: 'fetching is not built yet' } };
}

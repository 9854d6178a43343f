/**
 * A CPU profile of one stretch of work in this process (node:inspector), summed by
 * function: the entries that took the most self time, for a benchmark to print beside
 * its figures. Worker threads are not sampled (their time shows as idle here).
 */
import { Session } from 'node:inspector/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

export interface ProfileEntry {
  name: string;
  share: number;
}

/** Run `fn` under the sampling profiler; return its result and the top `n` functions by self time. */
export async function profiled<T>(fn: () => Promise<T>, n = 8): Promise<{ result: T; top: ProfileEntry[] }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 1000 });
  await session.post('Profiler.start');
  let result: T;
  let profile: { nodes: ProfileNode[] };
  try {
    result = await fn();
  } finally {
    profile = ((await session.post('Profiler.stop')) as { profile: { nodes: ProfileNode[] } }).profile;
    session.disconnect();
  }
  return { result: result!, top: topOf(profile, n) };
}

/** The `n` functions with the most self time in a V8 CPU profile (as written by `node --cpu-prof`). */
export function topOf(profile: { nodes: ProfileNode[] }, n = 8): ProfileEntry[] {
  const byName = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    total += hits;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url ? url.replace(/^.*\/(src|dist|node_modules)\//, '$1/') : '';
    const name = `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
    byName.set(name, (byName.get(name) ?? 0) + hits);
  }
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, hits]) => ({ name, share: total ? hits / total : 0 }));
}

/** "  31.2%  (idle)" lines. */
export const formatTop = (top: ProfileEntry[], indent = '      '): string => top.map((e) => `${indent}${(e.share * 100).toFixed(1).padStart(5)}%  ${e.name}`).join('\n');

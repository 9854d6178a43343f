/**
 * Refiner `period/overlap`: of candidates that overlap, the longest expression wins, a period
 * over a date, then the earlier rule; so a day inside "từ 19/5/2019 đến 19/8/2020" is no
 * separate date.
 */
import type { RuleInfo } from '../rule.js';
import type { Candidate } from './rule.js';

export const overlap: RuleInfo = {
  id: 'period/overlap',
  entity: 'periods',
  description: 'Of overlapping candidates the longest wins (a period over a date, then rule order): a day inside a range is no date of its own',
  example: 'từ 19/5/2019 đến 19/8/2020 (one period, no dates)',
  kind: 'refine',
};

/** The candidates kept (in text order) and those a longer one overlapped. */
export function resolveOverlaps(cands: readonly Candidate[]): { kept: Candidate[]; dropped: Candidate[] } {
  const order = cands.map((c, i) => ({ c, i }));
  order.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || (a.c.kind === b.c.kind ? 0 : a.c.kind === 'period' ? -1 : 1) || a.i - b.i);
  const kept: Candidate[] = [];
  const dropped: Candidate[] = [];
  for (const { c } of order) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
    else dropped.push(c);
  }
  return { kept: kept.sort((a, b) => a.start - b.start), dropped };
}

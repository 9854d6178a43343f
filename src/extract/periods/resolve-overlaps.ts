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
  // The characters kept candidates cover: an overlap test reads the candidate's own span only.
  const taken = new Uint8Array(cands.reduce((m, c) => Math.max(m, c.end), 0));
  for (const { c } of order) {
    let free = true;
    for (let p = c.start; p < c.end && free; p++) free = taken[p] === 0;
    if (free) {
      kept.push(c);
      taken.fill(1, c.start, c.end);
    } else dropped.push(c);
  }
  return { kept: kept.sort((a, b) => a.start - b.start), dropped };
}

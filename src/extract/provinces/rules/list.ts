/**
 * Refiner `province/list`: a form that only lacked its prefix is still read when it stands in
 * a list right next to a province read ("Hà Nội, Hồ Chí Minh và Đà Nẵng"); repeated until no
 * more join, so a list of several such forms is read whole.
 */
import type { RuleInfo } from '../../rule.js';
import { DATA, type ProvinceMention } from '../candidate.js';

export const list: RuleInfo = {
  id: 'province/list',
  entity: 'provinces',
  description: 'Ambiguous form read in a list right next to another province',
  example: 'Hà Nội, Hồ Chí Minh và Đà Nẵng',
  data: DATA,
  kind: 'refine',
};

const LIST_GAP = /^\s*(?:,|;|,?\s*va)\s*$/;

/**
 * Moves the deferred mentions that sit in a list next to a read one into `out` (a chain of
 * them joins whole: "Hà Nội, Hồ Chí Minh, HCM và Đà Nẵng"); returns those left. Only list
 * separators stand between two neighbours, so the list a mention belongs to is the run of
 * mentions joined by them: one pass over the mentions in text order.
 */
export function joinLists(folded: string, out: ProvinceMention[], deferred: ProvinceMention[]): ProvinceMention[] {
  if (deferred.length === 0 || out.length === 0) return [...deferred];
  const all = [...out.map((m) => ({ m, read: true })), ...deferred.map((m) => ({ m, read: false }))].sort((a, b) => a.m.start - b.m.start);
  const left: ProvinceMention[] = [];
  for (let i = 0; i < all.length; ) {
    let j = i + 1;
    while (j < all.length && all[j - 1]!.m.end <= all[j]!.m.start && LIST_GAP.test(folded.slice(all[j - 1]!.m.end, all[j]!.m.start))) j++;
    const run = all.slice(i, j);
    const joined = run.some((x) => x.read);
    for (const x of run) {
      if (x.read) continue;
      if (joined) out.push({ ...x.m, rule: list.id });
      else left.push(x.m);
    }
    i = j;
  }
  return left;
}

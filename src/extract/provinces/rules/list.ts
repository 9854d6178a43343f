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

/** Moves the deferred mentions that sit in a list next to a read one into `out`; returns those left. */
export function joinLists(folded: string, out: ProvinceMention[], deferred: ProvinceMention[]): ProvinceMention[] {
  const left = [...deferred];
  let changed = left.length > 0 && out.length > 0;
  while (changed) {
    changed = false;
    for (let d = left.length - 1; d >= 0; d--) {
      const m = left[d]!;
      const near = out.some((o) => (o.end <= m.start && LIST_GAP.test(folded.slice(o.end, m.start))) || (m.end <= o.start && LIST_GAP.test(folded.slice(m.end, o.start))));
      if (!near) continue;
      out.push({ ...m, rule: list.id });
      left.splice(d, 1);
      changed = true;
    }
  }
  return left;
}

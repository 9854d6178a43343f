/**
 * Refiner `english/cluster-members`: the member provinces listed right after a single cluster
 * ("Emulation Cluster No. 5, comprising the police of Thanh Hoa, Nghe An, Ha Tinh and Quang
 * Binh"): the provinces the province recogniser read there, while only commas, "and", "the
 * police of", "province(s)" stand between them.
 */
import type { RuleInfo } from '../../rule.js';
import { MEMBER_GAP_RE, MEMBER_LEAD_RE } from '../patterns.js';

export const clusterMembers: RuleInfo = {
  id: 'english/cluster-members',
  entity: 'clusters',
  description: 'Member provinces listed right after a single cluster ("comprising", "including" …)',
  example: 'Emulation Cluster No. 5, comprising the police of Thanh Hoa, Nghe An and Ha Tinh',
  data: 'src/data/english-periods.ts',
  kind: 'refine',
};

/** The members listed after a cluster phrase ending at `end`; `mentions`: the article's province mentions in text order. */
export function membersAfter(lower: string, end: number, mentions: readonly { name: string; start: number; end: number }[]): string[] {
  const lead = MEMBER_LEAD_RE.exec(lower.slice(end, end + 60));
  if (!lead) return [];
  let k = mentions.findIndex((m) => m.start >= end + lead[0].length);
  if (k < 0 || !MEMBER_GAP_RE.test(lower.slice(end + lead[0].length, mentions[k]!.start))) return [];
  const out: string[] = [];
  for (;;) {
    const m = mentions[k]!;
    if (!out.includes(m.name)) out.push(m.name);
    const next = mentions[k + 1];
    if (!next || !MEMBER_GAP_RE.test(lower.slice(m.end, next.start))) break;
    k++;
  }
  return out;
}

/**
 * Refiner `cluster/members`: the member provinces listed right after a single cluster ("Cụm
 * thi đua số 5-BCA gồm Công an các đơn vị: Thanh Hoá, Nghệ An … và Thừa Thiên Huế"). A year may
 * stand between ("Cụm thi đua số 3 năm 2025 gồm …"); bracketed notes after a member ("Quảng
 * Trị (Cụm trưởng), …") are skipped; a list that opens with a group that is no province ("gồm
 * Công an các tỉnh Tây Nguyên và …") gives nothing, since it is not the whole membership.
 */
import type { RuleInfo } from '../../rule.js';
import { INTRO_LIST_WORD_RE, MEMBER_GAP_RE, MEMBER_LEAD_RE, MEMBER_NOTE_RE } from '../vocabulary.js';

export const members: RuleInfo = {
  id: 'cluster/members',
  entity: 'clusters',
  description: 'Member provinces listed right after a single cluster',
  example: 'Cụm thi đua số 5-BCA gồm Công an các đơn vị: Thanh Hoá, Nghệ An …',
  data: 'src/data/clusters.ts (reference/clusters.md)',
  kind: 'refine',
};

/** Member provinces listed right after the group: "… gồm Công an các đơn vị: Thanh Hoá, Nghệ An … và Thừa Thiên Huế". */
export function membersAfter(folded: string, end: number, mentions: { name: string; start: number; end: number }[]): string[] {
  const lead = MEMBER_LEAD_RE.exec(folded.slice(end, end + 80));
  if (!lead) return [];
  const listStart = end + lead[0].length;
  // First mention at or after the list's start (binary search: mentions are in text order).
  let k = 0;
  for (let hi = mentions.length; k < hi; ) {
    const mid = (k + hi) >> 1;
    if (mentions[mid]!.start < listStart) k = mid + 1;
    else hi = mid;
  }
  if (k >= mentions.length) return [];
  const intro = folded.slice(listStart, mentions[k]!.start).replace(/\btp\./g, 'tp ');
  if (intro.length > 60 || /[.;!?\n]/.test(intro)) return [];
  // "gồm Công an các tỉnh Tây Nguyên và Công an tỉnh Bình Phước": the list starts with a group
  // that is not a province, so the provinces named are not the whole membership.
  if (INTRO_LIST_WORD_RE.test(intro)) return [];
  const out: string[] = [];
  for (;;) {
    const m = mentions[k]!;
    if (!out.includes(m.name)) out.push(m.name);
    const next = mentions[k + 1];
    // Notes in brackets after a member are skipped: "Quảng Trị (Cụm trưởng), Thừa Thiên Huế".
    if (!next || !MEMBER_GAP_RE.test(folded.slice(m.end, next.start).replace(MEMBER_NOTE_RE, ''))) break;
    k++;
  }
  return out;
}


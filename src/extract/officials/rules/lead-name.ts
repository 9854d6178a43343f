/** What `official/rank-name` and `official/honorific-name` share: the name (or a position and its name) after the lead. */
import type { Reader, NameSpan } from '../reader.js';
import type { ReadPosition, MatchKind } from '../mention.js';
import { nameAfterLead } from '../names.js';
import { finish, headAt, type Lead, type Reading } from '../read.js';

/** Reads the name after a rank or an honorific ("Đại tá X", "đồng chí Phó Chủ tịch UBND tỉnh X"). */
export function readAfterLead(r: Reader, lead: Lead, floor: number, how: { rule: string; match: MatchKind; score?: number }): Reading | null {
  let name: NameSpan | 'historical' | null = null;
  let before: ReadPosition | null = null;
  // "đồng chí Phó Chủ tịch UBND tỉnh Nguyễn Văn A": a position between the lead and the name.
  if (!lead.academic && headAt(r, lead.j)) {
    const p = lead.before(r);
    if (p?.name) {
      name = p.name;
      if (p.name !== 'historical') before = p;
    }
  }
  name ??= nameAfterLead(r, lead.j, true);
  return finish(r, lead, name, before, how, floor);
}

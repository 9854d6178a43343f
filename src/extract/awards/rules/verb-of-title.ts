/**
 * Refiner `award/verb-of-title`: a praise or reward verb written right before an award type is
 * the act of giving that award, not an award of its own: "2 tập thể được tuyên dương Anh hùng
 * Lực lượng vũ trang nhân dân" confers the title; "Chủ tịch nước khen thưởng Huân chương Lao
 * động hạng Ba cho 2 tập thể" gives the order.
 */
import { AWARD_TYPES } from '../../../data/awards.js';
import type { RuleInfo } from '../../rule.js';
import type { TypeHit } from '../types.js';

export const verbOfTitle: RuleInfo = {
  id: 'award/verb-of-title',
  entity: 'awards',
  description: 'A praise or reward verb right before an award type is the act of giving it, not an award of its own',
  example: '2 tập thể được tuyên dương Anh hùng Lực lượng vũ trang nhân dân',
  data: 'src/data/awards.ts',
  kind: 'refine',
};

/** Types that are verbs of giving as well ("khen thưởng", "tuyên dương", "tôn vinh" …). */
const VERB_TYPES = new Set(AWARD_TYPES.filter((t) => t.kind === 'generic').map((t) => t.canonical));

/** Only white space, an opening quote or "danh hiệu" between the verb and the type it gives. */
const JOIN_RE = /^\s*(?:danh\s+hiệu\s*)?["“']?\s*$/u;

/** The hits of a sentence (in order) without the verbs that only give the next hit. */
export function dropVerbsOfTypes(lower: string, hits: readonly TypeHit[]): TypeHit[] {
  return hits.filter((h, i) => {
    const next = hits[i + 1];
    return !(next && VERB_TYPES.has(h.type) && JOIN_RE.test(lower.slice(h.end, next.start)));
  });
}

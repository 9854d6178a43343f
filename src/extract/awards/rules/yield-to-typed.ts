/**
 * Refiner `award/yield-to-typed`: a generic award that only names the act ("Khen thưởng")
 * yields to a typed award of the same article with the same counts: a heading "KHEN THƯỞNG 45
 * TẬP THỂ, 120 CÁ NHÂN" over "tặng Giấy khen cho 45 tập thể, 120 cá nhân" is one award.
 */
import type { Award } from '../../../record/schema.js';
import { AWARD_TYPES } from '../../../data/awards.js';
import type { RuleInfo } from '../../rule.js';

export const yieldToTyped: RuleInfo = {
  id: 'award/yield-to-typed',
  entity: 'awards',
  description: 'A generic "Khen thưởng" with the same counts as a typed award of the article is that award, not another',
  example: 'KHEN THƯỞNG 45 TẬP THỂ … tặng Giấy khen cho 45 tập thể',
  data: 'src/data/awards.ts',
  kind: 'refine',
};

/** Types that only name the act of awarding ("Khen thưởng"). */
const YIELDING_TYPES = new Set(AWARD_TYPES.filter((t) => t.yieldsToTyped === true).map((t) => t.canonical));

/** The awards kept, and those dropped as repeats. */
export function dropRepeats(awards: Award[]): { kept: Award[]; dropped: Award[] } {
  if (!awards.some((a) => YIELDING_TYPES.has(a.type))) return { kept: awards, dropped: [] };
  const typed = new Set(awards.filter((a) => !YIELDING_TYPES.has(a.type)).map((a) => `${a.collectives}|${a.individuals}`));
  const repeat = (a: Award) => YIELDING_TYPES.has(a.type) && typed.has(`${a.collectives}|${a.individuals}`);
  return { kept: awards.filter((a) => !repeat(a)), dropped: awards.filter(repeat) };
}

/**
 * Rule `award/cash`: a cash reward with no award type written (GOLD: a cash reward to counted
 * units is "Thưởng"): a verb of giving right before the counts ("Giám đốc tặng 3 đơn vị tham gia
 * phá án, mỗi đơn vị 10 triệu đồng", "trao 20 triệu đồng cho 4 cá nhân") or "được tặng/thưởng"
 * right after them, and a sum of money in the sentence. Money given out of charity ("tặng 30 hộ
 * gia đình chính sách, mỗi hộ 1 triệu đồng") is a gift, not a reward.
 */
import type { RuleInfo } from '../../rule.js';
import { lookBack } from '../../pattern-tools.js';
import type { CountGroup } from './count.js';
import type { TypeHit } from '../types.js';
import { CASH_AFTER_RE, CASH_BEFORE_RE, CHARITY_RE, MONEY_RE } from '../patterns.js';

export const cash: RuleInfo = {
  id: 'award/cash',
  entity: 'awards',
  description: 'A cash reward with no type written: a giving verb right before the counts (or "được tặng" after them) and a sum of money in the sentence, not charity',
  example: 'Giám đốc tặng 3 đơn vị tham gia phá án, mỗi đơn vị 10 triệu đồng',
  data: 'src/data/awards.ts',
};

/** The giving verb of a cash reward to `group`, as a "Thưởng" type hit, or null. */
export function cashType(lower: string, group: CountGroup, sentence: { start: number; end: number }): { type: TypeHit; active: boolean } | null {
  const text = lower.slice(sentence.start, sentence.end);
  if (!MONEY_RE.test(text) || CHARITY_RE.test(text)) return null;
  const before = lookBack(lower, group.start, CASH_BEFORE_RE);
  if (before && before.start >= sentence.start) {
    const verb = before.groups.verb!;
    return { type: { start: before.start, end: before.start + verb.length, type: 'Thưởng', alias: true }, active: true };
  }
  const after = CASH_AFTER_RE.exec(lower.slice(group.end, sentence.end));
  if (after) {
    const end = group.end + after.index + after[0].length;
    return { type: { start: end - after.groups!.verb!.length, end, type: 'Thưởng', alias: true }, active: false };
  }
  return null;
}

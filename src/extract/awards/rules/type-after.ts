/**
 * Rule `award/type-after` (passive frame): the counts, then "được"/"nhận"/"đạt", then the award
 * type ("2 tập thể và 4 cá nhân được tặng thưởng Huân chương Chiến công"). Not when another
 * subject stands between the cue and the type ("5 cá nhân được cử đi học, đơn vị được tặng
 * Bằng khen"), nor the type the next group receives with "cho".
 */
import type { RuleInfo } from '../../rule.js';
import type { CountGroup } from './count.js';
import type { TypeHit } from '../types.js';
import { ACHIEVEMENT_RE, PASSIVE_RE, RECIPIENT_NOUN_RE } from '../patterns.js';
import { CHO_END_RE } from './type-before.js';
import { firstFrom } from '../spans.js';

export const typeAfter: RuleInfo = {
  id: 'award/type-after',
  entity: 'awards',
  description: 'Counts, then được/nhận/đạt, then the award type',
  example: '2 tập thể và 4 cá nhân được tặng thưởng Huân chương Chiến công',
  data: 'src/data/awards.ts',
};

/** How far a passive cue may follow the counts ("… cá nhân lập thành tích xuất sắc được …"). */
const PASSIVE_CUE_WINDOW = 80;
/**
 * How far when the words after the counts say what they achieved ("19 tập thể, 33 cá nhân có
 * thành tích xuất sắc trong phong trào … đã vinh dự được …"), within one clause (no ; : .).
 */
const ACHIEVEMENT_CUE_WINDOW = 200;
/** How far the type may follow the passive cue ("được Chủ tịch nước ký quyết định tặng thưởng …"). */
const PASSIVE_TYPE_WINDOW = 60;

/**
 * The type the counts receive in a passive frame, or null. `limit`: where the counts' own tail
 * ends (the sentence end or the next group); `nextGroup`: `limit` is the next group's start.
 */
export function passiveType(lower: string, group: CountGroup, types: readonly TypeHit[], limit: number, nextGroup: boolean): TypeHit | null {
  let tail = lower.slice(group.end, Math.min(limit, group.end + PASSIVE_CUE_WINDOW));
  if (ACHIEVEMENT_RE.test(tail)) {
    tail = lower.slice(group.end, Math.min(limit, group.end + ACHIEVEMENT_CUE_WINDOW));
    const stop = tail.search(/[;:.]/u);
    if (stop >= 0) tail = tail.slice(0, stop);
  }
  const cue = PASSIVE_RE.exec(tail);
  if (!cue) return null;
  const cueEnd = group.end + cue.index + cue[0].length;
  // The last type before the next group that gives it "cho" belongs to that group ("12 tập thể
  // được công nhận, danh hiệu A cho 30 cá nhân").
  let owned: TypeHit | undefined;
  if (nextGroup) {
    for (let i = firstFrom(types, limit) - 1; i >= 0 && !owned; i--) if (types[i]!.end <= limit) owned = types[i];
  }
  if (owned && !CHO_END_RE.test(lower.slice(owned.end, limit))) owned = undefined;
  let after: TypeHit | undefined;
  for (let i = firstFrom(types, cueEnd); i < types.length && !after; i++) {
    const t = types[i]!;
    if (t.end <= limit && t !== owned) after = t;
    else if (t.start >= limit) break;
  }
  // "5 cá nhân được cử đi học, đơn vị được tặng Bằng khen": the type has another subject.
  const between = after ? lower.slice(cueEnd, after.start) : '';
  if (after && between.length <= PASSIVE_TYPE_WINDOW && !/[;.]/u.test(between) && !RECIPIENT_NOUN_RE.test(between)) return after;
  return null;
}

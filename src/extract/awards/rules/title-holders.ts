/**
 * Rule `award/title-holders`: the holders of a title counted by the title itself, the title
 * conferred in the passive right after ("Toàn huyện có 86 Bà mẹ Việt Nam anh hùng được phong
 * tặng", "312 Chiến sĩ thi đua cơ sở được công nhận"): a title total (GOLD "Decided borderline
 * cases"). Without the passive the title only names who is counted ("Giấy khen cho 5 tập thể,
 * 10 chiến sĩ tiên tiến" gives the Giấy khen, not the title).
 */
import type { RuleInfo } from '../../rule.js';
import type { CountGroup } from './count.js';
import type { TypeHit } from '../types.js';
import { CONFERRED_AFTER_RE } from '../patterns.js';

export const titleHolders: RuleInfo = {
  id: 'award/title-holders',
  entity: 'awards',
  description: 'Holders counted by the title they hold, the title conferred in the passive right after',
  example: 'Toàn huyện có 86 Bà mẹ Việt Nam anh hùng được phong tặng',
  data: 'src/data/awards.ts',
};

/**
 * The title written over the group's counted noun and conferred right after it, and where the
 * conferring words end, or null. `written`: every type of the sentence, those over counts included.
 */
export function heldTitle(lower: string, group: CountGroup, written: readonly TypeHit[], sentenceEnd: number): { type: TypeHit; end: number } | null {
  const title = written.find((t) => t.start > group.start && t.start < group.end && t.end >= group.end);
  if (!title) return null;
  const m = CONFERRED_AFTER_RE.exec(lower.slice(title.end, sentenceEnd));
  return m ? { type: title, end: title.end + m[0].length } : null;
}

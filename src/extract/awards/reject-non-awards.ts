/**
 * Rule `award/not-award`: a counted commendation is no award when its clause proposes it
 * ("đề nghị tặng Bằng khen cho 3 tập thể"), plans it ("phấn đấu", "sẽ"), sanctions
 * ("xử lý kỷ luật 2 tập thể"), reports a finding ("phát hiện 3 tập thể … vi phạm"), or hands
 * out prizes, gifts or scholarships, contest medals included (GOLD "Decided borderline cases").
 */
import type { TypeHit } from './find-types.js';
import { FINDING_AFTER_RE, NOT_AWARD_RE, reasonOf } from './patterns.js';

/** How far back from the type the clause that frames it may start. */
const CLAUSE_WINDOW = 100;

/**
 * Start of the clause holding `pos`: after the last ; or : or the sentence start, at most
 * CLAUSE_WINDOW back. Commas do not end it: they sit inside names ("đề nghị Bộ trưởng Bộ
 * Văn hóa, Thể thao và Du lịch tặng Bằng khen …").
 */
function clauseStart(lower: string, pos: number, sentenceStart: number): number {
  const floor = Math.max(sentenceStart, pos - CLAUSE_WINDOW);
  for (let i = pos - 1; i >= floor; i--) if (lower[i] === ';' || lower[i] === ':') return i + 1;
  return floor;
}

/** Why the frame [from, to) is not an award, or null when it is one. */
export function notAwardReason(lower: string, from: number, to: number, countsEnd: number, sentenceStart: number, sentenceEnd: number): string | null {
  const start = clauseStart(lower, from, sentenceStart);
  const m = NOT_AWARD_RE.exec(lower.slice(start, to));
  if (m) return reasonOf(m[0]);
  // "3 tập thể, 5 cá nhân vi phạm": a finding named right after the counts.
  const tail = lower.slice(countsEnd, Math.min(sentenceEnd, countsEnd + 40));
  if (FINDING_AFTER_RE.test(tail)) return 'finding';
  return null;
}

/** "huy chương vàng", or "huy chương" at a sports meet: a contest prize, not an award. */
export function contestReason(type: TypeHit): string | null {
  return type.contest === true ? 'contest medal' : null;
}

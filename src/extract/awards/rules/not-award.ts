/**
 * Rule `award/not-award`: a counted commendation is no award when its clause proposes it
 * ("đề nghị tặng Bằng khen cho 3 tập thể", but not "theo đề nghị của …", the proposal it was
 * given on), plans it ("phấn đấu", "sẽ"), sanctions ("xử lý kỷ luật 2 tập thể"), reports a
 * finding ("phát hiện 3 tập thể … vi phạm"), takes an award back ("thu hồi Bằng khen …"), or
 * hands out prizes, gifts or scholarships, contest medals and winners included ("… cho 8 tập
 * thể đạt giải") (GOLD "Decided borderline cases").
 * A cue vetoes only the count group of its own clause: "tặng quà 20 gia đình … và trao tặng
 * Bằng khen cho 3 tập thể" keeps the Bằng khen.
 */
import type { RuleInfo } from '../../rule.js';
import type { CountGroup } from './count.js';
import type { TypeHit } from '../types.js';
import { afterCountReason, AFTER_COUNT_RE, cueOf, GIVING_RE, GRANTED_LEAD_RE, NEW_ACT_RE, NOT_AWARD_RE, REVOKED_GAP_RE } from '../patterns.js';
import { lookBack } from '../../pattern-tools.js';
import { firstFrom } from '../spans.js';

export const notAward: RuleInfo = {
  id: 'award/not-award',
  entity: 'awards',
  description: 'Drops proposals, plans, sanctions, findings, revocations, prizes, contest prizes, gifts and scholarships, each for the counts of its own clause only',
  example: 'đề nghị Bộ trưởng tặng Bằng khen cho 3 tập thể',
  data: 'src/data/awards.ts',
  kind: 'veto',
};

/** How far back from the type the clause that frames it may start. */
const CLAUSE_WINDOW = 100;

/** The text one award is read from: a type and its count group in one sentence. */
export interface AwardFrame {
  /** Where the frame starts: the type (active) or the counts (passive). */
  from: number;
  /** Where it ends: the counts (active) or the end of the type (passive). */
  to: number;
  /** What a cue must reach to govern the award: the counts (active) or the type (passive). */
  anchor: number;
  /** The counts are the subject of a passive award ("5 tập thể được tặng …"): a cue before them is another clause's when punctuation stands between. */
  passive: boolean;
  countsStart: number;
  countsEnd: number;
  typeStart: number;
  sentenceStart: number;
  sentenceEnd: number;
}

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

/**
 * True when the cue ending at `cueEnd` still governs `anchor`. A gift or prize is the object
 * of its own verb, so any later giving verb or award type starts another act. A proposal,
 * plan or sanction frames the act after it, up to a new act joined once that act has its
 * counts ("xử lý kỷ luật 2 tập thể, khen thưởng 30 tập thể"). ";" ends every clause.
 */
function governs(lower: string, scope: 'act' | 'object' | 'type', cueEnd: number, frame: AwardFrame, groups: readonly CountGroup[], types: readonly TypeHit[]): boolean {
  // A revocation takes back only the type right after it ("thu hồi Bằng khen …").
  if (scope === 'type') return cueEnd <= frame.typeStart && REVOKED_GAP_RE.test(lower.slice(cueEnd, frame.typeStart));
  // "Có 3 cán bộ bị kỷ luật, 25 cán bộ được khen thưởng": the sanction is the clause before the counts'.
  if (frame.passive && cueEnd <= frame.countsStart && /[,;:]/u.test(lower.slice(cueEnd, frame.countsStart))) return false;
  const anchor = frame.anchor;
  if (cueEnd >= anchor) return true;
  const between = lower.slice(cueEnd, anchor);
  if (between.includes(';')) return false;
  if (scope === 'object') {
    const i = firstFrom(types, cueEnd);
    return !GIVING_RE.test(between) && !(i < types.length && types[i]!.start < anchor);
  }
  const g = groups[firstFrom(groups, cueEnd)];
  const own = g && g.end <= anchor ? g : undefined;
  return !own || !NEW_ACT_RE.test(lower.slice(own.end, anchor));
}

/** Why the frame is not an award, or null when it is one. `groups` and `types` are the article's counts and the sentence's types. */
export function notAwardReason(lower: string, frame: AwardFrame, groups: readonly CountGroup[], types: readonly TypeHit[]): string | null {
  const start = clauseStart(lower, frame.from, frame.sentenceStart);
  const slice = lower.slice(start, frame.to);
  NOT_AWARD_RE.lastIndex = 0;
  for (let m = NOT_AWARD_RE.exec(slice); m; m = NOT_AWARD_RE.exec(slice)) {
    const cue = cueOf(m[0]);
    const cueStart = start + m.index;
    // "Theo đề nghị của …": the proposal the award was given on.
    if (cue.reason === 'proposal' && lookBack(lower, cueStart, GRANTED_LEAD_RE)) continue;
    if (governs(lower, cue.scope, cueStart + m[0].length, frame, groups, types)) return cue.reason;
  }
  // "3 tập thể, 5 cá nhân vi phạm", "… 16 cá nhân đạt giải": a finding or a prize named right after the counts.
  const tail = lower.slice(frame.countsEnd, Math.min(frame.sentenceEnd, frame.countsEnd + 40));
  const after = AFTER_COUNT_RE.exec(tail);
  if (after) return afterCountReason(after[0]);
  return null;
}

/** "huy chương vàng", or "huy chương" or "trao thưởng" at a sports meet: a contest prize, not an award. */
export function contestReason(type: TypeHit): string | null {
  return type.contest === true ? 'contest prize' : null;
}

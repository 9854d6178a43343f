/**
 * Veto `english/not-award`: a counted award is no award when its clause proposes or plans it
 * ("proposed", "nominated", "will"), sanctions ("disciplined", "fined"), reports a finding
 * ("violations"), takes it back ("revoked"), or hands out prizes, gifts or scholarships ("prize",
 * "contest", "gifts") (GOLD "Decided borderline cases"). The clause runs back to ; or : or the
 * sentence start, at most CLAUSE_WINDOW characters before the award, and to its end; a cue
 * whose own counted object stands between it and the award is another act's ("fined 1,200
 * drivers and rewarded 5 officers").
 */
import type { RuleInfo } from '../../rule.js';
import { cueReason, NOT_AWARD_RE } from '../patterns.js';

export const notAward: RuleInfo = {
  id: 'english/not-award',
  entity: 'awards',
  description: 'Drops proposals, plans, sanctions, findings, revocations, prizes, gifts and scholarships in the clause of a counted award',
  example: 'proposed certificates of merit for 3 collectives',
  data: 'src/data/english-awards.ts',
  kind: 'veto',
};

/** How far back from the award its clause may start. */
const CLAUSE_WINDOW = 150;

/** Why the award read in [from, to) of its sentence is not one, or null; `counts`: the spans of the article's count groups. */
export function notAwardReason(lower: string, from: number, to: number, sentenceStart: number, counts: readonly { start: number; end: number }[]): string | null {
  let start = Math.max(sentenceStart, from - CLAUSE_WINDOW);
  for (let i = from - 1; i >= start; i--) {
    if (lower[i] === ';' || lower[i] === ':') {
      start = i + 1;
      break;
    }
  }
  const slice = lower.slice(start, to);
  NOT_AWARD_RE.lastIndex = 0;
  for (let m = NOT_AWARD_RE.exec(slice); m; m = NOT_AWARD_RE.exec(slice)) {
    const cueEnd = start + m.index + m[0].length;
    if (counts.some((c) => c.start >= cueEnd && c.end <= from)) continue;
    return cueReason(m[0]);
  }
  return null;
}

/**
 * Rule `english/award-cash`: a cash reward with no award named (GOLD: a cash reward to counted
 * units is "Thưởng"): a giving verb, the counted recipients and a sum of money as its two objects
 * ("awarded 3 units VND50 million each", "presented VND10 million to 4 officers"). Gifts and
 * charity are ruled out by `english/not-award` ("donated", "support" of the poor are gifts).
 */
import type { RuleInfo } from '../../rule.js';
import { CASH_AFTER_RE, CASH_BEFORE_RE } from '../patterns.js';
import type { EnglishGroup, EnglishTypeHit } from './award-count.js';

export const awardCash: RuleInfo = {
  id: 'english/award-cash',
  entity: 'awards',
  description: 'A cash reward with no award named: a giving verb with the counted recipients and a sum of money as its objects',
  example: 'awarded 3 units VND50 million each → Thưởng',
  data: 'src/data/english-awards.ts',
};

/** The giving verb of a cash reward to `g`, as a "Thưởng" type hit, or null. */
export function cashReward(lower: string, g: EnglishGroup, sentence: { start: number; end: number }): EnglishTypeHit | null {
  const from = Math.max(sentence.start, g.start - 60);
  const before = CASH_BEFORE_RE.exec(lower.slice(from, g.start));
  if (before) return { start: from + before.index, end: from + before.index + before.groups!.verb!.length, type: 'Thưởng', verb: true };
  const verb = CASH_AFTER_RE.exec(lower.slice(from, g.start));
  if (verb && /^\s+(?:each\s+)?(?:vn[dđ]|\d[\d,.]*\s(?:million|billion)?\s?(?:dong|vnd)|(?:us)?\$)/u.test(lower.slice(g.end, g.end + 30))) {
    return { start: from + verb.index, end: from + verb.index + verb.groups!.verb!.length, type: 'Thưởng', verb: true };
  }
  return null;
}

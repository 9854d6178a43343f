/**
 * Rule `award/type-before` (active frame): the nearest award type before the counts in their
 * sentence gives them the award: "… Giấy khen cho 38 tập thể" ("cho" right before the counts
 * settles it), or directly across a few words with no clause between ("khen thưởng đột xuất 5
 * tập thể").
 */
import type { RuleInfo } from '../../rule.js';
import type { CountGroup } from './count.js';
import type { TypeHit } from '../types.js';
import { firstFrom } from '../spans.js';

export const typeBefore: RuleInfo = {
  id: 'award/type-before',
  entity: 'awards',
  description: 'The nearest award type before the counts in the sentence',
  example: 'trao tặng Giấy khen cho 38 tập thể, 96 cá nhân',
  data: 'src/data/awards.ts',
};

/** How far before the counts an active type may stand. */
const ACTIVE_WINDOW = 200;
/** Without "cho", a type governs counts only across a few words and no punctuation ("khen thưởng đột xuất 5 tập thể"). */
const DIRECT_OBJECT_WINDOW = 25;

/** "… cho" closing the gap between a type and the counts after it. */
export const CHO_END_RE = /(?:^|\s)cho\s*:?\s*$/u;

/** The nearest type before the counts (within ACTIVE_WINDOW) and the text between them. */
export function nearestBefore(lower: string, group: CountGroup, types: readonly TypeHit[]): { type: TypeHit; gap: string } | null {
  // Types do not overlap: the last one ending before the counts is the last one starting before them that ends in time.
  for (let i = firstFrom(types, group.start) - 1; i >= 0; i--) {
    const t = types[i]!;
    if (t.end > group.start) continue;
    return group.start - t.end <= ACTIVE_WINDOW ? { type: t, gap: lower.slice(t.end, group.start) } : null;
  }
  return null;
}

/** "… cho" right before the counts: the type before them is theirs, whatever follows. */
export const givenWithCho = (b: { gap: string } | null): boolean => b !== null && CHO_END_RE.test(b.gap);

/**
 * The type before the counts gives them the award: "… cho …" in the same clause ("; đơn vị hiện
 * có 35 cán bộ" is another clause), or directly with no clause between.
 */
export const governs = (b: { gap: string } | null): boolean =>
  b !== null && ((/(?:^|\s)cho(?:\s|:|$)/u.test(b.gap) && !b.gap.includes(';')) || (b.gap.length <= DIRECT_OBJECT_WINDOW && !/[,;:.]/u.test(b.gap)));

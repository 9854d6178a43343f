/**
 * Rule `english/award-type-count`: the award itself counted and handed over ("presented 8
 * emulation flags to outstanding units", "awarded 15 certificates of merit to individuals"): as
 * many recipients as awards, their kind from the award (an emulation flag goes to a collective)
 * or from the uncounted recipients after "to". Not when the recipients are counted themselves
 * (`english/award-count` reads that), nor when the counted awards are not handed over by a verb.
 */
import type { ArticleView } from '../../article-view.js';
import type { RuleInfo } from '../../rule.js';
import { readEnglishNumber, COUNT } from '../numbers.js';
import { COUNTED_TYPE_VERB_RE, RECIPIENT_KIND, RECIPIENT_WORD_RE, TO_BEFORE_RE, UNCOUNTED_TO_RE } from '../patterns.js';
import type { EnglishGroup, EnglishTypeHit } from './award-count.js';

export const awardTypeCount: RuleInfo = {
  id: 'english/award-type-count',
  entity: 'awards',
  description: 'The award itself counted and handed over; the kind of its recipients from the award (emulation flags: collectives) or from "to (the) units"',
  example: 'presented 8 emulation flags to outstanding units → Cờ thi đua, 8 collectives',
  data: 'src/data/english-awards.ts',
};

const COUNT_BEFORE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?<n>${COUNT})\\s+$`, 'u');

/** The one kind of the uncounted recipients after "to" ("to individuals of the unit"), or undefined (none, or both kinds). */
function recipientsAfter(tail: string): 'collective' | 'individual' | undefined {
  const to = UNCOUNTED_TO_RE.exec(tail);
  if (!to) return undefined;
  const kinds = new Set([...to.groups!.list!.matchAll(RECIPIENT_WORD_RE)].map((m) => RECIPIENT_KIND.get(m.groups!.who!.replace(/\s+/g, ' '))));
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

/** The count of a counted type `t`, its kind and where it starts, or null. */
export function countedType(
  view: ArticleView,
  t: EnglishTypeHit,
  groups: readonly EnglishGroup[],
  sentence: { start: number; end: number },
): { start: number; value: number; kind: 'collective' | 'individual' } | null {
  if (t.verb) return null;
  const { lower } = view;
  const before = lower.slice(Math.max(sentence.start, t.start - 40), t.start);
  const n = COUNT_BEFORE_RE.exec(before);
  if (!n) return null;
  const start = t.start - before.length + n.index;
  if (!COUNTED_TYPE_VERB_RE.test(lower.slice(Math.max(sentence.start, start - 40), start))) return null;
  // "presented 2 emulation flags to 2 units": the counted recipients are read by english/award-count.
  if (groups.some((g) => g.start >= t.end && g.start < sentence.end && TO_BEFORE_RE.test(lower.slice(t.end, g.start)))) return null;
  const kind = t.recipient ?? recipientsAfter(lower.slice(t.end, sentence.end));
  const value = readEnglishNumber(view, n.groups!.n!);
  return kind && value !== null ? { start, value, kind } : null;
}

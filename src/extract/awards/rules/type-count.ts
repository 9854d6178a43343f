/**
 * Rule `award/type-count`: the award itself counted, handed over by a verb ("Bộ trưởng tặng 8
 * cờ thi đua xuất sắc cho các đơn vị …", "trao 15 giấy khen cho các cá nhân", "6 cờ thi đua …
 * được trao cho …"; GOLD "Decided in the second round": collectives 8). Who received them comes
 * from the award (a Cờ thi đua goes to a collective) or from uncounted recipients of one kind
 * after "cho" ("cho các cá nhân"); recipients of both kinds ("cho các tập thể, cá nhân") leave
 * the count unassigned, so nothing is read. Not when the recipients are counted themselves
 * ("trao 2 Cờ thi đua cho 2 đơn vị": `award/type-before` reads that), nor when the one receiving
 * is the subject ("Đơn vị được tặng 2 Cờ thi đua": one unit's flags over the years).
 */
import type { RuleInfo } from '../../rule.js';
import { AWARD_TYPES } from '../../../data/awards.js';
import { key, lookBack, readCount, startsWord } from '../../pattern-tools.js';
import type { CountGroup } from './count.js';
import type { TypeHit } from '../types.js';
import {
  CHO_BEFORE_COUNT_RE,
  COUNTABLE_RE,
  COUNTED_LIST_GAP_RE,
  HANDED_AFTER_RE,
  HANDING_BEFORE_RE,
  RECIPIENT_BY_ALIAS,
  RECIPIENT_RE,
  TYPE_COUNT_BEFORE_RE,
  UNCOUNTED_RECIPIENTS_RE,
} from '../patterns.js';
import { firstFrom } from '../spans.js';

export const typeCount: RuleInfo = {
  id: 'award/type-count',
  entity: 'awards',
  description: 'The award itself counted and handed over; its recipients\' kind from the award (Cờ thi đua: collectives) or from "cho các cá nhân"',
  example: 'Bộ trưởng tặng 8 cờ thi đua xuất sắc cho các đơn vị dẫn đầu',
  data: 'src/data/awards.ts',
};

/** Who receives one of a type when the type is counted (Cờ thi đua → collective). */
const RECIPIENT_OF_TYPE = new Map(AWARD_TYPES.flatMap((t) => (t.recipient ? [[t.canonical, t.recipient] as const] : [])));

/** One counted award: the count, the type it counts and the kind of its recipients. */
export interface TypeCount {
  start: number;
  end: number;
  type: TypeHit;
  kind: 'collective' | 'individual';
  value: number;
  words: boolean;
}

/** The kind of the uncounted recipients after "cho", when they are all of one kind. */
function recipientsAfter(lower: string, from: number, to: number): 'collective' | 'individual' | null {
  const m = UNCOUNTED_RECIPIENTS_RE.exec(lower.slice(from, to));
  if (!m) return null;
  const kinds = new Set<string>();
  RECIPIENT_RE.lastIndex = 0;
  const list = m.groups!.list!;
  for (let r = RECIPIENT_RE.exec(list); r; r = RECIPIENT_RE.exec(list)) {
    const k = RECIPIENT_BY_ALIAS.get(key(r.groups!.who!))?.kind;
    if (k) kinds.add(k);
  }
  return kinds.size === 1 ? ([...kinds][0] as 'collective' | 'individual') : null;
}

/**
 * Every counted award of the text. `typesAt(pos)` gives the award types of the sentence holding
 * `pos` and that sentence; `groups` are the article's count groups.
 */
export function findTypeCounts(
  lower: string,
  groups: readonly CountGroup[],
  typesAt: (pos: number) => { types: readonly TypeHit[]; start: number; end: number },
): TypeCount[] {
  const out: TypeCount[] = [];
  // The last counted award handed over by a verb, so that a list after it shares the verb.
  let previous: { end: number; sentenceStart: number } | null = null;
  COUNTABLE_RE.lastIndex = 0;
  for (let m = COUNTABLE_RE.exec(lower); m; m = COUNTABLE_RE.exec(lower)) {
    if (!startsWord(lower, m.index)) {
      COUNTABLE_RE.lastIndex = m.index + 1;
      continue;
    }
    const before = lookBack(lower, m.index, TYPE_COUNT_BEFORE_RE);
    const count = before && readCount(before.groups.n!);
    if (!before || !count) continue;
    const sentence = typesAt(m.index);
    const type = sentence.types.find((t) => t.start === m!.index);
    if (!type) continue;
    const countStart = before.start + count.offset;
    if (countStart < sentence.start) continue;
    // Handed over: a verb before the count (not "được tặng 2 …"), a list after such a count, or "… được trao" after the award.
    const verb = lookBack(lower, countStart, HANDING_BEFORE_RE);
    const listed = previous !== null && previous.sentenceStart === sentence.start && COUNTED_LIST_GAP_RE.test(lower.slice(previous.end, countStart));
    const handed = (verb !== null && verb.groups.passive === undefined) || listed || HANDED_AFTER_RE.test(lower.slice(type.end, sentence.end));
    if (verb !== null && verb.groups.passive !== undefined) previous = null;
    if (!handed) continue;
    previous = { end: type.end, sentenceStart: sentence.start };
    // The recipients are counted themselves: the count group reads them.
    const g = groups[firstFrom(groups, type.end)];
    if (g && g.start < sentence.end && CHO_BEFORE_COUNT_RE.test(lower.slice(type.end, g.start))) continue;
    const kind = RECIPIENT_OF_TYPE.get(type.type) ?? recipientsAfter(lower, type.end, sentence.end);
    if (!kind) continue;
    out.push({ start: countStart, end: type.end, type, kind, value: count.value, words: count.words });
  }
  return out;
}

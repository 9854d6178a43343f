/** "từ tháng 3/2020 đến tháng 5/2020", "từ tháng 12 đến tháng 2/2020", "tháng 3-5/2020", "tháng 5 và 6-2017" → first day … last day. */
import { CONSECUTIVE_JOINERS, RANGE_CLOSERS, RANGE_OPENERS } from '../../data/period-vocabulary.js';
import { monthBounds } from './calendar.js';
import { alternation, backPattern, DASH, DATE_END, lookBack, OS, S } from '../pattern-tools.js';
import { yearNearby } from './years.js';
import { atSentenceStart, num, type PeriodRule } from './rule.js';

const YEAR_AFTER = (n: number): string => `(?:(?:${OS}[/.-]${OS}|${S}năm${S})(?<y${n}>\\d{4}))?`;

// "tháng 3/2020 đến tháng 5/2020" | "tháng 3-5/2020" | "tháng 5 và 6-2017"; the anchor is "tháng".
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])tháng${S}(?<m1>\\d{1,2})${YEAR_AFTER(1)}` +
    `(?:${DASH}|${S}(?<to>${alternation(RANGE_CLOSERS)})${S}|${S}(?<and>${alternation(CONSECUTIVE_JOINERS)})${S})(?:tháng${S})?(?<m2>\\d{1,2})${YEAR_AFTER(2)}${DATE_END}`,
  'gu',
);
const BEFORE = backPattern(`(?:${alternation(RANGE_OPENERS)})${S}`);

export const monthRange: PeriodRule = {
  id: 'period/month-range',
  entity: 'periods',
  description: 'Two months joined by "từ … đến …" or a dash, or two consecutive months by "và"; a missing year comes from the later month, then from the sentence, then from the one before',
  example: 'từ tháng 3/2020 đến tháng 5/2020',
  data: 'src/data/period-vocabulary.ts',
  pattern: PATTERN,
  extract(m, env) {
    const g = m.groups!;
    const opener = lookBack(env.lower, m.index, env.pattern(BEFORE));
    // "đến" needs "từ" before, or the span opening its sentence ("Tháng 3/2020 đến tháng 5/2020, …").
    if (g.to !== undefined && !opener && !atSentenceStart(env, m.index)) return null;
    // "và" joins two consecutive months of a stated year ("tháng 5 và 6-2017"), nothing else.
    if (g.and !== undefined && (g.y1 !== undefined || g.y2 === undefined || num(g.m2) !== num(g.m1) + 1)) return null;
    const start = opener ? opener.start : m.index;
    const stop = m.index + m[0].length;
    const m1 = num(g.m1);
    const m2 = num(g.m2);
    let y2 = num(g.y2);
    let inferred = false;
    if (Number.isNaN(y2)) {
      const year = yearNearby(env, start, stop);
      if (year === null) return null;
      y2 = year;
      inferred = true;
    }
    let y1 = num(g.y1);
    if (Number.isNaN(y1)) y1 = m1 > m2 ? y2 - 1 : y2;
    const first = monthBounds(y1, m1);
    const last = monthBounds(y2, m2);
    if (!first || !last || first[0] >= last[0]) return null;
    return { kind: 'period', start, end: stop, rule: this.id, match: inferred ? 'inferred' : 'exact', from: first[0], to: last[1] };
  },
};

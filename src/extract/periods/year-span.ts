/**
 * Year spans: "nhiệm kỳ 2016-2021", "giai đoạn 2021 – 2025", "(1969-2019)", "năm học
 * 2019-2020", "từ năm 1975 đến 1986" → first day of Y1 … last day of Y2.
 */
import { RANGE_CLOSERS, RANGE_OPENERS, YEAR_SPAN_KEYWORDS } from '../../data/period-vocabulary.js';
import { yearBounds } from './calendar.js';
import { alternation, backPattern, DASH, DATE_END, lookBack, S } from '../pattern-tools.js';
import type { PeriodRule } from './rule.js';

// "2016-2021" | "1975 đến năm 1986"; the anchor is the first year. The lookbehind refuses
// "số 123/2016-2020" and digits glued to the first year.
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}/.,-])(?<y1>\\d{4})(?:${DASH}|${S}(?<to>${alternation(RANGE_CLOSERS)})${S}(?:năm${S})?)(?<y2>\\d{4})${DATE_END}`,
  'gu',
);
// Before the first year: "nhiệm kỳ", "giai đoạn", "năm học", "năm", "từ (năm)".
const BEFORE = backPattern(
  `(?:(?<kw>${alternation(YEAR_SPAN_KEYWORDS)})${S})?(?:(?<from>${alternation(RANGE_OPENERS)})${S}(?:năm${S})?)?`,
);

/** Longest plausible span (a life, an anniversary): longer gaps are not years of one span. */
const MAX_YEARS = 200;

export const yearSpan: PeriodRule = {
  id: 'period/year-span',
  entity: 'periods',
  description: 'Two years joined by a dash or "từ … đến …", with or without nhiệm kỳ / giai đoạn / năm học',
  example: 'nhiệm kỳ 2016-2021',
  data: 'src/data/period-vocabulary.ts',
  pattern: PATTERN,
  extract(m, env) {
    const g = m.groups!;
    const y1 = Number(g.y1);
    const y2 = Number(g.y2);
    if (!(y1 < y2 && y2 - y1 <= MAX_YEARS)) return null;
    const before = lookBack(env.lower, m.index, env.pattern(BEFORE));
    const framed = before !== null && before.start < m.index;
    // "2016 đến 2020" alone is too loose (counts, amounts): "đến" needs "từ" or a keyword.
    if (g.to !== undefined && !framed) return null;
    const bounds = yearBounds(y1, y2);
    if (!bounds) return null;
    return { kind: 'period', start: framed ? before.start : m.index, end: m.index + m[0].length, rule: this.id, match: 'exact', from: bounds[0], to: bounds[1] };
  },
};

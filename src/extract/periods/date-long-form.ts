/** The legal long form: "ngày 15 tháng 5 năm 2016" → 2016-05-15; "ngày 15 tháng 5" takes the year nearest the article date, else the sentence's. */
import { isoDay, yearNearDate } from './calendar.js';
import { backPattern, E, lookBack, OS, S } from '../pattern-tools.js';
import { latestYearInSentence } from './years.js';
import type { PeriodRule } from './rule.js';

// "15 tháng 5 năm 2016" | "15 tháng 5" (after "ngày"); the anchor is the day.
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(?<d>\\d{1,2})${S}tháng${S}(?<m>\\d{1,2})(?:(?:${OS},)?${S}năm${S}(?<y>\\d{4}))?${E}`,
  'gu',
);
const BEFORE = backPattern(`ngày${S}`);

export const dateLongForm: PeriodRule = {
  id: 'date/long-form',
  entity: 'dates',
  description: 'A day written "ngày D tháng M năm Y"; without "năm Y" it needs "ngày" and takes the year nearest the article date, else the sentence\'s',
  example: 'ngày 15 tháng 5 năm 2016',
  pattern: PATTERN,
  extract(m, env) {
    const g = m.groups!;
    // "15 tháng 5" without "ngày" and without a year reads as "15 months, 5 …".
    if (g.y === undefined && !lookBack(env.lower, m.index, env.pattern(BEFORE))) return null;
    const start = m.index;
    const end = m.index + m[0].length;
    const year = g.y !== undefined ? Number(g.y) : (yearNearDate(Number(g.m), Number(g.d), env.publishedAt) ?? latestYearInSentence(env, start, end));
    if (year === null) return null;
    const value = isoDay(year, Number(g.m), Number(g.d));
    if (!value) return null;
    return { kind: 'date', start, end, rule: this.id, match: g.y === undefined ? 'inferred' : 'exact', value };
  },
};

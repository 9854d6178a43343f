/**
 * A day without its year after "ngày" or a part of the day: "ngày 8-11", "chiều 7/8",
 * "sáng nay (30/6)". The year is the one nearest the article date, else the latest one
 * stated in the same sentence (never a birth year; an anniversary's base year is history). Without the lead word a bare "2/9" is a score or
 * a fraction, never a date.
 */
import { DAY_WORDS, PARTS_OF_DAY } from '../../data/period-vocabulary.js';
import { isoDay, yearNearDate } from './calendar.js';
import { alternation, backPattern, DATE_END, lookBack, OS, S } from '../pattern-tools.js';
import { latestYearInSentence } from './years.js';
import type { PeriodRule } from './rule.js';

// "8-11" | "7/8" | "30/6" (a full d/m/yyyy is refused by DATE_END and read by date/day); the anchor is the day.
const PATTERN = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}/.,])(?<d>\\d{1,2})(?<sep>[/.-])(?<m>\\d{1,2})${DATE_END}`, 'gu');
// The lead: "ngày ", "chiều ", "sáng nay (", "sáng ngày ", "hôm ".
const BEFORE = backPattern(`(?:${alternation([...PARTS_OF_DAY, ...DAY_WORDS])})(?:${S}nay${OS}\\(|${S}(?:${alternation(DAY_WORDS)}))?${OS}`);

export const dateDayMonth: PeriodRule = {
  id: 'date/day-month',
  entity: 'dates',
  description: 'A day and month after "ngày" or sáng/chiều/tối/trưa; the year nearest the article date, else the one in the sentence',
  example: 'chiều 7/8',
  data: 'src/data/period-vocabulary.ts',
  pattern: PATTERN,
  extract(m, env) {
    if (!lookBack(env.lower, m.index, env.pattern(BEFORE))) return null;
    const g = m.groups!;
    const start = m.index;
    const end = m.index + m[0].length;
    const year = yearNearDate(Number(g.m), Number(g.d), env.publishedAt) ?? latestYearInSentence(env, start, end);
    if (year === null) return null;
    const value = isoDay(year, Number(g.m), Number(g.d));
    if (!value) return null;
    return { kind: 'date', start, end, rule: this.id, match: 'inferred', value };
  },
};

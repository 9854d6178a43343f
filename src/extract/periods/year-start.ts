/**
 * From the start of a year to a day or a month: "Từ đầu năm đến ngày 15/3/2017" (2017-01-01 …
 * 2017-03-15), "từ đầu năm nay đến ngày 20/6/2017", "từ đầu năm 2017 đến 8.5" (a day written
 * d.m, in the year of the start). Both ends must be resolvable: the year is the one the start
 * states, else the end's, else the one stated in the sentence or the one before ("năm nay"
 * takes it the same way, GOLD.md); "từ đầu năm đến nay" has an open end and is left out.
 */
import type { PeriodRule } from './rule.js';
import { lookBack } from '../pattern-tools.js';
import { CLOSER, endAfter, firstDay, lastDay, readEnd, readStart, START_BEFORE } from './range-ends.js';
import { yearNearby } from './years.js';

// "đến ngày 15/3/2017" | "đến 8.5" | "đến tháng 6/2017"; the anchor is the closer, "từ đầu năm" is read back from it.
const PATTERN = new RegExp(`${CLOSER}[^\\S\\n]+${endAfter('e')}`, 'gu');

export const yearStart: PeriodRule = {
  id: 'period/year-start',
  entity: 'periods',
  description: 'From the start of a year ("từ đầu năm", "từ đầu năm nay", "từ đầu năm Y") to a day or a month; the year from the start, else the end, else the sentence or the one before',
  example: 'Từ đầu năm đến ngày 15/3/2017',
  data: 'src/data/period-vocabulary.ts',
  pattern: PATTERN,
  extract(m, env) {
    const before = lookBack(env.lower, m.index, env.pattern(START_BEFORE));
    if (!before || before.groups.from === undefined) return null;
    const start = readStart(before.groups);
    const end = readEnd(m.groups!, 'e');
    if (start.precision !== 'year-start' || end.precision === 'year') return null;
    const from = before.start;
    const stop = m.index + m[0].length;
    let inferred = Number.isNaN(start.year);
    if (Number.isNaN(end.year)) end.year = start.year;
    if (Number.isNaN(start.year)) start.year = end.year;
    if (Number.isNaN(end.year)) {
      const y = yearNearby(env, from, stop);
      if (y === null) return null;
      start.year = end.year = y;
    }
    const a = firstDay({ ...start, precision: 'year' });
    const b = lastDay(end);
    if (!a || !b || a >= b) return null;
    return { kind: 'period', start: from, end: stop, rule: this.id, match: inferred ? 'inferred' : 'exact', from: a, to: b };
  },
};

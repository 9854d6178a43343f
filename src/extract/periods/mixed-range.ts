/**
 * Ranges whose ends are written at different precisions: "từ 2011 đến tháng 3/2015" (a year to
 * a month: 2011-01-01 … 2015-03-31), "từ ngày 15/7/2009 đến tháng 2/2014", "từ 1-1-2010 tới
 * tháng 6-2017", "Tháng 4/1973 đến năm 1976", "từ 7/2011 đến 5/2012". Each end covers its whole
 * day, month or year; "đến trước năm 2017" ends with the year before (2016-12-31). Ends of the same precision are the other range rules' (date-range,
 * month-range, year-span), except two months written without "tháng".
 */
import { atSentenceStart, type PeriodRule } from './rule.js';
import { lookBack } from '../pattern-tools.js';
import { CLOSER, endAfter, firstDay, lastDay, readEnd, readStart, START_BEFORE } from './range-ends.js';
import { yearNearby } from './years.js';

// "đến tháng 3/2015" | "tới tháng 6-2017" | "đến năm 1976" | "đến 5/2012"; the anchor is the closer.
// "đến trước năm 2017": up to the year before (the end is 2016-12-31).
const PATTERN = new RegExp(`${CLOSER}[^\\S\\n]+(?:(?<ahead>trước|truoc)[^\\S\\n]+)?${endAfter('e')}`, 'gu');

export const mixedRange: PeriodRule = {
  id: 'period/mixed-range',
  entity: 'periods',
  description: 'A range whose ends are a year, a month or a day at different precisions, after "từ" or opening its sentence; each end covers its whole year, month or day',
  example: 'từ 2011 đến tháng 3/2015; từ tháng 12-2013 đến trước năm 2017',
  data: 'src/data/period-vocabulary.ts',
  pattern: PATTERN,
  extract(m, env) {
    const before = lookBack(env.lower, m.index, env.pattern(START_BEFORE));
    if (!before) return null;
    const start = readStart(before.groups);
    const end = readEnd(m.groups!, 'e');
    if (start.precision === 'year-start') return null;
    const bareMonths = start.precision === 'month' && end.precision === 'month' && before.groups.sbm !== undefined && m.groups!.bme !== undefined;
    const ahead = m.groups!.ahead !== undefined;
    if (ahead && end.precision !== 'year') return null;
    if (start.precision === end.precision && !bareMonths && !ahead) return null;
    // "đến" needs "từ", or the range opening its sentence ("Tháng 4/1973 đến năm 1976, …").
    const opened = before.groups.from !== undefined;
    if (!opened && !atSentenceStart(env, before.start)) return null;
    const from = before.start;
    const stop = m.index + m[0].length;
    let inferred = false;
    // A missing year: the start's from the end, the end's from the start, else from the text around.
    if (Number.isNaN(end.year)) end.year = start.year;
    if (Number.isNaN(start.year)) start.year = end.year;
    if (Number.isNaN(end.year)) {
      const y = yearNearby(env, from, stop);
      if (y === null) return null;
      start.year = end.year = y;
      inferred = true;
    }
    if (ahead) end.year -= 1;
    const a = firstDay(start);
    const b = lastDay(end);
    if (!a || !b || a >= b) return null;
    return { kind: 'period', start: from, end: stop, rule: this.id, match: inferred ? 'inferred' : 'exact', from: a, to: b };
  },
};

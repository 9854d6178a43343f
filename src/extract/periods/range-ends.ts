/**
 * The two ends of a range whose ends are written at different precisions ("từ 2011 đến tháng
 * 3/2015", "từ ngày 15/7/2009 đến tháng 2/2014", "từ đầu năm nay đến ngày 20/6/2017"): the end
 * after "đến"/"tới" is read by the rule's pattern, the start by a look-back from "đến". Each end
 * is a day, a month or a year (the start also "đầu năm": the start of a year), and becomes the
 * first or the last day it covers.
 */
import { DAY_WORDS, NEARBY_YEAR_WORDS, RANGE_CLOSERS, RANGE_OPENERS } from '../../data/period-vocabulary.js';
import { daysInMonth, isoDay, isYear, monthBounds } from './calendar.js';
import { alternation, backPattern, DATE_END, OS, S } from '../pattern-tools.js';
import { num } from './rule.js';

export type Precision = 'day' | 'month' | 'year' | 'year-start';

/** One end as written: its precision and the numbers it states (NaN where it states none). */
export interface RangeEnd {
  precision: Precision;
  day: number;
  month: number;
  year: number;
  /** "đầu năm nay", "đầu năm ngoái": a year relative to the article, resolved as GOLD says. */
  relative: boolean;
}

/**
 * An end after the closer: "ngày 20/6/2017", "20/6/2017", "8.5" (a day written d.m),
 * "tháng 3/2015", "tháng 3 năm 2015", "3/2015", "năm 1976", "1976". Named groups end in `suffix`.
 */
export function endAfter(suffix: string): string {
  const g = (n: string): string => `${n}${suffix}`;
  return (
    `(?:(?:${alternation(DAY_WORDS)})${S})?` +
    `(?:(?<${g('d')}>\\d{1,2})(?<${g('ds')}>[/.-])(?<${g('dm')}>\\d{1,2})(?:\\k<${g('ds')}>(?<${g('dy')}>\\d{4}))?` +
    `|tháng${S}(?<${g('m')}>\\d{1,2})(?:(?:${OS}[/.-]${OS}|${S}năm${S})(?<${g('my')}>\\d{4}))?` +
    `|(?<${g('bm')}>\\d{1,2})[/-](?<${g('by')}>\\d{4})` +
    `|năm${S}(?<${g('y')}>\\d{4})` +
    `|(?<${g('yb')}>\\d{4}))${DATE_END}`
  );
}

/** The end a match of `endAfter(suffix)` wrote. */
export function readEnd(groups: Record<string, string | undefined>, suffix: string): RangeEnd {
  const at = (n: string): number => num(groups[`${n}${suffix}`]);
  if (groups[`d${suffix}`] !== undefined) return { precision: 'day', day: at('d'), month: at('dm'), year: at('dy'), relative: false };
  if (groups[`m${suffix}`] !== undefined) return { precision: 'month', day: NaN, month: at('m'), year: at('my'), relative: false };
  if (groups[`bm${suffix}`] !== undefined) return { precision: 'month', day: NaN, month: at('bm'), year: at('by'), relative: false };
  return { precision: 'year', day: NaN, month: NaN, year: Number.isNaN(at('y')) ? at('yb') : at('y'), relative: false };
}

/** The closers, each anchoring a pattern: "đến", "tới", "đến hết". */
export const CLOSER = `(?<![\\p{L}\\p{M}\\p{N}])(?:${alternation(RANGE_CLOSERS)})`;

/**
 * The start, read back from the closer: "từ 2011 ", "từ năm 2011 ", "từ ngày 15/7/2009 ", "từ
 * tháng 7/2011 ", "Tháng 4/1973 " (a range may open its sentence without "từ"), "từ đầu năm ",
 * "từ đầu năm nay ", "từ đầu năm 2017 ".
 */
export const START_BEFORE = backPattern(
  `(?:(?<from>${alternation(RANGE_OPENERS)})${S})?(?:` +
    `đầu${S}năm(?:${S}(?:(?<sy>\\d{4})|(?<srel>${alternation(NEARBY_YEAR_WORDS)})))?` +
    `|(?:(?:${alternation(DAY_WORDS)})${S})?(?<sd>\\d{1,2})(?<sds>[/.-])(?<sdm>\\d{1,2})(?:\\k<sds>(?<sdy>\\d{4}))?` +
    `|tháng${S}(?<sm>\\d{1,2})(?:(?:${OS}[/.-]${OS}|${S}năm${S})(?<smy>\\d{4}))?` +
    `|(?<sbm>\\d{1,2})[/-](?<sby>\\d{4})` +
    `|năm${S}(?<syy>\\d{4})` +
    `|(?<syb>\\d{4})` +
    `)${S}`,
);

/** The start a match of START_BEFORE wrote. */
export function readStart(groups: Record<string, string | undefined>): RangeEnd {
  if (groups.sd !== undefined) return { precision: 'day', day: num(groups.sd), month: num(groups.sdm), year: num(groups.sdy), relative: false };
  if (groups.sm !== undefined) return { precision: 'month', day: NaN, month: num(groups.sm), year: num(groups.smy), relative: false };
  if (groups.sbm !== undefined) return { precision: 'month', day: NaN, month: num(groups.sbm), year: num(groups.sby), relative: false };
  if (groups.syy !== undefined || groups.syb !== undefined) return { precision: 'year', day: NaN, month: NaN, year: num(groups.syy ?? groups.syb), relative: false };
  return { precision: 'year-start', day: NaN, month: NaN, year: num(groups.sy), relative: groups.srel !== undefined };
}

/** First day an end covers (as a start), or null. */
export function firstDay(e: RangeEnd): string | null {
  if (!isYear(e.year)) return null;
  if (e.precision === 'day') return isoDay(e.year, e.month, e.day);
  if (e.precision === 'month') return monthBounds(e.year, e.month)?.[0] ?? null;
  return isoDay(e.year, 1, 1);
}

/** Last day an end covers (as an end), or null. */
export function lastDay(e: RangeEnd): string | null {
  if (!isYear(e.year)) return null;
  if (e.precision === 'day') return isoDay(e.year, e.month, e.day);
  if (e.precision === 'month') return e.month >= 1 && e.month <= 12 ? isoDay(e.year, e.month, daysInMonth(e.year, e.month)) : null;
  return isoDay(e.year, 12, 31);
}

/**
 * Explicit ranges between two days: "từ 19/5/2019 đến 19/8/2020", "19/8/1945-19/8/2020",
 * "từ ngày 10/4 đến ngày 12/4/2025" (the first day takes the later day's year), "từ 26/1-1/2"
 * (year from the sentence), "ngày 4-6/9/2019" (a day range within one month), "(19-23/1/2026)"
 * (the same in brackets, with no lead word).
 */
import { DAY_WORDS, PARTS_OF_DAY, RANGE_CLOSERS, RANGE_OPENERS } from '../../data/period-vocabulary.js';
import { isoDay } from './calendar.js';
import { alternation, backPattern, DASH, DATE_END, lookBack, OS, S } from '../pattern-tools.js';
import { yearNearby } from './years.js';
import { num, type PeriodRule } from './rule.js';

/** One end: "19/8/2020", "19-8", "10", "15 tháng 5 năm 2016" (day, optional month, optional year). */
function end(n: number): string {
  return (
    `(?:(?<ld${n}>\\d{1,2})${S}tháng${S}(?<lm${n}>\\d{1,2})(?:(?:${S}năm${S}|${OS}[/-]${OS})(?<ly${n}>\\d{4}))?` +
    `|(?<d${n}>\\d{1,2})(?:(?<s${n}>[/.-])(?<m${n}>\\d{1,2})(?:\\k<s${n}>(?<y${n}>\\d{4}))?)?)`
  );
}

/** Longest span whose first day may borrow the previous year. */
const MAX_CROSSING_DAYS = 183;

const LEAD = `(?:(?:${alternation(PARTS_OF_DAY)})${S})?(?:(?:${alternation(DAY_WORDS)})${S})?`;

// "19/5/2019 đến (hết) (ngày) 19/8/2020" | "19/8/1945-19/8/2020" | "26/1-1/2"; the anchor is the first day.
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}/.,])${end(1)}(?:${DASH}|${S}(?<to>${alternation(RANGE_CLOSERS)})${S})${LEAD}${end(2)}${DATE_END}`,
  'gu',
);
// Before the first day: "từ", "từ sáng ngày", "ngày".
const BEFORE = backPattern(`(?:(?<from>${alternation(RANGE_OPENERS)})${S})?(?<lead>${LEAD})`);

/** True when "(" opens right before [start, end) and ")" closes right after it (white space allowed). */
function bracketed(lower: string, start: number, end: number): boolean {
  return OPEN_BEFORE.test(lower.slice(Math.max(0, start - 4), start)) && CLOSE_AFTER.test(lower.slice(end, end + 4));
}
const OPEN_BEFORE = /\(\s*$/u;
const CLOSE_AFTER = /^\s*\)/u;

export const dateRange: PeriodRule = {
  id: 'period/date-range',
  entity: 'periods',
  description: 'Two days joined by "từ … đến …" or a dash; a missing month or year comes from the later day, then from the sentence, then from the one before',
  example: 'từ 19/5/2019 đến 19/8/2020',
  data: 'src/data/period-vocabulary.ts',
  pattern: PATTERN,
  extract(m, env) {
    const g = m.groups!;
    const before = lookBack(env.lower, m.index, env.pattern(BEFORE));
    const opened = before?.groups.from !== undefined;
    const led = (before?.groups.lead ?? '') !== '';
    const d1 = num(g.ld1 ?? g.d1);
    let m1 = num(g.lm1 ?? g.m1);
    let y1 = num(g.ly1 ?? g.y1);
    const d2 = num(g.ld2 ?? g.d2);
    const m2 = num(g.lm2 ?? g.m2);
    let y2 = num(g.ly2 ?? g.y2);
    // "đến" needs "từ"; a bare dash needs the later year and either the first year
    // ("19/8/1945-19/8/2020"), "ngày" before it ("ngày 4-6/9/2019") or brackets round the
    // whole span ("Đại hội XIV (19-23/1/2026)"): a house number "số 8-12" has none of them.
    if (g.to !== undefined && !opened) return null;
    if (!opened && !(Number.isFinite(y2) && (Number.isFinite(y1) || led || bracketed(env.lower, m.index, m.index + m[0].length)))) return null;
    if (Number.isNaN(m2)) return null;
    // The mention starts at "từ" or at the first day (a leading "ngày"/"sáng" is framing, not the span).
    const start = opened ? before!.start : m.index;
    const stop = m.index + m[0].length;
    let inferred = false;
    if (Number.isNaN(y2)) {
      const year = yearNearby(env, start, stop);
      if (year === null) return null;
      y2 = year;
      inferred = true;
    }
    if (Number.isNaN(m1)) m1 = m2;
    const crossesYear = Number.isNaN(y1) && (m1 > m2 || (m1 === m2 && d1 > d2));
    if (Number.isNaN(y1)) y1 = crossesYear ? y2 - 1 : y2;
    const from = isoDay(y1, m1, d1);
    const to = isoDay(y2, m2, d2);
    if (!from || !to || from >= to) return null;
    // "28/12 đến 3/1/2021" crosses a new year; "10/5 đến 2/5/2020" is a slip, not a year-long span.
    if (crossesYear && Date.parse(to) - Date.parse(from) > MAX_CROSSING_DAYS * 86_400_000) return null;
    return { kind: 'period', start, end: stop, rule: this.id, match: inferred ? 'inferred' : 'exact', from, to };
  },
};

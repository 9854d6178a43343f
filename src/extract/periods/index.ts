/**
 * Periods and dates, chrono style: an ordered list of rules (one per file under
 * `periods/`), each proposing candidates from one pattern over the lower-cased text, then
 * two refiners: overlaps are resolved (the longest expression wins, a period over a date,
 * so a day inside "từ 19/5/2019 đến 19/8/2020" is no separate date), and candidates are
 * merged into one entry per distinct (start, end) or value with all mentions listed.
 */
import type { ArticleView } from '../article-view.js';
import type { Recogniser, RuleInfo } from '../rule.js';
import type { DateValue, Mention, Period, Provenance } from '../../record/schema.js';
import type { Candidate, PeriodRule, ScanEnv } from './rule.js';
import { monthsOfYear } from './months-of-year.js';
import { quarter } from './quarter.js';
import { yearSpan } from './year-span.js';
import { dateRange } from './date-range.js';
import { monthRange } from './month-range.js';
import { dayList } from './day-list.js';
import { dateDay } from './date-day.js';
import { dateDayMonth } from './date-day-month.js';
import { dateLongForm } from './date-long-form.js';
import { dateMonth } from './date-month.js';
import { dateYear } from './date-year.js';

/** The rules in order: periods before dates (the order breaks ties between equally long candidates). */
export const PERIOD_PARSERS: readonly PeriodRule[] = [
  dateRange,
  dayList,
  monthRange,
  yearSpan,
  monthsOfYear,
  quarter,
  dateLongForm,
  dateDay,
  dateDayMonth,
  dateMonth,
  dateYear,
];

/** Registry entries for the README rules table. */
export const periodRules: RuleInfo[] = PERIOD_PARSERS.map(({ id, entity, description, example, data }) =>
  data === undefined ? { id, entity, description, example } : { id, entity, description, example, data },
);

/** Cheap gate: every rule needs a digit in the text (a year-less "sáu tháng đầu năm" or "quý IV" takes a year written elsewhere). */
const HAS_DIGIT = /\d/;

/** Runs every rule over the text and returns the candidates in rule order. */
function propose(env: ScanEnv): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of PERIOD_PARSERS) {
    const re = rule.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(env.lower); m; m = re.exec(env.lower)) {
      const c = rule.extract(m, env);
      if (c) out.push(c);
    }
  }
  return out;
}

/** Refiner 1: keeps the longest candidates that do not overlap (a period before a date, then rule order). */
function resolveOverlaps(cands: Candidate[]): Candidate[] {
  const order = cands.map((c, i) => ({ c, i }));
  order.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || (a.c.kind === b.c.kind ? 0 : a.c.kind === 'period' ? -1 : 1) || a.i - b.i);
  const kept: Candidate[] = [];
  for (const { c } of order) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

function provenance(list: Provenance[], c: Candidate): void {
  if (!list.some((p) => p.rule === c.rule && p.match === c.match)) list.push({ rule: c.rule, match: c.match });
}

/** Refiner 2: one entry per distinct period (start, end) and per date value, mentions in text order. */
function merge(text: string, kept: Candidate[]): { periods: Period[]; dates: DateValue[] } {
  const periods = new Map<string, Period>();
  const dates = new Map<string, DateValue>();
  for (const c of kept) {
    const mention: Mention = { start: c.start, end: c.end, text: text.slice(c.start, c.end) };
    if (c.kind === 'period') {
      const k = `${c.from}|${c.to}`;
      let p = periods.get(k);
      if (!p) periods.set(k, (p = { text: mention.text, start: c.from!, end: c.to!, mentions: [], foundBy: [] }));
      p.mentions.push(mention);
      provenance(p.foundBy, c);
    } else {
      let d = dates.get(c.value!);
      if (!d) dates.set(c.value!, (d = { text: mention.text, value: c.value!, mentions: [], foundBy: [] }));
      d.mentions.push(mention);
      provenance(d.foundBy, c);
    }
  }
  return { periods: [...periods.values()], dates: [...dates.values()] };
}

/** Periods ("7 tháng đầu năm 2016" → 2016-01-01 … 2016-07-31) and dates ("ngày 15/5/2016" → 2016-05-15) of one article. */
export function extractPeriodsAndDates(ctx: ArticleView): { periods: Period[]; dates: DateValue[] } {
  if (!HAS_DIGIT.test(ctx.text)) return { periods: [], dates: [] };
  const env: ScanEnv = { text: ctx.text, lower: ctx.lower, publishedAt: ctx.publishedAt, sentences: ctx.sentences };
  return merge(ctx.text, resolveOverlaps(propose(env)));
}

export const periods: Recogniser<{ periods: Period[]; dates: DateValue[] }> = {
  id: 'periods',
  needs: [],
  languages: ['vie'],
  rules: periodRules,
  run: (view) => extractPeriodsAndDates(view),
  entities: (out) => out,
};

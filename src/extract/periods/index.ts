/**
 * Periods and dates, chrono style: an ordered list of rules (one per file here), each
 * proposing candidates from one pattern over the lower-cased text, then two refiners:
 * overlaps are resolved (`period/overlap`: the longest expression wins, a period over a date,
 * so a day inside "từ 19/5/2019 đến 19/8/2020" is no separate date), and candidates are
 * merged into one entry per distinct (start, end) or value with all mentions listed.
 */
import type { ArticleView } from '../article-view.js';
import type { Recogniser, RuleInfo } from '../rule.js';
import { traceVeto } from '../rule.js';
import { overlap, resolveOverlaps } from './resolve-overlaps.js';
import { checkMatches } from '../limits.js';
import { foldedPattern } from '../../text/patterns.js';
import type { DateValue, Mention, Period, Provenance } from '../../record/schema.js';
import type { Candidate, PeriodRule, ScanEnv } from './rule.js';
import { monthsOfYear } from './months-of-year.js';
import { quarter } from './quarter.js';
import { yearSpan } from './year-span.js';
import { dateRange } from './date-range.js';
import { monthRange } from './month-range.js';
import { mixedRange } from './mixed-range.js';
import { yearStart } from './year-start.js';
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
  mixedRange,
  yearStart,
  monthsOfYear,
  quarter,
  dateLongForm,
  dateDay,
  dateDayMonth,
  dateMonth,
  dateYear,
];

/** Registry entries for the README rules table. */
export const periodRules: readonly RuleInfo[] = [
  ...PERIOD_PARSERS.map(({ id, entity, description, example, data }): RuleInfo =>
    data === undefined ? { id, entity, description, example } : { id, entity, description, example, data }),
  overlap,
];

/** Cheap gate: every rule needs a digit in the text (a year-less "sáu tháng đầu năm" or "quý IV" takes a year written elsewhere). */
const HAS_DIGIT = /\d/;

/** Runs every rule over the text and returns the candidates in rule order. */
function propose(env: ScanEnv): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of PERIOD_PARSERS) {
    const re = env.pattern(rule.pattern);
    re.lastIndex = 0;
    let matches = 0;
    for (let m = re.exec(env.lower); m; m = re.exec(env.lower)) {
      checkMatches(rule.id, ++matches);
      const c = rule.extract(m, env);
      if (c) out.push(c);
    }
  }
  return out;
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
function read(view: ArticleView): { periods: Period[]; dates: DateValue[] } {
  if (!HAS_DIGIT.test(view.text)) return { periods: [], dates: [] };
  // An article written without diacritics is read on its folded text with the patterns' folded
  // twins: "thang 5/2020", "tu 2011 den 2015" read as "tháng 5/2020", "từ 2011 đến 2015".
  const env: ScanEnv = {
    text: view.text,
    lower: view.unaccented ? view.folded : view.lower,
    unaccented: view.unaccented,
    pattern: view.unaccented ? foldedPattern : (re) => re,
    publishedAt: view.publishedAt,
    sentences: view.sentences,
    years: new Map(),
  };
  const { kept, dropped } = resolveOverlaps(propose(env));
  for (const c of dropped) traceVeto(view, { rule: overlap.id, reason: `${c.rule} read inside a longer expression` }, c.start, c.end);
  return merge(view.text, kept);
}

export const periods: Recogniser<{ periods: Period[]; dates: DateValue[] }> = {
  id: 'periods',
  needs: [],
  languages: ['vie'],
  rules: periodRules,
  run: (view) => read(view),
  entities: (out) => out,
};

/**
 * "7 tháng đầu năm 2016" → 2016-01-01 … 2016-07-31; "6 tháng cuối năm 2020" → 2020-07-01 …
 * 2020-12-31; "9 tháng năm 2025" → 2025-01-01 … 2025-09-30 (only with its year written after it).
 */
import { MONTHS_OF_YEAR, RELATIVE_YEAR_WORDS, NEARBY_YEAR_WORDS } from '../../data/period-vocabulary.js';
import { monthBounds } from './calendar.js';
import { foldAligned } from '../../text/fold.js';
import { alternation, backPattern, DATE_END, DIGITS_PATTERN, lookBack, NUMBER_WORDS_PATTERN, readCount, S } from '../pattern-tools.js';
import { yearNearby } from './years.js';
import type { PeriodRule } from './rule.js';

/** The relative years that take the year stated nearby, as written and folded. */
const NEARBY = new Set(NEARBY_YEAR_WORDS.flatMap((w) => [w, foldAligned(w)]));

// Each phrase by its spelling and its folded spelling (an article written without diacritics).
const PHRASES = new Map(MONTHS_OF_YEAR.flatMap((p) => [[p.phrase, p], [foldAligned(p.phrase), p]] as const));

// "tháng đầu năm 2017", "tháng cuối năm" (year from the sentence); "tháng đầu năm nay" is
// relative to the article date: left out. The anchor is the phrase; the count is read before it.
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(?<which>${alternation(MONTHS_OF_YEAR.map((p) => p.phrase))})` +
    `(?:${S}(?<y>\\d{4})${DATE_END}|${S}(?<rel>${alternation(RELATIVE_YEAR_WORDS)}))?(?![\\p{L}\\p{M}\\p{N}])`,
  'gu',
);
// The count: "7 ", "sáu ", "mười hai ".
const BEFORE = backPattern(`(?<n>${DIGITS_PATTERN}|${NUMBER_WORDS_PATTERN})${S}`);

export const monthsOfYear: PeriodRule = {
  id: 'period/months-of-year',
  entity: 'periods',
  description: 'The first or last N months of a year ("N tháng đầu/cuối năm", or "N tháng năm Y" with its year); without a year, or with "năm nay"/"năm ngoái", the year stated in the same sentence, else in the one before',
  example: '7 tháng đầu năm 2016',
  data: 'src/data/period-vocabulary.ts',
  pattern: PATTERN,
  extract(m, env) {
    const g = m.groups!;
    // "năm nay", "năm ngoái" take the year stated nearby; "năm tới", "năm qua" … are left out.
    if (g.rel !== undefined && !NEARBY.has(g.rel)) return null;
    const before = lookBack(env.lower, m.index, env.pattern(BEFORE));
    const count = before && readCount(before.groups.n!, env.unaccented);
    if (!before || !count || count.value < 1 || count.value > 12) return null;
    const start = before.start + count.offset;
    const end = m.index + m[0].length;
    const phrase = PHRASES.get(g.which!.replace(/\s+/g, ' '))!;
    if ((phrase.needsYear && g.y === undefined) || count.value < (phrase.minCount ?? 1)) return null;
    const stated = g.y === undefined ? null : Number(g.y);
    const year = stated ?? yearNearby(env, start, end);
    if (year === null) return null;
    const fromStart = phrase.from !== 'end';
    const first = monthBounds(year, fromStart ? 1 : 13 - count.value);
    const last = monthBounds(year, fromStart ? count.value : 12);
    if (!first || !last) return null;
    return { kind: 'period', start, end, rule: this.id, match: stated === null ? 'inferred' : 'exact', from: first[0], to: last[1] };
  },
};

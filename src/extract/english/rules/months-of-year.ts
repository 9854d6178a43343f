/**
 * Rule `english/months-of-year`: "the first six months of 2024" (2024-01-01 … 2024-06-30), "the
 * last three months of 2019", "the first nine months of this
 * year" (a year stated in the sentence or the one before, as GOLD decides for "năm nay"); "the
 * first six months" takes the year stated in its sentence. "The last six months" with no year is
 * relative to the day of writing and left out. Halves are `english/half-year`.
 */
import { monthsSpan } from '../calendar.js';
import { readEnglishNumber } from '../numbers.js';
import { MONTHS_OF_YEAR_RE, YEAR_EDGE } from '../patterns.js';
import { yearOf, type EnglishPeriodRule, type PeriodCandidate } from '../period-rule.js';

export const monthsOfYear: EnglishPeriodRule = {
  id: 'english/months-of-year',
  entity: 'periods',
  description: 'The first or last N months of a year; without a year, the year stated in the sentence ("this year": or the one before)',
  example: 'the first six months of 2024',
  data: 'src/data/english-periods.ts',
  pattern: MONTHS_OF_YEAR_RE,
  extract(m, view): PeriodCandidate | null {
    const g = m.groups!;
    const edge = YEAR_EDGE[g.edge!];
    const n = readEnglishNumber(view, g.n!);
    if (!edge || n === null || n < 1 || n > 11) return null;
    // "the last six months" with no year counts back from the day of writing: no stated span.
    if (edge === 'last' && g.y === undefined && g.rel === undefined) return null;
    const y = yearOf(view, g.y, m, g.rel !== undefined);
    if (!y) return null;
    const span = edge === 'first' ? monthsSpan(y.year, 1, n) : monthsSpan(y.year, 13 - n, 12);
    if (!span) return null;
    return { start: m.index, end: m.index + m[0].length, from: span[0], to: span[1], rule: this.id, match: y.inferred ? 'inferred' : 'exact' };
  },
};

/**
 * Rule `english/quarter`: "the first quarter of 2023" (2023-01-01 … 2023-03-31), "Q4 2019",
 * "Q1/2024", "the third quarter" (the year stated in its sentence), "the last quarter of this
 * year" (that year, or the one of the sentence before). A bare "last quarter" is relative and
 * left out.
 */
import { monthsSpan } from '../calendar.js';
import { QUARTER_RE, QUARTERS } from '../patterns.js';
import { yearOf, type EnglishPeriodRule, type PeriodCandidate } from '../period-rule.js';

export const quarter: EnglishPeriodRule = {
  id: 'english/quarter',
  entity: 'periods',
  description: 'A quarter of a year ("the first quarter of 2023", "Q4 2019"); without a year, the year stated in the sentence',
  example: 'in the first quarter of 2023',
  data: 'src/data/english-periods.ts',
  pattern: QUARTER_RE,
  extract(m, view): PeriodCandidate | null {
    const g = m.groups!;
    const q = g.qn !== undefined ? Number(g.qn) : QUARTERS[g.ord!];
    if (!q) return null;
    // "last quarter" on its own is the quarter before the day of writing.
    if ((g.ord === 'last' || g.ord === 'final') && g.y === undefined && g.rel === undefined) return null;
    const y = yearOf(view, g.y ?? g.qy, m, g.rel !== undefined);
    if (!y) return null;
    const span = monthsSpan(y.year, q * 3 - 2, q * 3);
    if (!span) return null;
    return { start: m.index, end: m.index + m[0].length, from: span[0], to: span[1], rule: this.id, match: y.inferred ? 'inferred' : 'exact' };
  },
};

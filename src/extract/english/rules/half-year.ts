/** Rule `english/half-year`: "the first half of 2023" (2023-01-01 … 2023-06-30), "the second half of this year", "H2 2019". */
import { monthsSpan } from '../calendar.js';
import { HALF_RE, HALVES } from '../patterns.js';
import { yearOf, type EnglishPeriodRule, type PeriodCandidate } from '../period-rule.js';

export const halfYear: EnglishPeriodRule = {
  id: 'english/half-year',
  entity: 'periods',
  description: 'The first or second half of a year ("this year": the year stated in the sentence or the one before)',
  example: 'the first half of 2023; H2 2019',
  data: 'src/data/english-periods.ts',
  pattern: HALF_RE,
  extract(m, view): PeriodCandidate | null {
    const g = m.groups!;
    const half = HALVES[g.half ?? g.h!];
    if (!half) return null;
    const y = yearOf(view, g.y ?? g.hy, m, g.rel !== undefined);
    if (!y) return null;
    const span = half === 1 ? monthsSpan(y.year, 1, 6) : monthsSpan(y.year, 7, 12);
    if (!span) return null;
    return { start: m.index, end: m.index + m[0].length, from: span[0], to: span[1], rule: this.id, match: y.inferred ? 'inferred' : 'exact' };
  },
};

/**
 * Rule `english/month-range`: two months joined by "from … to …", "between … and …" or a dash
 * ("from January to June 2023", "between March 2020 and May 2021", "January-June 2024"), or a
 * year to a month ("from 2011 to March 2015", GOLD "từ 2011 đến tháng 3/2015"): the first day …
 * the last day. A missing year comes from the later month, then from the sentence.
 */
import { isYear, monthsSpan, yearAround } from '../calendar.js';
import { monthOf, MONTH_RANGE_RE } from '../patterns.js';
import type { EnglishPeriodRule, PeriodCandidate } from '../period-rule.js';

export const monthRange: EnglishPeriodRule = {
  id: 'english/month-range',
  entity: 'periods',
  description: 'Two months joined by "from … to …", "between … and …" or a dash; a missing year from the later month, then from the sentence',
  example: 'from January to June 2023',
  data: 'src/data/english-periods.ts',
  pattern: MONTH_RANGE_RE,
  extract(m, view): PeriodCandidate | null {
    const g = m.groups!;
    const start = m.index;
    const end = m.index + m[0].length;
    let inferred = false;
    const later = (): number | null => {
      const y = g.y2 ?? g.dy;
      if (y !== undefined) return Number(y);
      inferred = true;
      return yearAround(view.text, view.sentences, start, end, false);
    };
    if (g.yy1 !== undefined) {
      // "from 2011 to March 2015": the whole first year.
      const y2 = later();
      const m2 = monthOf(g.m2!);
      const y1 = Number(g.yy1);
      if (y2 === null || !m2 || !isYear(y1)) return null;
      const span = monthsSpan(y1, 1, m2, y2);
      return span ? { start, end, from: span[0], to: span[1], rule: this.id, match: inferred ? 'inferred' : 'exact' } : null;
    }
    const m1 = monthOf(g.m1 ?? g.d1!);
    const m2 = monthOf(g.m2 ?? g.d2!);
    const y2 = later();
    if (!m1 || !m2 || y2 === null) return null;
    const y1 = g.y1 !== undefined ? Number(g.y1) : m1 <= m2 ? y2 : y2 - 1;
    const span = monthsSpan(y1, m1, m2, y2);
    return span ? { start, end, from: span[0], to: span[1], rule: this.id, match: inferred ? 'inferred' : 'exact' } : null;
  },
};

/**
 * Rule `english/year-span`: two years joined by "from … to …", "between … and …" or a dash
 * ("from 2016 to 2020", "the 2021-2026 term", "(1930-2020)"): the first day of the first year
 * … the last day of the second (GOLD "(Y1-Y2)", "giai đoạn Y1-Y2"). The second year must come
 * after the first; a dash pair more than 100 years apart is no span.
 */
import { isYear } from '../calendar.js';
import { YEAR_SPAN_RE } from '../patterns.js';
import type { EnglishPeriodRule, PeriodCandidate } from '../period-rule.js';

export const yearSpan: EnglishPeriodRule = {
  id: 'english/year-span',
  entity: 'periods',
  description: 'Two years joined by "from … to …", "between … and …" or a dash, with or without "period", "term"',
  example: 'from 2016 to 2020; the 2021-2026 term',
  data: 'src/data/english-periods.ts',
  pattern: YEAR_SPAN_RE,
  extract(m): PeriodCandidate | null {
    const g = m.groups!;
    const y1 = Number(g.y1 ?? g.b1);
    const y2 = Number(g.y2 ?? g.b2);
    if (!isYear(y1) || !isYear(y2) || y2 <= y1 || y2 - y1 > 100) return null;
    return { start: m.index, end: m.index + m[0].length, from: `${y1}-01-01`, to: `${y2}-12-31`, rule: this.id, match: 'exact' };
  },
};

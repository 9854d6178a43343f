/**
 * Rule `english/date-range`: two days joined by "from … to …", "between … and …" or a dash
 * ("from March 1 to March 15, 2024", "March 1-15, 2024", "1–15 March 2024", "from March 1 to 15,
 * 2024"): the two days. A missing month comes from the other day, a missing year from the later
 * day, then from the sentence; impossible days are refused.
 */
import { isoDay, yearAround } from '../calendar.js';
import { DATE_RANGE_RE, monthOf } from '../patterns.js';
import type { EnglishPeriodRule, PeriodCandidate } from '../period-rule.js';

export const dateRange: EnglishPeriodRule = {
  id: 'english/date-range',
  entity: 'periods',
  description: 'Two days joined by "from … to …", "between … and …" or a dash; a missing month or year from the other day, then from the sentence',
  example: 'from March 1 to March 15, 2024; March 1-15, 2024',
  data: 'src/data/english-periods.ts',
  pattern: DATE_RANGE_RE,
  extract(m, view): PeriodCandidate | null {
    const g = m.groups!;
    const start = m.index;
    const end = m.index + m[0].length;
    let d1: number, d2: number, m1: number | undefined, m2: number | undefined, y1: string | undefined, y2: string | undefined;
    if (g.open !== undefined && (g.d1a ?? g.d1b) !== undefined) {
      d1 = Number(g.d1a ?? g.d1b);
      m1 = monthOf(g.m1a ?? g.m1b!);
      y1 = g.y1;
      if (g.d2c !== undefined) {
        d2 = Number(g.d2c);
        m2 = m1;
        y2 = g.y2c;
      } else {
        d2 = Number(g.d2a ?? g.d2b);
        m2 = monthOf(g.m2a ?? g.m2b!);
        y2 = g.y2;
      }
    } else if (g.da1 !== undefined) {
      [d1, d2, m1, m2, y2] = [Number(g.da1), Number(g.da2), monthOf(g.ma!), monthOf(g.ma!), g.ya];
    } else if (g.db1 !== undefined) {
      [d1, d2, m1, m2, y2] = [Number(g.db1), Number(g.db2), monthOf(g.mb!), monthOf(g.mb!), g.yb];
    } else {
      [d1, d2, m1, m2, y2] = [Number(g.dc1), Number(g.dc2), monthOf(g.mc!), monthOf(g.mc!), g.yc];
    }
    if (!m1 || !m2) return null;
    const later = y2 !== undefined ? Number(y2) : y1 !== undefined ? Number(y1) : yearAround(view.text, view.sentences, start, end, false);
    if (later === null) return null;
    const first = y1 !== undefined ? Number(y1) : m1 <= m2 ? later : later - 1;
    const from = isoDay(first, m1, d1);
    const to = isoDay(later, m2, d2);
    if (!from || !to || from >= to) return null;
    return { start, end, from, to, rule: this.id, match: y2 === undefined && y1 === undefined ? 'inferred' : 'exact' };
  },
};

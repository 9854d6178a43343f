/** A full day on its own: "20/11/2020", "01-7-2019", "22.6.2020" (one separator throughout). */
import { isoDay } from './calendar.js';
import { DATE_END } from '../pattern-tools.js';
import type { PeriodRule } from './rule.js';

// "20/11/2020" | "1-7-2019" | "22.6.2020"; refuses digits, letters, "/" "." "," before
// (document numbers "202/2025/QH15", phone numbers "0912.345.678") and "/5" after.
const PATTERN = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}/.,])(?<d>\\d{1,2})(?<sep>[/.-])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4})${DATE_END}`, 'gu');

export const dateDay: PeriodRule = {
  id: 'date/day',
  entity: 'dates',
  description: 'A day written d/m/yyyy, d-m-yyyy or d.m.yyyy; impossible days (31/2) are refused',
  example: 'Sáng ngày 20/11/2020',
  pattern: PATTERN,
  extract(m) {
    const g = m.groups!;
    const value = isoDay(Number(g.y), Number(g.m), Number(g.d));
    if (!value) return null;
    return { kind: 'date', start: m.index, end: m.index + m[0].length, rule: this.id, match: 'exact', value };
  },
};

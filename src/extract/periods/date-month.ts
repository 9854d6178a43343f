/** A month of a year: "tháng 5/2020", "tháng 5 năm 2020", "tháng 05-2020", "T5/2020" → "2020-05". */
import { isoMonth } from './calendar.js';
import { B, DATE_END, OS, S } from '../pattern-tools.js';
import type { PeriodRule } from './rule.js';

// "tháng 5/2020" | "tháng 5 năm 2020" | "T5/2020" (upper-case T checked on the original text)
const PATTERN = new RegExp(`${B}(?:tháng${S}(?<m>\\d{1,2})(?:${OS}[/.-]${OS}|${S}năm${S})|t(?<tm>\\d{1,2})/)(?<y>\\d{4})${DATE_END}`, 'gu');

export const dateMonth: PeriodRule = {
  id: 'date/month',
  entity: 'dates',
  description: 'A month with its year',
  example: 'tháng 5/2020',
  pattern: PATTERN,
  extract(m, env) {
    const g = m.groups!;
    if (g.tm !== undefined && env.text[m.index] !== 'T') return null;
    const value = isoMonth(Number(g.y), Number(g.m ?? g.tm));
    if (!value) return null;
    return { kind: 'date', start: m.index, end: m.index + m[0].length, rule: this.id, match: 'exact', value };
  },
};

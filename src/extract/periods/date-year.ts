/** A year named on its own: "năm 2020" → "2020" ("năm Y" is a date, never a period: GOLD). */
import { isYear } from './calendar.js';
import { B, DATE_END, S } from '../pattern-tools.js';
import type { PeriodRule } from './rule.js';

// "năm 2020"; "kỷ niệm 75 năm" has no four-digit year after "năm" and gives nothing
const PATTERN = new RegExp(`${B}năm${S}(?<y>\\d{4})${DATE_END}`, 'gu');

export const dateYear: PeriodRule = {
  id: 'date/year',
  entity: 'dates',
  description: 'A year after "năm"',
  example: 'trong năm 2016',
  pattern: PATTERN,
  extract(m) {
    const y = Number(m.groups!.y);
    if (!isYear(y)) return null;
    return { kind: 'date', start: m.index, end: m.index + m[0].length, rule: this.id, match: 'exact', value: String(y) };
  },
};

/** "quý III/2019", "quý 2 năm 2020", "quý I" (year from the sentence) → the quarter's first … last day. */
import { QUARTER_NUMERALS, QUARTER_WORDS, RELATIVE_YEAR_WORDS, NEARBY_YEAR_WORDS } from '../../data/period-vocabulary.js';
import { monthBounds } from './calendar.js';
import { foldAligned } from '../../text/fold.js';
import { alternation, B, DATE_END, E, OS, S } from '../pattern-tools.js';
import { yearNearby } from './years.js';
import type { PeriodRule } from './rule.js';

/** The relative years that take the year stated nearby, as written and folded. */
const NEARBY = new Set(NEARBY_YEAR_WORDS.flatMap((w) => [w, foldAligned(w)]));

const NUMERALS = Object.keys(QUARTER_NUMERALS).sort((a, b) => b.length - a.length).join('|');

// "quý III/2019", "quý I-2020", "quý 2 năm 2020", "Quý IV"; "quý I năm nay" is relative: left out
const PATTERN = new RegExp(
  `${B}(?:${alternation(QUARTER_WORDS)})${S}(?<q>${NUMERALS})(?:(?:${OS}[/-]${OS}|${S}năm${S})(?<y>\\d{4})${DATE_END}|${S}năm${S}(?<rel>${alternation(RELATIVE_YEAR_WORDS)})${E}|${E})`,
  'gu',
);

export const quarter: PeriodRule = {
  id: 'period/quarter',
  entity: 'periods',
  description: 'A quarter of a year in Roman or Arabic numerals; without a year, or with "năm nay"/"năm ngoái", the year stated in the same sentence, else in the one before',
  example: 'quý III/2019',
  data: 'src/data/period-vocabulary.ts',
  pattern: PATTERN,
  extract(m, env) {
    const g = m.groups!;
    // "năm nay", "năm ngoái" take the year stated nearby; "năm tới", "năm qua" … are left out.
    if (g.rel !== undefined && !NEARBY.has(g.rel)) return null;
    const q = QUARTER_NUMERALS[g.q!];
    if (q === undefined) return null;
    const start = m.index;
    const end = m.index + m[0].length;
    const stated = g.y === undefined ? null : Number(g.y);
    const year = stated ?? yearNearby(env, start, end);
    if (year === null) return null;
    const first = monthBounds(year, q * 3 - 2);
    const last = monthBounds(year, q * 3);
    if (!first || !last) return null;
    return { kind: 'period', start, end, rule: this.id, match: stated === null ? 'inferred' : 'exact', from: first[0], to: last[1] };
  },
};

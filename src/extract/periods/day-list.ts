/** "trong 3 ngày 4, 5 và 6-9-2019" → 2019-09-04 … 2019-09-06: consecutive days of one month listed as a span. */
import { isoDay } from './calendar.js';
import { backPattern, DATE_END, DIGITS_PATTERN, lookBack, NUMBER_WORDS_PATTERN, OS, readCount, S } from '../pattern-tools.js';
import { yearNearby } from './years.js';
import { num, type PeriodRule } from './rule.js';

// "ngày 4, 5 và 6-9-2019"; the anchor is "ngày".
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])ngày${S}(?<days>\\d{1,2}(?:${OS},${OS}\\d{1,2})*)(?:${OS},${OS}|${S}và${S})` +
    `(?<last>\\d{1,2})(?<sep>[/.-])(?<m>\\d{1,2})(?:\\k<sep>(?<y>\\d{4}))?${DATE_END}`,
  'gu',
);
// Before "ngày": "trong", a count of days, "các" ("trong 3 ngày", "trong hai ngày", "các ngày").
const BEFORE = backPattern(`(?<within>trong${S})?(?:(?<n>${DIGITS_PATTERN}|${NUMBER_WORDS_PATTERN})${S})?(?:các${S})?`);

export const dayList: PeriodRule = {
  id: 'period/day-list',
  entity: 'periods',
  description: 'Consecutive days of one month listed with "và" ("3 ngày 4, 5 và 6-9-2019"); a missing year comes from the sentence, else the one before',
  example: 'trong 3 ngày 4, 5 và 6-9-2019',
  pattern: PATTERN,
  extract(m, env) {
    const g = m.groups!;
    const days = [...g.days!.split(','), g.last!].map((d) => Number(d.trim()));
    // Only consecutive days make one span ("ngày 4 và 10/9" are two dates).
    for (let i = 1; i < days.length; i++) if (days[i] !== days[i - 1]! + 1) return null;
    const before = lookBack(env.lower, m.index, env.pattern(BEFORE));
    const n = before?.groups.n;
    if (n !== undefined && readCount(n, env.unaccented)?.value !== days.length) return null;
    // The mention starts at the count of days or "ngày" ("trong" is framing).
    const start = before && before.start < m.index ? before.start + (before.groups.within?.length ?? 0) : m.index;
    const end = m.index + m[0].length;
    let year = num(g.y);
    let inferred = false;
    if (Number.isNaN(year)) {
      const y = yearNearby(env, start, end);
      if (y === null) return null;
      year = y;
      inferred = true;
    }
    const month = num(g.m);
    const from = isoDay(year, month, days[0]!);
    const to = isoDay(year, month, days[days.length - 1]!);
    if (!from || !to) return null;
    return { kind: 'period', start, end, rule: this.id, match: inferred ? 'inferred' : 'exact', from, to };
  },
};

/** Calendar arithmetic for periods and dates: validated ISO strings, month ends, quarters. */
import { YEAR_RANGE } from '../../data/period-vocabulary.js';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** True for a year the rules accept (four digits within YEAR_RANGE). */
export function isYear(y: number): boolean {
  return Number.isInteger(y) && y >= YEAR_RANGE.min && y <= YEAR_RANGE.max;
}

/** Days in month `m` (1–12) of year `y`, leap years included. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `YYYY-MM-DD`, or null when the day does not exist (31/2, 29/2 of a common year, month 13). */
export function isoDay(y: number, m: number, d: number): string | null {
  if (!isYear(y) || !Number.isInteger(m) || m < 1 || m > 12 || !Number.isInteger(d) || d < 1) return null;
  if (d > daysInMonth(y, m)) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** `YYYY-MM`, or null when the month is not 1–12. */
export function isoMonth(y: number, m: number): string | null {
  if (!isYear(y) || !Number.isInteger(m) || m < 1 || m > 12) return null;
  return `${pad(y, 4)}-${pad(m)}`;
}

/** First and last day of month `m` of year `y`. */
export function monthBounds(y: number, m: number): [string, string] | null {
  const first = isoDay(y, m, 1);
  return first ? [first, isoDay(y, m, daysInMonth(y, m))!] : null;
}

/** First day of `y1` … last day of `y2`. */
export function yearBounds(y1: number, y2: number): [string, string] | null {
  return isYear(y1) && isYear(y2) ? [`${pad(y1, 4)}-01-01`, `${pad(y2, 4)}-12-31`] : null;
}

/**
 * The year of a day written without one ("ngày 28/12"): the year that puts it nearest to
 * the article date (news reports recent events, so "28/12" in an article of 2/1/2021 is
 * 2020-12-28). Null without an article date.
 */
export function yearNearDate(month: number, day: number, publishedAt: string | null): number | null {
  const pub = publishedAt ? Date.parse(`${publishedAt.slice(0, 10)}T00:00:00Z`) : NaN;
  if (Number.isNaN(pub)) return null;
  const y = new Date(pub).getUTCFullYear();
  let best: number | null = null;
  let bestGap = Infinity;
  for (const candidate of [y - 1, y, y + 1]) {
    const iso = isoDay(candidate, month, day);
    if (!iso) continue;
    const gap = Math.abs(Date.parse(`${iso}T00:00:00Z`) - pub);
    if (gap < bestGap) {
      bestGap = gap;
      best = candidate;
    }
  }
  return best;
}

/** Calendar arithmetic for the English period rules: ISO days, month ends, and the years a sentence states. */
import { YEAR_RANGE } from '../../data/period-vocabulary.js';
import type { Span } from '../../types.js';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const isYear = (y: number): boolean => Number.isInteger(y) && y >= YEAR_RANGE.min && y <= YEAR_RANGE.max;

const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** `YYYY-MM-DD`, or null when the day does not exist. */
export function isoDay(y: number, m: number, d: number): string | null {
  if (!isYear(y) || !Number.isInteger(m) || m < 1 || m > 12 || !Number.isInteger(d) || d < 1 || d > daysIn(y, m)) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** First day of month `m1` … last day of month `m2` of year `y` (or of `y2`). */
export function monthsSpan(y: number, m1: number, m2: number, y2 = y): [string, string] | null {
  const from = isoDay(y, m1, 1);
  const to = isYear(y2) && m2 >= 1 && m2 <= 12 ? isoDay(y2, m2, daysIn(y2, m2)) : null;
  return from && to && from <= to ? [from, to] : null;
}

/** The years written (as four digits) in [start, end) of the text. */
function yearsIn(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (const m of text.slice(start, end).matchAll(/(?<![\p{L}\p{N}])(\d{4})(?![\p{L}\p{N}])/gu)) {
    const y = Number(m[1]);
    if (isYear(y) && y >= 1900) out.push(y);
  }
  return out;
}

/** Index of the sentence holding `pos`, or -1. */
function sentenceIndex(sentences: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The one year stated in the sentence holding [start, end) outside it, or, with `before`, in the
 * sentence before when the sentence states none ("this year" takes its year from there, as GOLD
 * decides for "năm nay"); null when none or more than one.
 */
export function yearAround(text: string, sentences: readonly Span[], start: number, end: number, before: boolean): number | null {
  const i = sentenceIndex(sentences, start);
  const s = i >= 0 ? sentences[i]! : { start: Math.max(0, start - 200), end: Math.min(text.length, end + 200) };
  const own = [...yearsIn(text, s.start, start), ...yearsIn(text, end, s.end)];
  const distinct = [...new Set(own)];
  if (distinct.length === 1) return distinct[0]!;
  if (distinct.length > 1 || !before || i <= 0) return null;
  const prev = [...new Set(yearsIn(text, sentences[i - 1]!.start, sentences[i - 1]!.end))];
  return prev.length === 1 ? prev[0]! : null;
}

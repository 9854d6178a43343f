/** The years a sentence states, for a span or a day written without its own year. */
import type { Span } from '../../types.js';
import { sentenceAround } from '../pattern-tools.js';

/** A four-digit year inside a sentence (also the year of "19/8/2020"), not one inside a document number ("202/2025/QH15"). */
const YEAR_IN_TEXT = /(?<![\p{L}\p{M}\p{N}])(1[89]\d\d|2[01]\d\d)(?![\p{L}\p{M}\p{N}]|\/)/gu;

/** "SN 1990", "sinh năm 1990": a person's birth year, never the year of a span or a date. */
const BIRTH_YEAR_BEFORE = /(?:^|[^\p{L}\p{M}\p{N}])(?:sn|sinh(?:\s+năm)?)\s*$/iu;

/** The years stated in the sentence(s) around [start, end), outside the span itself and not birth years, with their offsets. */
function yearsAround(env: { text: string; sentences: readonly Span[] }, start: number, end: number): Array<{ year: number; start: number; end: number }> {
  const text = env.text;
  const sent = sentenceAround(env.sentences, start, end);
  const slice = text.slice(sent.start, sent.end);
  const out: Array<{ year: number; start: number; end: number }> = [];
  YEAR_IN_TEXT.lastIndex = 0;
  for (let m = YEAR_IN_TEXT.exec(slice); m; m = YEAR_IN_TEXT.exec(slice)) {
    const s = sent.start + m.index;
    const e = s + m[0].length;
    if ((s < end && e > start) || BIRTH_YEAR_BEFORE.test(text.slice(Math.max(0, s - 10), s))) continue;
    out.push({ year: Number(m[1]), start: s, end: e });
  }
  return out;
}

/**
 * The year stated nearest to [start, end) in the same sentence, outside the span itself
 * and not a birth year: GOLD gives a span without a year the year written elsewhere in
 * its sentence.
 */
export function yearInSentence(env: { text: string; sentences: readonly Span[] }, start: number, end: number): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const y of yearsAround(env, start, end)) {
    const distance = y.end <= start ? start - y.end : y.start - end;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = y.year;
    }
  }
  return best;
}

/**
 * The latest year stated in the sentence around [start, end) (not a birth year), for a day
 * written without its year when the article date is unknown: news reports the present, and
 * the other years of such a sentence are mostly history ("Sáng 5-5, … kỷ niệm 45 năm Ngày
 * truyền thống (5-5-1979 – 5-5-2024)" is 2024, not 1979).
 */
export function latestYearInSentence(env: { text: string; sentences: readonly Span[] }, start: number, end: number): number | null {
  let best: number | null = null;
  for (const y of yearsAround(env, start, end)) if (best === null || y.year > best) best = y.year;
  return best;
}


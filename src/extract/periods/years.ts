/** The years a sentence states, for a span or a day written without its own year. */
import type { Span } from '../../types.js';
import { alternation, sentenceAround } from '../pattern-tools.js';
import { COMPARISON_CUES } from '../../data/period-vocabulary.js';

/** A four-digit year inside a sentence (also the year of "19/8/2020"), not one inside a document number ("202/2025/QH15"). */
const YEAR_IN_TEXT = /(?<![\p{L}\p{M}\p{N}])(1[89]\d\d|2[01]\d\d)(?![\p{L}\p{M}\p{N}]|\/)/gu;

/** "SN 1990", "sinh năm 1990": a person's birth year, never the year of a span or a date. */
const BIRTH_YEAR_BEFORE = /(?:^|[^\p{L}\p{M}\p{N}])(?:sn|sinh(?:\s+năm)?)\s*$/iu;

/** "so với năm 2019", "cùng kỳ năm 2019": a year compared with, never the year of a span written without its own. */
const COMPARED_YEAR_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{M}\\p{N}])(?:${alternation(COMPARISON_CUES)})(?:\\s+năm)?\\s*$`, 'u');

interface Year {
  year: number;
  start: number;
  end: number;
  /** Stated as the term of a comparison ("so với năm 2019"). */
  compared: boolean;
}

/** The years a sentence (or a run of sentences) states, birth years left out: in text order, and largest first. */
export interface SentenceYears {
  inOrder: Year[];
  byValue: Year[];
}

type Env = { text: string; lower: string; pattern(re: RegExp): RegExp; sentences: readonly Span[]; years: Map<string, SentenceYears>; publishedAt?: string | null };

/**
 * The years of the sentence(s) around [start, end), not birth years, read once per sentence:
 * a sentence of thousands of spans ("quý III/" repeated) is scanned once, not once per span.
 */
function sentenceYears(env: Env, start: number, end: number): SentenceYears {
  const sent = sentenceAround(env.sentences, start, end);
  const key = `${sent.start}:${sent.end}`;
  let ys = env.years.get(key);
  if (ys) return ys;
  const text = env.text;
  const slice = text.slice(sent.start, sent.end);
  const inOrder: Year[] = [];
  YEAR_IN_TEXT.lastIndex = 0;
  for (let m = YEAR_IN_TEXT.exec(slice); m; m = YEAR_IN_TEXT.exec(slice)) {
    const s = sent.start + m.index;
    if (env.pattern(BIRTH_YEAR_BEFORE).test(env.lower.slice(Math.max(0, s - 10), s))) continue;
    const compared = env.pattern(COMPARED_YEAR_BEFORE).test(env.lower.slice(Math.max(0, s - 20), s));
    inOrder.push({ year: Number(m[1]), start: s, end: s + m[0].length, compared });
  }
  // Largest first; among equal years, the first in the text first.
  const byValue = [...inOrder].sort((a, b) => b.year - a.year || a.start - b.start);
  env.years.set(key, (ys = { inOrder, byValue }));
  return ys;
}

const overlaps = (y: Year, start: number, end: number): boolean => y.start < end && y.end > start;

/**
 * The year stated nearest to [start, end) in the same sentence, outside the span itself
 * and not a birth year: GOLD gives a span without a year the year written elsewhere in
 * its sentence. On a tie the year before the span wins.
 */
export function yearInSentence(env: Env, start: number, end: number, skipCompared = false): number | null {
  const all = sentenceYears(env, start, end).inOrder;
  const ys = skipCompared ? all.filter((y) => !y.compared) : all;
  // First year that starts at or after `start` (binary search); the nearest lie on either side of it.
  let lo = 0;
  let hi = ys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ys[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  let before: Year | null = null;
  for (let i = lo - 1; i >= 0; i--) {
    if (!overlaps(ys[i]!, start, end)) {
      before = ys[i]!;
      break;
    }
  }
  let after: Year | null = null;
  for (let i = lo; i < ys.length; i++) {
    if (!overlaps(ys[i]!, start, end)) {
      after = ys[i]!;
      break;
    }
  }
  const db = before ? (before.end <= start ? start - before.end : before.start - end) : Infinity;
  const da = after ? (after.end <= start ? start - after.end : after.start - end) : Infinity;
  if (!before && !after) return null;
  return db <= da ? before!.year : after!.year;
}

/**
 * The year a period written without its own takes (GOLD.md: "năm nay", "năm ngoái" and spans
 * with no year take the year stated in the same sentence, or else in the sentence before):
 * the year stated nearest to it in its sentence, else the last one stated in the sentence
 * before (of several different ones there, the article's own year when it is one of them).
 * Neither a birth year nor a year compared with ("so với năm 2019") counts.
 */
export function yearNearby(env: Env, start: number, end: number): number | null {
  const own = yearInSentence(env, start, end, true);
  if (own !== null) return own;
  const sent = sentenceAround(env.sentences, start, end);
  const prev = previousSentence(env.sentences, sent.start);
  if (!prev) return null;
  const ys = sentenceYears(env, prev.start, prev.end).inOrder.filter((y) => !y.compared);
  if (!ys.length) return null;
  // "… dịp Tết 2017 là 29 người/ngày, dịp Tết năm 2016 là 33 người/ngày. … (từ 26/1 - 1/2)": of
  // several years stated side by side, the one the article is dated in is the one it reports on.
  const published = env.publishedAt ? Number(env.publishedAt.slice(0, 4)) : null;
  if (published !== null && new Set(ys.map((y) => y.year)).size > 1 && ys.some((y) => y.year === published)) return published;
  return ys[ys.length - 1]!.year;
}

/** The sentence that ends at or before `pos` (the last such one), or null. */
function previousSentence(sentences: readonly Span[], pos: number): Span | null {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sentences[lo - 1]! : null;
}

/**
 * The latest year stated in the sentence around [start, end) (not a birth year), for a day
 * written without its year when the article date is unknown: news reports the present, and
 * the other years of such a sentence are mostly history ("Sáng 5-5, … kỷ niệm 45 năm Ngày
 * truyền thống (5-5-1979 – 5-5-2024)" is 2024, not 1979).
 */
export function latestYearInSentence(env: Env, start: number, end: number): number | null {
  for (const y of sentenceYears(env, start, end).byValue) if (!overlaps(y, start, end)) return y.year;
  return null;
}

/**
 * Small tools shared by the rules that scan the lower-cased text with patterns (periods, dates,
 * awards): Unicode word boundaries, vocabulary joined into patterns (longest first, both
 * tone-mark styles), sentence bounds, and reading a count written in digits or words.
 *
 * Why lower case and not the folded text: folding merges words these rules must keep
 * apart ("tháng" month / "thắng" won, "năm" year / "Nam", "tuyên dương" praise /
 * "tuyến đường" route). Lower-casing keeps diacritics and offsets.
 */
import type { Span } from '../types.js';
import { TONE_PLACEMENT_PAIRS } from '../data/tone-marks.js';
import { NUMBER_WORDS } from '../data/number-words.js';
import { parseVietnameseNumber } from '../text/number-words.js';
import { escapeRegExp } from '../text/patterns.js';

/**
 * Start of a word: no letter, mark or digit before. In front of an alternation this
 * lookbehind is costly (tried at every position); patterns scanned over a whole article
 * start with their literal anchor and check the boundary with `startsWord` instead.
 */
export const B = '(?<![\\p{L}\\p{M}\\p{N}])';
/** End of a word: no letter, mark or digit after. */
export const E = '(?![\\p{L}\\p{M}\\p{N}])';
/** End of a date or number: also refuses "/5", ".5", "-5" after it (document numbers, phone numbers). */
export const DATE_END = '(?![\\p{L}\\p{M}\\p{N}]|[/.-]\\d)';
/** White space inside one line (a period never spans a paragraph break). */
export const S = '[^\\S\\n]+';
/** Optional white space inside one line. */
export const OS = '[^\\S\\n]*';
/** A dash between two ends of a span: hyphen, en dash, em dash, with optional spaces. */
export const DASH = `${OS}[-–—]${OS}`;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** True when a word may start at `i` of `s` (no letter, mark or digit before it). */
export function startsWord(s: string, i: number): boolean {
  return i === 0 || !WORD_CHAR.test(s[i - 1]!);
}


const OLD_TO_NEW = new Map(TONE_PLACEMENT_PAIRS.map(([o, n]) => [o, n]));
const NEW_TO_OLD = new Map(TONE_PLACEMENT_PAIRS.map(([o, n]) => [n, o]));
const OLD_RE = new RegExp(`(${TONE_PLACEMENT_PAIRS.map(([o]) => o).join('|')})(?![\\p{L}\\p{M}])`, 'gu');
const NEW_RE = new RegExp(`(?<!q)(${TONE_PLACEMENT_PAIRS.map(([, n]) => n).join('|')})(?![\\p{L}\\p{M}])`, 'gu');

/** The spellings of a lower-case phrase in both tone-mark styles ("thừa ủy quyền", "thừa uỷ quyền"). */
export function toneStyles(phrase: string): string[] {
  const s = phrase.normalize('NFC').toLowerCase();
  const asNew = s.replace(OLD_RE, (g) => OLD_TO_NEW.get(g) ?? g);
  const asOld = s.replace(NEW_RE, (g) => NEW_TO_OLD.get(g) ?? g);
  return [...new Set([s, asNew, asOld])];
}

/** Joins phrases into one alternation: longest first, both tone styles, spaces match any in-line white space. */
export function alternation(phrases: readonly string[]): string {
  const all = new Set<string>();
  for (const p of phrases) for (const v of toneStyles(p)) all.add(v);
  return [...all]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((p) => escapeRegExp(p).replace(/ /g, S))
    .join('|');
}

/** Maps each spelling (both tone styles) of each alias to its entry. */
export function aliasIndex<T>(entries: readonly T[], aliasesOf: (e: T) => readonly string[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const e of entries) for (const a of aliasesOf(e)) for (const v of toneStyles(a)) map.set(v, e);
  return map;
}

/** Collapses the white space of a matched (lower-case) slice, to look it up in an alias index. */
export function key(slice: string): string {
  return slice.replace(/\s+/g, ' ');
}

/**
 * The sentence(s) around [start, end), from the parse stage's spans (sorted, disjoint):
 * from the sentence holding `start` to the one holding `end - 1`. A position between two
 * sentences (white space) belongs to the next one.
 */
export function sentenceAround(sentences: readonly Span[], start: number, end: number): Span {
  const first = sentenceIndexAt(sentences, start);
  const last = sentenceIndexAt(sentences, Math.max(start, end - 1));
  const a = sentences[first];
  const b = sentences[last];
  if (!a || !b) return { start, end };
  return { start: Math.min(a.start, start), end: Math.max(b.end, end) };
}

/** Index of the last sentence starting at or before `pos` (binary search). */
function sentenceIndexAt(sentences: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const s = sentences[found];
  // Past the end of that sentence (white space before the next): the next one.
  return s && pos >= s.end && found + 1 < sentences.length ? found + 1 : found;
}

const NUMBER_WORD = alternation(NUMBER_WORDS.map((w) => w.word));
/** A run of numeral words ("ba mươi tám"), boundaries included. */
export const NUMBER_WORDS_PATTERN = `${B}(?:${NUMBER_WORD})(?:${S}(?:${NUMBER_WORD}))*${E}`;
/** A count in digits: "38", "05", "1.750" (dot as thousands separator). */
export const DIGITS_PATTERN = `${B}(?:\\d{1,3}(?:\\.\\d{3})+|\\d{1,6})(?![\\p{L}\\p{M}\\p{N}]|[.,]\\d)`;

/**
 * Reads a count written in digits or words. For words, the longest well-formed numeral
 * that ends the run wins ("sau hai" → 2: "sau" is not a numeral); `offset` says where it
 * starts inside `raw`. `folded`: the words may be written without diacritics ("sau" is then
 * sáu; see `parseVietnameseNumber`).
 */
export function readCount(raw: string, folded = false): { value: number; offset: number; words: boolean } | null {
  if (/^\d/.test(raw)) {
    const value = Number(raw.replace(/\./g, ''));
    return Number.isSafeInteger(value) ? { value, offset: 0, words: false } : null;
  }
  const re = /\S+/g;
  const starts: number[] = [];
  const words: string[] = [];
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    starts.push(m.index);
    words.push(m[0]);
  }
  for (let i = 0; i < words.length; i++) {
    const value = parseVietnameseNumber(words.slice(i), folded);
    if (value !== null) return { value, offset: starts[i]!, words: true };
  }
  return null;
}

/** The word that ends just before `i` (white space skipped), with its start; '' at the text start. */
export function previousWord(s: string, i: number): { word: string; start: number } {
  let end = i;
  while (end > 0 && /\s/.test(s[end - 1]!)) end--;
  let start = end;
  while (start > 0 && !/\s/.test(s[start - 1]!)) start--;
  return { word: s.slice(start, end), start };
}

/** How far back a look-back reads (longer than any leading phrase: "trong ba mươi mốt ngày"). */
const LOOK_BACK_WINDOW = 48;

/**
 * Reads the words just before `at` with `re` (anchored with `$`): the optional leading part
 * of an expression ("từ", "ngày", "nhiệm kỳ", a count), looked at only where the anchor of
 * a pattern matched. Keeping it out of the main pattern keeps every pattern starting with
 * a digit or a literal word, which is what makes one scan of an article cheap.
 */
export function lookBack(lower: string, at: number, re: RegExp): { start: number; groups: Record<string, string | undefined> } | null {
  const from = Math.max(0, at - LOOK_BACK_WINDOW);
  const m = re.exec(lower.slice(from, at));
  return m ? { start: from + m.index, groups: m.groups ?? {} } : null;
}

/** Compiles a look-back pattern: word boundary before, anchored at the end. */
export function backPattern(source: string): RegExp {
  return new RegExp(`${B}${source}$`, 'u');
}

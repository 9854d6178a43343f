/**
 * Counts and ordinals of English text: digits ("15", "1,750", "05") are read directly; words
 * ("fifteen", "twenty-one", "fifth") by compromise, one short phrase at a time (a whole article
 * through compromise's number parser costs tens of milliseconds; one phrase about 4 ms, and only
 * the few phrases a rule matched are read). Answers are kept in the article's memo.
 */
import nlp from 'compromise';
import { memoKey, type ArticleView } from '../article-view.js';
import { ENGLISH_HUNDRED_WORDS, ENGLISH_ORDINAL_WORDS, ENGLISH_TENS_WORDS, ENGLISH_UNIT_WORDS } from '../../data/english-numbers.js';

const WORD_NUMBERS = memoKey<Map<string, number | null>>('english number words');

/** The whole number written by `raw` (digits, words, an ordinal), or null. */
export function readEnglishNumber(view: ArticleView, raw: string): number | null {
  const s = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  const digits = /^(\d[\d,]*)(?:st|nd|rd|th)?$/.exec(s);
  if (digits) {
    const d = digits[1]!;
    if (d.includes(',') && !/^\d{1,3}(?:,\d{3})+$/.test(d)) return null;
    const n = Number(d.replace(/,/g, ''));
    return Number.isSafeInteger(n) ? n : null;
  }
  const memo = view.memo(WORD_NUMBERS, () => new Map<string, number | null>());
  if (memo.has(s)) return memo.get(s)!;
  const values = nlp(s).numbers().get() as unknown[];
  const n = values.length === 1 && typeof values[0] === 'number' && Number.isSafeInteger(values[0]) ? values[0] : null;
  memo.set(s, n);
  return n;
}

const alt = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');
const FIRST_NINE = (words: readonly string[]) => words.slice(0, 9);
const WORD = `(?:(?:${alt(ENGLISH_TENS_WORDS)})(?:-(?:${alt(FIRST_NINE(ENGLISH_UNIT_WORDS))}))?|${alt(ENGLISH_HUNDRED_WORDS)}|${alt(ENGLISH_UNIT_WORDS)})`;

/** A count in digits ("15", "1,750", "05") or words ("fifteen", "a hundred and five"), word boundaries left to the caller. */
export const COUNT = `(?:\\d{1,3}(?:,\\d{3})+|\\d{1,6}|${WORD}(?:\\s+(?:and\\s+)?${WORD})*)`;
/** An ordinal in digits ("5th") or words ("fifth", "twenty-first"). */
export const ORDINAL = `(?:\\d{1,2}(?:st|nd|rd|th)|(?:${alt(ENGLISH_TENS_WORDS)})-(?:${alt(FIRST_NINE(ENGLISH_ORDINAL_WORDS))})|${alt(ENGLISH_ORDINAL_WORDS)})`;

/** Small helpers for building regular expressions from word lists (data → patterns, once per process). */
import { foldAligned } from './fold.js';

/** Escapes every character that has a meaning in a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Joins words into one alternation, longest first (so "Tin liên quan" wins over "Tin"),
 * each space matching `space` (default: any run of white space, or none).
 */
export function wordAlternation(words: readonly string[], space = '\\s*'): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, space))
    .join('|');
}

const foldedTwins = new WeakMap<RegExp, RegExp>();

/**
 * The twin of a pattern written with Vietnamese marks, for folded text (lower case, no marks,
 * đ → d: `foldAligned`): every character outside ASCII in its source is folded ("tháng" →
 * "thang", "đến" → "den"); ASCII, and so every escape and class, is left alone. Compiled once
 * per pattern. Folding merges words ("năm" and "Nam"), so only text that has no marks to tell
 * them apart (an article written without diacritics) is read with a twin.
 */
export function foldedPattern(re: RegExp): RegExp {
  let twin = foldedTwins.get(re);
  if (!twin) {
    let src = '';
    for (const ch of re.source) src += ch.charCodeAt(0) < 0x80 ? ch : foldAligned(ch);
    twin = new RegExp(src, re.flags);
    foldedTwins.set(re, twin);
  }
  return twin;
}

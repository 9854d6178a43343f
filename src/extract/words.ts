/**
 * The syllables of an article: the word tokens of its one tokenisation, with the text between
 * two of them as their separator ("TP.HCM" is "TP", "HCM" with "." between). The province and
 * cluster rules read these. A window [lo, hi) of them stands for a part of the text (a position
 * phrase, a few tokens after a place word): words outside it do not exist for a window's reader.
 */
import type { Tokens } from '../text/tokens.js';
import { memoKey, type ArticleView } from './article-view.js';

export interface Words {
  t: Tokens;
  /** Token index of each word. */
  tok: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  length: number;
  /** First word of the window, and the word after its last. */
  lo: number;
  hi: number;
}

/** The word tokens of `t`. */
export function wordsOf(t: Tokens): Words {
  let n = 0;
  for (let k = 0; k < t.n; k++) n += t.word[k]!;
  const tok = new Int32Array(n);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  let w = 0;
  for (let k = 0; k < t.n; k++) {
    if (!t.word[k]) continue;
    tok[w] = k;
    starts[w] = t.start[k]!;
    ends[w] = t.end[k]!;
    w++;
  }
  return { t, tok, starts, ends, length: n, lo: 0, hi: n };
}

/** First word at or after `pos` (binary search over starts). */
export function wordAtOrAfter(W: Words, pos: number): number {
  let lo = 0;
  let hi = W.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (W.starts[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The window of `W` holding the words that lie inside [from, to). */
export function windowOf(W: Words, from: number, to: number): Words {
  const lo = wordAtOrAfter(W, from);
  let hi = lo;
  while (hi < W.length && W.ends[hi]! <= to) hi++;
  return { ...W, lo, hi };
}

/** Folded word i (its token key). */
export const wordKey = (W: Words, i: number): string => W.t.key[W.tok[i]!]!;

/** Is word i, inside the window, exactly the folded word `w`? */
export const wordIs = (W: Words, i: number, w: string): boolean => i >= W.lo && i < W.hi && wordKey(W, i) === w;

/** Separator (folded text) between word i-1 and word i. */
export const gapBefore = (W: Words, i: number): string => W.t.folded.slice(W.ends[i - 1], W.starts[i]);

/** Original text of word i. */
export const wordText = (W: Words, i: number): string => W.t.text.slice(W.starts[i], W.ends[i]);

const WORDS = memoKey<Words>('words');

/** The words of an article, cut once per article from its tokens. */
export const viewWords = (view: ArticleView): Words => view.memo(WORDS, () => wordsOf(view.tokens));

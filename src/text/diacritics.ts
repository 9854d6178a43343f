/**
 * Is an article Vietnamese written without diacritics ("Dai ta Ho Van Tu, Pho Giam doc Cong an
 * tinh Nghe An")? Decided once per article from its words, so that one stray unaccented word in
 * accented text ("Ha Noi" in an English quote, a brand name) never switches matching to folded
 * forms, where "năm Đinh Dậu" would read as Nam Định.
 *
 * The words counted are the ordinary ones: letters only, not all capitals (acronyms such as UBND
 * carry no marks in any text), with the shape of a Vietnamese syllable, marked or not. In
 * accented press most of them carry a mark (measured: 0.73–0.94 of them in the seeds, the
 * fixture articles and the round-1 real articles); stripped of its marks an article has none. The text reads as unaccented
 * when at least MIN_WORDS such words are counted and fewer than MAX_MARKED_SHARE of them carry
 * a mark, so a few marked words (a quoted name, a title typed with marks) do not matter.
 */
import { ALL_CAPS, type Tokens } from './tokens.js';
import { isBareVietnameseSyllable, isVietnameseSyllable } from './vietnamese-syllable.js';

/** Fewest Vietnamese-shaped words a text must have to be judged (a headline of three words is not). */
export const MIN_WORDS = 8;
/** Share of marked words below which a text is read as written without diacritics. */
export const MAX_MARKED_SHARE = 0.1;

/**
 * How many ordinary Vietnamese-shaped words the tokens hold, and how many of them carry a mark.
 * With `decidedAt`, the count stops as soon as that test of the counts so far and the tokens left
 * says the answer can no longer change (the counts are then partial).
 */
export function diacriticEvidence(t: Tokens, decidedAt?: (words: number, marked: number, left: number) => boolean): { words: number; marked: number } {
  let words = 0;
  let marked = 0;
  for (let k = 0; k < t.n; k++) {
    if (decidedAt && (k & 31) === 0 && decidedAt(words, marked, t.n - k)) break;
    if (!t.word[k] || t.kase[k] === ALL_CAPS) continue;
    const a = t.start[k]!;
    const b = t.end[k]!;
    let ascii = true;
    let digit = false;
    for (let p = a; p < b; p++) {
      const c = t.text.charCodeAt(p);
      if (c >= 0x80) ascii = false;
      else if (c >= 48 && c <= 57) digit = true;
    }
    if (digit) continue;
    const w = t.text.slice(a, b);
    if (ascii) {
      if (isBareVietnameseSyllable(w)) words++;
    } else if (isVietnameseSyllable(w)) {
      words++;
      marked++;
    }
  }
  return { words, marked };
}

/** Whether the tokens read as Vietnamese written without diacritics (see the module comment). */
export function readsWithoutDiacritics(t: Tokens): boolean {
  // Each token left adds at most one word: once the marked words reach the share of every word
  // there could still be, the text reads as accented whatever follows (in accented press, after
  // about a sixth of the words).
  const { words, marked } = diacriticEvidence(t, (w, m, left) => m >= (w + left) * MAX_MARKED_SHARE && m > 0);
  return words >= MIN_WORDS && marked < words * MAX_MARKED_SHARE;
}

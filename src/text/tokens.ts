/**
 * The one tokeniser of vnews: an article's text cut once into syllables (letters, digits and
 * marks; an apostrophe between two letters joins, as in "H'Hen") and single punctuation
 * characters, with each word's case, the kind of white space before every token, and each
 * token's folded key (lower case, no diacritics, đ → d, every dash "-"). Every recogniser reads
 * these tokens through the article view; none cuts the text again.
 *
 * One hand-written pass: a regex with `\p{L}` is several times slower on Vietnamese text. No
 * state survives a call: the arrays belong to the returned tokens, and the only tables shared
 * between calls (character classes, the syllable index) are immutable once built.
 */

/** Case of a word token. */
export const LOWER = 0;
/** First letter upper case, not all capitals ("Nguyễn", "Y", "ThS"). */
export const CAPITALISED = 1;
/** Two or more letters, all capitals ("UBND", "PGĐ"). */
export const ALL_CAPS = 2;

/** White space before a token. */
export const GAP_NONE = 0;
export const GAP_SPACE = 1;
export const GAP_NEWLINE = 2;

export interface Tokens {
  text: string;
  /** `foldAligned(text)`. */
  folded: string;
  n: number;
  start: Int32Array;
  end: Int32Array;
  /** Folded text of each token (lower case, no diacritics, đ → d; every dash is "-"). */
  key: string[];
  /** 1 for words, 0 for punctuation. */
  word: Uint8Array;
  /** LOWER, CAPITALISED or ALL_CAPS (words only). */
  kase: Uint8Array;
  /** GAP_NONE, GAP_SPACE or GAP_NEWLINE. */
  gap: Uint8Array;
  /** Per token: the number the syllable index gives its key (the same in every article), or -1. */
  id: Int32Array;
  /**
   * The text is Vietnamese written without diacritics (decided once per article by the article
   * view, src/text/diacritics.ts): a word written with no mark at all then verifies as any
   * listed word it folds to. False for every other text, and for tokens of a phrase cut alone.
   */
  unaccented: boolean;
}

/**
 * Folded syllables known in advance (the lexicon's), numbered: a token whose key is one of
 * them gets its number and the shared string instead of a fresh slice, so later lookups by
 * number need no hashing. Built once, never changed.
 */
export interface SyllableIndex {
  /** Number of `folded.slice(i, j)`, or -1; `h` is its hash (see `syllableHash`). */
  find(folded: string, i: number, j: number, h: number): number;
  /** The key string of a number. */
  key(id: number): string;
}

/** Hash of a folded key as the tokeniser computes it while scanning: h = h * 31 + code, 32 bits, from 0. */
export function syllableHash(s: string, i = 0, j = s.length): number {
  let h = 0;
  for (let p = i; p < j; p++) h = (Math.imul(h, 31) + s.charCodeAt(p)) | 0;
  return h;
}

/** An immutable open-addressing index over a list of folded keys (numbered in list order). */
export function buildSyllableIndex(keys: readonly string[]): SyllableIndex {
  let size = 1024;
  while (size < keys.length * 3) size <<= 1;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  const hashes = new Int32Array(keys.length);
  keys.forEach((k, id) => {
    const h = syllableHash(k);
    hashes[id] = h;
    let slot = h & mask;
    while (slots[slot] !== -1) slot = (slot + 1) & mask;
    slots[slot] = id;
  });
  return {
    find(folded, i, j, h) {
      const len = j - i;
      for (let slot = h & mask; ; slot = (slot + 1) & mask) {
        const id = slots[slot]!;
        if (id === -1) return -1;
        if (hashes[id] !== h) continue;
        const s = keys[id]!;
        if (s.length !== len) continue;
        let q = 0;
        while (q < len && s.charCodeAt(q) === folded.charCodeAt(i + q)) q++;
        if (q === len) return id;
      }
    },
    key: (id) => keys[id]!,
  };
}

const NO_SYLLABLES: SyllableIndex = { find: () => -1, key: () => '' };

const NON_ASCII_WORD = /[\p{L}\p{M}\p{N}]/u;
const CLASS_LIMIT = 0x2000;
// Per UTF-16 unit below CLASS_LIMIT (Latin, Vietnamese, combining marks, general punctuation):
// bit 1 word character, bit 2 upper-case letter. Filled once at load; above the limit the
// class is asked of the regex each time (such characters are rare in this text).
const CLASS = new Uint8Array(CLASS_LIMIT);
for (let c = 0; c < CLASS_LIMIT; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = (NON_ASCII_WORD.test(ch) ? 1 : 0) | (ch !== ch.toLowerCase() ? 2 : 0);
}

function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c < CLASS_LIMIT) return (CLASS[c]! & 1) !== 0;
  return NON_ASCII_WORD.test(String.fromCharCode(c));
}

function isUpperCode(c: number): boolean {
  if (c < 0x80) return c >= 65 && c <= 90;
  if (c < CLASS_LIMIT) return (CLASS[c]! & 2) !== 0;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

/** Whether the character at `i` of `s` is part of a word (a letter, mark or digit). */
export function isWordCharAt(s: string, i: number): boolean {
  return isWordCode(s.charCodeAt(i));
}

function isLetterCode(c: number): boolean {
  return isWordCode(c) && !(c >= 48 && c <= 57);
}

/** "'" or "’" (a comparison, not a set lookup: this is asked at the end of every word). */
function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

/** Keys longer than this are never in the syllable index (no data word is that long). */
const MAX_INDEXED_LENGTH = 16;

/**
 * Tokens of `text`; `folded` is `foldAligned(text)` (same length). `syllables` numbers the
 * keys it knows (the lexicon's); without it every id is -1. `unaccented`: see `Tokens`.
 */
export function tokenize(text: string, folded: string, syllables: SyllableIndex = NO_SYLLABLES, unaccented = false): Tokens {
  const len = text.length;
  // Sized for the usual density (about one token per four characters), grown when exceeded.
  let cap = (len >> 2) + 64;
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let word = new Uint8Array(cap);
  let kase = new Uint8Array(cap);
  let gap = new Uint8Array(cap);
  let id = new Int32Array(cap);
  const key: string[] = [];
  let n = 0;
  let g = GAP_NONE;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c <= 32 && (c === 32 || c === 10 || c === 9 || c === 13)) {
      if (c === 10) g = GAP_NEWLINE;
      else if (g === GAP_NONE) g = GAP_SPACE;
      i++;
      continue;
    }
    if (n === cap) {
      cap *= 2;
      const grow = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
      start = grow(start, new Int32Array(cap));
      end = grow(end, new Int32Array(cap));
      word = grow(word, new Uint8Array(cap));
      kase = grow(kase, new Uint8Array(cap));
      gap = grow(gap, new Uint8Array(cap));
      id = grow(id, new Int32Array(cap));
    }
    let j = i + 1;
    let isWord = 0;
    let h = folded.charCodeAt(i);
    if (c < CLASS_LIMIT ? (CLASS[c]! & 1) !== 0 : isWordCode(c)) {
      isWord = 1;
      for (;;) {
        while (j < len) {
          const d = text.charCodeAt(j);
          if (d < CLASS_LIMIT ? (CLASS[d]! & 1) === 0 : !isWordCode(d)) break;
          h = (Math.imul(h, 31) + folded.charCodeAt(j)) | 0;
          j++;
        }
        // "H'Hen", "Kđăm": an apostrophe between two letters stays inside the word.
        if (j + 1 < len && isApostrophe(text.charCodeAt(j)) && isLetterCode(text.charCodeAt(j - 1)) && isLetterCode(text.charCodeAt(j + 1))) {
          h = (Math.imul(h, 31) + folded.charCodeAt(j)) | 0;
          h = (Math.imul(h, 31) + folded.charCodeAt(j + 1)) | 0;
          j += 2;
          continue;
        }
        break;
      }
    }
    start[n] = i;
    end[n] = j;
    word[n] = isWord;
    gap[n] = g;
    let k = LOWER;
    if (isWord && isUpperCode(c)) {
      k = CAPITALISED;
      if (j - i >= 2) {
        let all = true;
        for (let p = i + 1; p < j && all; p++) {
          const d = text.charCodeAt(p);
          if (isLetterCode(d) && !isUpperCode(d)) all = false;
        }
        if (all) k = ALL_CAPS;
      }
    }
    kase[n] = k;
    // "Bà Rịa – Vũng Tàu", "Lao động – Thương binh và Xã hội": the kind of dash does not matter.
    if (c === 0x2013 || c === 0x2014) {
      key.push('-');
      id[n] = syllables.find('-', 0, 1, 45);
    } else {
      const found = j - i <= MAX_INDEXED_LENGTH ? syllables.find(folded, i, j, h) : -1;
      id[n] = found;
      key.push(found >= 0 ? syllables.key(found) : folded.slice(i, j));
    }
    n++;
    g = GAP_NONE;
    i = j;
  }
  return { text, folded, n, start, end, key, word, kase, gap, id, unaccented };
}

/** Raw text of tokens [a, b) with white space runs collapsed to one space. */
export function phrase(t: Tokens, a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) {
    if (k > a && t.gap[k] !== GAP_NONE) s += ' ';
    s += t.text.slice(t.start[k]!, t.end[k]!);
  }
  return s;
}

/** Raw text of token k. */
export function raw(t: Tokens, k: number): string {
  return t.text.slice(t.start[k]!, t.end[k]!);
}

/** Index of the first token that ends after `pos` (binary search; `t.n` when none). */
export function tokenAfter(t: Tokens, pos: number): number {
  let lo = 0;
  let hi = t.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.end[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

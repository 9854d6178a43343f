/**
 * Syllable tokens for the officials recogniser: words (letters, digits, marks; an apostrophe
 * inside a word joins, as in "H'Hen") and single punctuation characters, with the case of each
 * word and the kind of white space before it. One hand-written pass over the text: a regex
 * with `\p{L}` is several times slower on Vietnamese text.
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
  /**
   * Per token: a number for its key, the same in every article (below MAX_INTERNED), or -1.
   * Lets callers keep per-word answers in arrays instead of asking a Map by string.
   */
  id: Int32Array;
}

const NON_ASCII_WORD = /[\p{L}\p{M}\p{N}]/u;
// Per UTF-16 unit: 0 unknown, 1 word character, 2 other. Filled lazily, shared by all articles.
const wordTable = new Uint8Array(65536);
// Per UTF-16 unit: 0 unknown, 1 upper-case letter, 2 not.
const upperTable = new Uint8Array(65536);

function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let v = wordTable[c]!;
  if (v === 0) {
    v = NON_ASCII_WORD.test(String.fromCharCode(c)) ? 1 : 2;
    wordTable[c] = v;
  }
  return v === 1;
}

function isUpperCode(c: number): boolean {
  if (c < 0x80) return c >= 65 && c <= 90;
  let v = upperTable[c]!;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = ch !== ch.toLowerCase() ? 1 : 2;
    upperTable[c] = v;
  }
  return v === 1;
}

function isLetterCode(c: number): boolean {
  return isWordCode(c) && !(c >= 48 && c <= 57);
}

/** "'" or "’" (a comparison, not a set lookup: this is asked at the end of every word). */
function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

// Folded words repeat across articles (a few thousand syllables): a token's key is found by a
// hash of its folded characters in a table of earlier keys rather than sliced afresh, which
// saves the allocation and lets every later Map lookup reuse the key's cached hash.
const INTERN_MASK = (1 << 15) - 1;
/** Bound of `Tokens.id`. */
export const MAX_INTERNED = 1 << 14;
const MAX_INTERNED_LENGTH = 12;
const internSlots = new Int32Array(INTERN_MASK + 1);
const interned: string[] = [];
const internHash = new Int32Array(MAX_INTERNED);

// Number of the key keyOf returned last (-1: not in the table).
let lastId = -1;

/**
 * `folded.slice(i, j)`, from the table when seen before; its number is left in `lastId`. `h`:
 * the hash of those characters (h = h * 31 + code, 32 bits, from 0), computed while scanning.
 */
function keyOf(folded: string, i: number, j: number, h: number): string {
  const len = j - i;
  lastId = -1;
  if (len > MAX_INTERNED_LENGTH) return folded.slice(i, j);
  let slot = h & INTERN_MASK;
  for (;;) {
    const v = internSlots[slot]!;
    if (v === 0) break;
    if (internHash[v - 1] === h) {
      const s = interned[v - 1]!;
      if (s.length === len) {
        let q = 0;
        while (q < len && s.charCodeAt(q) === folded.charCodeAt(i + q)) q++;
        if (q === len) {
          lastId = v - 1;
          return s;
        }
      }
    }
    slot = (slot + 1) & INTERN_MASK;
  }
  const s = folded.slice(i, j);
  if (interned.length < MAX_INTERNED) {
    lastId = interned.length;
    internHash[interned.length] = h;
    interned.push(s);
    internSlots[slot] = interned.length;
  }
  return s;
}

// Buffers shared by successive calls (grow only): tokens of one article are dropped before the
// next article is read, so reusing them saves most of the allocation.
let buf = {
  start: new Int32Array(1024),
  end: new Int32Array(1024),
  word: new Uint8Array(1024),
  kase: new Uint8Array(1024),
  gap: new Uint8Array(1024),
  id: new Int32Array(1024),
};

function grow(): void {
  const size = buf.start.length * 2;
  const next = { start: new Int32Array(size), end: new Int32Array(size), word: new Uint8Array(size), kase: new Uint8Array(size), gap: new Uint8Array(size), id: new Int32Array(size) };
  next.start.set(buf.start);
  next.end.set(buf.end);
  next.word.set(buf.word);
  next.kase.set(buf.kase);
  next.gap.set(buf.gap);
  next.id.set(buf.id);
  buf = next;
}

/**
 * Tokens of `text`; `folded` is `foldAligned(text)` (same length). The arrays are reused by
 * the next call: use the result before tokenizing another text.
 */
export function tokenize(text: string, folded: string): Tokens {
  const len = text.length;
  // Sized for the usual token density (about one per four characters), trimmed at the end.
  const key: string[] = new Array<string>((len >> 2) + 16);
  let n = 0;
  let g = GAP_NONE;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      if (c === 10) g = GAP_NEWLINE;
      else if (g === GAP_NONE) g = GAP_SPACE;
      i++;
      continue;
    }
    if (n === buf.start.length) grow();
    let j = i + 1;
    let isWord = 0;
    let h = folded.charCodeAt(i);
    if (isWordCode(c)) {
      isWord = 1;
      for (;;) {
        while (j < len && isWordCode(text.charCodeAt(j))) {
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
    buf.start[n] = i;
    buf.end[n] = j;
    buf.word[n] = isWord;
    buf.gap[n] = g;
    let k = 0;
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
    buf.kase[n] = k;
    // "Bà Rịa – Vũng Tàu", "Lao động – Thương binh và Xã hội": the kind of dash does not matter.
    if (c === 0x2013 || c === 0x2014) {
      key[n] = '-';
      buf.id[n] = -1;
    } else {
      key[n] = keyOf(folded, i, j, h);
      buf.id[n] = lastId;
    }
    n++;
    g = GAP_NONE;
    i = j;
  }
  key.length = n;
  return { text, folded, n, start: buf.start, end: buf.end, key, word: buf.word, kase: buf.kase, gap: buf.gap, id: buf.id };
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

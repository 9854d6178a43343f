/**
 * Whether a word has the shape of one Vietnamese syllable: onset + vowel group + final
 * consonant, at most one tone mark, and after a stop final only the sắc or nặng tone. The
 * parts come from src/data/vietnamese-syllable-parts.ts. Used to score candidate decodings, to
 * measure how Vietnamese a text looks, and to tell a foreign name from a Vietnamese one.
 */
import { foldAligned } from './fold.js';
import { ONSETS, OPEN_VOWEL_GROUPS, CLOSED_VOWEL_GROUPS, FREE_VOWEL_GROUPS, CODAS, STOP_CODAS, TONE_BEARING_VOWELS, TONE_MARKS } from '../data/vietnamese-syllable-parts.js';

/** toned letter (NFC, both cases) → its lower-case toneless vowel and its tone mark. */
const TONED = new Map<string, { vowel: string; tone: string }>();
for (const v of TONE_BEARING_VOWELS) {
  for (const tone of TONE_MARKS) {
    const lower = (v + tone).normalize('NFC');
    TONED.set(lower, { vowel: v, tone });
    TONED.set(lower.toUpperCase(), { vowel: v, tone });
  }
}

/** Every precomposed toned Vietnamese vowel, lower and upper case (e.g. "á", "Ố", "ự"). */
export const TONED_VOWELS: readonly string[] = [...TONED.keys()];

const ONSET_SET = new Set<string>(ONSETS);
const OPEN = new Set<string>(OPEN_VOWEL_GROUPS);
const CLOSED = new Set<string>(CLOSED_VOWEL_GROUPS);
const FREE = new Set<string>(FREE_VOWEL_GROUPS);
const CODA_SET = new Set<string>(CODAS);
const STOP = new Set<string>(STOP_CODAS);
const STOP_TONES = new Set(['\u0301', '\u0323']);
const longest = (xs: readonly string[]): number => Math.max(...xs.map((x) => x.length));
const MAX_ONSET = longest(ONSETS);
const MAX_CLOSED = longest(CLOSED_VOWEL_GROUPS);
const MAX_FREE = longest(FREE_VOWEL_GROUPS);

/** The parts of a syllable as sets, for one spelling (with its vowel marks, or folded). */
interface Parts {
  onsets: ReadonlySet<string>;
  open: ReadonlySet<string>;
  closed: ReadonlySet<string>;
  free: ReadonlySet<string>;
  maxOnset: number;
  maxClosed: number;
  maxFree: number;
}

const WITH_MARKS: Parts = { onsets: ONSET_SET, open: OPEN, closed: CLOSED, free: FREE, maxOnset: MAX_ONSET, maxClosed: MAX_CLOSED, maxFree: MAX_FREE };

/** The same parts with their vowel marks and đ folded away ("ươi" → "uoi"): the shape of a syllable written without diacritics. */
const FOLDED: Parts = (() => {
  const f = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => foldAligned(x)));
  const onsets = f(ONSETS);
  const closed = f(CLOSED_VOWEL_GROUPS);
  const free = f(FREE_VOWEL_GROUPS);
  return {
    onsets, open: f(OPEN_VOWEL_GROUPS), closed, free,
    maxOnset: longest([...onsets]), maxClosed: longest([...closed]), maxFree: longest([...free]),
  };
})();

/**
 * Parses a toneless lower-case syllable as onset + vowel group + final, trying the parts in the
 * order of the pattern onset? (open group | closed group before a final | free group) final?
 * with each alternation longest first: the final of the first parse found, '' for none, or
 * null when no parse exists.
 */
function parseFinal(bare: string, p: Parts): string | null {
  for (let o = Math.min(p.maxOnset, bare.length); o >= 0; o--) {
    if (o > 0 && !p.onsets.has(bare.slice(0, o))) continue;
    const rest = bare.slice(o);
    if (p.open.has(rest)) return '';
    for (let g = Math.min(p.maxClosed, rest.length - 1); g >= 1; g--) if (p.closed.has(rest.slice(0, g)) && CODA_SET.has(rest.slice(g))) return rest.slice(g);
    for (let g = Math.min(p.maxFree, rest.length); g >= 1; g--) {
      if (!p.free.has(rest.slice(0, g))) continue;
      const tail = rest.slice(g);
      if (tail === '' || CODA_SET.has(tail)) return tail;
    }
  }
  return null;
}

/**
 * Every toneless syllable the parts can spell, with its final: a few thousand entries, worked
 * out once per process by `parseFinal` itself, so a lookup answers as the parse would. A
 * string that no onset + vowel group + final spells has no parse and is not in the table.
 */
function finalTable(p: Parts): Map<string, string> {
  const table = new Map<string, string>();
  const add = (bare: string): void => {
    if (table.has(bare)) return;
    const f = parseFinal(bare, p);
    if (f !== null) table.set(bare, f);
  };
  for (const onset of ['', ...p.onsets]) {
    for (const g of p.open) add(onset + g);
    for (const g of p.closed) for (const c of CODA_SET) add(onset + g + c);
    for (const g of p.free) {
      add(onset + g);
      for (const c of CODA_SET) add(onset + g + c);
    }
  }
  return table;
}
const FINALS_WITH_MARKS = finalTable(WITH_MARKS);
const FINALS_FOLDED = finalTable(FOLDED);

/** The final of a toneless lower-case syllable ('' for none), or null when it is no syllable. */
const finalOf = (bare: string, p: Parts = WITH_MARKS): string | null => (p === WITH_MARKS ? FINALS_WITH_MARKS : FINALS_FOLDED).get(bare) ?? null;

const ASCII_LETTERS = /^[A-Za-z]+$/;

/**
 * Whether `word`, written in plain ASCII letters, has the shape of a Vietnamese syllable whose
 * marks were left out ("nguoi", "Nguyen", "duoc"): the shape of `isVietnameseSyllable` with
 * every vowel mark and đ folded away. A word with any other character is not such a word.
 */
export function isBareVietnameseSyllable(word: string): boolean {
  return ASCII_LETTERS.test(word) && finalOf(word.toLowerCase(), FOLDED) !== null;
}

// Per UTF-16 unit below 0x2000 with a one-unit lower case: that lower case without its tone mark,
// and the tone mark's index in TONE_MARKS plus one (0: none). Other units take the general path.
const LOWER_BASE = new Uint16Array(0x2000);
const TONE_OF = new Uint8Array(0x2000);
for (let c = 0; c < 0x2000; c++) {
  const lower = String.fromCharCode(c).toLowerCase();
  if (lower.length !== 1) continue;
  const t = TONED.get(lower);
  LOWER_BASE[c] = (t ? t.vowel : lower).charCodeAt(0);
  TONE_OF[c] = t ? 1 + TONE_MARKS.indexOf(t.tone as (typeof TONE_MARKS)[number]) : 0;
}

/** Whether `word` (NFC, any case, letters only) has the shape of one Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  let bare = '';
  let tone: string | null = null;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const b = c < 0x2000 ? LOWER_BASE[c]! : 0;
    if (b === 0) return slowCheck(word);
    bare += String.fromCharCode(b);
    const t = TONE_OF[c]!;
    if (t === 0) continue;
    if (tone !== null) return false; // two tone marks
    tone = TONE_MARKS[t - 1]!;
  }
  return shapeOk(bare, tone);
}

/** The check by way of the general lower-casing, for words the table does not cover. */
function slowCheck(word: string): boolean {
  let bare = '';
  let tone: string | null = null;
  for (const ch of word.toLowerCase()) {
    const t = TONED.get(ch);
    if (t === undefined) bare += ch;
    else if (tone !== null) return false; // two tone marks
    else {
      tone = t.tone;
      bare += t.vowel;
    }
  }
  return shapeOk(bare, tone);
}

function shapeOk(bare: string, tone: string | null): boolean {
  const coda = finalOf(bare);
  if (coda === null) return false;
  return !(tone !== null && STOP.has(coda) && !STOP_TONES.has(tone));
}

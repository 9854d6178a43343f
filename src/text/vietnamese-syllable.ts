/**
 * Whether a word has the shape of one Vietnamese syllable: onset + vowel group + final
 * consonant, at most one tone mark, and after a stop final only the sắc or nặng tone. The
 * parts come from src/data/vietnamese-syllable-parts.ts. Used to score candidate decodings, to
 * measure how Vietnamese a text looks, and to tell a foreign name from a Vietnamese one.
 */
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

/**
 * Parses a toneless lower-case syllable as onset + vowel group + final, trying the parts in the
 * order of the pattern onset? (open group | closed group before a final | free group) final?
 * with each alternation longest first: the final of the first parse found, '' for none, or
 * null when no parse exists.
 */
function finalOf(bare: string): string | null {
  for (let o = Math.min(MAX_ONSET, bare.length); o >= 0; o--) {
    if (o > 0 && !ONSET_SET.has(bare.slice(0, o))) continue;
    const rest = bare.slice(o);
    if (OPEN.has(rest)) return '';
    for (let g = Math.min(MAX_CLOSED, rest.length - 1); g >= 1; g--) if (CLOSED.has(rest.slice(0, g)) && CODA_SET.has(rest.slice(g))) return rest.slice(g);
    for (let g = Math.min(MAX_FREE, rest.length); g >= 1; g--) {
      if (!FREE.has(rest.slice(0, g))) continue;
      const tail = rest.slice(g);
      if (tail === '' || CODA_SET.has(tail)) return tail;
    }
  }
  return null;
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

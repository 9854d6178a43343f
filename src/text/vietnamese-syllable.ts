/**
 * Whether a word has the shape of one Vietnamese syllable: onset + vowel group + final
 * consonant, at most one tone mark, and after a stop final only the sắc or nặng tone. The
 * parts come from src/data/vietnamese-syllable-parts.ts. Used to score candidate decodings, to
 * measure how Vietnamese a text looks, and to tell a foreign name from a Vietnamese one.
 */
import { ONSETS, OPEN_VOWEL_GROUPS, CLOSED_VOWEL_GROUPS, FREE_VOWEL_GROUPS, CODAS, STOP_CODAS, TONE_BEARING_VOWELS, TONE_MARKS } from '../data/vietnamese-syllable-parts.js';

const byLength = (a: string, b: string): number => b.length - a.length;

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

// The parts in the order a regex alternation of them, longest first, would try them.
const sorted = (xs: readonly string[]): readonly string[] => [...xs].sort(byLength);
const ONSETS_IN_ORDER = [...sorted(ONSETS), ''];
const OPEN = new Set<string>(OPEN_VOWEL_GROUPS);
const CLOSED_IN_ORDER = sorted(CLOSED_VOWEL_GROUPS);
const FREE_IN_ORDER = sorted(FREE_VOWEL_GROUPS);
const CODA_SET = new Set<string>(CODAS);
const STOP = new Set<string>(STOP_CODAS);
const STOP_TONES = new Set(['\u0301', '\u0323']);

/**
 * Parses a toneless lower-case syllable as onset + vowel group + final, trying the parts in the
 * order of the pattern onset? (open group | closed group before a final | free group) final?:
 * the final of the first parse found, '' for none, or null when no parse exists.
 */
function finalOf(bare: string): string | null {
  for (const onset of ONSETS_IN_ORDER) {
    if (!bare.startsWith(onset)) continue;
    const rest = onset ? bare.slice(onset.length) : bare;
    if (OPEN.has(rest)) return '';
    for (const g of CLOSED_IN_ORDER) if (rest.length > g.length && rest.startsWith(g) && CODA_SET.has(rest.slice(g.length))) return rest.slice(g.length);
    for (const g of FREE_IN_ORDER) {
      if (!rest.startsWith(g)) continue;
      const tail = rest.slice(g.length);
      if (tail === '' || CODA_SET.has(tail)) return tail;
    }
  }
  return null;
}

/** Whether `word` (NFC, any case, letters only) has the shape of one Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
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
  const coda = finalOf(bare);
  if (coda === null) return false;
  return !(tone !== null && STOP.has(coda) && !STOP_TONES.has(tone));
}

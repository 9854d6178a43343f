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

const alt = (xs: readonly string[]): string => [...xs].sort(byLength).join('|');
const ONSET = `(?:${alt(ONSETS)})?`;
const CODA = `(?:${alt(CODAS)})`;
// onset? then an open group, or (a closed group before a final | a free group) and the final.
const SYLLABLE = new RegExp(`^${ONSET}(?:(?:${alt(OPEN_VOWEL_GROUPS)})|(?:(?:${alt(CLOSED_VOWEL_GROUPS)})(?=${CODA}$)|(?:${alt(FREE_VOWEL_GROUPS)}))(?<coda>${CODA})?)$`);
const STOP = new Set<string>(STOP_CODAS);
const STOP_TONES = new Set(['\u0301', '\u0323']);

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
  const m = SYLLABLE.exec(bare);
  if (!m) return false;
  const coda = m.groups?.['coda'];
  return !(tone !== null && coda !== undefined && STOP.has(coda) && !STOP_TONES.has(tone));
}

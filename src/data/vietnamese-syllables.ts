/**
 * The shape of a Vietnamese syllable: onset + vowel group + final consonant, at most one
 * tone mark. Used to score candidate decodings and to measure how Vietnamese a text looks.
 *
 * Source: ../shared/reference/periods.md §3 (vowel groups, "qu"/"gi" as onsets, final
 * consonants) and the standard description of Vietnamese orthography it cites
 * (lehboi.github.io "ghi dấu thanh", help.launchpad.net Vietnamese spelling guide).
 * The shape is deliberately permissive (it does not check which vowel groups take which
 * finals): it only has to tell Vietnamese syllables from mojibake and foreign words.
 */

/** Initial consonants, longest first ("qu" and "gi" count as consonants). */
export const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'] as const;

/**
 * Vowel groups without tone, by what may follow them. Groups ending in a glide (ai, ao,
 * iêu …) and ia/ua/ưa are open; ă, â and the diphthongs iê/yê/uô/ươ need a final
 * consonant; the rest take one or not. ("oo" of the loanwords xoong, boong is left out:
 * it made mojibake such as "Coõng" look Vietnamese.)
 */
export const OPEN_VOWEL_GROUPS = [
  'iêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyu', 'ươi', 'ươu', 'yêu',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui', 'uơ', 'ưa', 'ưi', 'ưu',
] as const;
export const CLOSED_VOWEL_GROUPS = ['uyê', 'iê', 'yê', 'uô', 'ươ', 'uâ', 'oă', 'ă', 'â'] as const;
export const FREE_VOWEL_GROUPS = ['oa', 'oe', 'uê', 'uy', 'a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;

/** Final consonants. */
export const CODAS = ['ch', 'ng', 'nh', 'c', 'm', 'n', 'p', 't'] as const;

/** Stop finals: after them only the sắc and nặng tones occur (các, học, tốt, đạp). */
export const STOP_CODAS = ['c', 'ch', 'p', 't'] as const;

/** The twelve vowel letters that carry tone marks. */
export const TONE_BEARING_VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;

/** The five tone marks as combining characters: huyền, sắc, hỏi, ngã, nặng. */
export const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

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

/**
 * The shape of a Vietnamese syllable: onset + vowel group + final consonant, at most one
 * tone mark, as data; the check itself is src/text/vietnamese-syllable.ts.
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

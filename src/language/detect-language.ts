/**
 * Language identification: franc decides between the two languages vnews routes
 * (Vietnamese, English); word-level evidence accepts or rejects franc's answer and gives
 * the confidence.
 *
 * Why not franc's score: with `only: ['vie', 'eng']` franc normalises distances so the best
 * language always scores 1 and the other ~0.9–0.97 on any text, French included; it says
 * which of the two is closer, not whether either fits. So:
 * - Vietnamese: the confidence is the share of ordinary words (acronyms left out) that have
 *   the shape of a Vietnamese syllable (onset, vowel group, final, at most one tone mark).
 *   Measured: the seeds 1.00, the seeds and round-1 real articles stripped of their marks
 *   0.93–1.00, English 0.20–0.29, French 0.30,
 *   Spanish 0.18, German 0.12, Indonesian 0.03. Below 0.7 the text is not Vietnamese.
 * - English: the confidence is the share of words that are English-only function words
 *   (`src/data/english-function-words.ts`) divided by 0.3, about their share in ordinary
 *   English prose (measured 0.23–0.35), capped at 1. French, Spanish, German, Indonesian
 *   and Vietnamese score 0–0.02; below 0.1 the text is not English.
 * Anything else — another Latin-script language, another script, fewer than 3 words — is
 * `und` with confidence 0: vnews has no rules for it, and franc's guesses among 180
 * languages on a short sample are not reliable enough to record.
 *
 * A word written in plain ASCII letters counts as Vietnamese-shaped when it has the shape of a
 * syllable whose marks were left out ("nguoi", "Nguyen"): Vietnamese typed without diacritics
 * is still Vietnamese (SPEC "Normalisation").
 *
 * Two cases decide without franc:
 * - Vietnamese letters: when at least a quarter of the words carry a letter only Vietnamese
 *   writes (ă, â, đ, ê, ô, ơ, ư or a tone-marked vowel) and the share of Vietnamese-shaped words
 *   passes VIE_MIN, the text is Vietnamese with that share as confidence, as franc's answer
 *   would have been accepted with.
 * - Vietnamese without diacritics: when fewer words carry such letters but at least
 *   UNACCENTED_MIN of the words have the shape of a Vietnamese syllable (marked or not) and
 *   fewer than ENG_MIN are English function words, the text is Vietnamese: no other language
 *   vnews meets is made of such syllables (measured: unaccented Vietnamese 0.93–1.00, English
 *   0.29, French 0.30, Spanish 0.13), while franc, trained on accented text, may call a short
 *   unaccented sample English, and the text would then be `und`.
 * Anything else goes to franc.
 *
 * Cost (measured on the seeds): franc's trigram profile costs ~0.5 ms per 1,000
 * characters (1 ms for the 2,048 franc reads by default), so franc first reads 256
 * characters (≈50 words, enough to tell Vietnamese from English); the word counts read
 * 2,048. When franc's answer fails the word check it gets the full 2,048 characters
 * before `und` is decided, so only rejected texts pay the full price.
 */
import { francAll } from 'franc';
import type { Language } from '../record/schema.js';
import { ENGLISH_FUNCTION_WORDS } from '../data/english-function-words.js';
import { isBareVietnameseSyllable, isVietnameseSyllable, TONED_VOWELS } from '../text/vietnamese-syllable.js';

const ONLY = ['vie', 'eng'];
const SAMPLE = 2048;
const FRANC_SAMPLE = 256;
const MIN_WORDS = 3;
/** Share of Vietnamese-shaped words below which a text is not Vietnamese. */
const VIE_MIN = 0.7;
/** Share of Vietnamese-shaped words from which a text without Vietnamese letters is Vietnamese written without diacritics. */
const UNACCENTED_MIN = 0.85;
/** Share of English function words in ordinary English prose (confidence 1 at or above it). */
const ENG_TYPICAL = 0.3;
/** Share below which a text is not English. */
const ENG_MIN = 0.1;

const ENGLISH = new Set(ENGLISH_FUNCTION_WORDS);
const LETTER = /\p{L}/u;
// Letters (\p{L}) among the first 0x2000 units, read once; beyond, the regex is asked.
const LETTERS = new Uint8Array(0x2000);
for (let c = 0; c < 0x2000; c++) LETTERS[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 0;

/** Whether the unit at `i` is a letter (surrogate pairs: both halves count when the pair is one). */
function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x2000) return LETTERS[c] === 1;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(s.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && LETTER.test(s.slice(i - 1, i + 1));
  return LETTER.test(s[i]!);
}
// Acronyms (CBCS, UBND, ANTQ) are language-neutral: left out of the shares, unless most words are capitals.
const ACRONYM = /^\p{Lu}{2,}$/u;
const LATIN = /^\p{Script=Latin}/u;

const LATIN_BIT = 1;
const VIETNAMESE_BIT = 2;
const ENGLISH_BIT = 4;
const ACRONYM_BIT = 8;
/** The word has a letter only Vietnamese writes. */
const VIETNAMESE_LETTER_BIT = 16;
const VIETNAMESE_LETTER = new RegExp(`[ăâđêôơưĂÂĐÊÔƠƯ${TONED_VOWELS.join('')}]`, 'u');
/** Share of words with a Vietnamese-only letter from which those letters decide (franc is not asked). */
const VIE_LETTERS_DECIDE = 0.25;

// The three character tests above, answered from tables for the units below 0x2000 (the
// regexes themselves filled them, once); other units ask the regexes.
const UPPER = new Uint8Array(0x2000);
const LATIN_UNIT = new Uint8Array(0x2000);
const VIETNAMESE_UNIT = new Uint8Array(0x2000);
for (let c = 0; c < 0x2000; c++) {
  const ch = String.fromCharCode(c);
  UPPER[c] = /^\p{Lu}$/u.test(ch) ? 1 : 0;
  LATIN_UNIT[c] = LATIN.test(ch) ? 1 : 0;
  VIETNAMESE_UNIT[c] = VIETNAMESE_LETTER.test(ch) ? 1 : 0;
}

/** `ACRONYM.test(w)`, by the table when every unit of `w` is below 0x2000. */
function isAcronym(w: string): boolean {
  if (w.length < 2) return ACRONYM.test(w);
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x2000) return ACRONYM.test(w);
    if (UPPER[c] === 0) return false;
  }
  return true;
}

/** `VIETNAMESE_LETTER.test(w)`: every letter of that class is below 0x2000. */
function hasVietnameseLetter(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x2000 && VIETNAMESE_UNIT[c] === 1) return true;
  }
  return false;
}

function verdict(w: string): number {
  let v = isAcronym(w) ? ACRONYM_BIT : 0;
  const first = w.charCodeAt(0);
  if (first < 0x2000 ? LATIN_UNIT[first] === 1 : LATIN.test(w)) {
    v |= LATIN_BIT;
    if (isVietnameseSyllable(w) || isBareVietnameseSyllable(w)) v |= VIETNAMESE_BIT;
    if (ENGLISH.has(w.toLowerCase())) v |= ENGLISH_BIT;
    if (hasVietnameseLetter(w)) v |= VIETNAMESE_LETTER_BIT;
  }
  return v;
}

export interface LanguageEvidence {
  words: number;
  latinShare: number;
  vietnameseShare: number;
  englishShare: number;
  /** Share of words with a letter only Vietnamese writes (ă, ơ, ư, ố …). */
  vietnameseLetterShare: number;
}

/** Word-level evidence over the first 2,048 characters (exported for tests and calibration). */
export function languageEvidence(text: string): LanguageEvidence {
  const sample = text.slice(0, SAMPLE);
  // Words repeat within a text: each word's verdict is worked out once.
  const verdicts = new Map<string, number>();
  // Counts over all words (a…) and over words that are not all capitals (p…).
  let aWords = 0, aLatin = 0, aVie = 0, aEng = 0, aLetters = 0;
  let pWords = 0, pLatin = 0, pVie = 0, pEng = 0, pLetters = 0;
  for (let i = 0; i < sample.length; ) {
    if (!isLetterAt(sample, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < sample.length && isLetterAt(sample, j)) j++;
    const w = sample.slice(i, j);
    i = j;
    let v = verdicts.get(w);
    if (v === undefined) verdicts.set(w, (v = verdict(w)));
    const latinBit = v & LATIN_BIT ? 1 : 0;
    const vieBit = v & VIETNAMESE_BIT ? 1 : 0;
    const engBit = v & ENGLISH_BIT ? 1 : 0;
    const letterBit = v & VIETNAMESE_LETTER_BIT ? 1 : 0;
    aWords++, aLatin += latinBit, aVie += vieBit, aEng += engBit, aLetters += letterBit;
    if (!(v & ACRONYM_BIT)) pWords++, pLatin += latinBit, pVie += vieBit, pEng += engBit, pLetters += letterBit;
  }
  // A text mostly in capitals (a headline, a telegram) is judged on all its words.
  const useAll = pWords < aWords / 2;
  const words = useAll ? aWords : pWords;
  const [latin, vietnamese, english, letters] = useAll ? [aLatin, aVie, aEng, aLetters] : [pLatin, pVie, pEng, pLetters];
  const share = (n: number): number => (words ? n / words : 0);
  return { words, latinShare: share(latin), vietnameseShare: share(vietnamese), englishShare: share(english), vietnameseLetterShare: share(letters) };
}

const round = (x: number): number => Math.round(Math.min(1, x) * 100) / 100;

function judge(code: string, ev: LanguageEvidence): Language | null {
  if (code === 'vie' && ev.vietnameseShare >= VIE_MIN) return { code, confidence: round(ev.vietnameseShare) };
  if (code === 'eng' && ev.englishShare >= ENG_MIN && ev.vietnameseShare < VIE_MIN) return { code, confidence: round(ev.englishShare / ENG_TYPICAL) };
  return null;
}

/** ISO 639-3 code (`vie`, `eng` or `und`) and a confidence in [0, 1] (see the module comment). */
export function detectLanguage(text: string): Language {
  const und: Language = { code: 'und', confidence: 0 };
  const ev = languageEvidence(text);
  if (ev.words < MIN_WORDS || ev.latinShare < 0.5) return und;
  // Vietnamese letters decide: franc would only confirm it.
  if (ev.vietnameseLetterShare >= VIE_LETTERS_DECIDE && ev.vietnameseShare >= VIE_MIN) return { code: 'vie', confidence: round(ev.vietnameseShare) };
  // Vietnamese syllables without their marks decide too (see the module comment).
  if (ev.vietnameseShare >= UNACCENTED_MIN && ev.englishShare < ENG_MIN) return { code: 'vie', confidence: round(ev.vietnameseShare) };
  const sample = text.slice(0, SAMPLE);
  const quick = francAll(sample.slice(0, FRANC_SAMPLE), { only: ONLY, minLength: 10 })[0]?.[0] ?? 'und';
  const accepted = judge(quick, ev);
  if (accepted || sample.length <= FRANC_SAMPLE) return accepted ?? und;
  const full = francAll(sample, { only: ONLY, minLength: 10 })[0]?.[0] ?? 'und';
  return (full !== quick && judge(full, ev)) || und;
}

/**
 * How a typed name meets the names of the records. Thanh and Thành are two names: the registry
 * keys a person on the name as written (`nameKey`), and a name typed with diacritics matches
 * those diacritics. A name typed without any (plain ASCII letters) matches every spelling that
 * folds to it, so "nguyen van thanh" finds both Nguyễn Văn Thanh and Nguyễn Văn Thành.
 *
 * Case and the placement of the tone mark never count ("Hoà" = "hòa", "Thuỷ" = "Thủy"), and
 * neither does a name's punctuation ("Kim Yong-Chol" is the run "kim yong chol").
 */
import { toneKey } from '../extract/lexicon/tone-key.js';
import { normalizeText } from '../normalize/normalize-text.js';
import { fold, foldAligned } from '../text/fold.js';

const NOT_NAME = /[^\p{L}\p{N}]+/u;

/** A name's syllables as written (NFC), without the punctuation between them. */
const syllablesOf = (s: string): string[] => s.normalize('NFC').split(NOT_NAME).filter(Boolean);

/**
 * The registry's key of a name: lower case, NFC, its syllables joined by single spaces, tone
 * marks placed in one style ("Nguyễn Văn Thành" → "nguyễn văn thành", "Lê Văn Thuỷ" → "lê văn
 * thủy"). Two spellings with the same key are the same name.
 */
export function nameKey(name: string): string {
  return normalizeText(syllablesOf(name).join(' ').toLowerCase(), { toneStyle: 'old' }).text;
}

/** A name typed by a user, ready for matching. */
export interface OfficialQuery {
  /** The folded syllables joined by single spaces: the run looked up in the index (`name_runs`). */
  run: string;
  /**
   * When the name was typed with diacritics: each typed syllable's key up to case and tone
   * placement, which the matching syllables of a name must have. null: typed without any.
   */
  marked: string[] | null;
}

/** Whether `s` carries a diacritic (a tone mark, a vowel mark or đ) anywhere. */
export const hasDiacritics = (s: string): boolean => {
  const lower = s.normalize('NFC').toLowerCase();
  return foldAligned(lower) !== lower;
};

/** Reads a typed name; the run is empty when nothing of a name is left (a caller's usage error). */
export function officialQuery(typed: string): OfficialQuery {
  const syllables = syllablesOf(typed);
  return {
    run: syllables.map((s) => fold(s)).join(' '),
    marked: hasDiacritics(typed) ? syllables.map((s) => toneKey(s)) : null,
  };
}

/** Whether `name` holds the typed syllables as a contiguous run, with their diacritics when typed with them. */
export function nameMatches(name: string, q: OfficialQuery): boolean {
  const syl = syllablesOf(name);
  const want = q.marked ?? q.run.split(' ');
  const key = q.marked ? toneKey : fold;
  if (want.length === 0 || want[0] === '') return false;
  const keys = syl.map((s) => key(s));
  for (let i = 0; i + want.length <= keys.length; i++) {
    let ok = true;
    for (let j = 0; j < want.length && ok; j++) ok = keys[i + j] === want[j];
    if (ok) return true;
  }
  return false;
}

/**
 * How a word of an article verifies as a listed spelling, in the article's reading mode. A
 * folded hit in the lexicon's trie proposes; the original text must then agree:
 * - in accented text (every text but one written without diacritics), up to case and tone-mark
 *   placement (the tone key, ./tone-key.ts): "trường" is not "trưởng", "Đinh" is not "Định";
 * - in a text read without diacritics (`Tokens.unaccented`, decided once per article), a word
 *   written with no mark at all verifies as any listed spelling it folds to ("Pho Giam doc" is
 *   "Phó Giám đốc", "Nghe An" is "Nghệ An"); a word that carries marks still needs its own.
 * So the shared lookups the recognisers call become accent-insensitive only where the article
 * gives no accents to check, and a stray unaccented word in accented text changes nothing.
 */
import { foldAligned } from '../../text/fold.js';
import type { Tokens } from '../../text/tokens.js';
import { toneKey } from './tone-key.js';

/** Whether `s` is written without any mark: no letter that folding changes beyond its case (đ, ư, ơ and every tone mark are marks; a dash is not). */
export function isBare(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) < 0x80) continue;
    const ch = s[i]!;
    if (foldAligned(ch) !== ch.toLowerCase()) return false;
  }
  return true;
}

/** The folded form of a tone key ("nghê|̣" → "nghe"): what a bare spelling of it looks like, lower-cased. */
export function foldedKey(key: string): string {
  const bar = key.indexOf('|');
  return foldAligned(bar < 0 ? key : key.slice(0, bar));
}

const DASH_SPACING = /\s*[-–—]\s*/g;
/** Written text folded as a tone key's letters are (lower case, one "-" for a dash and its spaces). */
const foldWritten = (written: string): string => foldAligned(written.includes('-') || written.includes('–') || written.includes('—') ? written.replace(DASH_SPACING, '-') : written);

/** The folded forms of a set's (or map's) tone keys, computed once per set. */
const foldedSets = new WeakMap<object, Set<string>>();
function foldedKeysOf(keys: ReadonlySet<string> | ReadonlyMap<string, unknown>): Set<string> {
  let f = foldedSets.get(keys);
  if (!f) foldedSets.set(keys, (f = new Set([...keys.keys()].map(foldedKey))));
  return f;
}

/** Bare spellings of a set of exact spellings, case kept ("PGĐ" → "PGD"), computed once per set. */
const bareSets = new WeakMap<object, Set<string>>();
function bareSpellingsOf(exact: ReadonlySet<string>): Set<string> {
  let b = bareSets.get(exact);
  if (!b) bareSets.set(exact, (b = new Set([...exact].map(bareSpelling))));
  return b;
}

/** A spelling with its marks left out, case kept ("Phó Giám đốc" → "Pho Giam doc", "PGĐ" → "PGD"). */
export function bareSpelling(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Whether written text of `t` verifies as the spelling whose tone key is `key`. */
export function spells(t: Tokens, written: string, key: string): boolean {
  if (toneKey(written) === key) return true;
  return t.unaccented && isBare(written) && foldWritten(written) === foldedKey(key);
}

/** Whether written text of `t` verifies as one of a set of tone keys. */
export function spelledIn(t: Tokens, written: string, keys: ReadonlySet<string>): boolean {
  if (keys.has(toneKey(written))) return true;
  return t.unaccented && isBare(written) && foldedKeysOf(keys).has(foldWritten(written));
}

/**
 * What a map of tone keys (→ whether the spelling is a listed variant) says of written text
 * of `t`: its value for the written tone key; in a text read without diacritics, a bare
 * spelling of any key reads as `false` (a folded match, not a listed variant); else undefined.
 */
export function spellingIn(t: Tokens, written: string, forms: ReadonlyMap<string, boolean>): boolean | undefined {
  const v = forms.get(toneKey(written));
  if (v !== undefined) return v;
  return t.unaccented && isBare(written) && foldedKeysOf(forms).has(foldWritten(written)) ? false : undefined;
}

/** Whether written text of `t` is one of a set of exact spellings (abbreviations), or in a text read without diacritics one of them with its marks left out ("PGD"). */
export function exactIn(t: Tokens, written: string, exact: ReadonlySet<string>): boolean {
  if (exact.has(written)) return true;
  return t.unaccented && isBare(written) && bareSpellingsOf(exact).has(written);
}

/** The cluster vocabulary (src/data/clusters.ts), prepared once per process: folded words and the patterns of member lists. */
import { foldAligned } from '../../text/fold.js';
import { escapeRegExp } from '../../text/patterns.js';
import { toneKey } from '../lexicon/tone-key.js';
import {
  CLUSTER_PHRASE, CLUSTER_WORD, COUNT_NOUNS, LIST_WORDS, MEMBER_LEADS, NUMBER_WORD,
  ROMAN_DIGITS, TYPO_TOLERANCE, CLUSTER_SUFFIXES, MEMBER_UNIT_WORDS, MEMBER_LEVEL_WORDS, CLUSTER_YEAR_WORD, MAX_MEMBER_NOTE,
} from '../../data/clusters.js';

export const f = (s: string) => foldAligned(s.normalize('NFC'));
export const PHRASE_FOLDED = f(CLUSTER_PHRASE);
export const PHRASE_WORDS = PHRASE_FOLDED.split(' ');
export const PHRASE_KEY = CLUSTER_PHRASE.split(' ').map(toneKey).join(' ');
export const CLUSTER_W = f(CLUSTER_WORD);
export const NUMBER_W = f(NUMBER_WORD);
export const LIST_W = new Set(LIST_WORDS.map(f));
export const NOT_TYPOS = new Set(TYPO_TOLERANCE.notTypos.map(f));
export const COUNT_FIRST = new Map<string, string[][]>();
for (const n of COUNT_NOUNS) {
  const words = f(n).split(' ');
  const list = COUNT_FIRST.get(words[0]!) ?? [];
  list.push(words);
  COUNT_FIRST.set(words[0]!, list);
}
export const esc = escapeRegExp;
// "-BCA gồm", " - Bộ Công an, gồm", " (gồm", ": gồm có", " năm 2025 gồm"
export const MEMBER_LEAD_RE = new RegExp(
  `^(?:\\s*[-–]\\s*(?:${CLUSTER_SUFFIXES.map((s) => esc(f(s))).join('|')}))?(?:\\s*,?\\s*${esc(f(CLUSTER_YEAR_WORD))}\\s+\\d{4})?\\s*[,:(]?\\s*(?:${[...MEMBER_LEADS].sort((a, b) => b.length - a.length).map((s) => esc(f(s))).join('|')})(?![\\p{L}\\p{M}\\p{N}])\\s*:?`,
  'u',
);
// Between two listed members: ", ", " và ", "; ", optionally "Công an tỉnh " / "CA TP. " before the next.
export const alt = (list: readonly string[]) => list.map((s) => esc(f(s))).join('|');
export const MEMBER_GAP_RE = new RegExp(
  `^\\s*(?:,|;|,?\\s*(?:${alt(LIST_WORDS)}))\\s*(?:(?:${alt(MEMBER_UNIT_WORDS)})\\s+)?(?:(?:${alt(MEMBER_LEVEL_WORDS)})\\.?\\s*)?$`,
);

export const MEMBER_NOTE_RE = new RegExp(`^\\s*\\([^()\\n]{0,${MAX_MEMBER_NOTE}}\\)`);

export const INTRO_LIST_WORD_RE = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alt(LIST_WORDS)})(?![\\p{L}\\p{M}\\p{N}])`, 'u');

// Where a cluster mention can start: "cụm", or "số" (for a misspelt "cụm" three words earlier).
export const ANCHOR_RE = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${CLUSTER_W}|${NUMBER_W})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');

export const ROMAN_RE = new RegExp(`^[${Object.keys(ROMAN_DIGITS).join('')}]+$`);

export function romanValue(s: string): number | null {
  if (!ROMAN_RE.test(s)) return null;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = ROMAN_DIGITS[s[i]!]!;
    const next = i + 1 < s.length ? ROMAN_DIGITS[s[i + 1]!]! : 0;
    v += cur < next ? -cur : cur;
  }
  // Only canonical numerals ("IV", not "IIII"), so stray capitals are not read as numbers.
  return toRoman(v) === s ? v : null;
}

function toRoman(n: number): string {
  const table: [number, string][] = [[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, r] of table) while (n >= v) { out += r; n -= v; }
  return out;
}

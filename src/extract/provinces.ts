/**
 * Province recogniser: finds the province-level units an article names, in any variant the
 * press writes, and reports each once with its code on the article date and its 2025 unit.
 *
 * How it reads (one pass over the syllables of the folded text, index built at module load):
 * 1. Lookup: the folded syllable starts a form of the gazetteer (src/data/provinces.ts); forms
 *    are tried longest first, with the separators they allow (space, dash, dot).
 * 2. Verification on the original text, so that folding never invents places: every syllable
 *    capitalised and its tone marks equal to those of a known form up to tone placement
 *    ("năm Đinh Dậu" is not Nam Định, "hòa bình" is not Hòa Bình, "Thanh Hoá" is Thanh Hóa).
 * 3. Context: forms that need a prefix ("Hồ Chí Minh" after TP / Thành phố / Công an; "HCM";
 *    "Thủ đô" after Công an), person names ("Nguyễn Bình Định", "Bà Nguyễn Thị Huế", "chị
 *    Huế"), and data-listed traps ("Điện Biên Phủ", "Thái Bình Dương").
 * 4. A form that only lacked its prefix is still read when it sits in a list next to a province
 *    ("Hà Nội, Hồ Chí Minh và Đà Nẵng").
 *
 * Decisions (see also the data module):
 * - Bare "Thủ đô" is not read: it is also any foreign capital and a common noun; "Công an Thủ
 *   đô" is, and "Thủ đô Hà Nội" is read through its name. "HN"/"HCM" need a city prefix.
 * - "Huế" means Thừa Thiên Huế before 1/1/2025 (GOLD.md) and the city Huế from then on; a
 *   written "Thừa Thiên Huế" stays itself whatever the date.
 * - `code` is the code in force on the article date (the successor's from 1/7/2025; Hà Nội's for
 *   Hà Tây after 31/7/2008); with no date, the 2008–2025 code. `name` never changes with the date.
 * - Fully unaccented Vietnamese ("Nghe An") is read in English articles only; in Vietnamese text
 *   only the unaccented forms listed as variants (Daklak, Saigon, HCMC …) are.
 * - A province name ending a run of capitalised syllables that opens with a family name is a
 *   person's given name, when only honorifics or titles stand before the family name ("Ông
 *   Nguyễn Bình Định", "GS.TS Nguyễn Văn Huế") or a lower-case word that is not a place word
 *   ("ông Nguyễn Bình Định" but "huyện Lục Ngạn Bắc Giang", "sân bay Chu Lai Quảng Nam"). A
 *   sentence-initial place run with no place word ("Chu Lai Quảng Nam đón …") is therefore lost.
 * - A name right after a sub-provincial place word (LOCAL_PLACE_WORDS: "ấp Hòa Bình", "phường Hòa
 *   Bình", "đường Hà Giang", "huyện Điện Biên") is a local place, unless a province or city prefix
 *   ends there ("thành phố Hà Tĩnh", "TP Hòa Bình": GOLD counts a provincial city of that name).
 * - In a line written all in capitals, a name that is also a common word (Hòa Bình "peace",
 *   Thái Bình, Bình Định, Long An, Hải Dương) needs a place prefix or a list ("VÌ HÒA BÌNH" and
 *   "HÒA BÌNH: BẮT …" are not read, "CÔNG AN TỈNH HÒA BÌNH" is); other names are read in capitals.
 * - The mention spans the form only: "Nghệ An" in "Công an tỉnh Nghệ An", "Hồ Chí Minh" in
 *   "TP Hồ Chí Minh", but the whole of a fused abbreviation ("TP.HCM", "TT-Huế").
 */
import type { ExtractContext, RuleInfo } from './context.js';
import type { Province, Provenance } from '../record/schema.js';
import { foldAligned } from '../text/fold.js';
import {
  ALL_UNITS, CITY_PREFIXES, COMMON_WORD_NAMES, CONTEXT_TRAPS, FAMILY_NAMES, LOCAL_PLACE_WORDS, PERSON_HONORIFICS, PERSON_TITLES,
  PLACE_PREFIXES, PLACE_WORDS, POLICE_PREFIXES, codeOn, nameOn, since2025Name, type PrefixSet, type ProvinceUnit,
} from '../data/provinces.js';

const DATA = 'src/data/provinces.ts (reference/provinces.md)';

/** Rule families of this recogniser (README table; ids appear in `foundBy`). */
export const provinceRules: RuleInfo[] = [
  { id: 'province/name', entity: 'provinces', description: 'Short official name of a unit, any tone-mark placement, also inside organisation names', example: 'Công an tỉnh Thanh Hoá', data: DATA },
  { id: 'province/variant', entity: 'provinces', description: 'Press spelling variant or abbreviation of a unit', example: 'TP.HCM, TT-Huế, BR-VT, Đắc Lắc', data: DATA },
  { id: 'province/prefixed', entity: 'provinces', description: 'Ambiguous form read only after a city or police prefix', example: 'TP Hồ Chí Minh, CATP HCM, Công an Thủ đô', data: DATA },
  { id: 'province/list', entity: 'provinces', description: 'Ambiguous form read in a list right next to another province', example: 'Hà Nội, Hồ Chí Minh và Đà Nẵng', data: DATA },
  { id: 'province/not-capitalised', entity: 'provinces', description: 'Rejects a folded match whose original is not capitalised or has other tone marks', example: 'năm Đinh Dậu, hòa bình', data: DATA },
  { id: 'province/not-person', entity: 'provinces', description: 'Rejects a name that ends a capitalised run opened by a family name (after an honorific or title, not after a place word), or follows an honorific', example: 'Ông Nguyễn Bình Định, GS.TS Nguyễn Văn Huế, chị Huế', data: DATA },
  { id: 'province/not-common-word', entity: 'provinces', description: 'In a line all in capitals, a name that is also a common word needs a place prefix or a list', example: 'VÌ HÒA BÌNH (not read), CÔNG AN TỈNH HÒA BÌNH (read)', data: DATA },
  { id: 'province/not-local-place', entity: 'provinces', description: 'Rejects a name right after a sub-provincial place word (a local place of that name), unless a city or province prefix stands there', example: 'ấp Hòa Bình, phường Hòa Bình, đường Hà Giang, huyện Điện Biên (not read); thành phố Hà Tĩnh (read)', data: DATA },
  { id: 'province/not-other-place', entity: 'provinces', description: 'Rejects a name that is part of another name (battle, ocean, newspaper, foreign capital)', example: 'chiến thắng Điện Biên Phủ, Thái Bình Dương', data: DATA },
];

// ---------------------------------------------------------------------------------------------
// Tokens and tone keys

/**
 * Syllable tokens of a folded string: parallel arrays of start and end offsets. Words are not
 * sliced out (that allocation was most of the cost); compare with `tokenIs` / read with `tokenWord`.
 */
export interface Tokens {
  folded: string;
  starts: number[];
  ends: number[];
  length: number;
}

const NON_ASCII_WORD = /[\p{L}\p{M}\p{N}]/u;

/** Is the code unit at `i` part of a word (ASCII letters and digits fast, other letters by class)? */
function isWordAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return NON_ASCII_WORD.test(s[i]!);
}

/** Split (a window of) a folded string into letter/digit runs. */
export function tokenize(folded: string, from = 0, to = folded.length): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  let i = from;
  while (i < to) {
    if (!isWordAt(folded, i)) { i++; continue; }
    const s = i;
    while (i < to && isWordAt(folded, i)) i++;
    starts.push(s);
    ends.push(i);
  }
  return { folded, starts, ends, length: starts.length };
}

/** Folded word of token i. */
export function tokenWord(t: Tokens, i: number): string {
  return t.folded.slice(t.starts[i], t.ends[i]);
}

/** Is token i exactly the folded word `w`? */
export function tokenIs(t: Tokens, i: number, w: string): boolean {
  if (i < 0 || i >= t.length) return false;
  const s = t.starts[i]!;
  return t.ends[i]! - s === w.length && t.folded.startsWith(w, s);
}

/** Separator between token i-1 and token i. */
export function gapBefore(t: Tokens, i: number): string {
  return t.folded.slice(t.ends[i - 1], t.starts[i]);
}

let lastFolded: string | undefined;
let lastTokens: Tokens | undefined;

/** Tokens of a whole folded text, cached for the last text (the recognisers of one article share it). */
export function tokensOf(folded: string): Tokens {
  if (lastFolded !== folded || !lastTokens) {
    lastTokens = tokenize(folded);
    lastFolded = folded;
  }
  return lastTokens;
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Comparison key of a syllable up to case and tone-mark placement: the letters without tone
 * marks, then the tone marks. "Hoá" and "hóa" give the same key; "Năm" and "Nam" do not.
 */
export function toneKey(s: string): string {
  let key = toneKeyCache.get(s);
  if (key !== undefined) return key;
  const d = s.toLowerCase().normalize('NFD');
  const tones = d.match(TONE_MARKS);
  const base = d.replace(TONE_MARKS, '').normalize('NFC');
  key = tones ? `${base}|${tones.join('')}` : base;
  // Syllables are a small vocabulary; the cap only guards against unbounded input.
  if (toneKeyCache.size > 20000) toneKeyCache.clear();
  toneKeyCache.set(s, key);
  return key;
}
const toneKeyCache = new Map<string, string>();

function isCapitalised(s: string): boolean {
  const c = s[0]!;
  return c !== c.toLowerCase();
}

function isAllCaps(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

// ---------------------------------------------------------------------------------------------
// The index

type Gap = 'space' | 'dash' | 'dot';

interface Form {
  unit: ProvinceUnit;
  text: string;
  /** Folded syllables. */
  words: string[];
  /** Tone keys of the syllables as written in the data. */
  keys: string[];
  /** Case rule per syllable: 'cap' first letter upper case; 'abbr' all capitals; 'abbr2' all capitals or Capitalised (TP / Tp); 'any' (written lower case in the data: "Thủ đô"). */
  caseRules: CaseRule[];
  gaps: Gap[];
  kind: 'name' | 'variant' | 'prefixed';
  after: PrefixSet | undefined;
  /** A form that means the unit's later name (Huế). */
  renamed: boolean;
  followedBy: string[];
  precededBy: string[];
}

function gapOf(sep: string, form: string): Gap {
  if (sep === ' ') return 'space';
  if (/^ ?[-–—] ?$/.test(sep)) return 'dash';
  if (/^\. ?$/.test(sep)) return 'dot';
  throw new Error(`provinces data: unsupported separator ${JSON.stringify(sep)} in form "${form}"`);
}

function gapMatches(gap: Gap, s: string): boolean {
  if (gap === 'space') return s === ' ';
  if (gap === 'dash') return s.length <= 3 && /^ ?[-–—] ?$/.test(s);
  return s === '.' || s === '. ';
}

type CaseRule = 'cap' | 'abbr' | 'abbr2' | 'any';

/** Case a syllable must have in the text, from how the data writes it. */
function caseRuleOf(word: string): CaseRule {
  if (word.length >= 2 && isAllCaps(word)) return word.length === 2 ? 'abbr2' : 'abbr';
  return isCapitalised(word) ? 'cap' : 'any';
}

function caseOk(rule: CaseRule, orig: string): boolean {
  if (rule === 'any') return true;
  if (rule === 'cap') return isCapitalised(orig);
  if (rule === 'abbr') return isAllCaps(orig);
  return isAllCaps(orig) || (isCapitalised(orig) && orig.slice(1) === orig.slice(1).toLowerCase());
}

// Trap words keyed both ways: by tone key for Vietnamese text, folded for ASCII text ("Dien Bien Phu").
const trapWords = (list: string[] | undefined) => (list ?? []).flatMap((w) => (w === '*' ? ['*'] : [toneKey(w), `ascii:${foldAligned(w)}`]));
const trapByForm = new Map<string, { followedBy: string[]; precededBy: string[] }>();
for (const t of CONTEXT_TRAPS) trapByForm.set(foldAligned(t.form), { followedBy: trapWords(t.followedBy), precededBy: trapWords(t.precededBy) });

/** The key a word is looked up by in the trap lists. */
const trapKey = (w: string) => (ASCII_ONLY.test(w) ? `ascii:${w.toLowerCase()}` : toneKey(w));

function makeForm(unit: ProvinceUnit, text: string, kind: Form['kind'], after: PrefixSet | undefined): Form {
  const nfc = text.normalize('NFC');
  const toks = tokenize(nfc);
  if (toks.length === 0) throw new Error(`provinces data: empty form for ${unit.name}`);
  const original = toks.starts.map((s, i) => nfc.slice(s, toks.ends[i]));
  const gaps: Gap[] = [];
  for (let i = 1; i < original.length; i++) gaps.push(gapOf(nfc.slice(toks.ends[i - 1], toks.starts[i]), text));
  const folded = foldAligned(nfc);
  const trap = trapByForm.get(folded);
  return {
    unit,
    text: nfc,
    words: toks.starts.map((s, i) => folded.slice(s, toks.ends[i])),
    keys: original.map(toneKey),
    caseRules: original.map(caseRuleOf),
    gaps,
    kind,
    after,
    renamed: unit.renamed?.forms.some((f) => f === nfc) ?? false,
    followedBy: trap?.followedBy ?? [],
    precededBy: trap?.precededBy ?? [],
  };
}

/** All forms of the Vietnamese gazetteer (names, variants, prefixed forms). */
function vietnameseForms(): Form[] {
  const out: Form[] = [];
  for (const u of ALL_UNITS) {
    out.push(makeForm(u, u.name, 'name', u.nameNeedsPrefix));
    for (const v of u.variants) out.push(makeForm(u, v, 'variant', undefined));
    for (const p of u.prefixed) out.push(makeForm(u, p.form, 'prefixed', p.after));
  }
  return out;
}

/** A character trie over the first folded word of every form (ASCII after folding). */
interface TrieNode {
  next: (TrieNode | undefined)[];
  forms: Form[] | undefined;
}

interface Index {
  root: TrieNode;
}

const newNode = (): TrieNode => ({ next: [], forms: undefined });

function buildIndex(forms: Form[]): Index {
  const root = newNode();
  for (const f of forms) {
    let node = root;
    for (const ch of f.words[0]!) {
      const c = ch.charCodeAt(0);
      if (c >= 0x80) throw new Error(`provinces data: first word of "${f.text}" does not fold to ASCII`);
      node = node.next[c] ??= newNode();
    }
    (node.forms ??= []).push(f);
  }
  // Longest first: "Thừa Thiên Huế" before "Thừa Thiên", "TP.HCM" before a bare "TP".
  const sortAll = (n: TrieNode) => {
    n.forms?.sort((a, b) => b.words.length - a.words.length || b.text.length - a.text.length);
    for (const c of n.next) if (c) sortAll(c);
  };
  sortAll(root);
  return { root };
}

/** Forms whose first word is token i, walking the trie without slicing the token. */
function formsAt(index: Index, t: Tokens, i: number): Form[] | undefined {
  let node: TrieNode | undefined = index.root;
  const f = t.folded;
  for (let p = t.starts[i]!, end = t.ends[i]!; p < end; p++) {
    node = node.next[f.charCodeAt(p)];
    if (!node) return undefined;
  }
  return node.forms;
}

const VI_FORMS = vietnameseForms();
const VI_INDEX = buildIndex(VI_FORMS);
// English articles: the Vietnamese forms (an English text may keep diacritics) plus ASCII forms.
const EN_INDEX = buildIndex([
  ...VI_FORMS,
  ...ALL_UNITS.flatMap((u) => u.english.map((e) => makeForm(u, e, 'variant', undefined))),
]);

/** Forms of the gazetteer as the matcher sees them (for the data test: collisions, NFC). */
export function gazetteerForms(): { unit: string; code: string; form: string; key: string }[] {
  return VI_FORMS.map((f) => ({ unit: f.unit.name, code: f.unit.code, form: f.text, key: `${f.words.join(' ')}#${f.gaps.join(',')}#${f.keys.join(' ')}` }));
}

function prefixSeqs(list: string[]): { words: string[]; rules: CaseRule[] }[] {
  return list.map((p) => {
    const t = tokenize(p);
    const orig = t.starts.map((s, i) => p.slice(s, t.ends[i]));
    const f = foldAligned(p);
    return {
      words: t.starts.map((s, i) => f.slice(s, t.ends[i])),
      // Abbreviations must keep their capitals ("ca" is a common word); words may be lower case.
      rules: orig.map((w) => (w.length >= 2 && isAllCaps(w) ? caseRuleOf(w) : 'any')),
    };
  });
}

const PREFIXES: Record<PrefixSet, ReturnType<typeof prefixSeqs>> = {
  city: prefixSeqs(CITY_PREFIXES),
  police: prefixSeqs(POLICE_PREFIXES),
  place: prefixSeqs(PLACE_PREFIXES),
};

const TITLE_FOLDED = new Set(PERSON_TITLES.map((w) => foldAligned(w)));
/** Word sequences folded and indexed by their last word (matched backwards from a token). */
function byLastWord(list: string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const w of list) {
    const words = foldAligned(w.normalize('NFC')).split(' ');
    const l = out.get(words[words.length - 1]!) ?? [];
    l.push(words);
    out.set(words[words.length - 1]!, l);
  }
  return out;
}
/** Place words (a capitalised run after them is no person). */
const PLACE_BY_LAST = byLastWord(PLACE_WORDS);
/** Sub-provincial place words (a province name right after them is a local place). */
const LOCAL_BY_LAST = byLastWord(LOCAL_PLACE_WORDS);
const COMMON_WORD_UNITS = new Set(COMMON_WORD_NAMES.map((n) => {
  const u = ALL_UNITS.find((x) => x.name === n);
  if (!u) throw new Error(`provinces data: COMMON_WORD_NAMES lists unknown unit "${n}"`);
  return u;
}));

const FAMILY_KEYS = new Set(FAMILY_NAMES.map(toneKey));
const FAMILY_FOLDED = new Set(FAMILY_NAMES.map((n) => foldAligned(n)));
const HONORIFIC_RE = new RegExp(`(?:^|[^\\p{L}\\p{M}\\p{N}])(?:${PERSON_HONORIFICS.map((h) => h.replace(/[/]/g, '\\/')).join('|')}) $`, 'iu');

function isFamilyName(orig: string): boolean {
  if (!isCapitalised(orig)) return false;
  return ASCII_ONLY.test(orig) ? FAMILY_FOLDED.has(orig.toLowerCase()) : FAMILY_KEYS.has(toneKey(orig));
}

// ---------------------------------------------------------------------------------------------
// Matching

/** One province mention as read, before merging. */
export interface ProvinceMention {
  start: number;
  end: number;
  text: string;
  unit: ProvinceUnit;
  /** The gazetteer form it matched. */
  form: string;
  /** The form means the unit's later name (bare "Huế" → "Huế" from 2025). */
  renamed: boolean;
  rule: string;
  match: 'exact' | 'alias';
}

type Verdict = 'accept' | 'needs-prefix' | 'reject';

function matchAt(text: string, folded: string, t: Tokens, i: number, f: Form): boolean {
  const n = f.words.length;
  if (i + n > t.length) return false;
  for (let k = 1; k < n; k++) {
    if (!tokenIs(t, i + k, f.words[k]!)) return false;
    if (!gapMatches(f.gaps[k - 1]!, folded.slice(t.ends[i + k - 1], t.starts[i + k]))) return false;
  }
  for (let k = 0; k < n; k++) {
    const orig = text.slice(t.starts[i + k], t.ends[i + k]);
    if (!caseOk(f.caseRules[k]!, orig)) return false;
    if (toneKey(orig) !== f.keys[k]) return false;
  }
  return true;
}

function hasPrefix(text: string, folded: string, t: Tokens, i: number, set: PrefixSet): boolean {
  for (const p of PREFIXES[set]) {
    const n = p.words.length;
    if (i - n < 0) continue;
    const gap = folded.slice(t.ends[i - 1], t.starts[i]);
    if (gap !== ' ' && gap !== '.' && gap !== '. ') continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const j = i - n + k;
      if (!tokenIs(t, j, p.words[k]!)) ok = false;
      else if (k > 0 && folded.slice(t.ends[j - 1], t.starts[j]) !== ' ') ok = false;
      else {
        const orig = text.slice(t.starts[j], t.ends[j]);
        const rule = p.rules[k]!;
        if (rule !== 'any' && !caseOk(rule, orig)) ok = false;
      }
    }
    if (ok) return true;
  }
  return false;
}

const wordAt = (text: string, t: Tokens, j: number): string => text.slice(t.starts[j], t.ends[j]);

/** Is token j a person title ("Bà", "GS", "TS"), compared folded? */
function isTitle(t: Tokens, j: number): boolean {
  return TITLE_FOLDED.has(tokenWord(t, j));
}

/** Does a word sequence of `index` end at token j? */
function wordsEndAt(index: Map<string, string[][]>, t: Tokens, j: number): boolean {
  const cands = index.get(tokenWord(t, j));
  if (!cands) return false;
  return cands.some((words) => {
    const first = j - words.length + 1;
    if (first < 0) return false;
    for (let k = 0; k < words.length; k++) {
      if (!tokenIs(t, first + k, words[k]!)) return false;
      if (k > 0 && gapBefore(t, first + k) !== ' ') return false;
    }
    return true;
  });
}

/** Does a place word ("huyện", "sân bay", "Công an") end at token j? */
const placeWordEndsAt = (t: Tokens, j: number): boolean => wordsEndAt(PLACE_BY_LAST, t, j);

/**
 * Does the family name at token j open a person's name? Yes when only capitalised titles
 * ("Bà", "GS.TS") stand between it and the start of the text, a punctuation mark or a
 * lower-case word, unless that word is a place word ("huyện Lục Ngạn Bắc Giang"). No when another
 * capitalised word precedes it ("TP Cao Lãnh Đồng Tháp", "Phủ Lý Hà Nam").
 */
function opensPersonName(text: string, t: Tokens, j: number): boolean {
  let p = j - 1;
  while (p >= 0) {
    const gap = gapBefore(t, p + 1);
    if (gap === ' ') {
      if (!isCapitalised(wordAt(text, t, p))) return !placeWordEndsAt(t, p);
      if (!isTitle(t, p)) return false;
    } else if (!(gap === '.' && isTitle(t, p) && isTitle(t, p + 1))) {
      return true;
    }
    p--;
  }
  return true;
}

/** Is [start, end) in a line with no lower-case letter outside it (a headline in capitals)? */
function inCapitalLine(text: string, start: number, end: number): boolean {
  if (!isAllCaps(text.slice(start, end))) return false;
  let s = start;
  while (s > 0 && text[s - 1] !== '\n') s--;
  let e = end;
  while (e < text.length && text[e] !== '\n') e++;
  return !HAS_LOWER.test(text.slice(s, start)) && !HAS_LOWER.test(text.slice(end, e));
}
const HAS_LOWER = /\p{Ll}/u;

function contextVerdict(text: string, folded: string, t: Tokens, i: number, f: Form, prevMatchEndToken: number): Verdict {
  const n = f.words.length;
  const start = t.starts[i]!;
  // Data-listed traps: "Điện Biên Phủ", "Thái Bình Dương", "Thủ đô Viêng Chăn".
  if (f.followedBy.length && i + n < t.length && folded.slice(t.ends[i + n - 1], t.starts[i + n]) === ' ') {
    const next = text.slice(t.starts[i + n], t.ends[i + n]);
    if (isCapitalised(next) && (f.followedBy.includes('*') || f.followedBy.includes(trapKey(next)))) return 'reject';
  }
  const prevGapSpace = i > 0 && folded.slice(t.ends[i - 1], start) === ' ';
  if (f.precededBy.length && prevGapSpace) {
    const prev = text.slice(t.starts[i - 1], t.ends[i - 1]);
    if (isCapitalised(prev) && f.precededBy.includes(trapKey(prev))) return 'reject';
  }
  // A local place of the same name: "ấp Hòa Bình", "phường Hòa Bình", "huyện Điện Biên"; but a
  // provincial city or the province itself after its prefix ("thành phố Hà Tĩnh", "TP Hòa Bình").
  if (prevGapSpace && wordsEndAt(LOCAL_BY_LAST, t, i - 1) && !hasPrefix(text, folded, t, i, 'place')) return 'reject';
  // Person names: a province name that ends a run of capitalised syllables opened by a family
  // name ("Nguyễn Bình Định", "Bà Nguyễn Thị Huế", "GS.TS Nguyễn Văn Huế"). The name has at most
  // four syllables, so the family name is at most three words back. Not when the previous word
  // closes another province ("Quảng Nam Đà Nẵng").
  if (prevGapSpace && prevMatchEndToken !== i - 1) {
    const minK = Math.max(0, i + n - 4);
    for (let k = i - 1; k >= minK; k--) {
      if (gapBefore(t, k + 1) !== ' ' || !isCapitalised(wordAt(text, t, k))) break;
      if (isFamilyName(wordAt(text, t, k)) && opensPersonName(text, t, k)) return 'reject';
    }
  }
  if (COMMON_WORD_UNITS.has(f.unit) && inCapitalLine(text, start, t.ends[i + n - 1]!) && !hasPrefix(text, folded, t, i, 'place')) return 'needs-prefix';
  if (HONORIFIC_RE.test(text.slice(Math.max(0, start - 10), start))) return 'reject';
  if (f.after && !hasPrefix(text, folded, t, i, f.after)) return 'needs-prefix';
  return 'accept';
}

const LIST_GAP = /^\s*(?:,|;|,?\s*va)\s*$/;

function scan(text: string, folded: string, t: Tokens, index: Index, from: number, to: number): ProvinceMention[] {
  const out: ProvinceMention[] = [];
  const deferred: ProvinceMention[] = [];
  let prevMatchEndToken = -2;
  for (let i = 0; i < t.length; i++) {
    if (t.starts[i]! < from) continue;
    const forms = formsAt(index, t, i);
    if (!forms) continue;
    for (const f of forms) {
      if (!matchAt(text, folded, t, i, f)) continue;
      const last = i + f.words.length - 1;
      if (t.ends[last]! > to) continue;
      const verdict = contextVerdict(text, folded, t, i, f, prevMatchEndToken);
      if (verdict === 'reject') break;
      const start = t.starts[i]!;
      const end = t.ends[last]!;
      const m: ProvinceMention = {
        start, end, text: text.slice(start, end), unit: f.unit, form: f.text, renamed: f.renamed,
        rule: f.kind === 'name' ? (f.after ? 'province/prefixed' : 'province/name') : f.kind === 'variant' ? 'province/variant' : 'province/prefixed',
        match: f.kind === 'name' ? 'exact' : 'alias',
      };
      if (verdict === 'needs-prefix') { deferred.push(m); break; }
      out.push(m);
      prevMatchEndToken = last;
      i = last;
      break;
    }
  }
  // Ambiguous forms in a list of provinces: "Hà Nội, Hồ Chí Minh và Đà Nẵng".
  let changed = deferred.length > 0 && out.length > 0;
  while (changed) {
    changed = false;
    for (let d = deferred.length - 1; d >= 0; d--) {
      const m = deferred[d]!;
      const near = out.some((o) => (o.end <= m.start && LIST_GAP.test(folded.slice(o.end, m.start))) || (m.end <= o.start && LIST_GAP.test(folded.slice(m.end, o.start))));
      if (!near) continue;
      out.push({ ...m, rule: 'province/list' });
      deferred.splice(d, 1);
      changed = true;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function find(text: string, folded: string, index: Index, from: number, to: number): ProvinceMention[] {
  const whole = from === 0 && to === text.length;
  // A window keeps a few characters before `from` so that prefixes ("Công an TP") are seen.
  let winStart = Math.max(0, from - 24);
  while (winStart > 0 && isWordAt(folded, winStart - 1)) winStart--;
  const t = whole ? tokensOf(folded) : tokenize(folded, winStart, to);
  return scan(text, folded, t, index, from, to);
}

/** Province mentions in `text` (its folded twin `folded`), optionally within [from, to): raw matches with spans. */
export function findProvinceMentions(text: string, folded: string, from = 0, to = text.length): ProvinceMention[] {
  return find(text, folded, VI_INDEX, from, to);
}

/** Same as findProvinceMentions, also reading ASCII and English forms ("Nghe An", "Hanoi", "Ho Chi Minh City"). */
export function findProvinceMentionsEnglish(text: string, folded: string, from = 0, to = text.length): ProvinceMention[] {
  return find(text, folded, EN_INDEX, from, to);
}

/** The province named inside a position phrase ("Phó Giám đốc Công an tỉnh Nghệ An" → Nghệ An), or null. */
export function provinceInPhrase(phrase: string, publishedAt: string | null): { name: string; code: string } | null {
  const text = phrase.normalize('NFC');
  const m = find(text, foldAligned(text), VI_INDEX, 0, text.length)[0];
  if (!m) return null;
  return { name: nameOn(m.unit, publishedAt, m.renamed), code: codeOn(m.unit, publishedAt) };
}

/** Merge mentions into one Province per distinct name, in order of first mention. */
export function mergeProvinceMentions(mentions: ProvinceMention[], publishedAt: string | null): Province[] {
  const byName = new Map<string, Province>();
  for (const m of mentions) {
    const name = nameOn(m.unit, publishedAt, m.renamed);
    let p = byName.get(name);
    if (!p) {
      p = { name, code: codeOn(m.unit, publishedAt), since2025: since2025Name(m.unit), mentions: [], foundBy: [] };
      byName.set(name, p);
    }
    p.mentions.push({ start: m.start, end: m.end, text: m.text });
    const prov: Provenance = { rule: m.rule, match: m.match };
    if (!p.foundBy.some((x) => x.rule === prov.rule && x.match === prov.match)) p.foundBy.push(prov);
  }
  return [...byName.values()];
}

/** Provinces named in a Vietnamese article. */
export function extractProvinces(ctx: ExtractContext): Province[] {
  return mergeProvinceMentions(findProvinceMentions(ctx.text, ctx.folded), ctx.publishedAt);
}

/**
 * The officials recogniser's vocabulary, compiled once at module load into one trie keyed by
 * folded tokens: ranks, honorifics, academic titles, position heads and their modifiers,
 * organisation words, abbreviations, place words, apposition enders and historical names.
 * A folded hit is then verified on the original text (case-insensitive, insensitive to
 * tone-mark placement; abbreviations exactly as written), so folding never invents a word:
 * "trường" (school) is not "trưởng", "đa" is not "đã".
 */
import { foldAligned } from '../../text/fold.js';
import { RANKS, RANK_SUFFIXES, RANK_FORCE_WORDS, type Rank } from '../../data/ranks.js';
import { HONORIFICS, ACADEMIC_TITLES, HISTORICAL_NAMES, PERSONA_CUES, type Honorific } from '../../data/honorifics.js';
import {
  POSITION_HEADS, POSITION_PREFIXES, POSITION_SUFFIXES, POSITION_JOINERS, ORGANISATION_WORDS,
  NAMES_WITH_SEPARATORS, FOREIGN_BODIES, PLACE_TYPE_WORDS, APPOSITION_ENDS, UNIT_WORDS, POSITION_BEFORE_BLOCKERS, ON_BEHALF_BLOCKERS,
  COUNTRIES, MINISTRY_NAMES, PROVINCE_PLACE_WORDS, POSITION_LINKS, BIRTH_MARKERS, AGE_WORDS, NAME_POSITION_LINKS,
  type PositionHead, type PositionModifier,
} from '../../data/positions.js';
import { POLICE_ABBREVIATIONS, type Abbreviation } from '../../data/police-abbreviations.js';
import { FAMILY_NAMES } from '../../data/family-names.js';
import { gazetteerForms } from '../provinces.js';
import { tokenize, phrase, type Tokens, GAP_NEWLINE, LOWER, MAX_INTERNED } from './tokens.js';

export type Category =
  | 'rank' | 'rank-suffix' | 'honorific' | 'academic' | 'head' | 'prefix' | 'suffix' | 'joiner'
  | 'organisation' | 'unit' | 'separated-name' | 'foreign-body' | 'place-type' | 'end' | 'historical' | 'abbreviation'
  | 'blocker' | 'rank-force' | 'country' | 'ministry' | 'link' | 'birth' | 'age' | 'name-link' | 'persona';

const CATEGORIES: Category[] = [
  'rank', 'rank-suffix', 'honorific', 'academic', 'head', 'prefix', 'suffix', 'joiner',
  'organisation', 'unit', 'separated-name', 'foreign-body', 'place-type', 'end', 'historical', 'abbreviation',
  'blocker', 'rank-force', 'country', 'ministry', 'link', 'birth', 'age', 'name-link', 'persona',
];

/** Bit mask of categories: asking for "head or prefix" is one AND, not a list search. */
export function cats(...list: Category[]): number {
  let mask = 0;
  for (const c of list) mask |= 1 << CATEGORIES.indexOf(c);
  return mask;
}

export interface Entry {
  cat: Category;
  /** `cats(cat)`. */
  bit: number;
  /** Canonical text the record states for it. */
  canonical: string;
  /** Tone keys of accepted spellings → whether the spelling is a listed variant. */
  forms: Map<string, boolean>;
  /** Abbreviations: accepted spellings exactly as written. */
  exact?: Set<string>;
  /** Spellings as listed (and with the first letter's case flipped) → match kind, checked before tone keys. */
  written?: Map<string, 'exact' | 'alias'>;
  rank?: Rank;
  honorific?: Honorific;
  head?: PositionHead;
  modifier?: PositionModifier;
  abbreviation?: Abbreviation;
  /** Entry only counts when written in lower case (apposition enders). */
  lowerOnly?: boolean;
  /** Entry only counts when its first letter is a capital (countries, ministries). */
  capitalOnly?: boolean;
  /** Place words: true for province level ("tỉnh", "thành phố"), false for local ones ("xã"). */
  provinceLevel?: boolean;
  /** Links ("tại"): only inside a foreign post. */
  foreignOnly?: boolean;
}

export interface Match {
  entry: Entry;
  /** Token index after the match. */
  end: number;
  /**
   * exact: the canonical spelling (its first letter in either case: "Đồng chí", "thượng tướng");
   * alias: a listed variant or an abbreviation; folded: other case or tone-placement differences.
   */
  match: 'exact' | 'alias' | 'folded';
}

interface Node {
  next: Map<string, Node>;
  entries: Entry[];
}

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;
// "Thừa Thiên- Huế", "Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu": spacing around a dash does not matter.
const DASH_SPACING = /\s*[-–—]\s*/g;

/**
 * Comparison key up to case and tone-mark placement: letters without tone marks, then the
 * tone marks in order ("Uỷ" and "ủy" agree; "năm" and "Nam" do not).
 */
export function toneKey(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    const d = s.replace(DASH_SPACING, '-').toLowerCase().normalize('NFD');
    const tones = d.match(TONE_MARK);
    const base = d.replace(TONE_MARK, '').normalize('NFC');
    k = tones ? `${base}|${tones.join('')}` : base;
    // Words repeat across articles: a bounded cache keeps the verification cheap.
    if (keyCache.size > 20000) keyCache.clear();
    keyCache.set(s, k);
  }
  return k;
}

const keyCache = new Map<string, string>();

const root: Node = { next: new Map(), entries: [] };

function keysOf(form: string): string[] {
  const nfc = form.normalize('NFC');
  const t = tokenize(nfc, foldAligned(nfc));
  return t.key;
}

function add(form: string, entry: Entry): void {
  let node = root;
  for (const k of keysOf(form)) {
    let nx = node.next.get(k);
    if (!nx) {
      nx = { next: new Map(), entries: [] };
      node.next.set(k, nx);
    }
    node = nx;
  }
  if (!node.entries.includes(entry)) node.entries.push(entry);
}

function flipFirst(s: string): string {
  const c = s[0]!;
  const f = c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase();
  return f + s.slice(1);
}

function entry(cat: Category, canonical: string, variants: readonly string[], extra: Partial<Entry> = {}): Entry {
  const e: Entry = { cat, bit: cats(cat), canonical, forms: new Map(), written: new Map(), ...extra };
  e.forms.set(toneKey(canonical), false);
  for (const v of variants) if (!e.forms.has(toneKey(v))) e.forms.set(toneKey(v), true);
  for (const v of variants) {
    e.written!.set(v, 'alias');
    e.written!.set(flipFirst(v), 'alias');
  }
  e.written!.set(canonical, 'exact');
  e.written!.set(flipFirst(canonical), 'exact');
  add(canonical, e);
  for (const v of variants) add(v, e);
  return e;
}

function exactEntry(cat: Category, canonical: string, spellings: readonly string[], extra: Partial<Entry> = {}): Entry {
  const e: Entry = { cat, bit: cats(cat), canonical, forms: new Map(), exact: new Set(spellings), ...extra };
  for (const s of spellings) add(s, e);
  return e;
}

for (const r of RANKS) entry('rank', r.canonical, r.variants, { rank: r });
for (const s of RANK_SUFFIXES) exactEntry('rank-suffix', s, [s]);
for (const h of HONORIFICS) entry('honorific', h.canonical, h.variants, { honorific: h });
for (const a of ACADEMIC_TITLES) exactEntry('academic', a, [a, `${a}.`]);
/** Head words of two or more syllables by their first folded syllable: candidates for a misspelt head ("Giám đôc"). */
export const MULTI_SYLLABLE_HEADS = new Map<string, { entry: Entry; syllables: string[] }[]>();
for (const h of POSITION_HEADS) {
  const e = entry('head', h.canonical, h.variants ?? [], { head: h });
  const syllables = h.canonical.normalize('NFC').split(' ');
  if (syllables.length < 2 || h.weak) continue;
  const first = foldAligned(syllables[0]!.toLowerCase());
  const list = MULTI_SYLLABLE_HEADS.get(first) ?? [];
  list.push({ entry: e, syllables });
  MULTI_SYLLABLE_HEADS.set(first, list);
}
for (const m of POSITION_PREFIXES) entry('prefix', m.canonical, [], { modifier: m });
for (const m of POSITION_SUFFIXES) entry('suffix', m.canonical, [], { modifier: m });
for (const j of POSITION_JOINERS) entry('joiner', j, [], { lowerOnly: true });
for (const o of ORGANISATION_WORDS) entry('organisation', o, []);
for (const u of UNIT_WORDS) entry('unit', u, []);
for (const s of NAMES_WITH_SEPARATORS) {
  if (typeof s === 'string') entry('separated-name', s, []);
  else entry('separated-name', s.canonical, s.variants);
}
for (const f of FOREIGN_BODIES) entry('foreign-body', f, []);
for (const p of PLACE_TYPE_WORDS) entry('place-type', p, [], { lowerOnly: true, provinceLevel: PROVINCE_PLACE_WORDS.includes(p) });
for (const f of RANK_FORCE_WORDS) entry('rank-force', f, []);
for (const c of COUNTRIES) entry('country', c, [], { capitalOnly: true });
for (const s of MINISTRY_NAMES) {
  if (typeof s === 'string') entry('ministry', s, [], { capitalOnly: true });
  else entry('ministry', s.canonical, s.variants, { capitalOnly: true });
}
for (const l of POSITION_LINKS) entry('link', l.word, [], { lowerOnly: true, foreignOnly: l.foreignOnly });
for (const b of BIRTH_MARKERS) entry('birth', b, []);
for (const a of AGE_WORDS) entry('age', a, [], { lowerOnly: true });
for (const l of NAME_POSITION_LINKS) entry('name-link', l, [], { lowerOnly: true });
for (const w of APPOSITION_ENDS) entry('end', w, [], { lowerOnly: true });
for (const h of HISTORICAL_NAMES) entry('historical', h, []);
for (const b of POSITION_BEFORE_BLOCKERS) entry('blocker', b, [], { lowerOnly: true });
for (const b of ON_BEHALF_BLOCKERS) entry('blocker', b, []);
for (const p of PERSONA_CUES) entry('persona', p, []);
for (const a of POLICE_ABBREVIATIONS) {
  if (a.role === 'head') {
    // "PGĐ" = "Phó Giám đốc": a head word that already carries its modifier.
    const head: PositionHead = POSITION_HEADS.find((h) => a.expansion.endsWith(h.canonical)) ?? { canonical: a.expansion, kind: 'other' };
    exactEntry('head', a.expansion, [a.abbr], { abbreviation: a, head: { ...head, canonical: a.expansion, needsTail: false } });
  } else exactEntry('abbreviation', a.expansion, [a.abbr], { abbreviation: a });
}

/** Folded first words of everything that can begin a mention (a lead) — a cheap first filter. */
export const LEAD_FIRST_KEYS = new Set<string>();
for (const [key, node] of root.next) {
  // Weak heads ("cán bộ", "chiến sĩ") never introduce a name, so they do not count as leads.
  const leads = (n: Node): boolean => n.entries.some((e) => ['rank', 'honorific', 'academic', 'prefix'].includes(e.cat) || (e.cat === 'head' && !e.head!.weak)) || [...n.next.values()].some(leads);
  if (leads(node)) LEAD_FIRST_KEYS.add(key);
}

const FAMILY_FOLDED = new Set(FAMILY_NAMES.map((f) => foldAligned(f.normalize('NFC'))));
/** Folded family names (before checking case and tone marks). */
export const FAMILY_FOLDED_KEYS: ReadonlySet<string> = FAMILY_FOLDED;
const FAMILY_KEYS = new Set(FAMILY_NAMES.map((f) => toneKey(f)));

/** Whether token k is a Vietnamese family name written with a capital ("Nguyễn", "Võ"). */
export function isFamilyName(t: Tokens, k: number): boolean {
  if (!t.word[k] || t.kase[k] === LOWER) return false;
  if (!FAMILY_FOLDED.has(t.key[k]!)) return false;
  return FAMILY_KEYS.has(toneKey(t.text.slice(t.start[k]!, t.end[k]!)));
}

const EMPTY: Match[] = [];

// Trie node of each key number (Tokens.id), null for none; filled when first asked, after the
// trie is complete (matchesAt is not called while the vocabulary is loaded).
const rootById: (Node | null | undefined)[] = new Array(MAX_INTERNED);

// First folded words of every province form the province matcher knows: a cheap test before
// asking it whether a province begins at a token.
const PROVINCE_FIRST_KEYS = new Set(gazetteerForms().map((f) => f.key.split(/[ #]/)[0]!));

/** Whether a province name may begin with the folded word. */
export function mayBeProvinceStart(key: string): boolean {
  return PROVINCE_FIRST_KEYS.has(key);
}


/**
 * Every verified vocabulary match starting at token k, longest first. Matches do not cross a
 * line break. `memo` caches the answer per token for one article.
 */
export function matchesAt(t: Tokens, k: number, memo: (Match[] | undefined)[]): Match[] {
  const cached = memo[k];
  if (cached) return cached;
  const id = t.id[k]!;
  let node = id >= 0 ? rootById[id] : undefined;
  if (node === undefined) {
    node = root.next.get(t.key[k]!) ?? null;
    if (id >= 0) rootById[id] = node;
  }
  if (!node) {
    memo[k] = EMPTY;
    return EMPTY;
  }
  const found: Match[] = [];
  let j = k;
  for (;;) {
    if (node.entries.length) {
      const written = phrase(t, k, j + 1);
      let key: string | undefined;
      for (const e of node.entries) {
        let m: Match['match'] | null = null;
        if (e.exact) {
          if (e.exact.has(written)) m = 'alias';
        } else {
          m = e.written!.get(written) ?? null;
          if (!m) {
            key ??= toneKey(written);
            const variant = e.forms.get(key);
            if (variant !== undefined) m = variant ? 'alias' : 'folded';
          }
          if (m && e.lowerOnly && t.kase[k] !== LOWER) m = null;
          if (m && e.capitalOnly && t.kase[k] === LOWER) m = null;
        }
        if (m) found.push({ entry: e, end: j + 1, match: m });
      }
    }
    j++;
    if (j >= t.n || t.gap[j] === GAP_NEWLINE) break;
    const nx = node.next.get(t.key[j]!);
    if (!nx) break;
    node = nx;
  }
  if (found.length > 1) found.sort((a, b) => b.end - a.end);
  memo[k] = found.length ? found : EMPTY;
  return memo[k]!;
}

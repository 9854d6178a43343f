/**
 * The officials' tags of the lexicon: ranks, honorifics, academic titles, position heads and
 * their modifiers, organisation words, abbreviations, place words, apposition enders and
 * historical names (src/data/ranks.ts, honorifics.ts, positions.ts, police-abbreviations.ts,
 * place-words.ts), and how a hit is verified on the original text: up to case and tone-mark
 * placement, abbreviations exactly as written. So folding never invents a word: "trường"
 * (school) is not "trưởng", "đa" is not "đã".
 */
import { RANKS, RANK_SUFFIXES, RANK_FORCE_WORDS, type Rank } from '../../data/ranks.js';
import { HONORIFICS, ACADEMIC_TITLES, HISTORICAL_NAMES, PERSONA_CUES, type Honorific } from '../../data/honorifics.js';
import {
  POSITION_HEADS, POSITION_PREFIXES, POSITION_SUFFIXES, POSITION_JOINERS, ORGANISATION_WORDS,
  NAMES_WITH_SEPARATORS, FOREIGN_BODIES, APPOSITION_ENDS, UNIT_WORDS, POSITION_BEFORE_BLOCKERS, ON_BEHALF_BLOCKERS,
  COUNTRIES, MINISTRY_NAMES, POSITION_LINKS, BIRTH_MARKERS, AGE_WORDS, NAME_POSITION_LINKS,
  type PositionHead, type PositionModifier,
} from '../../data/positions.js';
import { PLACE_WORDS } from '../../data/place-words.js';
import { POLICE_ABBREVIATIONS, type Abbreviation } from '../../data/police-abbreviations.js';
import { toneKey } from './tone-key.js';
import type { Builder, Source } from './lexicon.js';
import type { ProvinceAbbreviation } from './province-forms.js';

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

/** One officials' tag: a category, the canonical text the record states, and how a hit is verified. */
export interface OfficialTag {
  cat: Category;
  /** `cats(cat)`. */
  bit: number;
  /** Canonical text the record states for it. */
  canonical: string;
  /** Tone keys of accepted spellings → whether the spelling is a listed variant. */
  forms: Map<string, boolean>;
  /** Abbreviations: accepted spellings exactly as written. */
  exact?: Set<string>;
  /** Province abbreviations ("TT-Huế", "TTH"): verified as the province form is. */
  provinceForm?: ProvinceAbbreviation;
  /** Spellings as listed (and with the first letter's case flipped) → match kind, checked before tone keys. */
  written?: Map<string, 'exact' | 'alias'>;
  rank?: Rank;
  honorific?: Honorific;
  head?: PositionHead;
  modifier?: PositionModifier;
  abbreviation?: Abbreviation;
  /** Counts only when written in lower case (apposition enders). */
  lowerOnly?: boolean;
  /** Counts only when its first letter is a capital (countries, ministries). */
  capitalOnly?: boolean;
  /** Place words: true for province level ("tỉnh", "thành phố"), false for local ones ("xã"). */
  provinceLevel?: boolean;
  /** Links ("tại"): only inside a foreign post. */
  foreignOnly?: boolean;
}

function flipFirst(s: string): string {
  const c = s[0]!;
  const f = c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase();
  return f + s.slice(1);
}

function addTag(b: Builder, forms: readonly string[], tag: OfficialTag): OfficialTag {
  for (const f of forms) b.add(f, { kind: 'official', tag });
  return tag;
}

function entry(b: Builder, cat: Category, canonical: string, variants: readonly string[], extra: Partial<OfficialTag> = {}): OfficialTag {
  const e: OfficialTag = { cat, bit: cats(cat), canonical, forms: new Map(), written: new Map(), ...extra };
  e.forms.set(toneKey(canonical), false);
  for (const v of variants) if (!e.forms.has(toneKey(v))) e.forms.set(toneKey(v), true);
  for (const v of variants) {
    e.written!.set(v, 'alias');
    e.written!.set(flipFirst(v), 'alias');
  }
  e.written!.set(canonical, 'exact');
  e.written!.set(flipFirst(canonical), 'exact');
  return addTag(b, [canonical, ...variants], e);
}

function exactEntry(b: Builder, cat: Category, canonical: string, spellings: readonly string[], extra: Partial<OfficialTag> = {}): OfficialTag {
  const e: OfficialTag = { cat, bit: cats(cat), canonical, forms: new Map(), exact: new Set(spellings), ...extra };
  return addTag(b, spellings, e);
}

/** Head words of two or more syllables, with their syllables (candidates for a misspelt head, "Giám đôc"). */
export interface MultiSyllableHead {
  tag: OfficialTag;
  syllables: string[];
}

/** Adds the officials' vocabulary, in the order its tags are tried at one node. */
export function officialSource(provinceAbbreviations: () => readonly ProvinceAbbreviation[]): Source {
  return (b) => {
    for (const r of RANKS) entry(b, 'rank', r.canonical, r.variants, { rank: r });
    for (const s of RANK_SUFFIXES) exactEntry(b, 'rank-suffix', s, [s]);
    for (const h of HONORIFICS) if (h.readsOfficial) entry(b, 'honorific', h.canonical, h.variants, { honorific: h });
    for (const a of ACADEMIC_TITLES) exactEntry(b, 'academic', a, [a, `${a}.`]);
    for (const h of POSITION_HEADS) entry(b, 'head', h.canonical, h.variants ?? [], { head: h });
    for (const m of POSITION_PREFIXES) entry(b, 'prefix', m.canonical, [], { modifier: m });
    for (const m of POSITION_SUFFIXES) entry(b, 'suffix', m.canonical, [], { modifier: m });
    for (const j of POSITION_JOINERS) entry(b, 'joiner', j, [], { lowerOnly: true });
    for (const o of ORGANISATION_WORDS) entry(b, 'organisation', o, []);
    for (const u of UNIT_WORDS) entry(b, 'unit', u, []);
    for (const s of NAMES_WITH_SEPARATORS) {
      if (typeof s === 'string') entry(b, 'separated-name', s, []);
      else entry(b, 'separated-name', s.canonical, s.variants);
    }
    for (const f of FOREIGN_BODIES) entry(b, 'foreign-body', f, []);
    for (const p of PLACE_WORDS) if (p.unit) entry(b, 'place-type', p.word, [], { lowerOnly: true, provinceLevel: p.level === 'province' });
    for (const f of RANK_FORCE_WORDS) entry(b, 'rank-force', f, []);
    for (const c of COUNTRIES) entry(b, 'country', c, [], { capitalOnly: true });
    for (const s of MINISTRY_NAMES) {
      if (typeof s === 'string') entry(b, 'ministry', s, [], { capitalOnly: true });
      else entry(b, 'ministry', s.canonical, s.variants, { capitalOnly: true });
    }
    for (const l of POSITION_LINKS) entry(b, 'link', l.word, [], { lowerOnly: true, foreignOnly: l.foreignOnly });
    for (const w of BIRTH_MARKERS) entry(b, 'birth', w, []);
    for (const a of AGE_WORDS) entry(b, 'age', a, [], { lowerOnly: true });
    for (const l of NAME_POSITION_LINKS) entry(b, 'name-link', l, [], { lowerOnly: true });
    for (const w of APPOSITION_ENDS) entry(b, 'end', w, [], { lowerOnly: true });
    for (const h of HISTORICAL_NAMES) entry(b, 'historical', h, []);
    for (const w of POSITION_BEFORE_BLOCKERS) entry(b, 'blocker', w, [], { lowerOnly: true });
    for (const w of ON_BEHALF_BLOCKERS) entry(b, 'blocker', w, []);
    for (const p of PERSONA_CUES) entry(b, 'persona', p, []);
    const abbreviation = (a: Abbreviation): void => {
      if (a.role === 'head') {
        // "PGĐ" = "Phó Giám đốc": a head word that already carries its modifier.
        const head: PositionHead = POSITION_HEADS.find((h) => a.expansion.endsWith(h.canonical)) ?? { canonical: a.expansion, kind: 'other' };
        exactEntry(b, 'head', a.expansion, [a.abbr], { abbreviation: a, head: { ...head, canonical: a.expansion, needsTail: false } });
      } else exactEntry(b, 'abbreviation', a.expansion, [a.abbr], { abbreviation: a });
    };
    for (const a of POLICE_ABBREVIATIONS) abbreviation(a);
    // Place words' abbreviations ("TP" = thành phố, "TX" = thị xã), then the provinces' ("TP.HCM", "TT-Huế", "TTH").
    for (const p of PLACE_WORDS) for (const abbr of p.abbreviations ?? []) abbreviation({ abbr, expansion: p.word, role: 'place', src: 'G' });
    for (const pa of provinceAbbreviations()) {
      const a: Abbreviation = { abbr: pa.form.text, expansion: pa.expansion, role: 'place', src: 'P' };
      addTag(b, [pa.form.text], { cat: 'abbreviation', bit: cats('abbreviation'), canonical: pa.expansion, forms: new Map(), provinceForm: pa, abbreviation: a });
    }
  };
}

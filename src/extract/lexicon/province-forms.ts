/**
 * The provinces' tags of the lexicon: every form of src/data/provinces.ts (names, variants,
 * abbreviations, prefixed forms; English forms for English articles) with what verifying a
 * folded hit needs: the tone key and the case of each syllable as the data writes it, and the
 * separators allowed between syllables (a space; a dash with or without spaces; a dot with or
 * without a space after it).
 */
import { foldAligned } from '../../text/fold.js';
import { tokenize } from '../../text/tokens.js';
import { ALL_UNITS, CONTEXT_TRAPS, type PrefixSet, type ProvinceUnit } from '../../data/provinces.js';
import { toneKey } from './tone-key.js';
import type { Source } from './lexicon.js';

export type Gap = 'space' | 'dash' | 'dot';

/**
 * Case a syllable must have in the text, from how the data writes it: 'cap' first letter upper
 * case; 'abbr' all capitals; 'abbr2' all capitals or Capitalised (TP / Tp); 'any' (written lower
 * case in the data: "Thủ đô").
 */
export type CaseRule = 'cap' | 'abbr' | 'abbr2' | 'any';

export interface ProvinceForm {
  unit: ProvinceUnit;
  text: string;
  /** Folded syllables. */
  words: string[];
  /** Tone keys of the syllables as written in the data. */
  keys: string[];
  caseRules: CaseRule[];
  gaps: Gap[];
  kind: 'name' | 'variant' | 'prefixed';
  after: PrefixSet | undefined;
  /** A form that means the unit's later name (Huế). */
  renamed: boolean;
  /** Trap words (tone keys, or `ascii:` + folded) that make the form part of another name when right after it. */
  followedBy: string[];
  precededBy: string[];
  /** Read in English articles only ("Nghe An", "Hanoi"). */
  english: boolean;
  /** An abbreviation: what a stated position writes for it ("TTH" → "Thừa Thiên Huế"). */
  expansion?: string;
}

/** A province abbreviation and its written-out form (read by the officials' positions). */
export interface ProvinceAbbreviation {
  form: ProvinceForm;
  expansion: string;
}

const isCapitalised = (s: string): boolean => s[0]! !== s[0]!.toLowerCase();
export const isAllCaps = (s: string): boolean => s === s.toUpperCase() && s !== s.toLowerCase();

export function caseRuleOf(word: string): CaseRule {
  if (word.length >= 2 && isAllCaps(word)) return word.length === 2 ? 'abbr2' : 'abbr';
  return isCapitalised(word) ? 'cap' : 'any';
}

export function caseOk(rule: CaseRule, orig: string): boolean {
  if (rule === 'any') return true;
  if (rule === 'cap') return isCapitalised(orig);
  if (rule === 'abbr') return isAllCaps(orig);
  return isAllCaps(orig) || (isCapitalised(orig) && orig.slice(1) === orig.slice(1).toLowerCase());
}

function gapOf(sep: string, form: string): Gap {
  if (sep === ' ') return 'space';
  if (/^ ?[-–—] ?$/.test(sep)) return 'dash';
  if (/^\. ?$/.test(sep)) return 'dot';
  throw new Error(`provinces data: unsupported separator ${JSON.stringify(sep)} in form "${form}"`);
}

/** Whether the text between two syllables is the separator a form allows there. */
export function gapMatches(gap: Gap, s: string): boolean {
  if (gap === 'space') return s === ' ';
  if (gap === 'dash') return s.length <= 3 && /^ ?[-–—] ?$/.test(s);
  return s === '.' || s === '. ';
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;
/** The key a word is looked up by in the trap lists: tone key for Vietnamese, folded for ASCII text ("Dien Bien Phu"). */
export const trapKey = (w: string): string => (ASCII_ONLY.test(w) ? `ascii:${w.toLowerCase()}` : toneKey(w));

/** Word syllables of a written string: [start, end) pairs of the one tokeniser's word tokens. */
export function syllablesOf(text: string): { starts: number[]; ends: number[] } {
  const t = tokenize(text, foldAligned(text));
  const starts: number[] = [];
  const ends: number[] = [];
  for (let k = 0; k < t.n; k++) {
    if (!t.word[k]) continue;
    starts.push(t.start[k]!);
    ends.push(t.end[k]!);
  }
  return { starts, ends };
}

function compileForms(): { forms: ProvinceForm[]; abbreviations: ProvinceAbbreviation[] } {
  const trapWords = (list: string[] | undefined) => (list ?? []).flatMap((w) => (w === '*' ? ['*'] : [toneKey(w), `ascii:${foldAligned(w)}`]));
  const trapByForm = new Map<string, { followedBy: string[]; precededBy: string[] }>();
  for (const t of CONTEXT_TRAPS) trapByForm.set(foldAligned(t.form), { followedBy: trapWords(t.followedBy), precededBy: trapWords(t.precededBy) });

  const makeForm = (unit: ProvinceUnit, text: string, kind: ProvinceForm['kind'], after: PrefixSet | undefined, english: boolean, expansion?: string): ProvinceForm => {
    const nfc = text.normalize('NFC');
    const { starts, ends } = syllablesOf(nfc);
    if (starts.length === 0) throw new Error(`provinces data: empty form for ${unit.name}`);
    const original = starts.map((s, i) => nfc.slice(s, ends[i]));
    const gaps: Gap[] = [];
    for (let i = 1; i < original.length; i++) gaps.push(gapOf(nfc.slice(ends[i - 1], starts[i]), text));
    const folded = foldAligned(nfc);
    const trap = trapByForm.get(folded);
    return {
      unit, text: nfc, words: starts.map((s, i) => folded.slice(s, ends[i])), keys: original.map(toneKey), caseRules: original.map(caseRuleOf),
      gaps, kind, after, renamed: unit.renamed?.forms.some((f) => f === nfc) ?? false,
      followedBy: trap?.followedBy ?? [], precededBy: trap?.precededBy ?? [], english, ...(expansion ? { expansion } : {}),
    };
  };
  const forms: ProvinceForm[] = [];
  const abbreviations: ProvinceAbbreviation[] = [];
  for (const u of ALL_UNITS) {
    forms.push(makeForm(u, u.name, 'name', u.nameNeedsPrefix, false));
    for (const a of u.abbreviations?.forms ?? []) {
      const f = makeForm(u, a, 'variant', undefined, false, u.abbreviations!.expansion);
      forms.push(f);
      abbreviations.push({ form: f, expansion: u.abbreviations!.expansion });
    }
    for (const v of u.variants) forms.push(makeForm(u, v, 'variant', undefined, false));
    for (const p of u.prefixed) forms.push(makeForm(u, p.form, 'prefixed', p.after, false));
  }
  // English articles: the Vietnamese forms (an English text may keep diacritics) plus ASCII forms.
  for (const u of ALL_UNITS) for (const e of u.english) forms.push(makeForm(u, e, 'variant', undefined, true));
  return { forms, abbreviations };
}

let compiled: ReturnType<typeof compileForms> | null = null;

/** Every province form, compiled once per process (the Vietnamese ones first, then the English ones). */
export function provinceForms(): ReturnType<typeof compileForms> {
  compiled ??= compileForms();
  return compiled;
}

/** Adds every province form to the lexicon. */
export const provinceSource: Source = (b) => {
  for (const f of provinceForms().forms) b.add(f.text, { kind: 'province', form: f });
};

/**
 * What the province rules consult, compiled once per process from the lexicon: the province
 * forms that begin at a word, the prefix words of each prefix set, the place words and the
 * words that open a person's name.
 */
import { foldAligned } from '../../text/fold.js';
import { GAP_NEWLINE } from '../../text/tokens.js';
import { COMMON_WORD_NAMES, ALL_UNITS, type PrefixSet, type ProvinceUnit } from '../../data/provinces.js';
import { lexicon, mayStartProvince, type Entry } from '../lexicon/index.js';
import { rootNode } from '../lexicon/lexicon.js';
import { caseOk, caseRuleOf, isAllCaps, type CaseRule, type ProvinceForm } from '../lexicon/province-forms.js';
import { toneKey } from '../lexicon/tone-key.js';
import { gapBefore, wordIs, wordKey, type Words } from '../words.js';

export const isCapitalised = (s: string): boolean => s[0]! !== s[0]!.toLowerCase();
const ASCII_ONLY = /^[\x00-\x7f]*$/;

interface PrefixSeq {
  words: string[];
  rules: CaseRule[];
}

interface Gazetteer {
  prefixes: Record<PrefixSet, PrefixSeq[]>;
  /** Word sequences that open a place run ("huyện", "sân bay", "Công an", "tại"), by last folded word. */
  placeByLast: Map<string, string[][]>;
  /** Sub-provincial place words ("ấp", "phường", "đường"), by last folded word. */
  localByLast: Map<string, string[][]>;
  commonWordUnits: Set<ProvinceUnit>;
  /** Tone keys and folded forms of the names that open a person's name (common family names, middle names). */
  familyKeys: Set<string>;
  familyFolded: Set<string>;
  /** Folded single-token person titles ("ba", "gs", "ts"). */
  titles: Set<string>;
  honorificRe: RegExp;
}

function byLastWord(list: readonly string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const w of list) {
    const words = foldAligned(w.normalize('NFC')).split(' ');
    const l = out.get(words[words.length - 1]!) ?? [];
    l.push(words);
    out.set(words[words.length - 1]!, l);
  }
  return out;
}

function compileGazetteer(): Gazetteer {
  const lex = lexicon();
  const prefixes: Record<PrefixSet, PrefixSeq[]> = { city: [], police: [], place: [] };
  const place: string[] = [];
  const local: string[] = [];
  const family: string[] = [];
  const titles: string[] = [];
  const honorifics: string[] = [];
  for (const e of lex.entries) {
    for (const tag of e.tags) {
      if (tag.kind === 'place-prefix') {
        const seq = prefixSeq(tag.word);
        for (const s of tag.sets) prefixes[s as PrefixSet].push(seq);
      } else if (tag.kind === 'place-word') {
        if (tag.placeRun) place.push(tag.word);
        if (tag.local) local.push(tag.word);
      } else if (tag.kind === 'locative') place.push(tag.word);
      else if (tag.kind === 'family-name' && tag.common) family.push(tag.name);
      else if (tag.kind === 'middle-name') family.push(tag.name);
      else if (tag.kind === 'person-title') titles.push(tag.word);
      else if (tag.kind === 'person-honorific') honorifics.push(tag.word);
    }
  }
  // The police prefix written out opens a place run too ("Công an Lục Nam Bắc Giang"); its
  // abbreviation "CA" does not (folded, "ca" is also "cả", "cá").
  for (const e of lex.entries) for (const tag of e.tags) if (tag.kind === 'place-prefix' && tag.sets.includes('police') && !isAllCaps(tag.word)) place.push(tag.word);
  const commonWordUnits = new Set(COMMON_WORD_NAMES.map((n) => {
    const u = ALL_UNITS.find((x) => x.name === n);
    if (!u) throw new Error(`provinces data: COMMON_WORD_NAMES lists unknown unit "${n}"`);
    return u;
  }));
  return {
    prefixes,
    placeByLast: byLastWord(place),
    localByLast: byLastWord(local),
    commonWordUnits,
    familyKeys: new Set(family.map(toneKey)),
    familyFolded: new Set(family.map((n) => foldAligned(n))),
    titles: new Set(titles.map((w) => foldAligned(w))),
    honorificRe: new RegExp(`(?:^|[^\\p{L}\\p{M}\\p{N}])(?:${honorifics.map((h) => h.replace(/[/.]/g, '\\$&')).join('|')}) $`, 'iu'),
  };
}

function prefixSeq(p: string): PrefixSeq {
  const words = p.split(' ');
  return {
    words: words.map((w) => foldAligned(w)),
    // Abbreviations must keep their capitals ("ca" is a common word); words may be lower case.
    rules: words.map((w) => (w.length >= 2 && isAllCaps(w) ? caseRuleOf(w) : 'any')),
  };
}

let compiled: Gazetteer | null = null;

/** The province rules' vocabulary, compiled once per process. */
export function gazetteer(): Gazetteer {
  compiled ??= compileGazetteer();
  return compiled;
}

/**
 * Province forms that begin at word i and end inside the window, deepest (most syllables)
 * first, each list longest written form first. Forms never cross a line break.
 */
export function formsAt(W: Words, i: number): readonly ProvinceForm[][] {
  const t = W.t;
  let k = W.tok[i]!;
  if (!mayStartProvince(t.id[k]!)) return NONE;
  let node = rootNode(lexicon(), t.id[k]!);
  const found: Entry[] = [];
  const lastTok = W.hi > W.lo ? W.tok[W.hi - 1]! : -1;
  while (node) {
    if (node.entry && node.entry.provinces.length) found.push(node.entry);
    k++;
    if (k > lastTok || t.gap[k] === GAP_NEWLINE) break;
    node = node.next.get(t.key[k]!) ?? null;
  }
  if (found.length === 0) return NONE;
  const out: ProvinceForm[][] = [];
  for (let x = found.length - 1; x >= 0; x--) out.push(found[x]!.provinces);
  return out;
}

const NONE: readonly ProvinceForm[][] = [];

/** Does a prefix of `set` end right before word i ("Công an tỉnh", "TP", "CATP")? */
export function hasPrefix(W: Words, i: number, set: PrefixSet): boolean {
  const text = W.t.text;
  for (const p of gazetteer().prefixes[set]) {
    const n = p.words.length;
    if (i - n < W.lo) continue;
    const gap = gapBefore(W, i);
    if (gap !== ' ' && gap !== '.' && gap !== '. ') continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const j = i - n + k;
      if (!wordIs(W, j, p.words[k]!)) ok = false;
      else if (k > 0 && gapBefore(W, j) !== ' ') ok = false;
      else {
        const rule = p.rules[k]!;
        if (rule !== 'any' && !caseOk(rule, text.slice(W.starts[j], W.ends[j]))) ok = false;
      }
    }
    if (ok) return true;
  }
  return false;
}

/** Does a word sequence of `index` end at word j? */
export function wordsEndAt(index: Map<string, string[][]>, W: Words, j: number): boolean {
  if (j < W.lo || j >= W.hi) return false;
  const cands = index.get(wordKey(W, j));
  if (!cands) return false;
  return cands.some((words) => {
    const first = j - words.length + 1;
    if (first < W.lo) return false;
    for (let k = 0; k < words.length; k++) {
      if (!wordIs(W, first + k, words[k]!)) return false;
      if (k > 0 && gapBefore(W, first + k) !== ' ') return false;
    }
    return true;
  });
}

/** Is the written word a name that opens a person's name ("Nguyễn", "Văn"), capitalised? */
export function isNameOpener(orig: string): boolean {
  if (!isCapitalised(orig)) return false;
  const g = gazetteer();
  return ASCII_ONLY.test(orig) ? g.familyFolded.has(orig.toLowerCase()) : g.familyKeys.has(toneKey(orig));
}

/** Is word j a person title ("Bà", "GS"), compared folded? */
export const isTitle = (W: Words, j: number): boolean => gazetteer().titles.has(wordKey(W, j));

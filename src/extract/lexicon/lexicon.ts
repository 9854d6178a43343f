/**
 * The lexicon: every vocabulary of src/data/ compiled once per process into one trie over
 * folded token keys (lower case, no diacritics, đ → d; punctuation tokens are keys too:
 * "TP.HCM" is tp · . · hcm). Each node that ends a listed word or phrase holds ONE entry,
 * with every tag the data gives it: "Công an" is an organisation word, a province prefix and
 * a cluster member word at once; "Hồ Chí Minh" is a province form, a historical name and an
 * order's name.
 *
 * Lookups walk the trie over an article's tokens, so reading text written without diacritics
 * is a matter of which tags accept a folded hit: every tag says how a hit is verified on the
 * original text (its tone keys, its case, its exact spelling).
 *
 * The sources (./official-tags.ts, ./province-forms.ts, ./sources.ts: one per family of data
 * modules) add their tags while the lexicon is compiled; `lexicon()` of ./index.ts compiles on
 * first use and hands out the same object after. Nothing changes it once compiled.
 */
import { foldAligned } from '../../text/fold.js';
import { buildSyllableIndex, tokenize, type SyllableIndex } from '../../text/tokens.js';
import type { OfficialTag } from './official-tags.js';
import type { ProvinceForm } from './province-forms.js';

/** What one tag of an entry is: the data module's kind of word, with its payload. */
export type Tag =
  | { kind: 'official'; tag: OfficialTag }
  | { kind: 'province'; form: ProvinceForm }
  | { kind: 'family-name'; name: string; common: boolean }
  | { kind: 'middle-name'; name: string }
  | { kind: 'place-word'; word: string; local: boolean; unit: boolean; provinceLevel: boolean; placeRun: boolean }
  | { kind: 'place-prefix'; word: string; sets: readonly string[] }
  | { kind: 'locative'; word: string }
  | { kind: 'person-title'; word: string }
  | { kind: 'person-honorific'; word: string }
  | { kind: 'award'; role: string; canonical: string; alias: string }
  | { kind: 'number-word'; word: string; value: number }
  | { kind: 'period-word'; role: string; word: string }
  | { kind: 'cluster-word'; role: string; word: string }
  | { kind: 'sentence-abbreviation'; word: string };

export type TagKind = Tag['kind'];

/** One listed word or phrase: its folded keys and every tag the data gives it. */
export interface Entry {
  keys: readonly string[];
  tags: Tag[];
  /** The written form each tag was added with (same index as `tags`). */
  written: string[];
  /** The officials' tags of `tags`, in the order they were added (matched by officials). */
  official: OfficialTag[];
  /** Province forms of `tags`, longest written form first (matched by provinces). */
  provinces: ProvinceForm[];
  /** Kinds present, as bits of KIND_BITS (a membership test without scanning `tags`). */
  kinds: number;
}

export interface Node {
  next: Map<string, Node>;
  entry: Entry | null;
}

const KINDS: TagKind[] = [
  'official', 'province', 'family-name', 'middle-name', 'place-word', 'place-prefix', 'locative', 'person-title',
  'person-honorific', 'award', 'number-word', 'period-word', 'cluster-word', 'sentence-abbreviation',
];

/** Bit of a tag kind in `Entry.kinds`. */
export const kindBit = (k: TagKind): number => 1 << KINDS.indexOf(k);

export interface Lexicon {
  root: Node;
  /** Numbers of every folded key the trie holds, for the tokeniser. */
  syllables: SyllableIndex;
  /** Root child of each key number (null: the key begins nothing). */
  rootById: readonly (Node | null)[];
  /** Every entry, in the order first added (data tests, docs). */
  entries: readonly Entry[];
}

/** The folded token keys of a written form, cut by the one tokeniser. */
export function keysOf(form: string): string[] {
  const nfc = form.normalize('NFC');
  return tokenize(nfc, foldAligned(nfc)).key;
}

/** The compile step a source sees: add a tag to the entry of a written form. */
export interface Builder {
  add(form: string, tag: Tag): Entry;
  /** The entry of a form if some source added it already. */
  find(form: string): Entry | undefined;
}

export type Source = (b: Builder) => void;

/** Compiles the sources into one lexicon. */
export function compile(sources: readonly Source[]): Lexicon {
  const root: Node = { next: new Map(), entry: null };
  const entries: Entry[] = [];
  const nodeOf = (keys: readonly string[], create: boolean): Node | undefined => {
    let node = root;
    for (const k of keys) {
      let nx = node.next.get(k);
      if (!nx) {
        if (!create) return undefined;
        nx = { next: new Map(), entry: null };
        node.next.set(k, nx);
      }
      node = nx;
    }
    return node;
  };
  const builder: Builder = {
    add(form, tag) {
      const keys = keysOf(form);
      if (keys.length === 0) throw new Error(`lexicon: empty form ${JSON.stringify(form)}`);
      const node = nodeOf(keys, true)!;
      let e = node.entry;
      if (!e) {
        e = { keys, tags: [], written: [], official: [], provinces: [], kinds: 0 };
        node.entry = e;
        entries.push(e);
      }
      if (tag.kind === 'official') {
        if (!e.official.includes(tag.tag)) e.official.push(tag.tag);
      } else if (tag.kind === 'province') e.provinces.push(tag.form);
      e.tags.push(tag);
      e.written.push(form.normalize('NFC'));
      e.kinds |= kindBit(tag.kind);
      return e;
    },
    find(form) {
      return nodeOf(keysOf(form), false)?.entry ?? undefined;
    },
  };
  for (const s of sources) s(builder);
  // Longest written form first among the forms of one entry (stable: data order otherwise).
  for (const e of entries) if (e.provinces.length > 1) e.provinces.sort((a, b) => b.text.length - a.text.length);
  const keys: string[] = [];
  const seen = new Map<string, number>();
  const visit = (n: Node): void => {
    for (const [k, c] of n.next) {
      if (!seen.has(k)) {
        seen.set(k, keys.length);
        keys.push(k);
      }
      visit(c);
    }
  };
  visit(root);
  const long = keys.find((k) => k.length > MAX_KEY_LENGTH);
  if (long) throw new Error(`lexicon: key "${long}" is longer than ${MAX_KEY_LENGTH} characters`);
  const rootById: (Node | null)[] = keys.map((k) => root.next.get(k) ?? null);
  return { root, syllables: buildSyllableIndex(keys), rootById, entries };
}

/** Longest key the tokeniser numbers (see `tokenize`); no data word comes near it. */
const MAX_KEY_LENGTH = 16;

/**
 * The root node of token k's key, for tokens cut with this lexicon's syllable index (every key
 * the trie holds has a number, so a token without one begins nothing).
 */
export function rootNode(lex: Lexicon, id: number): Node | null {
  return id >= 0 ? lex.rootById[id]! : null;
}

/**
 * The lexicon of this process: compiled from every source on first use, then shared and never
 * changed. Recognisers reach the vocabulary only through it.
 */
import { compile, kindBit, rootNode, type Entry, type Lexicon, type Node, type TagKind } from './lexicon.js';
import { officialSource } from './official-tags.js';
import { provinceForms, provinceSource } from './province-forms.js';
import { abbreviationSource, awardSource, clusterSource, nameSource, numberSource, periodSource, placeSource } from './sources.js';
import { foldAligned } from '../../text/fold.js';
import { tokenize, type Tokens } from '../../text/tokens.js';

export type { Entry, Lexicon, Node, Tag, TagKind } from './lexicon.js';
export { kindBit } from './lexicon.js';

let compiled: Lexicon | null = null;

/** The lexicon, compiled once per process. */
export function lexicon(): Lexicon {
  compiled ??= compile([
    officialSource(() => provinceForms().abbreviations),
    provinceSource,
    nameSource,
    placeSource,
    awardSource,
    numberSource,
    periodSource,
    clusterSource,
    abbreviationSource,
  ]);
  return compiled;
}

/** Tokens of a short text (a phrase, a form) cut with the lexicon's syllable numbers; `unaccented`: read as the article it comes from is (see `Tokens`). */
export function tokenizeText(text: string, unaccented = false): Tokens {
  return tokenize(text, foldAligned(text), lexicon().syllables, unaccented);
}

/** The entry of token k's key alone (a one-token word), or null. */
export function entryAt(t: Tokens, k: number): Entry | null {
  return rootNode(lexicon(), t.id[k]!)?.entry ?? null;
}

/** Whether token k's key alone is listed with a tag of `kind` (folded: verification is the caller's). */
export function hasTag(t: Tokens, k: number, kind: TagKind): boolean {
  const e = entryAt(t, k);
  return e !== null && (e.kinds & kindBit(kind)) !== 0;
}

let provinceStarts: Uint8Array | null = null;

/** Whether the key numbered `id` begins some province form (a cheap test before asking the province recogniser). */
export function mayStartProvince(id: number): boolean {
  if (!provinceStarts) {
    const lex = lexicon();
    const bit = kindBit('province');
    const leads = (n: Node): boolean => ((n.entry?.kinds ?? 0) & bit) !== 0 || [...n.next.values()].some(leads);
    const out = new Uint8Array(lex.rootById.length);
    lex.rootById.forEach((n, i) => {
      if (n && leads(n)) out[i] = 1;
    });
    provinceStarts = out;
  }
  return provinceStarts[id] === 1;
}

/**
 * The officials recogniser's view of the lexicon: the officials' tags that match at a token
 * (verified on the original text), whether a token is a family name, and the indexes derived
 * once per process (which words may begin a reading, the head words a misspelling is compared
 * with, the honorifics read through a typo).
 */
import { foldAligned } from '../../text/fold.js';
import { GAP_NEWLINE, LOWER, phrase, raw, type Tokens } from '../../text/tokens.js';
import { HONORIFICS, type Honorific } from '../../data/honorifics.js';
import { POSITION_HEADS } from '../../data/positions.js';
import { lexicon, type Node } from '../lexicon/index.js';
import { rootNode } from '../lexicon/lexicon.js';
import { toneKey } from '../lexicon/tone-key.js';
import { exactIn, spelledIn, spellingIn, spells } from '../lexicon/spelling.js';
import { caseOk, gapMatches, type ProvinceForm } from '../lexicon/province-forms.js';
import type { OfficialTag } from '../lexicon/official-tags.js';

export { cats, type Category, type OfficialTag } from '../lexicon/official-tags.js';

export interface Match {
  entry: OfficialTag;
  /** Token index after the match. */
  end: number;
  /**
   * exact: the canonical spelling (its first letter in either case: "Đồng chí", "thượng tướng");
   * alias: a listed variant or an abbreviation; folded: other case or tone-placement differences.
   */
  match: 'exact' | 'alias' | 'folded';
}

const EMPTY: Match[] = [];

/** Do tokens [k, end) verify as the province form (its words, separators, case and tone marks)? */
function verifiesAsProvince(t: Tokens, k: number, end: number, f: ProvinceForm): boolean {
  let w = 0;
  let prevEnd = -1;
  for (let p = k; p < end; p++) {
    if (!t.word[p]) continue;
    if (w >= f.words.length) return false;
    if (w > 0 && !gapMatches(f.gaps[w - 1]!, t.folded.slice(prevEnd, t.start[p]))) return false;
    const orig = raw(t, p);
    if (!caseOk(f.caseRules[w]!, orig) || !spells(t, orig, f.keys[w]!)) return false;
    prevEnd = t.end[p]!;
    w++;
  }
  return w === f.words.length;
}

/**
 * Every verified officials' match starting at token k, longest first. Matches do not cross a
 * line break. `memo` keeps the answer per token for one article.
 */
export function matchesAt(t: Tokens, k: number, memo: (Match[] | undefined)[]): Match[] {
  const cached = memo[k];
  if (cached) return cached;
  let node: Node | null = rootNode(lexicon(), t.id[k]!);
  if (!node) {
    memo[k] = EMPTY;
    return EMPTY;
  }
  const found: Match[] = [];
  let j = k;
  for (;;) {
    const tags = node.entry?.official;
    if (tags && tags.length) {
      const written = phrase(t, k, j + 1);
      for (const e of tags) {
        let m: Match['match'] | null = null;
        if (e.provinceForm) {
          if (verifiesAsProvince(t, k, j + 1, e.provinceForm.form)) m = 'alias';
        } else if (e.exact) {
          if (exactIn(t, written, e.exact)) m = 'alias';
        } else {
          m = e.written!.get(written) ?? null;
          if (!m) {
            const variant = spellingIn(t, written, e.forms);
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
    const nx: Node | undefined = node.next.get(t.key[j]!);
    if (!nx) break;
    node = nx;
  }
  if (found.length > 1) found.sort((a, b) => b.end - a.end);
  memo[k] = found.length ? found : EMPTY;
  return memo[k]!;
}

/** Whether token k is a Vietnamese family name written with a capital ("Nguyễn", "Võ"). */
export function isFamilyName(t: Tokens, k: number): boolean {
  if (!t.word[k] || t.kase[k] === LOWER) return false;
  if ((officialIndexes().startFlags[t.id[k]!] ?? 0) & START_FAMILY) return spelledIn(t, raw(t, k), officialIndexes().familyKeys);
  return false;
}

/** A head word of two or more syllables (a candidate for a misspelt head: "Giám đôc"). */
export interface MultiSyllableHead {
  entry: OfficialTag;
  syllables: string[];
}

export interface FuzzyHonorific {
  h: Honorific;
  keys: string[];
  folded: string;
  lastRhyme: string;
}

const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];

/** The rhyme of a folded syllable: what follows its onset ("tri" → "i"). */
export function rhyme(s: string): string {
  for (const o of ONSETS) if (s.startsWith(o) && s.length > o.length) return s.slice(o.length);
  return s;
}

/** What a token may begin, by its key number: 1 a lead (or a fuzzy honorific's first word), 2 a family name. */
export const START_LEAD = 1;
export const START_FAMILY = 2;

/** What a root node of the trie may begin as a lead: the tone keys and exact spellings of its one-word leads, and whether longer leads begin there. */
interface LeadRoot {
  keys: Set<string>;
  exact: Set<string>;
  /** A lead of two or more tokens begins here (checked by walking the keys, verified later). */
  deep: boolean;
}

interface Indexes {
  startFlags: Uint8Array;
  /** Per key number, what its root node may begin as a lead (null: nothing). */
  leadRoots: (LeadRoot | null)[];
  /** Nodes below the root holding a lead tag, and nodes with such a node under them. */
  leadNodes: Set<Node>;
  leadAbove: Set<Node>;
  fuzzyFirst: Set<string>;
  /** Tone keys of every family name. */
  familyKeys: Set<string>;
  multiSyllableHeads: Map<string, MultiSyllableHead[]>;
  fuzzy: FuzzyHonorific[];
}

function compileIndexes(): Indexes {
  const lex = lexicon();
  const multiSyllableHeads = new Map<string, MultiSyllableHead[]>();
  for (const h of POSITION_HEADS) {
    const syllables = h.canonical.normalize('NFC').split(' ');
    if (syllables.length < 2 || h.weak) continue;
    const first = foldAligned(syllables[0]!.toLowerCase());
    const tag = lex.entries.flatMap((e) => e.official).find((o) => o.cat === 'head' && o.head === h)!;
    const list = multiSyllableHeads.get(first) ?? [];
    list.push({ entry: tag, syllables });
    multiSyllableHeads.set(first, list);
  }
  const fuzzy = HONORIFICS.filter((h) => h.fuzzy).map((h) => {
    const folded = foldAligned(h.canonical);
    const keys = folded.split(' ');
    return { h, keys, folded, lastRhyme: rhyme(keys[keys.length - 1]!) };
  });
  // Weak heads ("cán bộ", "chiến sĩ") never introduce a name, so they do not count as leads.
  const isLead = (e: OfficialTag): boolean => ['rank', 'honorific', 'academic', 'prefix'].includes(e.cat) || (e.cat === 'head' && !e.head!.weak);
  const leads = (n: Node): boolean => (n.entry?.official ?? []).some(isLead) || [...n.next.values()].some(leads);
  const leadNodes = new Set<Node>();
  const leadAbove = new Set<Node>();
  const mark = (n: Node): boolean => {
    let below = false;
    for (const c of n.next.values()) {
      if ((c.entry?.official ?? []).some(isLead)) {
        leadNodes.add(c);
        below = true;
      }
      if (mark(c)) below = true;
    }
    if (below) leadAbove.add(n);
    return below;
  };
  const leadRoots: (LeadRoot | null)[] = lex.rootById.map((n) => {
    if (!n || !leads(n)) return null;
    const keys = new Set<string>();
    const exact = new Set<string>();
    for (const e of (n.entry?.official ?? []).filter(isLead)) {
      if (e.exact) for (const x of e.exact) exact.add(x);
      else for (const k of e.forms.keys()) keys.add(k);
    }
    return { keys, exact, deep: mark(n) };
  });
  const fuzzyFirst = new Set(fuzzy.map((f) => f.keys[0]!));
  const startFlags = new Uint8Array(lex.rootById.length);
  lex.rootById.forEach((n, id) => {
    if (!n) return;
    let flags = 0;
    if (leads(n) || fuzzyFirst.has(lex.syllables.key(id))) flags |= START_LEAD;
    if (n.entry?.tags.some((tag) => tag.kind === 'family-name')) flags |= START_FAMILY;
    startFlags[id] = flags;
  });
  const familyKeys = new Set(lex.entries.flatMap((e) => e.tags.flatMap((tag) => (tag.kind === 'family-name' ? [toneKey(tag.name)] : []))));
  return { startFlags, leadRoots, leadNodes, leadAbove, fuzzyFirst, familyKeys, multiSyllableHeads, fuzzy };
}

let compiled: Indexes | null = null;

/** The officials' indexes, derived once per process from the lexicon. */
export function officialIndexes(): Indexes {
  compiled ??= compileIndexes();
  return compiled;
}

/**
 * Whether a lead (rank, honorific, academic title, position) may begin at token k: a one-word
 * lead whose spelling the token has (up to case and tone placement, abbreviations exactly), a
 * longer one whose folded words follow, or the first word of a fuzzy honorific. Asking this
 * before reading the vocabulary at every such word spares most of them ("có" is not "cố").
 */
export function mayLead(t: Tokens, k: number): boolean {
  const x = officialIndexes();
  const root = x.leadRoots[t.id[k]!];
  if (x.fuzzyFirst.has(t.key[k]!)) return true;
  if (!root) return false;
  if (root.exact.size || root.keys.size) {
    const written = raw(t, k);
    if (exactIn(t, written, root.exact) || spelledIn(t, written, root.keys)) return true;
  }
  if (!root.deep) return false;
  let node: Node | undefined = rootNode(lexicon(), t.id[k]!) ?? undefined;
  for (let j = k + 1; node && x.leadAbove.has(node) && j < t.n && t.gap[j] !== GAP_NEWLINE; j++) {
    node = node.next.get(t.key[j]!);
    if (node && x.leadNodes.has(node)) return true;
  }
  return false;
}

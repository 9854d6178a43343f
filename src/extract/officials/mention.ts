/** What the officials rules read: raw mentions and stated positions, before merging. */
import type { NameSpan } from './reader.js';

export type MatchKind = 'exact' | 'alias' | 'folded' | 'fuzzy' | 'inferred';
export type PositionMatch = 'exact' | 'alias' | 'folded' | 'fuzzy';

/** A misspelling read through: where, as written, and as read. */
export interface Typo {
  start: number;
  end: number;
  written: string;
  read: string;
}

/** A stated position as read. */
export interface ReadPosition {
  /** Token span of the position as written. */
  from: number;
  to: number;
  /** Canonical text: abbreviations expanded, known words in canonical case. */
  text: string;
  /** Canonical head word with its modifiers ("Phó Giám đốc"). */
  head: string;
  weak: boolean;
  /** "cố …": the person is dead, a historical reference. */
  historical: boolean;
  match: PositionMatch;
  /** Misspelt head word read through ("Giám đôc" as "Giám đốc"). */
  typo?: Typo;
  score?: number;
  /** A bare "Đại biểu" (src/data/positions.ts `deputy`): read by `official/deputy` before a name. */
  deputy?: boolean;
}

/** A position read before a name, with the name (or a historical reference) it ends in. */
export type PositionReading = ReadPosition & { name?: NameSpan | 'historical'; nameFollows?: boolean };

/** One mention as read, before merging. */
export interface RawMention {
  kind: 'official' | 'weak' | 'short' | 'anaphora' | 'repeat';
  /**
   * A one-word name that is clearly a whole name ("Thượng tá K'Brơi", "đồng chí Hùng, Phó Giám
   * đốc …"): it stands as its own person when no longer name ends with it.
   */
  alone?: boolean;
  /** Character span of the whole reading (lead, name, positions). */
  start: number;
  end: number;
  /** Name as written (syllables joined by one space); null for anaphora. */
  name: string | null;
  rank: { canonical: string; match: MatchKind } | null;
  honorific: { canonical: string; standalone: boolean } | null;
  positions: ReadPosition[];
  foundBy: { rule: string; match: MatchKind; score?: number }[];
  /** Misspelt honorific read through. */
  typo?: Typo;
}

/** The worse of two match kinds (a position is as good as its worst piece). */
export function worst(a: PositionMatch, b: PositionMatch): PositionMatch {
  const order = { exact: 0, alias: 1, folded: 2, fuzzy: 3 };
  return order[a] >= order[b] ? a : b;
}

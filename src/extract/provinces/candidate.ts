/** Shapes shared by the province rules: one mention as read, and what a veto rule sees. */
import type { ProvinceUnit } from '../../data/provinces.js';
import type { RuleInfo } from '../rule.js';
import type { ProvinceForm } from '../lexicon/province-forms.js';
import type { Words } from '../words.js';

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

/** A form matched at word i, whose context the veto rules judge. */
export interface Candidate {
  W: Words;
  i: number;
  form: ProvinceForm;
  /** Last word of the match. */
  last: number;
  /** Last word of the previous accepted mention (-2: none), so "Quảng Nam Đà Nẵng" reads both. */
  prevMatchEnd: number;
  /** The text's lines, read as rules ask. */
  lines: Lines;
}

/** Line starts of a text and whether each line has a lower-case letter, filled as rules ask. */
export interface Lines {
  starts: number[] | null;
  hasLower: Map<number, boolean>;
}

/** `reject`: not a province here; `needs-prefix`: only in a list next to another province. */
export type Verdict = 'reject' | 'needs-prefix';

/** A context rule: its documentation and its check, null when it has nothing against the candidate. */
export interface ProvinceVeto {
  info: RuleInfo;
  check(c: Candidate): { verdict: Verdict; reason: string } | null;
}

export const DATA = 'src/data/provinces.ts (reference/provinces.md)';

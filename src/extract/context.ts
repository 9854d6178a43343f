/**
 * What every recogniser receives and how it reports. Recognisers are pure functions of the
 * context; expensive set-up (gazetteer indexes, joined patterns) happens at module load,
 * once per process.
 */
import type { Span } from '../types.js';
import type { Warning } from '../record/schema.js';

export interface ExtractContext {
  /** The normalised body text; every offset points into it. */
  text: string;
  /** `foldAligned(text)`: same length, lower case, no diacritics, đ → d. */
  folded: string;
  /** Sentence spans from the retext parse, in order. */
  sentences: Span[];
  /** Paragraph spans (blank-line or single-newline separated), in order. */
  paragraphs: Span[];
  /** Article date (ISO) if known: gives the year to spans that omit it, and the 2025 map. */
  publishedAt: string | null;
  /** ISO 639-3 code from the language stage. */
  language: string;
  /** Report a diagnostic (typo read through, ambiguous value …). */
  warn(w: Warning): void;
}

/** One entry of the recogniser registry: documents a rule family (README table, warnings, tests). */
export interface RuleInfo {
  /** Stable id, e.g. `province/alias`, shown in warnings and `foundBy`. */
  id: string;
  /** Entity array the rule fills. */
  entity: 'officials' | 'provinces' | 'clusters' | 'periods' | 'dates' | 'awards' | 'authors' | 'title' | 'publishedAt';
  /** One line: what it recognises. */
  description: string;
  /** A short example of text it matches. */
  example: string;
  /** Where its vocabulary comes from (data file). */
  data?: string;
}

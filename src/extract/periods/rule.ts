/**
 * The shape of a period or date rule (chrono style): a pattern compiled once at module load
 * and a function that turns one match into a candidate, or null when validation fails.
 */
import type { Span } from '../../types.js';
import type { RuleInfo } from '../rule.js';
import { sentenceAround } from '../pattern-tools.js';
import type { SentenceYears } from './years.js';

/** What a rule proposes; the refiners in `./index.ts` resolve overlaps and merge. */
export interface Candidate {
  kind: 'period' | 'date';
  /** Span in the text (the mention). */
  start: number;
  end: number;
  rule: string;
  /** `inferred` when part of the value (a year) came from elsewhere in the sentence or the article date. */
  match: 'exact' | 'inferred';
  /** Period bounds (ISO days). */
  from?: string;
  to?: string;
  /** Date value (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  value?: string;
}

/** What a rule may consult beyond its match. */
export interface ScanEnv {
  text: string;
  /** The text the patterns run on (same offsets as `text`): lower-cased, or folded in an article written without diacritics. */
  lower: string;
  /** The article is written without diacritics: `lower` is folded, and numerals in words are read folded. */
  unaccented: boolean;
  /** A pattern as it runs on `lower`: itself, or its folded twin in an article written without diacritics. */
  pattern(re: RegExp): RegExp;
  /** The article date (ISO), for days written without a year. */
  publishedAt: string | null;
  /** Sentence spans of the parse stage: "the same sentence" for years stated elsewhere in it. */
  sentences: readonly Span[];
  /** The years of each sentence (or run of sentences), read once per article (years.ts). */
  years: Map<string, SentenceYears>;
}

export interface PeriodRule extends RuleInfo {
  /** Global, Unicode pattern over the lower-cased text. */
  pattern: RegExp;
  extract(m: RegExpExecArray, env: ScanEnv): Candidate | null;
}

/** Narrows a named group to a number (NaN when absent). */
export const num = (g: string | undefined): number => (g === undefined ? NaN : Number(g));

/** Whether `pos` opens a sentence of the parse stage (or a line): only white space between it and the sentence start. */
export function atSentenceStart(env: ScanEnv, pos: number): boolean {
  if (env.sentences.length === 0) {
    let i = pos;
    while (i > 0 && (env.text[i - 1] === ' ' || env.text[i - 1] === '\t')) i--;
    return i === 0 || '.!?\n'.includes(env.text[i - 1]!);
  }
  const s = sentenceAround(env.sentences, pos, pos + 1);
  return s.start <= pos && env.text.slice(s.start, pos).trim() === '';
}

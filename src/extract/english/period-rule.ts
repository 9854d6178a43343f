/**
 * The shape of an English period rule (chrono style, as the Vietnamese period rules): a pattern
 * over the lower-cased text compiled once, and a function that turns one match into a candidate
 * span with its first and last day, or null when validation fails.
 */
import type { ArticleView } from '../article-view.js';
import type { RuleInfo } from '../rule.js';
import { yearAround } from './calendar.js';

export interface PeriodCandidate {
  start: number;
  end: number;
  from: string;
  to: string;
  rule: string;
  /** `inferred` when the year came from elsewhere in the sentence (or the one before). */
  match: 'exact' | 'inferred';
}

export interface EnglishPeriodRule extends RuleInfo {
  /** Global, Unicode pattern over `view.lower`. */
  pattern: RegExp;
  extract(m: RegExpExecArray, view: ArticleView): PeriodCandidate | null;
}

/** The year a match states, or the one its sentence gives; `fromBefore`: "this year" may take the year of the sentence before. */
export function yearOf(view: ArticleView, stated: string | undefined, m: RegExpExecArray, fromBefore: boolean): { year: number; inferred: boolean } | null {
  if (stated !== undefined) return { year: Number(stated), inferred: false };
  const y = yearAround(view.text, view.sentences, m.index, m.index + m[0].length, fromBefore);
  return y === null ? null : { year: y, inferred: true };
}

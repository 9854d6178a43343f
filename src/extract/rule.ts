/**
 * The shape of a recogniser and of its rules (after chrono: ordered parsers, then refiners).
 *
 * A recogniser is an ordered list of rules that propose candidates, then vetoes and refiners
 * that drop, merge or resolve them, one rule per file. Every rule has an id (it appears in
 * `foundBy`, in warnings, in `vnews explain` and in the README's table), a description and an
 * example. A recogniser that needs another's result names it in `needs` and receives it; it
 * never imports another recogniser's files.
 */
import type { ArticleView } from './article-view.js';
import type { EntityKey } from '../record/schema.js';

/** What a rule does: propose candidates, veto one (with its reason), or refine the set (merge, resolve). */
export type RuleKind = 'propose' | 'veto' | 'refine';

/** One rule as documented: the README's rules table is generated from these. */
export interface RuleInfo {
  /** Stable id, e.g. `province/name`, shown in `foundBy`, warnings and `vnews explain`. */
  id: string;
  /** Entity array the rule fills. */
  entity: EntityKey | 'authors' | 'title' | 'publishedAt';
  /** One line: what it recognises (or rejects). */
  description: string;
  /** A short example of text it matches. */
  example: string;
  /** Where its vocabulary comes from (data file). */
  data?: string;
  /** Default `propose`. */
  kind?: RuleKind;
}

/** A veto's verdict: the rule that vetoed and why. */
export interface Veto {
  rule: string;
  reason: string;
}

/** Results of the recognisers a recogniser depends on, by recogniser id. */
export type Dependencies = Readonly<Record<string, unknown>>;

/** One recogniser: its rules, the recognisers it needs, and what it fills in the record. */
export interface Recogniser<Out = unknown> {
  /** Id, also the key under which dependants receive its result. */
  id: string;
  /** Ids of the recognisers whose results it receives. */
  needs: readonly string[];
  /** The languages it reads (ISO 639-3). */
  languages: readonly string[];
  /** Its rules, in the order they run. */
  rules: readonly RuleInfo[];
  /** Reads one article. */
  run(view: ArticleView, deps: Dependencies): Out;
  /** The record's entity arrays in its result. */
  entities(out: Out): Partial<Record<EntityKey, unknown[]>>;
}

/** Reports a veto on [start, end) through the view (no-op unless someone listens). */
export function traceVeto(view: ArticleView, veto: Veto, start: number, end: number): void {
  view.trace?.({ rule: veto.rule, start, end, reason: veto.reason });
}

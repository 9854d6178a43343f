/**
 * The shape of the byline rules (src/article/byline/): like the extraction rules (src/extract/
 * rule.ts), each is a small unit with an id, a description and an example, and a veto names
 * the rule that vetoed. The article stage runs before the article view exists, so a veto is
 * reported here, by its place counted back from the end of the body (the glued byline is read
 * at the very end), and the pipeline turns it into a decision of `vnews explain`.
 */

/** One byline rule as documented (the README's rules table lists these after the recognisers'). */
export interface BylineRuleInfo {
  /** Stable id, e.g. `byline/glued`, shown by `vnews explain`. */
  id: string;
  entity: 'authors';
  /** One line: what it recognises (or rejects). */
  description: string;
  /** A short example of text it matches. */
  example: string;
  /** Where its vocabulary comes from (data file). */
  data?: string;
  /** Default `propose`. */
  kind?: 'propose' | 'veto' | 'refine';
}

/** A veto's verdict on a glued-byline reading. */
export interface BylineVeto {
  rule: string;
  reason: string;
}

/**
 * A candidate a byline rule dropped, for `vnews explain`: its span counted back from the end of
 * the body (`fromEnd` characters before the end up to `toEnd` before it), since the article's
 * final offsets are only known once the body is normalised.
 */
export interface ArticleDecision {
  rule: string;
  reason: string;
  fromEnd: number;
  toEnd: number;
}

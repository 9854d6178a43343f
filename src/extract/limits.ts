/**
 * Bounds on the work one article may cost the recognisers. Every recogniser is linear or
 * bounded in the text, but an input made of one pattern repeated ("quý III/" a million times)
 * would still produce millions of candidates: past these bounds the article fails, with a
 * reason that names the rule, instead of filling a record nobody can read.
 */

/** Most candidates one rule may propose in one article (real articles: a few dozen at most). */
export const MAX_MATCHES_PER_RULE = 5_000;

/** An article that exceeds a bound of the recognisers; the message names the rule. */
export class ExtractionLimitError extends Error {
  constructor(
    readonly rule: string,
    readonly limit: number,
  ) {
    super(`article too repetitive to read: rule ${rule} matched more than ${limit} times`);
    this.name = 'ExtractionLimitError';
  }
}

/** Throws when a rule has matched more often than MAX_MATCHES_PER_RULE. */
export function checkMatches(rule: string, count: number): void {
  if (count > MAX_MATCHES_PER_RULE) throw new ExtractionLimitError(rule, MAX_MATCHES_PER_RULE);
}

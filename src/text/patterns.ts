/** Small helpers for building regular expressions from word lists (data → patterns, once per process). */

/** Escapes every character that has a meaning in a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Joins words into one alternation, longest first (so "Tin liên quan" wins over "Tin"),
 * each space matching `space` (default: any run of white space, or none).
 */
export function wordAlternation(words: readonly string[], space = '\\s*'): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, space))
    .join('|');
}

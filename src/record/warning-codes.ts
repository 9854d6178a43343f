/**
 * THE registry of warning codes: every `code` a record's `warnings` may carry, one line each,
 * with the stage that emits it and what it means. The record schema's enum (and so
 * `schema.json`), the `Warning` type every emitter writes, and the README's "Messages" table
 * (`npm run messages-table`) are derived from it.
 *
 * Adding a code: one line here, in the stage's place. An emitter that writes a code not
 * listed here does not typecheck (`Warning['code']` is this registry's keys), and a record
 * carrying one would fail validation.
 */

export interface WarningCodeInfo {
  /** Where it is emitted: a stage folder or a recogniser. */
  by: string;
  /** One line: what happened, and what was done about it. */
  meaning: string;
}

export const WARNING_CODES = {
  // decoding (src/decode/)
  'legacy-encoding': { by: 'decoding', meaning: 'the bytes were not UTF-8 and were decoded as TCVN3, VNI or windows-1258, or double-encoded UTF-8 was repaired' },
  'charset-mismatch': { by: 'decoding', meaning: 'the declared charset disagreed with the bytes; they were decoded by what they are' },
  'invalid-utf8': { by: 'decoding', meaning: 'a few bytes were not valid UTF-8 and were replaced with U+FFFD' },
  'unknown-charset': { by: 'decoding', meaning: 'the declared charset label is not one vnews knows; the encoding was detected instead' },
  // loaders (src/load/) and the record's source
  'bad-date': { by: 'loading, record', meaning: 'a date given with the input (a JSON Lines date field, a WARC-Date, a Last-Modified header) could not be read and was dropped' },
  // HTML stage (src/article/)
  'html-truncated': { by: 'HTML stage', meaning: 'the page ends before `</body>`; what was there was extracted' },
  'html-profile-miss': { by: 'HTML stage', meaning: 'the site was recognised but its layout was not found; content scoring found the body' },
  'html-too-long': { by: 'HTML stage', meaning: 'the page is longer than the parser reads (10,000,000 characters); what came before was extracted' },
  'html-too-deep': { by: 'HTML stage', meaning: 'the page nests elements deeper than 512 levels; what came before was extracted' },
  'html-too-large': { by: 'HTML stage', meaning: 'the page has more than 50,000 elements; what came before was extracted' },
  // normalising (src/normalize/)
  'stray-combining-mark': { by: 'normalising', meaning: 'a combining mark with no letter to sit on (or doubling a tone mark) was removed' },
  // recognisers (src/extract/)
  typo: { by: 'officials, clusters', meaning: 'a misspelling read as the intended word ("Đồng trí" → "Đồng chí", "cụm thu đua" → "cụm thi đua"); the rule and its string-distance score are in `foundBy`' },
  'ambiguous-name': { by: 'officials', meaning: 'a short name ("ông Thành") could belong to more than one official and was left alone' },
  'rank-conflict': { by: 'officials', meaning: 'one official is given two different ranks in the article; the first is kept' },
  'english-partial': { by: 'English recogniser', meaning: 'an English article: officials, provinces, clusters, periods and award counts are read, single dates are not (see "English-language articles")' },
  'no-diacritics': { by: 'article view', meaning: 'the text is written without diacritics: words were matched without their marks, names are kept as written' },
} as const satisfies Record<string, WarningCodeInfo>;

export type WarningCode = keyof typeof WARNING_CODES;

/** The codes, in registry order (for the schema's enum). */
export const WARNING_CODE_LIST = Object.keys(WARNING_CODES) as [WarningCode, ...WarningCode[]];

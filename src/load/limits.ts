/**
 * The bounds every input is held to while it is read (README "Limits"). Each is checked
 * while streaming, before the whole input is in memory, and passing one is a named
 * failure of that input alone: the batch goes on.
 */

/** A `.txt` or `.html` file, a fetched body and a WARC payload (after decompression): 10 MB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** One JSON Lines line, in bytes: the same 10 MB as a file. */
export const MAX_LINE_BYTES = 10 * 1024 * 1024;

/**
 * A plain-text article, in characters: 1,000,000 (a long news report is 10,000–50,000).
 * HTML is bounded by its size in bytes; the text extracted from it by the pipeline's own limits.
 */
export const MAX_TEXT_CHARS = 1_000_000;

/** Bytes in MB as limits and failures print them ("10 MB", "12.3 MB"). */
export const mb = (n: number): string => `${+(n / 1024 / 1024).toFixed(1)} MB`;

/** Why a decoded article is too long to process, or null. */
export function checkTextLength(text: string, kind: 'text' | 'html'): string | null {
  if (kind === 'text' && text.length > MAX_TEXT_CHARS) return `text too long (${text.length.toLocaleString('en')} characters; the limit is ${MAX_TEXT_CHARS.toLocaleString('en')})`;
  return null;
}

/** "file too large (12.0 MB; the limit is 10 MB)". */
export const tooLarge = (what: string, size: number, limit: number): string => `${what} too large (${mb(size)}; the limit is ${mb(limit)})`;

/** A `.html`/`.htm` file → one HTML article (title, date, byline and body are read later, by the extractor). */
import { decodeBytes } from '../decode/decode-bytes.js';
import type { LoadResult } from '../types.js';
import { checkTextLength } from './limits.js';
import { localSource, readInputFile } from './read-input-file.js';

/** Load an HTML page; its `<meta charset>` guides decoding. Empty, binary and unreadable files are named failures. */
export async function loadHtmlFile(file: string): Promise<LoadResult> {
  const read = await readInputFile(file);
  if (!read.ok) return read;
  const { text, warnings } = decodeBytes(read.bytes, { isHtml: true, location: file });
  if (!text.trim()) return { ok: false, failure: { input: file, reason: 'empty file (white space only)' } };
  const tooLong = checkTextLength(text, 'html');
  if (tooLong) return { ok: false, failure: { input: file, reason: tooLong } };
  return { ok: true, article: { source: localSource(file, read.bytes), kind: 'html', body: text, warnings } };
}

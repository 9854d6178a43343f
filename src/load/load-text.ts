/** A `.txt` file → one plain-text article. */
import { decodeBytes } from '../decode/decode-bytes.js';
import type { LoadResult } from '../types.js';
import { checkTextLength } from './limits.js';
import { localSource, readInputFile } from './read-input-file.js';

/** Load a plain-text article; empty, binary and unreadable files are named failures. */
export async function loadTextFile(file: string): Promise<LoadResult> {
  const read = await readInputFile(file);
  if (!read.ok) return read;
  const { text, warnings } = decodeBytes(read.bytes, { isHtml: false, location: file });
  if (!text.trim()) return { ok: false, failure: { input: file, reason: 'empty file (white space only)' } };
  const tooLong = checkTextLength(text, 'text');
  if (tooLong) return { ok: false, failure: { input: file, reason: tooLong } };
  return { ok: true, article: { source: localSource(file, read.bytes), kind: 'text', body: text, warnings } };
}

/**
 * `.warc` / `.warc.gz` → articles, through the WARC reader of the fetching stage
 * (src/warc/read-warc.ts). It is imported on first use, so a problem there fails only the
 * WARC inputs, each named, and never the text and HTML files of the same batch.
 */
import type { LoadResult } from '../types.js';

type WarcReader = (file: string) => AsyncIterable<LoadResult>;
let reader: Promise<WarcReader | null> | null = null;

const loadReader = (): Promise<WarcReader | null> =>
  (reader ??= import('../warc/read-warc.js').then(
    (m) => (typeof m.readWarcArticles === 'function' ? (file: string) => m.readWarcArticles(file) : null),
    () => null,
  ));

/** The articles of one WARC file, each a record or a named failure. */
export async function* loadWarcFile(file: string): AsyncGenerator<LoadResult> {
  const read = await loadReader();
  if (!read) {
    yield { ok: false, failure: { input: file, reason: 'WARC reading not available' } };
    return;
  }
  try {
    yield* read(file);
  } catch (e) {
    yield { ok: false, failure: { input: file, reason: `cannot read WARC: ${(e as Error).message}` } };
  }
}

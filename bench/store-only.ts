/**
 * The store's own cost: records computed once beforehand (the real articles of
 * ../shared/real through processArticle, then copied with their own ids and places, as
 * the corpus of store.bench.ts), fed to the store as ingest feeds them. Separates what the
 * store costs per record from what the pipeline costs.
 */
import { processArticle, recordId } from '../src/pipeline.js';
import { RecordStore, prepareRecord } from '../src/store/record-store.js';
import type { ArticleRecord } from '../src/record/schema.js';
import { realArticles } from './real-corpus.js';

/** The records the copies are made from (computed before the clock starts). */
export const storeOnlyBase = (): ArticleRecord[] =>
  realArticles().map((body, i) => processArticle({ source: { location: `real:${i}`, sha256: '0'.repeat(64), fetchedAt: null, etag: null, lastModified: null }, kind: 'text', body, warnings: [] }));

/** Write `n` records made from `base` into a new store at `out`; returns n. */
export async function storeOnly(out: string, n: number, base: ArticleRecord[]): Promise<number> {
  // Copies: the same entities, a numbered sentence appended (offsets stay valid), so a new id.
  const copy = (i: number): ArticleRecord => {
    const b = base[i % base.length]!;
    const text = `${b.text} Bản tin số ${i}.`;
    return { ...b, id: recordId(text), text, source: { ...b.source, location: `bench:${i}` } };
  };
  const store = await RecordStore.open(out);
  for (let i = 0; i < n; i++) store.put(prepareRecord(copy(i)));
  await store.finish();
  return n;
}

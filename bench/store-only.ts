/**
 * The store's own cost: records computed once beforehand (the real articles of
 * ../shared/real through processArticle, then copied with their own ids and places, as
 * the corpus of store.bench.ts), fed to the store as ingest feeds them. Separates what the
 * store costs per record from what the pipeline costs, in three parts: preparing a record
 * for the store (its stored form and index rows: done on the pipeline's threads in a real
 * run), writing it (the writing thread), and finishing the run (the delta, once per record).
 */
import { processArticle, recordId } from '../src/pipeline.js';
import { RecordStore, prepareRecord } from '../src/store/record-store.js';
import type { ArticleRecord } from '../src/record/schema.js';
import { realArticles } from './real-corpus.js';

/** The records the copies are made from (computed before the clock starts). */
export const storeOnlyBase = (): ArticleRecord[] =>
  realArticles().map((body, i) => processArticle({ source: { location: `real:${i}`, sha256: '0'.repeat(64), fetchedAt: null, etag: null, lastModified: null }, kind: 'text', body, warnings: [] }));

/** CPU milliseconds of this process (its every thread, zlib's included). */
const cpuMs = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

export interface StoreOnlyCost {
  records: number;
  /** CPU ms spent making records ready for the store (prepareRecord). */
  prepareMs: number;
  /** CPU ms spent writing them (RecordStore.put and the commits). */
  writeMs: number;
  /** CPU ms of RecordStore.finish (the run's delta, schema and summary). */
  finishMs: number;
}

/** Write `n` records made from `base` into a new store at `out`. */
export async function storeOnly(out: string, n: number, base: ArticleRecord[]): Promise<StoreOnlyCost> {
  // Copies: the same entities, a numbered sentence appended (offsets stay valid), so a new id.
  const copy = (i: number): ArticleRecord => {
    const b = base[i % base.length]!;
    const text = `${b.text} Bản tin số ${i}.`;
    return { ...b, id: recordId(text), text, source: { ...b.source, location: `bench:${i}` } };
  };
  const cost = { records: n, prepareMs: 0, writeMs: 0, finishMs: 0 };
  const store = await RecordStore.open(out);
  for (let i = 0; i < n; i += 500) {
    const copies = Array.from({ length: Math.min(500, n - i) }, (_, k) => copy(i + k));
    let c = cpuMs();
    const prepared = copies.map(prepareRecord);
    cost.prepareMs += cpuMs() - c;
    c = cpuMs();
    for (const p of prepared) store.put(p);
    cost.writeMs += cpuMs() - c;
  }
  const c = cpuMs();
  await store.finish();
  cost.finishMs = cpuMs() - c;
  return cost;
}

/**
 * `queryRecords`: the records matching every filter, newest first (by publishedAt,
 * undated last, then id). The index finds the ids; the records come from the store.
 */
import type { ArticleRecord } from '../record/schema.js';
import { openReadableStore, settleUnderLock, storePath, type StoreDb } from '../store/store-db.js';
import { DamagedStoreError, isCorruption } from '../store/store-errors.js';
import { fold, foldAligned } from '../text/fold.js';
import { dateSpan } from './date-span.js';
import { filterSql, resolveFilters, type QueryFilters, type ResolvedFilters } from './filters.js';
import { nameMatches } from './official-name.js';
import { planIds } from './plan-query.js';
import { RecordReader, withStore, type ReadOptions } from './store-access.js';
import { escapeRegExp } from '../text/patterns.js';

export interface QueryOptions extends ReadOptions {
  /** At most this many records (default: all). */
  limit?: number;
}

/** Ids of the matching records in result order, with the filters as resolved against the index. */
export function findIds(db: StoreDb, filters: QueryFilters, limit = -1): { ids: string[]; resolved: ResolvedFilters } {
  const resolved = resolveFilters(db, filters);
  const { parts, params } = filterSql(resolved);
  return { ids: planIds(db, parts, params, limit), resolved };
}

/** Ids of the matching records in result order, with the filters as resolved against the index. */
export async function queryIds(outDir: string, filters: QueryFilters, opts: QueryOptions = {}): Promise<{ ids: string[]; resolved: ResolvedFilters }> {
  return withStore(outDir, (db) => findIds(db, filters, opts.limit ?? -1), opts);
}

/**
 * The matching records one at a time, newest first, read from one consistent state of the
 * store (a run writing meanwhile changes nothing here). `onResolved` hears how the filters
 * were read (the province names a typed --province stands for) before the first record.
 */
export async function* streamRecords(
  outDir: string,
  filters: QueryFilters,
  opts: QueryOptions & { onResolved?: (r: ResolvedFilters) => void } = {},
): AsyncGenerator<ArticleRecord> {
  for (let attempt = 0; ; attempt++) {
    const { db, notes } = await openReadableStore(outDir);
    for (const n of notes) opts.onNote?.(n);
    let yielded = false;
    try {
      db.exec('BEGIN');
      const { ids, resolved } = findIds(db, filters, opts.limit ?? -1);
      opts.onResolved?.(resolved);
      const reader = new RecordReader(db, storePath(outDir));
      for (const id of ids) {
        const r = reader.get(id);
        if (r) {
          yielded = true;
          yield r;
        }
      }
      return;
    } catch (e) {
      // Junk met before the first record: repair and answer in full; after it, say so (exit 3), never stop quietly.
      if (!isCorruption(e)) throw e;
      if (yielded || attempt > 0) throw new DamagedStoreError(storePath(outDir), `${storePath(outDir)} is damaged (${(e as Error).message}); the answer is incomplete: restore the store from a backup, or ingest the inputs again into a new --out folder`);
      db.close();
      for (const n of await settleUnderLock(outDir, e)) opts.onNote?.(n);
    } finally {
      if (db.open) {
        if (db.inTransaction) db.exec('COMMIT');
        db.close();
      }
    }
  }
}

/** Read one stored record (null when there is none). */
export async function readRecord(outDir: string, id: string, opts: ReadOptions = {}): Promise<ArticleRecord | null> {
  return withStore(outDir, (db) => new RecordReader(db, storePath(outDir)).get(id), opts);
}

/** The records in `outDir` that match every filter, newest first. */
export async function queryRecords(outDir: string, filters: QueryFilters, opts: QueryOptions = {}): Promise<ArticleRecord[]> {
  const out: ArticleRecord[] = [];
  for await (const r of streamRecords(outDir, filters, opts)) out.push(r);
  return out;
}

/** One filter and the values of a record that satisfied it, for CSV and table output. */
export interface MatchedValues {
  filter: 'official' | 'rank' | 'province' | 'cluster' | 'date' | 'published' | 'award' | 'text';
  values: string[];
}


const countsOf = (a: ArticleRecord['awards'][number]): string => {
  const parts = [a.collectives !== null ? `${a.collectives} tập thể` : '', a.individuals !== null ? `${a.individuals} cá nhân` : ''].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
};

/** The first place a folded phrase occurs in `s`, as the original wrote it. */
function findPhrase(s: string | null, words: string[]): string | null {
  if (!s) return null;
  const escaped = words.map(escapeRegExp);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u');
  const m = re.exec(foldAligned(s));
  return m ? s.slice(m.index, m.index + m[0].length) : null;
}

/** What in `record` satisfied each filter (the same rules as the SQL, applied to the record). */
export function matchedValues(record: ArticleRecord, r: ResolvedFilters): MatchedValues[] {
  const out: MatchedValues[] = [];
  if (r.official !== null || r.rank !== null) {
    const hits = record.officials.filter((o) => (r.officialQuery === null || nameMatches(o.name, r.officialQuery)) && (r.rank === null || (o.rank !== null && fold(o.rank) === r.rank)));
    out.push({ filter: r.official !== null ? 'official' : 'rank', values: hits.map((o) => (o.rank ? `${o.rank} ${o.name}` : o.name)) });
  }
  if (r.provinces !== null) {
    const want = new Set(r.provinces);
    const values = new Set<string>();
    for (const p of record.provinces) if (want.has(fold(p.name))) values.add(p.name);
    for (const o of record.officials) if (o.province !== null && want.has(fold(o.province))) values.add(o.province);
    out.push({ filter: 'province', values: [...values] });
  }
  if (r.cluster !== null) out.push({ filter: 'cluster', values: record.clusters.filter((c) => c.number === r.cluster).map((c) => String(c.number)) });
  if (r.from !== null || r.to !== null) {
    const from = r.from ?? '0000-01-01';
    const to = r.to ?? '9999-12-31';
    const values: string[] = [];
    if (record.publishedAt && record.publishedAt >= from && record.publishedAt <= to) values.push(`published ${record.publishedAt}`);
    for (const p of record.periods) if (p.start <= to && p.end >= from) values.push(p.text);
    for (const d of record.dates) {
      const s = dateSpan(d.value);
      if (s && s.start >= from && s.end <= to) values.push(d.text);
    }
    out.push({ filter: 'date', values });
  }
  if (r.publishedFrom !== null || r.publishedTo !== null) out.push({ filter: 'published', values: record.publishedAt ? [record.publishedAt] : [] });
  if (r.award !== null) out.push({ filter: 'award', values: record.awards.filter((a) => fold(a.type).startsWith(r.award!)).map((a) => `${a.type}${countsOf(a)}`) });
  if (r.phrases !== null) {
    out.push({ filter: 'text', values: r.phrases.map((w) => findPhrase(record.title, w) ?? findPhrase(record.text, w) ?? w.join(' ')) });
  }
  return out;
}

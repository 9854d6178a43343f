/**
 * Opening, writing and rebuilding `output/index.sqlite`.
 *
 * The index is derived from the records and never the only copy of anything, so any
 * doubt about it (missing, unreadable, another schema version, out of step with
 * records.jsonl) is settled by rebuilding it: streamed from records.jsonl line by line
 * into a temporary file, then renamed over the old index, so a reader sees the old
 * index or the whole new one.
 */
import { createReadStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import type { ArticleRecord } from '../record/schema.js';
import { tmpNameFor } from '../store/write-atomic.js';
import { fold } from '../text/fold.js';
import { dateSpan } from './date-span.js';
import { foldAligned as foldText } from '../text/fold.js';
import { ARTICLE_CHILD_TABLES, INDEX_INDEXES_DDL, INDEX_SCHEMA_VERSION, INDEX_TABLES_DDL } from './index-schema.js';

export type IndexDb = Database.Database;

export const indexPath = (outDir: string): string => path.join(outDir, 'index.sqlite');
export const recordsJsonlPath = (outDir: string): string => path.join(outDir, 'records.jsonl');
export const recordPath = (outDir: string, id: string): string => path.join(outDir, 'records', `${id}.json`);

/** The output folder holds no records.jsonl: nothing was ingested there. */
export class NoRecordsError extends Error {
  constructor(readonly outDir: string) {
    super(`no records in ${outDir} (${recordsJsonlPath(outDir)} not found); run "vnews ingest" first`);
  }
}

/** Size and modification time of records.jsonl, as stored in meta when the index was last brought in step. */
interface JsonlStamp {
  size: number;
  mtimeMs: number;
}

async function jsonlStamp(outDir: string): Promise<JsonlStamp | null> {
  try {
    const s = await stat(recordsJsonlPath(outDir));
    return { size: s.size, mtimeMs: s.mtimeMs };
  } catch {
    return null;
  }
}

/** Number of lines (records) in records.jsonl, counted by streaming its bytes. */
export async function countJsonlLines(outDir: string): Promise<number> {
  let n = 0;
  let last = 0x0a;
  for await (const chunk of createReadStream(recordsJsonlPath(outDir)) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) n++;
    if (chunk.length) last = chunk[chunk.length - 1]!;
  }
  return last === 0x0a ? n : n + 1;
}

/** All syllable runs of a folded name: "tran ba thieu" → tran, tran ba, tran ba thieu, ba, ba thieu, thieu. */
export function nameRuns(folded: string): string[] {
  const syl = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const runs: string[] = [];
  for (let i = 0; i < syl.length; i++) for (let j = i + 1; j <= syl.length; j++) runs.push(syl.slice(i, j).join(' '));
  return runs;
}

/** Prepared statements that put one record's rows in the index or take them out. */
export class IndexWriter {
  private readonly st;

  constructor(private readonly db: IndexDb) {
    const p = (sql: string) => db.prepare(sql);
    this.st = {
      findArticle: p('SELECT aid FROM articles WHERE id = ?').pluck(),
      deleteChildren: ARTICLE_CHILD_TABLES.map((t) => p(`DELETE FROM ${t} WHERE article = ?`)),
      deleteArticle: p('DELETE FROM articles WHERE aid = ?'),
      deleteText: p('DELETE FROM articles_fts WHERE rowid = ?'),
      article: p('INSERT INTO articles (id, location, title, published_at, language) VALUES (?, ?, ?, ?, ?)'),
      text: p('INSERT INTO articles_fts (rowid, folded_title, folded_text) VALUES (?, ?, ?)'),
      official: p(
        `INSERT INTO officials (article, name, folded_name, rank, folded_rank, honorific, province, folded_province)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      nameRun: p('INSERT OR IGNORE INTO name_runs (run, folded_name) VALUES (?, ?)'),
      position: p('INSERT INTO positions (official, article, seq, position, folded) VALUES (?, ?, ?, ?, ?)'),
      province: p('INSERT INTO provinces (article, name, folded, code, since2025, folded_since2025) VALUES (?, ?, ?, ?, ?, ?)'),
      placeName: p('INSERT INTO place_names (folded, name, code, folded_since2025) VALUES (?, ?, ?, ?) ON CONFLICT (folded) DO UPDATE SET code = coalesce(code, excluded.code), folded_since2025 = coalesce(folded_since2025, excluded.folded_since2025)'),
      cluster: p('INSERT INTO clusters (article, number) VALUES (?, ?)'),
      member: p('INSERT INTO cluster_members (cluster, article, seq, name, folded) VALUES (?, ?, ?, ?, ?)'),
      period: p('INSERT INTO periods (article, text, start_date, end_date) VALUES (?, ?, ?, ?)'),
      date: p('INSERT INTO dates (article, text, value, start_date, end_date) VALUES (?, ?, ?, ?, ?)'),
      award: p('INSERT INTO awards (article, type, folded_type, issuer, collectives, individuals) VALUES (?, ?, ?, ?, ?, ?)'),
      mention: p('INSERT INTO mentions (article, kind, entity, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)'),
    };
  }

  /** Remove every row of the record `id` (no-op when it is not indexed). */
  delete(id: string): void {
    const aid = this.st.findArticle.get(id) as number | undefined;
    if (aid === undefined) return;
    for (const s of this.st.deleteChildren) s.run(aid);
    this.st.deleteText.run(aid);
    this.st.deleteArticle.run(aid);
  }

  /** Add one record's rows (the caller deletes an older version first). */
  insert(r: ArticleRecord): void {
    const st = this.st;
    const aid = Number(st.article.run(r.id, r.source.location, r.title, r.publishedAt, r.language.code).lastInsertRowid);
    st.text.run(aid, foldText(r.title ?? ''), foldText(r.text));
    const mentions = (kind: string, entity: number, list: { start: number; end: number; text: string }[]): void => {
      for (const m of list) st.mention.run(aid, kind, entity, m.start, m.end, m.text);
    };
    for (const o of r.officials) {
      const foldedName = fold(o.name);
      const oid = Number(
        st.official.run(aid, o.name, foldedName, o.rank, o.rank === null ? null : fold(o.rank), o.honorific, o.province, o.province === null ? null : fold(o.province))
          .lastInsertRowid,
      );
      for (const run of nameRuns(foldedName)) st.nameRun.run(run, foldedName);
      if (o.province !== null) st.placeName.run(fold(o.province), o.province, null, null);
      o.positions.forEach((pos, i) => st.position.run(oid, aid, i, pos, fold(pos)));
      mentions('officials', oid, o.mentions);
    }
    for (const p of r.provinces) {
      const folded = fold(p.name);
      const foldedSince = p.since2025 === null ? null : fold(p.since2025);
      const pid = Number(st.province.run(aid, p.name, folded, p.code, p.since2025, foldedSince).lastInsertRowid);
      st.placeName.run(folded, p.name, p.code, foldedSince);
      if (p.since2025 !== null && foldedSince !== null) st.placeName.run(foldedSince, p.since2025, null, foldedSince);
      mentions('provinces', pid, p.mentions);
    }
    for (const c of r.clusters) {
      const cid = Number(st.cluster.run(aid, c.number).lastInsertRowid);
      c.members.forEach((m, i) => st.member.run(cid, aid, i, m, fold(m)));
      mentions('clusters', cid, c.mentions);
    }
    for (const p of r.periods) mentions('periods', Number(st.period.run(aid, p.text, p.start, p.end).lastInsertRowid), p.mentions);
    for (const d of r.dates) {
      const span = dateSpan(d.value);
      if (!span) continue; // the record schema already rejects such values; never index a span we cannot compare
      mentions('dates', Number(st.date.run(aid, d.text, d.value, span.start, span.end).lastInsertRowid), d.mentions);
    }
    for (const a of r.awards) {
      mentions('awards', Number(st.award.run(aid, a.type, fold(a.type), a.issuer, a.collectives, a.individuals).lastInsertRowid), a.mentions);
    }
  }
}

function setMeta(db: IndexDb, stamp: JsonlStamp | null): void {
  const put = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
  put.run('schema_version', String(INDEX_SCHEMA_VERSION));
  put.run('records_size', stamp ? String(stamp.size) : '');
  put.run('records_mtime_ms', stamp ? String(stamp.mtimeMs) : '');
}

const readMeta = (db: IndexDb): Map<string, string> =>
  new Map((db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));

/**
 * Open the index when it exists and has this schema version; null when it must be rebuilt
 * (missing, unreadable, another version).
 */
export function openIndex(outDir: string): IndexDb | null {
  let db: IndexDb;
  try {
    db = new Database(indexPath(outDir), { fileMustExist: true });
  } catch {
    return null;
  }
  try {
    db.pragma('busy_timeout = 5000');
    if (readMeta(db).get('schema_version') !== String(INDEX_SCHEMA_VERSION)) {
      db.close();
      return null;
    }
    return db;
  } catch {
    db.close();
    return null;
  }
}

/**
 * Build the index from records.jsonl into a temporary file, then rename it over
 * index.sqlite. Streams the records one line at a time.
 */
export async function rebuildIndex(outDir: string): Promise<void> {
  const stamp = await jsonlStamp(outDir);
  if (!stamp) throw new NoRecordsError(outDir);
  const target = indexPath(outDir);
  const tmp = tmpNameFor(target);
  const db = new Database(tmp);
  try {
    // A private file nobody reads until the rename: no journal, no fsync per transaction.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -65536');
    db.exec(INDEX_TABLES_DDL);
    const writer = new IndexWriter(db);
    db.exec('BEGIN');
    let line = 0;
    const lines = createInterface({ input: createReadStream(recordsJsonlPath(outDir), 'utf8'), crlfDelay: Infinity });
    for await (const text of lines) {
      line++;
      if (!text.trim()) continue;
      let record: ArticleRecord;
      try {
        record = JSON.parse(text) as ArticleRecord;
      } catch (e) {
        throw new Error(`${recordsJsonlPath(outDir)}:${line}: not a JSON record (${(e as Error).message})`);
      }
      writer.insert(record);
    }
    db.exec(INDEX_INDEXES_DDL);
    setMeta(db, stamp);
    db.exec('COMMIT');
    db.exec("INSERT INTO articles_fts (articles_fts) VALUES ('optimize')");
    db.exec('ANALYZE');
    db.close();
  } catch (e) {
    if (db.open) db.close();
    await rm(tmp, { force: true });
    throw e;
  }
  // A journal left by a crashed writer of the old file must not be replayed into the new one.
  await rm(`${target}-journal`, { force: true });
  await rm(`${target}-wal`, { force: true });
  await rm(`${target}-shm`, { force: true });
  await rename(tmp, target);
}

/** The index is in step with records.jsonl as of the last sync or rebuild (same size and modification time). */
async function isFresh(db: IndexDb, outDir: string): Promise<boolean> {
  const stamp = await jsonlStamp(outDir);
  if (!stamp) throw new NoRecordsError(outDir);
  const meta = readMeta(db);
  return meta.get('records_size') === String(stamp.size) && meta.get('records_mtime_ms') === String(stamp.mtimeMs);
}

/**
 * Open the index for reading, rebuilding it first when it is missing, of another schema
 * version, or older than records.jsonl (a run with --no-index, a crash before the sync).
 */
export async function ensureIndex(outDir: string): Promise<IndexDb> {
  if (!(await jsonlStamp(outDir))) throw new NoRecordsError(outDir);
  let db = openIndex(outDir);
  if (db && !(await isFresh(db, outDir))) {
    db.close();
    db = null;
  }
  if (!db) {
    await rebuildIndex(outDir);
    db = openIndex(outDir);
    if (!db) throw new Error(`cannot open ${indexPath(outDir)} after rebuilding it`);
  }
  return db;
}

/** Thrown inside the sync transaction to roll it back when the index turns out to be out of step. */
class OutOfStep extends Error {}

/**
 * Apply one run's changes in a single transaction: delete the rows of `removedIds`,
 * (re)insert those of `writtenIds` from records/<id>.json. Returns false (and changes
 * nothing) when the index is missing, of another version, or would still disagree with
 * records.jsonl afterwards: the caller then rebuilds.
 */
export async function applyChanges(outDir: string, writtenIds: readonly string[], removedIds: readonly string[], readRecord: (id: string) => ArticleRecord | null): Promise<boolean> {
  const db = openIndex(outDir);
  if (!db) return false;
  try {
    const stamp = await jsonlStamp(outDir);
    if (!stamp) throw new NoRecordsError(outDir);
    const lines = await countJsonlLines(outDir);
    const writer = new IndexWriter(db);
    const count = db.prepare('SELECT count(*) FROM articles').pluck();
    db.transaction(() => {
      for (const id of removedIds) writer.delete(id);
      for (const id of writtenIds) {
        writer.delete(id);
        const rec = readRecord(id);
        if (rec) writer.insert(rec);
      }
      if (count.get() !== lines) throw new OutOfStep();
      setMeta(db, stamp);
    })();
    return true;
  } catch (e) {
    if (e instanceof OutOfStep) return false;
    throw e;
  } finally {
    db.close();
  }
}

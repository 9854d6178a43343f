/**
 * Opening `vnews.sqlite`: for writing (one run at a time, under the run lock) or for
 * reading (any number of queries and exports, alongside a run: WAL mode lets readers see
 * the last committed state while the writer goes on). Opening checks what can be checked
 * cheaply (the file is a database, of a known schema version, its index current and made
 * for the tables this vnews makes) and
 * settles what it finds: an index left stale or damaged is rebuilt from the records, an
 * output folder of an older vnews (records/ + records.jsonl) is moved into a new store.
 */
import { crc32 } from 'node:zlib';
import { rm, rename } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { IndexWriter } from './index-writer.js';
import { indexRows } from './prepare-record.js';
import { decodeRecord, encodeRecord, RECORD_COLUMNS, type StoredRow } from './record-codec.js';
import { INDEX_DDL, INDEX_OBJECTS, MIN_SQLITE_VERSION, STORE_DDL, STORE_SCHEMA_VERSION } from './store-schema.js';
import { DamagedStoreError, NewerStoreError, NoRecordsError, describeStorageError, isCorruption } from './store-errors.js';
import { pathExists, tmpNameFor } from './write-atomic.js';
import type { ArticleRecord } from '../record/schema.js';

export type StoreDb = Database.Database;

export const STORE_FILE = 'vnews.sqlite';
export const storePath = (outDir: string): string => path.join(outDir, STORE_FILE);

/** The columns of an `articles` row, in order (for copying rows whole). */
export const ARTICLE_COLUMNS = 'aid, id, location, title, published_at, language, checksum, record_size, text_at, record, text';

const meta = (db: StoreDb, key: string): string | undefined => (db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined) ?? undefined;
export const setMeta = (db: StoreDb, key: string, value: string): void => void db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value);

/** Create the tables of an empty store. */
export function createSchema(db: StoreDb): void {
  db.exec(STORE_DDL());
  setMeta(db, 'schema_version', String(STORE_SCHEMA_VERSION));
  setMeta(db, 'min_sqlite_version', MIN_SQLITE_VERSION);
  setMeta(db, 'index', 'current');
}

function pragmas(db: StoreDb, durable: boolean): void {
  db.pragma('journal_mode = WAL');
  // WAL + NORMAL: a killed process loses at most the open transaction; FULL also survives a power loss at each commit.
  db.pragma(`synchronous = ${durable ? 'FULL' : 'NORMAL'}`);
  db.pragma('busy_timeout = 10000');
  db.pragma('cache_size = -32768');
  // Fewer, larger checkpoints during a long run (each one syncs the database file).
  db.pragma('wal_autocheckpoint = 4096');
}

/** The checks every open makes: a database, of a version this vnews reads. Returns the version (an older one is upgraded by a writer). */
function checkVersion(db: StoreDb, file: string): number {
  const version = Number(meta(db, 'schema_version'));
  if (!Number.isInteger(version)) throw new DamagedStoreError(file, `${file}: not a vnews store (no schema version): move it away, or give another --out`);
  if (version > STORE_SCHEMA_VERSION) throw new NewerStoreError(`${file} was written by a newer vnews (store version ${version}); update vnews to read it`);
  return version;
}

/** Whether the index is behind the records (a run with --no-index, or an interrupted rebuild). */
export const indexIsStale = (db: StoreDb): boolean => meta(db, 'index') !== 'current';

/** Names of the query index's tables and views (their indexes are found by their table's name). */
let indexNames: Set<string> | null = null;

/** The objects of the query index as sqlite_master records them: "type name" → SQL. */
function indexShape(db: StoreDb): Map<string, string | null> {
  const names = (indexNames ??= new Set(INDEX_OBJECTS().map((o) => o.name)));
  const rows = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master').all() as { type: string; name: string; tbl_name: string; sql: string | null }[];
  return new Map(rows.filter((r) => names.has(r.name) || names.has(r.tbl_name)).map((r) => [`${r.type} ${r.name}`, r.sql]));
}

/** The index this vnews makes (from the registry of entity types), read once from an empty store in memory. */
let expectedShape: Map<string, string | null> | null = null;
const expectedIndexShape = (): Map<string, string | null> => {
  if (expectedShape) return expectedShape;
  const mem = new Database(':memory:');
  try {
    mem.exec(STORE_DDL());
    return (expectedShape = indexShape(mem));
  } finally {
    mem.close();
  }
};

/**
 * Whether the store's index was made for other tables than this vnews makes: an entity type
 * added (its table missing), a column or view changed. Such an index is rebuilt from the
 * records like a stale one; the records themselves need no upgrade.
 */
export function indexDiffers(db: StoreDb): boolean {
  const want = expectedIndexShape();
  const have = indexShape(db);
  return have.size !== want.size || [...want].some(([k, sql]) => have.get(k) !== sql);
}

export interface OpenedStore {
  db: StoreDb;
  /** One line per thing opening had to settle (a migration, a rebuilt index). */
  notes: string[];
}

/**
 * Open the store of `outDir` for writing, creating it when missing (after moving the
 * records of an older output folder into it). The caller holds the run lock.
 */
export async function openWritableStore(outDir: string, opts: { durable?: boolean } = {}): Promise<OpenedStore> {
  const file = storePath(outDir);
  const notes: string[] = [];
  if (!(await pathExists(file))) {
    const { migrateOldLayout } = await import('./migrate-layout.js');
    const moved = await migrateOldLayout(outDir);
    if (moved) notes.push(moved);
  }
  let db: StoreDb;
  try {
    db = new Database(file);
    pragmas(db, opts.durable ?? false);
    const fresh = (db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'meta'").pluck().get() as number) === 0;
    if (fresh) db.transaction(() => createSchema(db))();
    if (checkVersion(db, file) < STORE_SCHEMA_VERSION) {
      db.close();
      notes.push(await rewriteStore(outDir, 'upgrade'));
      db = new Database(file);
      pragmas(db, opts.durable ?? false);
    }
  } catch (e) {
    db!?.close();
    if (!isCorruption(e)) throw describeStorageError(e, file) ?? e;
    // Junk in the file: keep the records if they are intact (rewriteStore says so when they are not).
    notes.push(await rewriteStore(outDir, 'repair'));
    db = new Database(file);
    pragmas(db, opts.durable ?? false);
  }
  try {
    const stale = indexIsStale(db);
    if (stale || indexDiffers(db)) {
      const bad = rebuildIndex(db);
      notes.push(
        `${file}: ${stale ? 'the query index was behind the records (a run with --no-index)' : 'the query index was made for other tables (another version of vnews)'}; rebuilt it` +
          (bad.length ? `; ${bad.length} damaged record(s) left out (${bad.slice(0, 3).join(', ')}): ingest their inputs again` : ''),
      );
    }
  } catch (e) {
    if (!isCorruption(e)) {
      db.close();
      throw describeStorageError(e, file) ?? e;
    }
    db.close();
    notes.push(await rewriteStore(outDir, 'repair'));
    db = new Database(file);
    pragmas(db, opts.durable ?? false);
  }
  return { db, notes };
}

/**
 * Open the store of `outDir` for reading (queries, exports). Throws NoRecordsError when there
 * is none. `index: false`: the reader needs the records only (an export without filters),
 * so an index left behind by a --no-index run can wait for the next writer.
 */
export async function openReadableStore(outDir: string, opts: { index?: boolean } = {}): Promise<OpenedStore> {
  const file = storePath(outDir);
  if (!(await pathExists(file))) {
    // An output folder of an older vnews: moving it needs the lock (another run may be doing it).
    const { hasOldLayout } = await import('./migrate-layout.js');
    if (await hasOldLayout(outDir)) return settleAsWriter(outDir);
    throw new NoRecordsError(outDir);
  }
  let db: StoreDb;
  try {
    db = openForReading(file);
    db.pragma('busy_timeout = 10000');
    if (checkVersion(db, file) < STORE_SCHEMA_VERSION || (opts.index !== false && (indexIsStale(db) || indexDiffers(db)))) {
      db.close();
      return settleAsWriter(outDir);
    }
  } catch (e) {
    db!?.close();
    if (isCorruption(e)) return settleAsWriter(outDir, e);
    throw describeStorageError(e, file) ?? e;
  }
  return { db, notes: [] };
}

/** Take the run lock to settle what a reader found (migrate, rebuild, repair), then open for reading. */
async function settleAsWriter(outDir: string, cause?: unknown): Promise<OpenedStore> {
  const notes = await settleUnderLock(outDir, cause);
  const again = await openReadableStore(outDir);
  return { db: again.db, notes: [...notes, ...again.notes] };
}

/**
 * Under the run lock: move an older output folder in, rebuild a stale index, or (with
 * `cause`, junk met while reading) repair the store. Returns one line per thing done.
 */
export async function settleUnderLock(outDir: string, cause?: unknown): Promise<string[]> {
  const { acquireRunLock, LockedError } = await import('../state/run-lock.js');
  let lock;
  try {
    lock = await acquireRunLock(outDir);
  } catch (e) {
    if (e instanceof LockedError) {
      throw new DamagedStoreError(
        storePath(outDir),
        `${storePath(outDir)}: ${cause ? `damaged (${(cause as Error).message})` : 'needs its index rebuilt or its layout upgraded'}, and another run holds the lock; try again when it has finished`,
      );
    }
    throw describeStorageError(e, outDir) ?? e;
  }
  try {
    const notes = cause ? [await rewriteStore(outDir, 'repair')] : [];
    const opened = await openWritableStore(outDir);
    opened.db.close();
    return [...notes, ...opened.notes];
  } finally {
    await lock.release();
  }
}

/**
 * A reading connection: read-write with query_only where the file allows it (so the last
 * connection to close tidies the WAL files away), read-only on a read-only disk.
 */
function openForReading(file: string): StoreDb {
  try {
    const db = new Database(file, { fileMustExist: true });
    db.pragma('query_only = 1');
    return db;
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (!code.startsWith('SQLITE_READONLY') && !code.startsWith('SQLITE_CANTOPEN') && code !== 'SQLITE_PERM') throw e;
    return new Database(file, { readonly: true, fileMustExist: true });
  }
}

const damaged = (file: string, e: unknown): DamagedStoreError =>
  new DamagedStoreError(
    file,
    `${file} is damaged (${(e as Error).message}) and its records cannot be read: restore it from a backup, or ingest the inputs again into a new --out folder`,
  );

/**
 * Put the index rows of every record in `db` again (in one transaction), from the records
 * alone. A record that fails its checksum gets no rows (the run that reads its input again
 * rewrites it); their ids are returned.
 */
export function rebuildIndex(db: StoreDb): string[] {
  const damagedIds: string[] = [];
  db.transaction(() => {
    for (const o of INDEX_OBJECTS()) db.exec(`DROP ${o.type.toUpperCase()} IF EXISTS ${o.name}`);
    db.exec(INDEX_DDL());
    // Row by row, full text included: a damaged record gets no rows at all (the FTS 'rebuild'
    // command would read every record, damaged ones too).
    const writer = new IndexWriter(db);
    const page = db.prepare(`SELECT aid, id, ${RECORD_COLUMNS} FROM articles WHERE aid > ? ORDER BY aid LIMIT 500`);
    for (let after = 0; ; ) {
      const rows = page.all(after) as (StoredRow & { aid: number; id: string })[];
      if (!rows.length) break;
      for (const r of rows) {
        const json = decodeRecord(r);
        if (json !== null) writer.insert(r.aid, indexRows(JSON.parse(json) as ArticleRecord));
        else damagedIds.push(r.id);
      }
      after = rows.at(-1)!.aid;
    }
    writer.flushFullText();
    setMeta(db, 'index', 'current');
  })();
  return damagedIds;
}

/** One record of an older or damaged store, checked: its JSON, or null when it is damaged. */
type OldRow = { aid: number; id: string; checksum: number; json: string | null };

/** Records of a version 1 store: "record" held the whole JSON, "checksum" its CRC-32. */
function* version1Rows(old: StoreDb): Generator<OldRow[]> {
  const page = old.prepare('SELECT aid, id, checksum, record FROM articles WHERE aid > ? ORDER BY aid LIMIT 500');
  for (let after = 0; ; ) {
    const rows = page.all(after) as { aid: number; id: string; checksum: number; record: string }[];
    if (!rows.length) return;
    yield rows.map((r) => ({ aid: r.aid, id: r.id, checksum: r.checksum, json: typeof r.record === 'string' && crc32(r.record) === r.checksum ? r.record : null }));
    after = rows.at(-1)!.aid;
  }
}

/** Records of a store of this version. */
function* currentRows(old: StoreDb): Generator<OldRow[]> {
  const page = old.prepare(`SELECT aid, id, ${RECORD_COLUMNS} FROM articles WHERE aid > ? ORDER BY aid LIMIT 500`);
  for (let after = 0; ; ) {
    const rows = page.all(after) as (StoredRow & { aid: number; id: string })[];
    if (!rows.length) return;
    yield rows.map((r) => ({ aid: r.aid, id: r.id, checksum: r.checksum, json: decodeRecord(r) }));
    after = rows.at(-1)!.aid;
  }
}

/**
 * Copy every record into a new store, build its index, and put the new file in place of the
 * old: to repair a store whose index is damaged, or to upgrade one written by an older vnews
 * to this layout. The caller holds the run lock. When the records themselves cannot all be
 * read back intact, nothing is replaced and DamagedStoreError says so. The ids of killed
 * runs still waiting for their delta are carried over.
 */
export async function rewriteStore(outDir: string, why: 'repair' | 'upgrade'): Promise<string> {
  const file = storePath(outDir);
  const tmp = tmpNameFor(file);
  let old: StoreDb;
  let version: number;
  try {
    old = new Database(file, { fileMustExist: true });
    version = Number(meta(old, 'schema_version'));
  } catch (e) {
    try {
      old!?.close();
    } catch {
      // a damaged file may not close cleanly
    }
    throw damaged(file, e);
  }
  const fresh = new Database(tmp);
  let copied = 0;
  try {
    fresh.pragma('journal_mode = OFF');
    fresh.pragma('synchronous = OFF');
    createSchema(fresh);
    const put = fresh.prepare(`INSERT INTO articles (${ARTICLE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT))`);
    const place = fresh.prepare('INSERT OR IGNORE INTO places (place, article) VALUES (?, ?)');
    let bad = 0;
    let firstError: unknown = null;
    fresh.exec('BEGIN');
    try {
      for (const rows of version === 1 ? version1Rows(old) : currentRows(old)) {
        for (const r of rows) {
          if (r.json === null) {
            bad++;
            continue;
          }
          const rec = JSON.parse(r.json) as ArticleRecord;
          const st = encodeRecord(rec);
          put.run(r.aid, rec.id, rec.source.location, rec.title, rec.publishedAt, rec.language.code, st.checksum, st.bodySize, st.textAt, st.body, st.text);
          for (const p of [rec.source.location, ...rec.source.alsoAt]) place.run(p, r.aid);
          copied++;
        }
      }
    } catch (e) {
      firstError = e;
    }
    const expected = (() => {
      try {
        return old.prepare('SELECT max(aid) FROM articles').pluck().get() as number | null;
      } catch {
        return null;
      }
    })();
    if (bad || firstError) {
      fresh.exec('ROLLBACK');
      throw new DamagedStoreError(
        file,
        `${file}: ${bad ? `${bad} records fail their checksum` : `its records cannot all be read (${(firstError as Error).message})`}${expected ? ` (of about ${expected})` : ''}: restore vnews.sqlite from a backup, or ingest the inputs again into a new --out folder`,
      );
    }
    try {
      // Killed runs' deltas are still owed: their ids come along (when they can be read).
      const pending = old.prepare('SELECT run, id FROM run_changes').all() as { run: string; id: string }[];
      const owe = fresh.prepare('INSERT OR IGNORE INTO run_changes (run, id) VALUES (?, ?)');
      for (const p of pending) owe.run(p.run, p.id);
    } catch {
      // part of a damaged index's pages: the deltas of killed runs are lost, the records are not
    }
    fresh.exec('COMMIT');
    rebuildIndex(fresh);
  } catch (e) {
    fresh.close();
    try {
      old.close();
    } catch {
      // a damaged file may not close cleanly
    }
    await rm(tmp, { force: true });
    throw isCorruption(e) ? damaged(file, e) : e;
  }
  fresh.close();
  try {
    old.close();
  } catch {
    // a damaged file may not close cleanly; it is replaced below
  }
  // The old file's WAL must never be replayed into the new one.
  await rm(`${file}-wal`, { force: true });
  await rm(`${file}-shm`, { force: true });
  await rename(tmp, file);
  return why === 'repair'
    ? `${file}: the query index was damaged; rebuilt it from the ${copied} records, which are intact`
    : `${file}: moved its ${copied} records to the layout of this vnews (store version ${STORE_SCHEMA_VERSION}; a one-time upgrade)`;
}

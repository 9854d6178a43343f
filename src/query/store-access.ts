/**
 * Reading the store for queries, the officials registry, counts and exports. A read sees
 * the last committed state, also while a run is writing. Junk found in the store on the
 * way is settled before anything is answered: the index is rebuilt from the records (with
 * a one-line note), or, when the records themselves are damaged, DamagedStoreError says so;
 * a damaged store never yields a partial answer.
 */
import Database from 'better-sqlite3';
import type { ArticleRecord } from '../record/schema.js';
import { decodeRecord, RECORD_COLUMNS, type StoredRow } from '../store/record-codec.js';
import { indexDiffers, indexIsStale, openReadableStore, settleUnderLock, storePath, type StoreDb } from '../store/store-db.js';
import { DamagedStoreError, NewerStoreError, NoRecordsError, OutputError, describeStorageError, isCorruption } from '../store/store-errors.js';
import { STORE_SCHEMA_VERSION } from '../store/store-schema.js';
import { pathExists } from '../store/write-atomic.js';

export interface ReadOptions {
  /** One line per thing opening the store had to settle (a migration, a rebuilt index). */
  onNote?: (line: string) => void;
  /** Whether the query index is needed (default true); reading records alone does not wait for it. */
  index?: boolean;
}

/** Run `fn` on the store of `outDir`, open for reading; when SQLite meets junk, repair the store and run `fn` once more. */
export async function withStore<T>(outDir: string, fn: (db: StoreDb) => T | Promise<T>, opts: ReadOptions = {}): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const { db, notes } = await openReadableStore(outDir, { index: opts.index });
    for (const n of notes) opts.onNote?.(n);
    try {
      return await fn(db);
    } catch (e) {
      if (!isCorruption(e) || attempt > 0) throw isCorruption(e) ? damagedAgain(outDir, e) : e;
      db.close();
      for (const n of await settleUnderLock(outDir, e)) opts.onNote?.(n);
      continue;
    } finally {
      if (db.open) db.close();
    }
  }
}

const damagedAgain = (outDir: string, e: unknown): DamagedStoreError =>
  new DamagedStoreError(storePath(outDir), `${storePath(outDir)} is damaged (${(e as Error).message}) and repairing it did not help: restore it from a backup, or ingest the inputs again into a new --out folder`);

/** Reads records by id, checking each against its checksum. */
export class RecordReader {
  private readonly stmt;

  constructor(
    private readonly db: StoreDb,
    private readonly file: string,
  ) {
    this.stmt = db.prepare(`SELECT ${RECORD_COLUMNS} FROM articles WHERE id = ?`);
  }

  /** The record's JSON (one line of records.jsonl), or null when there is none. */
  json(id: string): string | null {
    const row = this.stmt.get(id) as StoredRow | undefined;
    if (!row) return null;
    const json = decodeRecord(row);
    if (json === null) throw damagedRecord(this.file, id);
    return json;
  }

  get(id: string): ArticleRecord | null {
    const json = this.json(id);
    return json === null ? null : (JSON.parse(json) as ArticleRecord);
  }
}

export const damagedRecord = (file: string, id: string): DamagedStoreError =>
  new DamagedStoreError(file, `${file}: record ${id} is damaged (its checksum does not match): restore the store from a backup, or ingest that record's input again`);

/**
 * The store cannot be read as it stands and a reader that never writes cannot settle it (an
 * older layout not yet moved in, an index behind its records). Exit code 3, like the
 * other storage errors; the message says which command settles it.
 */
export class StoreNotReadyError extends OutputError {}

const settleHint = (outDir: string): string => `"vnews stats --out ${outDir}" settles it (once no ingest or refresh is running there)`;

/**
 * Open the store of `outDir` for a long-lived reader that must never write (`vnews serve`):
 * read-only for SQLite itself (any write is refused), and nothing settled on the way. Where
 * `withStore` would move an older layout, rebuild a stale index or repair junk, this says
 * so in one line (NoRecordsError, StoreNotReadyError, DamagedStoreError, NewerStoreError).
 * A WAL reader: each read transaction sees the last commit, also of a run writing meanwhile.
 */
export async function openStoreReadOnly(outDir: string): Promise<StoreDb> {
  const file = storePath(outDir);
  if (!(await pathExists(file))) {
    const { hasOldLayout } = await import('../store/migrate-layout.js');
    if (await hasOldLayout(outDir)) {
      throw new StoreNotReadyError(
        outDir,
        `${outDir} holds records of an older vnews (records/, records.jsonl) that are not yet moved into ${file}, or are being moved now: ${settleHint(outDir)}`,
      );
    }
    throw new NoRecordsError(outDir);
  }
  let db: StoreDb | null = null;
  try {
    db = openStoreFileReadOnly(file);
    checkReadable(db, outDir);
    return db;
  } catch (e) {
    db?.close();
    throw readError(e, outDir);
  }
}

/** A connection to an existing store file that SQLite holds read-only (no check made yet: see checkReadable). */
export function openStoreFileReadOnly(file: string): StoreDb {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('query_only = 1');
  db.pragma('busy_timeout = 10000');
  return db;
}

/**
 * The checks of `openStoreReadOnly`, again on an open connection (a long-lived reader makes
 * them whenever the store has changed): a vnews store, of a version this vnews reads, its
 * index current.
 */
export function checkReadable(db: StoreDb, outDir: string): void {
  const file = storePath(outDir);
  let version = NaN;
  try {
    version = Number(db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get());
  } catch (e) {
    // No meta table: some other SQLite file (junk is SQLITE_NOTADB, handled by the caller).
    if (isCorruption(e)) throw e;
  }
  if (!Number.isInteger(version)) throw new DamagedStoreError(file, `${file}: not a vnews store (no schema version): move it away, or give another --out`);
  if (version > STORE_SCHEMA_VERSION) throw new NewerStoreError(`${file} was written by a newer vnews (store version ${version}); update vnews to read it`);
  if (indexIsStale(db)) throw new StoreNotReadyError(file, `${file}: the query index is behind the records (a run with --no-index, or a damaged record replaced): ${settleHint(outDir)}`);
  if (indexDiffers(db)) throw new StoreNotReadyError(file, `${file}: the query index was made for other tables (another version of vnews): ${settleHint(outDir)}`);
}

/** An error met reading the store, as the one-line error the CLI prints (junk in the file: DamagedStoreError). */
export function readError(e: unknown, outDir: string): unknown {
  if (e instanceof OutputError || e instanceof DamagedStoreError || e instanceof NewerStoreError || e instanceof NoRecordsError) return e;
  const file = storePath(outDir);
  if (isCorruption(e)) return new DamagedStoreError(file, `${file} is damaged (${(e as Error).message}): ${settleHint(outDir)} when its records are intact; else restore it from a backup`);
  return describeStorageError(e, file) ?? e;
}

/**
 * Reading the store for queries, the officials registry, counts and exports. A read sees
 * the last committed state, also while a run is writing. Junk found in the store on the
 * way is settled before anything is answered: the index is rebuilt from the records (with
 * a one-line note), or, when the records themselves are damaged, DamagedStoreError says so;
 * a damaged store never yields a partial answer.
 */
import type { ArticleRecord } from '../record/schema.js';
import { decodeRecord, RECORD_COLUMNS, type StoredRow } from '../store/record-codec.js';
import { openReadableStore, settleUnderLock, storePath, type StoreDb } from '../store/store-db.js';
import { DamagedStoreError, isCorruption } from '../store/store-errors.js';

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

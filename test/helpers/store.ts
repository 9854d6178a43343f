/** Reading an output folder's store in tests, as a researcher would with SQL. */
import Database from 'better-sqlite3';
import { storePath } from '../../src/store/store-db.js';
import type { ArticleRecord } from '../../src/record/schema.js';

/** The records of the store in `out`, sorted by id (what records.jsonl would list). */
export function storedRecords(out: string): ArticleRecord[] {
  return storedJson(out).map((j) => JSON.parse(j) as ArticleRecord);
}

/** The stored JSON of each record, sorted by id. */
export function storedJson(out: string): string[] {
  const db = new Database(storePath(out), { fileMustExist: true });
  try {
    db.pragma('query_only = 1');
    return db.prepare('SELECT record FROM articles ORDER BY id').pluck().all() as string[];
  } finally {
    db.close();
  }
}

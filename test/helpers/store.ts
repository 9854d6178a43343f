/** Reading an output folder's store in tests: every record, as records.jsonl would list it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { storePath } from '../../src/store/store-db.js';
import { decodeRecord, RECORD_COLUMNS, type StoredRow } from '../../src/store/record-codec.js';
import type { ArticleRecord } from '../../src/record/schema.js';

/** The records of the store in `out`, sorted by id (what records.jsonl would list). */
export function storedRecords(out: string): ArticleRecord[] {
  return storedJson(out).map((j) => JSON.parse(j) as ArticleRecord);
}

/** The stored JSON of each record, sorted by id (each checked against its checksum). */
export function storedJson(out: string): string[] {
  const db = new Database(storePath(out), { fileMustExist: true });
  try {
    db.pragma('query_only = 1');
    return (db.prepare(`SELECT id, ${RECORD_COLUMNS} FROM articles ORDER BY id`).all() as (StoredRow & { id: string })[]).map((r) => {
      const json = decodeRecord(r);
      if (json === null) throw new Error(`record ${r.id} is damaged`);
      return json;
    });
  } finally {
    db.close();
  }
}

/** The lines of a run's delta (changes/<run>.jsonl.gz), parsed. */
export function readDelta(out: string, rel: string): { id: string; op: string; record?: ArticleRecord }[] {
  return gunzipSync(readFileSync(path.join(out, rel)))
    .toString('utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; op: string; record?: ArticleRecord });
}

/**
 * A record made ready for the store off the writing thread (a worker of `ingest --jobs`):
 * its JSON and its index rows. Kept apart from the store itself so a worker loads no
 * database code.
 */
import type { ArticleRecord } from '../record/schema.js';
import { entityRows, type Cell } from './entity-tables.js';

export interface PreparedRecord {
  id: string;
  location: string;
  /** The record's JSON (JSON.stringify of the validated record): one line of records.jsonl. */
  json: string;
  /** entityRows(record). */
  rows: Cell[][][];
}

/** Make a validated record ready to store. */
export const prepareRecord = (r: ArticleRecord): PreparedRecord => ({ id: r.id, location: r.source.location, json: JSON.stringify(r), rows: entityRows(r) });

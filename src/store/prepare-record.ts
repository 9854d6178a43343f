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
  alsoAt: string[];
  title: string | null;
  publishedAt: string | null;
  language: string;
  /** Title and text as the full-text index reads them (articles_fts_source: đ written d). */
  fts: [title: string, text: string];
  /** The record's JSON (JSON.stringify of the validated record): one line of records.jsonl. */
  json: string;
  /** entityRows(record). */
  rows: Cell[][][];
}

/** đ written d, as the view articles_fts_source does in SQL: the two must agree to the byte. */
export const ftsForm = (s: string | null): string => (s ?? '').replaceAll('đ', 'd').replaceAll('Đ', 'D');

/** Make a validated record ready to store. */
export const prepareRecord = (r: ArticleRecord): PreparedRecord => ({
  id: r.id,
  location: r.source.location,
  alsoAt: r.source.alsoAt,
  title: r.title,
  publishedAt: r.publishedAt,
  language: r.language.code,
  fts: [ftsForm(r.title), ftsForm(r.text)],
  json: JSON.stringify(r),
  rows: entityRows(r),
});

/**
 * A record made ready for the store off the writing thread (a worker of `ingest --jobs`):
 * its stored form (record-codec.ts) and its index rows. Kept apart from the store itself so
 * a worker loads no database code. What the writer then does per record is SQL alone.
 */
import type { ArticleRecord } from '../record/schema.js';
import { ENTITY_TYPES } from '../extract/entity-types.js';
import { entityTables, type Cell, type EntityTypes } from './entity-tables.js';
import { encodeRecord, ownBytes, type EncodedRecord } from './record-codec.js';
import { writtenLine } from './delta-writer.js';

export interface PreparedRecord {
  id: string;
  location: string;
  alsoAt: string[];
  title: string | null;
  publishedAt: string | null;
  language: string;
  /** The record as the `articles` row keeps it. */
  stored: EncodedRecord;
  /** indexRows(record). */
  rows: Cell[][][];
  /** Its line in the run's delta (UTF-8), as a new record: `{"id","op":"written","record"}`. */
  line: Uint8Array;
}

/** Each entity table with the positions of the store's columns (all but the export-only ones) among its row cells. */
const storeTables = (types: EntityTypes) =>
  entityTables(types).map((t) => ({ ...t, pick: t.spec.columns.flatMap((c, i) => (c.only === 'export' ? [] : [i])) }));
let registryTables: ReturnType<typeof storeTables> | null = null;

/**
 * Rows of every entity table of the store's index for one record, in `entityTables()` order,
 * store columns only. `types`: the registry unless given (tests).
 */
export function indexRows(record: ArticleRecord, types: EntityTypes = ENTITY_TYPES): Cell[][][] {
  const tables = types === ENTITY_TYPES ? (registryTables ??= storeTables(ENTITY_TYPES)) : storeTables(types);
  const lists = record as unknown as Record<string, never[] | undefined>;
  return tables.map(({ spec, type, pick }) => spec.rows(lists[type] ?? []).map((row) => pick.map((k) => row[k]!)));
}

/** Make a validated record ready to store. */
export function prepareRecord(r: ArticleRecord): PreparedRecord {
  const { json, ...stored } = encodeRecord(r);
  return {
    id: r.id,
    location: r.source.location,
    alsoAt: r.source.alsoAt,
    title: r.title,
    publishedAt: r.publishedAt,
    language: r.language.code,
    stored,
    rows: indexRows(r),
    line: ownBytes(writtenLine(r.id, json)),
  };
}

/** The buffers of a prepared record, handed to the writing thread without a copy. */
export const transferablesOf = (p: PreparedRecord): ArrayBuffer[] => [p.stored.text.buffer, p.stored.body.buffer, p.line.buffer] as ArrayBuffer[];

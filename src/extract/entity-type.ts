/**
 * What an entity type declares, once, in its folder's `entity.ts`: its key in the record, the
 * schema of one entity, the recogniser that fills it, how `vnews eval` scores it, and how it
 * is flattened into tables: the store's index tables and views, CSV and Parquet. The
 * registry (entity-types.ts) lists the types; the record schema, the scorer's rows, the
 * rules table, the store's SQL schema and the exports are derived from it.
 *
 * Kept free of recogniser code, so that reading the schema (the store, the query commands)
 * does not load the recognisers.
 */
import type { z } from 'zod';
import { fold } from '../text/fold.js';

/** A cell of a flat table: text, a number, or null. */
export type Cell = string | number | null;

/** A column of a flat table (the store's SQLite index, CSV, Parquet). */
export interface Column {
  name: string;
  type: 'text' | 'integer' | 'real';
  /** Whether the column may be null. */
  nullable?: boolean;
  /** One line: what it holds. */
  doc: string;
  /**
   * `'index'`: only in the store's index tables, a lookup key the query filters compare
   * against (a folded form, src/text/fold.ts); `'export'`: only in CSV and Parquet.
   * Absent: in both.
   */
  only?: 'index' | 'export';
}

/**
 * The table a type fills with one row per entity (its name is usually the record key). The
 * store adds the keys and the columns every type shares: `seq` (the entity's place in the
 * record's list, from 0) before `columns`, and the export-only `mention_count` and
 * `found_by` after them (src/store/entity-tables.ts).
 */
export interface EntityTable<E> {
  name: string;
  /** One line: what a row is (a comment in the store's SQL schema). */
  doc: string;
  /** The type's own columns, in order. */
  columns: readonly Column[];
  /** The cells of one entity, in the order of `columns`. */
  cells(entity: E): Cell[];
  /** Secondary indexes of the store, for the query filters (lists of column names). */
  indexes?: readonly (readonly string[])[];
}

/**
 * A table of a list inside each entity (an official's positions, a cluster's members): one
 * row per item. The store keys a row by the entity (`parent`, its `seq` in the type's table)
 * and the item's `seq` (its place in the list, from 0), then `columns`.
 */
export interface ListTable<E> {
  name: string;
  doc: string;
  /** The column holding the entity's seq ("official_seq"), and what it says. */
  parent: { name: string; doc: string };
  /** What the item's `seq` says. */
  seqDoc: string;
  columns: readonly Column[];
  /** The cells of each item of one entity, in list order, each in the order of `columns`. */
  items(entity: E): Cell[][];
}

/**
 * A view of the store for researchers: `SELECT a.id AS article_id, a.published_at, <select>
 * FROM <table> <alias> JOIN articles a …`, one row per row of the type's table.
 */
export interface EntityView {
  name: string;
  /** One line: what a row is (a comment in the SQL schema). */
  doc: string;
  /** The alias of the type's table in `select`. */
  alias: string;
  /** The columns after `article_id` and `published_at` (SQL). */
  select: string;
}

/** In one cell, the items of a list (positions, members, places): " | " between them. */
export const LIST_SEPARATOR = ' | ';

/** A folded lookup column's cell (lower case, no diacritics, đ as d: src/text/fold.ts), null kept. */
export const folded = (s: string | null): string | null => (s === null ? null : fold(s));

/** The fields every entity carries, which the store reads for its shared columns and the `mentions` table. */
export interface EntityBase {
  mentions: { start: number; end: number; text: string }[];
  foundBy: { rule: string }[];
}

/** How the scorer compares one entity type (see src/eval/score.ts): one row of its report per key. */
export interface ScoreKey {
  /** The report's row ("officials", "officials+rank"). */
  row: string;
  /** The comparison key of one entity (or of one gold value: a gold file may write a bare value). */
  key: (value: unknown) => string;
}

export interface EntityType<K extends string = string, S extends z.ZodType<EntityBase> = z.ZodType<EntityBase>> {
  /** The record's array ("officials"). */
  key: K;
  /** Schema of one entity. */
  schema: S;
  /** One line for docs: what an entity is. */
  description: string;
  /** Id of the recogniser that fills it (src/extract/recognisers.ts). */
  recogniser: string;
  /** How eval scores it, in report order; absent when it is not scored (dates). */
  score?: {
    keys: readonly ScoreKey[];
    /** Entities of a record left out of scoring (awards without any count). */
    keep?: (value: unknown) => boolean;
  };
  /** How the store, CSV and Parquet flatten it: its table, one row per entity. */
  table: EntityTable<z.infer<S>>;
  /** Tables of the lists inside an entity, one row per item. */
  lists?: readonly ListTable<z.infer<S>>[];
  /** The store's view of its table for researchers, if it has one. */
  view?: EntityView;
}

/** Defines an entity type, keeping its key and schema types. */
export const defineEntityType = <K extends string, S extends z.ZodType<EntityBase>>(t: EntityType<K, S>): EntityType<K, S> => t;

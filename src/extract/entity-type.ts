/**
 * What an entity type declares, once, in its folder's `entity.ts`: its key in the record, the
 * schema of one entity, the recogniser that fills it, how `vnews eval` scores it, and how a
 * store flattens it into tables. The registry (entity-types.ts) lists the types; the record
 * schema, the scorer's rows, the rules table and a store's tables are derived from it.
 *
 * Kept free of recogniser code, so that reading the schema (the store, the query commands)
 * does not load the recognisers.
 */
import type { z } from 'zod';

/** A column of a flat table (SQLite, CSV, Parquet). */
export interface Column {
  name: string;
  type: 'TEXT' | 'INTEGER';
  /** Whether the column may be null. */
  nullable?: boolean;
  /** One line: what it holds. */
  doc: string;
}

/**
 * A flat table an entity type fills. Every row also carries `article` (the record id) and
 * `entity` (the entity's index in its record array, from 0), which the store adds; `columns`
 * are the rest. A type's first table has one row per entity; further tables hold its lists
 * (an official's positions, a cluster's members) with a `seq` column.
 */
export interface Table {
  name: string;
  /** One line: what a row is. */
  doc: string;
  columns: readonly Column[];
}

/** A row of a flat table, without `article` and `entity`. */
export type Row = Record<string, string | number | null>;

/** How the scorer compares one entity type (see src/eval/score.ts): one row of its report per key. */
export interface ScoreKey {
  /** The report's row ("officials", "officials+rank"). */
  row: string;
  /** The comparison key of one entity (or of one gold value: a gold file may write a bare value). */
  key: (value: unknown) => string;
}

export interface EntityType<K extends string = string, S extends z.ZodType = z.ZodType> {
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
  /** The flat tables it fills, its own first. */
  tables: readonly Table[];
  /** The rows of one entity, by table name. */
  flatten(entity: z.infer<S>): Record<string, Row[]>;
}

/** Defines an entity type, keeping its key and schema types. */
export const defineEntityType = <K extends string, S extends z.ZodType>(t: EntityType<K, S>): EntityType<K, S> => t;

/** The `mentions` table every type shares: where each entity was read (the store fills it from `mentions`). */
export const MENTIONS_TABLE: Table = {
  name: 'mentions',
  doc: 'Where an entity was read: one row per mention, `kind` is the entity type',
  columns: [
    { name: 'kind', type: 'TEXT', doc: 'The entity type (record key): officials, provinces …' },
    { name: 'start', type: 'INTEGER', doc: 'Offset of the mention in the record text' },
    { name: 'end', type: 'INTEGER', doc: 'Offset after the mention' },
    { name: 'text', type: 'TEXT', doc: 'The mention as written' },
  ],
};

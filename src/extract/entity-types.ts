/**
 * THE registry of entity types: one line per type, in record order. The record schema
 * (src/record/schema.ts), the scorer's rows (src/eval/score.ts), the rules table, and the
 * store's index tables, SQL views and the CSV/Parquet tables (src/store/entity-tables.ts)
 * are derived from it.
 *
 * Adding an entity type: a folder under src/extract/ with its `entity.ts` (defineEntityType)
 * and its recogniser, one line here, and one line in recognisers.ts if it brings its own
 * recogniser (see the README, "Adding an entity type").
 */
import { officialsType } from './officials/entity.js';
import { provincesType } from './provinces/entity.js';
import { clustersType } from './clusters/entity.js';
import { datesType, periodsType } from './periods/entity.js';
import { awardsType } from './awards/entity.js';

export const ENTITY_TYPES = [officialsType, provincesType, clustersType, periodsType, datesType, awardsType] as const;

export type EntityKey = (typeof ENTITY_TYPES)[number]['key'];

/** The record's entity arrays, in record order. */
export const ENTITY_KEYS: readonly EntityKey[] = ENTITY_TYPES.map((t) => t.key);

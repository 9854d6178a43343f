/**
 * The record: one JSON document per article (see README "The record").
 * This zod definition is the single source of truth: it validates every record
 * before it is written and generates `schema.json` (zod 4 → JSON Schema). Its entity
 * arrays come from the registry of entity types (src/extract/entity-types.ts).
 */
import { z } from 'zod';
import { ENTITY_TYPES } from '../extract/entity-types.js';
import { isoDate } from './parts.js';
import type { EntityType } from '../extract/entity-type.js';

export const SCHEMA_VERSION = 1;

export { Mention, Provenance } from './parts.js';
export { Official } from '../extract/officials/entity.js';
export { Province } from '../extract/provinces/entity.js';
export { Cluster } from '../extract/clusters/entity.js';
export { Period, DateValue } from '../extract/periods/entity.js';
export { Award } from '../extract/awards/entity.js';
export { ENTITY_KEYS, ENTITY_TYPES, type EntityKey } from '../extract/entity-types.js';

export const Warning = z.object({
  code: z.string(),
  message: z.string(),
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
  rule: z.string().optional(),
});
export type Warning = z.infer<typeof Warning>;

export const Source = z.object({
  location: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  fetchedAt: z.string().nullable(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  /** Other places the same text was found (same id). */
  alsoAt: z.array(z.string()),
});
export type Source = z.infer<typeof Source>;

export const Language = z.object({
  code: z.string().regex(/^[a-z]{3}$/),
  confidence: z.number().min(0).max(1),
});
export type Language = z.infer<typeof Language>;

type EntityArrays<T extends readonly EntityType<string, z.ZodType>[]> = { [E in T[number] as E['key']]: z.ZodArray<E['schema']> };

/** One array per registered entity type, in registry order. */
function entityArrays<T extends readonly EntityType<string, z.ZodType>[]>(types: T): EntityArrays<T> {
  return Object.fromEntries(types.map((t) => [t.key, z.array(t.schema)])) as EntityArrays<T>;
}

export const ArticleRecord = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().regex(/^[0-9a-f]{16}$/),
  source: Source,
  language: Language,
  title: z.string().nullable(),
  publishedAt: isoDate.nullable(),
  authors: z.array(z.string()),
  text: z.string(),
  ...entityArrays(ENTITY_TYPES),
  warnings: z.array(Warning),
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;

/** JSON Schema of a record, written to `output/schema.json`. */
export function recordJsonSchema(): unknown {
  return {
    ...z.toJSONSchema(ArticleRecord, { target: 'draft-2020-12' }),
    $id: 'https://vnews.invalid/schema/record-v1.json',
    title: 'vnews article record',
  };
}

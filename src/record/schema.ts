/**
 * The record: one JSON document per article (see README "The record").
 * This zod definition is the single source of truth: it validates every record
 * before it is written and generates `schema.json` (zod 4 → JSON Schema).
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

/** The record's entity arrays, in record order. */
export const ENTITY_KEYS = ['officials', 'provinces', 'clusters', 'periods', 'dates', 'awards'] as const;
export type EntityKey = (typeof ENTITY_KEYS)[number];

/** Where in `text` a value was read; `text.slice(start, end) === text`. */
export const Mention = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Mention = z.infer<typeof Mention>;

/** How a value was found: the recogniser id and the kind of match (fuzzy with its score). */
export const Provenance = z.object({
  rule: z.string(),
  match: z.enum(['exact', 'alias', 'folded', 'fuzzy', 'inferred']),
  score: z.number().min(0).max(1).optional(),
});
export type Provenance = z.infer<typeof Provenance>;

const provenanceList = z.array(Provenance);

export const Official = z.object({
  name: z.string(),
  rank: z.string().nullable(),
  honorific: z.string().nullable(),
  positions: z.array(z.string()),
  province: z.string().nullable(),
  mentions: z.array(Mention),
  foundBy: provenanceList,
});
export type Official = z.infer<typeof Official>;

export const Province = z.object({
  name: z.string(),
  code: z.string(),
  since2025: z.string().nullable(),
  mentions: z.array(Mention),
  foundBy: provenanceList,
});
export type Province = z.infer<typeof Province>;

export const Cluster = z.object({
  number: z.number().int().positive(),
  members: z.array(z.string()),
  mentions: z.array(Mention),
  foundBy: provenanceList,
});
export type Cluster = z.infer<typeof Cluster>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const Period = z.object({
  text: z.string(),
  start: isoDate,
  end: isoDate,
  mentions: z.array(Mention),
  foundBy: provenanceList,
});
export type Period = z.infer<typeof Period>;

export const DateValue = z.object({
  text: z.string(),
  value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  mentions: z.array(Mention),
  foundBy: provenanceList,
});
export type DateValue = z.infer<typeof DateValue>;

export const Award = z.object({
  type: z.string(),
  issuer: z.string().nullable(),
  collectives: z.number().int().nonnegative().nullable(),
  individuals: z.number().int().nonnegative().nullable(),
  mentions: z.array(Mention),
  foundBy: provenanceList,
});
export type Award = z.infer<typeof Award>;

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

export const ArticleRecord = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().regex(/^[0-9a-f]{16}$/),
  source: Source,
  language: Language,
  title: z.string().nullable(),
  publishedAt: isoDate.nullable(),
  authors: z.array(z.string()),
  text: z.string(),
  officials: z.array(Official),
  provinces: z.array(Province),
  clusters: z.array(Cluster),
  periods: z.array(Period),
  dates: z.array(DateValue),
  awards: z.array(Award),
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

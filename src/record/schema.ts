/**
 * The record: one JSON document per article (see README "The record").
 * This zod definition is the single source of truth: it validates every record
 * before it is written and generates `schema.json` (zod 4 → JSON Schema, draft 2020-12),
 * descriptions, formats and enums included. Its entity arrays come from the registry of
 * entity types (src/extract/entity-types.ts), each type's schema from its `entity.ts`; the
 * shared parts are in parts.ts, the closed vocabularies in vocabularies.ts, the warning codes
 * in warning-codes.ts.
 *
 * Every field carries a description (a test walks schema.json for one). Constraints that
 * JSON Schema cannot state (a mention ends after it starts, a period's end is not before its
 * start, a Last-Modified date names a real day) are zod refinements: checked before a record
 * is written, stated in the descriptions.
 */
import { z } from 'zod';
import { ENTITY_TYPES } from '../extract/entity-types.js';
import { RULE_ID, isoDate, nonEmpty } from './parts.js';
import { FetchedAt, HttpDate } from './source-dates.js';
import { WARNING_CODES, WARNING_CODE_LIST } from './warning-codes.js';
import type { EntityType } from '../extract/entity-type.js';

export const SCHEMA_VERSION = 1;

export { Mention, Provenance, ProvinceName } from './parts.js';
export { Official } from '../extract/officials/entity.js';
export { Province } from '../extract/provinces/entity.js';
export { Cluster } from '../extract/clusters/entity.js';
export { Period, DateValue } from '../extract/periods/entity.js';
export { Award } from '../extract/awards/entity.js';
export { ENTITY_KEYS, ENTITY_TYPES, type EntityKey } from '../extract/entity-types.js';
export { WARNING_CODES, type WarningCode } from './warning-codes.js';

const offset = (what: string) => z.number().int().nonnegative().nullable().describe(what);

export const Warning = z
  .object({
    code: z
      .enum(WARNING_CODE_LIST)
      .describe(`What happened, one of the registered codes (src/record/warning-codes.ts; the README's "Messages" table): ${WARNING_CODE_LIST.map((c) => `\`${c}\`: ${WARNING_CODES[c].meaning}`).join('; ')}`),
    message: nonEmpty('One line for a reader: what was read through and how'),
    start: offset('Where in `text` it applies, in code points as mention offsets count; null when it is about the input as a whole'),
    end: offset('Offset just after where it applies, in code points; null when `start` is'),
    rule: z.string().regex(RULE_ID).optional().describe('Id of the rule or stage that raised it (`cluster/typo`, `article/html`), where one did'),
  })
  .refine((w) => (w.start === null) === (w.end === null) && (w.start === null || w.end! >= w.start), {
    message: 'a warning has both offsets, end not before start, or neither',
    path: ['end'],
  })
  .meta({ id: 'Warning', description: 'Something read through rather than rejected' });
export type Warning = z.infer<typeof Warning>;

export const Source = z
  .object({
    location: nonEmpty('Where the article was read: the input file\'s path as given, `FILE.jsonl:LINE` for a JSON Lines line, or the URL (a WARC record\'s target URI)'),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe('SHA-256 (64 lower-case hex digits) of what was read: the file\'s bytes, the JSON Lines line, or the HTTP or WARC payload'),
    fetchedAt: FetchedAt.nullable().describe(
      'When it was fetched: an RFC 3339 date-time in UTC (`2024-07-05T01:02:03.456Z`), vnews\'s own fetch time or the WARC-Date of an archived record; null for a local file',
    ),
    etag: z.string().min(1).nullable().describe('The ETag header of the response, as sent (quotes and `W/` included); null when there was none'),
    lastModified: HttpDate.nullable().describe(
      'The Last-Modified header of the response as sent, an HTTP date in the IMF-fixdate form (`Fri, 05 Jul 2024 01:00:00 GMT`, RFC 9110 §5.6.7; the obsolete RFC 850 and asctime forms are rewritten to it); null when there was none or it was not a date',
    ),
    alsoAt: z
      .array(nonEmpty('A location, as `location` is written'))
      .describe('Other places the same text was found (the same `id`), sorted; empty when none'),
  })
  .meta({ id: 'Source', description: 'Where the article was read, and what the server said about it' });
export type Source = z.infer<typeof Source>;

export const Language = z
  .object({
    code: z.string().regex(/^[a-z]{3}$/).describe('ISO 639-3 code of the language of `text`: `vie`, `eng`, or `und` when neither fits; Vietnamese rules run only on `vie`, the English recogniser only on `eng`'),
    confidence: z.number().min(0).max(1).describe('How sure the language stage is, from 0 to 1 (0 for `und`)'),
  })
  .meta({ id: 'Language', description: 'The language of the text, as the language stage decided it' });
export type Language = z.infer<typeof Language>;

type EntityArrays<T extends readonly EntityType[]> = { [E in T[number] as E['key']]: z.ZodArray<E['schema']> };

/** One array per registered entity type, in registry order, described by the type's own one line. */
function entityArrays<T extends readonly EntityType[]>(types: T): EntityArrays<T> {
  return Object.fromEntries(types.map((t) => [t.key, z.array(t.schema).describe(`${t.description} (read by the ${t.recogniser} recogniser); empty when none`)])) as EntityArrays<T>;
}

export const ArticleRecord = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION).describe('Version of this schema; it changes only when a field changes meaning or shape'),
    id: z
      .string()
      .regex(/^[0-9a-f]{16}$/)
      .describe('The first 16 hex digits of the SHA-256 of the normalised `text` (UTF-8): the same text found at two places is one record'),
    source: Source,
    language: Language,
    title: z.string().nullable().describe('The title, normalised as `text` is; null when none was found (vnews never writes an empty title, but a record from elsewhere may hold one, which is not the same as null)'),
    publishedAt: isoDate.nullable().describe('Publication day in Vietnam time (UTC+7), YYYY-MM-DD, a day that exists; null when no date was found'),
    authors: z.array(nonEmpty('One author\'s name as written in the byline')).describe('The authors the byline, page metadata or input names, in order; empty when none'),
    text: nonEmpty('The article body, normalised (NFC, one tone-mark placement style, white space tidied): every offset in the record counts Unicode code points of this text'),
    ...entityArrays(ENTITY_TYPES),
    warnings: z.array(Warning).describe('What was read through rather than rejected, in the order the stages met it; empty when nothing was'),
  })
  .meta({
    title: 'vnews article record',
    description:
      'One news article as structured data with provenance: its source, language, title, date, authors, normalised text, the entities read from it (each with where it was read and which rule read it) and warnings. Offsets count Unicode code points of `text`.',
  });
export type ArticleRecord = z.infer<typeof ArticleRecord>;

/** JSON Schema of a record, written to `output/schema.json`. */
export function recordJsonSchema(): Record<string, unknown> {
  const { $schema, title, description, ...schema } = z.toJSONSchema(ArticleRecord, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $schema, $id: 'https://vnews.invalid/schema/record-v1.json', title, description, ...schema };
}

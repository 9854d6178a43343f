/**
 * The parts every entity of a record carries (where it was read, and which rule read it), and
 * the field types several entity types share. Each part is described here, once: the
 * descriptions go into `schema.json` (zod's `.describe()` / `.meta()`), and the named parts
 * (`id`) become its `$defs`.
 */
import { z } from 'zod';
import { PROVINCE_NAMES } from './vocabularies.js';

/** A string that is never empty (`minLength: 1`). */
export const nonEmpty = (description: string) => z.string().min(1).describe(description);

/** A calendar day `YYYY-MM-DD` that exists (2020-02-29 yes, 2021-02-29 and 2020-13-45 no): `format: date`. */
export const isoDate = z.iso.date();

/** A canonical province name: one of the units of src/data/provinces.ts (`$defs/ProvinceName` in schema.json). */
export const ProvinceName = z.enum(PROVINCE_NAMES).meta({
  id: 'ProvinceName',
  description: 'Canonical short name of a province-level unit (src/data/provinces.ts): one of the 63 units of 2008–2025, Hà Tây (until 2008), Huế (Thừa Thiên Huế from 2025-01-01) or the 34 units from 2025-07-01, without "tỉnh" or "thành phố", in the old tone style ("Thanh Hóa", "Khánh Hòa")',
});

/** Where in `text` a value was read: `start`, `end` count code points (Python's `text[start:end]` is the mention). */
export const Mention = z
  .object({
    start: z.number().int().nonnegative().describe('Offset of the first character of the mention in the record `text`, counted in Unicode code points from 0 (as the W3C Web Annotation TextPositionSelector counts; not UTF-16 units)'),
    end: z.number().int().nonnegative().describe('Offset just after the mention, in code points: `text[start:end]` in Python, jq or DuckDB (`substring(text, start + 1, end - start)`) is the mention; in JavaScript `Array.from(text).slice(start, end).join("")`'),
    text: nonEmpty('The mention as written in the record `text`, exactly the code points start to end'),
  })
  .refine((m) => m.end > m.start, { message: 'a mention ends after it starts', path: ['end'] })
  .meta({ id: 'Mention', description: 'One place in the record `text` where an entity was read' });
export type Mention = z.infer<typeof Mention>;

/** A rule id: lower-case words joined by dashes, in two or more parts joined by slashes (`official/rank-name`, `article/profile/dantri`). */
export const RULE_ID = new RegExp('^[a-z][a-z0-9-]*(?:/[a-z0-9][a-z0-9-]*)+$');

/** The kinds of match a rule reports, in `foundBy`. */
export const MATCH_KINDS = ['exact', 'alias', 'folded', 'fuzzy', 'inferred'] as const;

/** How a value was found: the recogniser id and the kind of match (fuzzy with its score). */
export const Provenance = z
  .object({
    rule: z
      .string()
      .regex(RULE_ID)
      .describe('Id of the rule that read the value, such as `official/rank-name` (the README\'s rules table lists them all)'),
    match: z
      .enum(MATCH_KINDS)
      .describe('How it matched: `exact` (as the data writes it), `alias` (a press variant or abbreviation), `folded` (without diacritics), `fuzzy` (a misspelling, with its score), `inferred` (from context: a short name joined to the full one, members bound to the one cluster)'),
    score: z.number().min(0).max(1).optional().describe('For a fuzzy match: its string-similarity score, from 0 to 1 (1 is identical)'),
  })
  .meta({ id: 'Provenance', description: 'One rule that found the value, and how it matched' });
export type Provenance = z.infer<typeof Provenance>;

/** Every entity's `mentions`. */
export const mentionList = z.array(Mention).min(1).describe('Every place the value was read, in text order; at least one');

/** Every entity's `foundBy`. */
export const provenanceList = z.array(Provenance).min(1).describe('The rules that found the value, each once, in the order they found it; at least one');

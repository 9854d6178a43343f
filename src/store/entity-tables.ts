/**
 * Entity → table rows: the generic adapter from the registry of entity types
 * (src/extract/entity-types.ts, each type's `table`, `lists` and `view` in its `entity.ts`)
 * to the flat tables the store's query index, its SQL views and the CSV and Parquet exports
 * are made of. No entity type is named here: a new type's tables follow from its entry.
 *
 * Every table is keyed by its article (`article` = articles.aid inside the store,
 * `article_id` = the record id in exports) and the entity's place in the record's list
 * (`seq`, from 0, the same index as in the record's JSON array); a list's table by the
 * entity (`<parent>` = its seq) and the item's `seq`. Columns marked `only: 'index'` are
 * lookup keys of the store (folded forms, see src/text/fold.ts); `only: 'export'` ones exist
 * in CSV and Parquet but not in the store's index tables.
 */
import type { ArticleRecord } from '../record/schema.js';
import { ENTITY_TYPES } from '../extract/entity-types.js';
import { LIST_SEPARATOR, type Cell, type Column, type EntityBase, type EntityType, type EntityView } from '../extract/entity-type.js';

export { LIST_SEPARATOR, type Cell, type Column };

/** The entity types a store is made for: the registry, or (in tests) a list that adds to it. */
export type EntityTypes = readonly EntityType[];

export interface TableSpec<E> {
  name: string;
  /** One line: what a row is. */
  doc: string;
  /** Columns after the article key, in order. */
  columns: readonly Column[];
  /** How many leading columns, with the article, identify a row. */
  key: number;
  /** One article's rows, cells in column order. */
  rows(list: readonly E[]): Cell[][];
  /** Secondary indexes of the store that the query filters look up (column lists). */
  indexes?: readonly (readonly string[])[];
}

const joined = (xs: readonly string[]): string => xs.join(LIST_SEPARATOR);
const rules = (e: EntityBase): string => joined([...new Set(e.foundBy.map((f) => f.rule))]);

/** The columns every type's table shares, around the type's own. */
const SEQ: Column = { name: 'seq', type: 'integer', doc: "the entity's place in the record's list, from 0" };
const MENTION_COUNT: Column = { name: 'mention_count', type: 'integer', doc: 'how many times the text names it', only: 'export' };
const FOUND_BY: Column = { name: 'found_by', type: 'text', doc: 'the rules that read it (see the README rules table)', only: 'export' };

/** The tables of one entity type: its own (one row per entity), then one per list inside an entity. */
export function typeTables(t: EntityType): TableSpec<EntityBase>[] {
  const { table } = t;
  const own: TableSpec<EntityBase> = {
    name: table.name,
    doc: table.doc,
    key: 1,
    columns: [SEQ, ...table.columns, MENTION_COUNT, FOUND_BY],
    rows: (list) => list.map((e, i) => [i, ...table.cells(e), e.mentions.length, rules(e)]),
    ...(table.indexes ? { indexes: table.indexes } : {}),
  };
  const lists = (t.lists ?? []).map(
    (l): TableSpec<EntityBase> => ({
      name: l.name,
      doc: l.doc,
      key: 2,
      columns: [{ name: l.parent.name, type: 'integer', doc: l.parent.doc }, { name: 'seq', type: 'integer', doc: l.seqDoc }, ...l.columns],
      rows: (list) => list.flatMap((e, i) => l.items(e).map((cells, k) => [i, k, ...cells])),
    }),
  );
  return [own, ...lists];
}

/** Every entity table, in registry order, with the record key whose entities fill it. */
export const entityTables = (types: EntityTypes = ENTITY_TYPES): { spec: TableSpec<EntityBase>; type: string }[] =>
  types.flatMap((t) => typeTables(t).map((spec) => ({ spec, type: t.key })));

/** The tables of each entity type, by record key (the library's view of the registry's tables). */
export const ENTITY_TABLES: Readonly<Record<string, readonly TableSpec<EntityBase>[]>> = Object.fromEntries(ENTITY_TYPES.map((t) => [t.key, typeTables(t)]));

/** An entity list of a record (a record of a type list other than the registry's may carry more keys). */
const entitiesOf = (record: ArticleRecord, key: string): readonly EntityBase[] => ((record as unknown as Record<string, EntityBase[] | undefined>)[key] ?? []);

/** Rows of every entity table for one record, in `entityTables()` order. */
export function entityRows(record: ArticleRecord, types: EntityTypes = ENTITY_TYPES): Cell[][][] {
  return entityTables(types).map(({ spec, type }) => spec.rows(entitiesOf(record, type)));
}

/** The views of the store for researchers, one per type that declares one, in registry order. */
export const entityViews = (types: EntityTypes = ENTITY_TYPES): { view: EntityView; table: string }[] =>
  types.flatMap((t) => (t.view ? [{ view: t.view, table: t.table.name }] : []));

// ---- Export-only tables: the article itself, every mention, every warning. ----

/** The article row of the exports (the store keeps the record itself in `articles.record`). */
export const ARTICLES_EXPORT: TableSpec<ArticleRecord> = {
  name: 'articles',
  doc: 'one row per article (record)',
  key: 0,
  columns: [
    { name: 'published_at', type: 'text', nullable: true, doc: 'publication date (YYYY-MM-DD) or null' },
    { name: 'title', type: 'text', nullable: true, doc: 'the title, or null when none was found (distinct from an empty title)' },
    { name: 'location', type: 'text', doc: 'where it was read: a path as given, file.jsonl:LINE, a WARC record or a URL' },
    { name: 'also_at', type: 'text', doc: `other places the same text was found, separated by "${LIST_SEPARATOR}"` },
    { name: 'source_sha256', type: 'text', doc: 'sha256 of the raw bytes as read or fetched' },
    { name: 'fetched_at', type: 'text', nullable: true, doc: 'when it was fetched (ISO time), for fetched input' },
    { name: 'language', type: 'text', doc: 'ISO 639-3 code (vie, eng, und)' },
    { name: 'language_confidence', type: 'real', doc: 'confidence of the language, 0 to 1' },
    { name: 'authors', type: 'text', doc: `the byline, separated by "${LIST_SEPARATOR}"` },
    { name: 'text', type: 'text', doc: 'the normalised body text; every offset in mentions points into it' },
    { name: 'warning_count', type: 'integer', doc: 'how many warnings the record carries' },
  ],
  rows: (list) =>
    list.map((r) => [
      r.publishedAt,
      r.title,
      r.source.location,
      joined(r.source.alsoAt),
      r.source.sha256,
      r.source.fetchedAt,
      r.language.code,
      r.language.confidence,
      joined(r.authors),
      r.text,
      r.warnings.length,
    ]),
};

/** Every mention of every entity type; offsets as in the record (code points of `text`). */
export const mentionsExport = (types: EntityTypes = ENTITY_TYPES): TableSpec<ArticleRecord> => ({
  name: 'mentions',
  doc: 'one row per place in the text where an entity was read',
  key: 3,
  columns: [
    { name: 'entity_type', type: 'text', doc: `which table the entity is in (${types.map((t) => t.key).join(', ')})` },
    { name: 'entity_seq', type: 'integer', doc: 'the entity (seq in that table)' },
    { name: 'seq', type: 'integer', doc: 'the mention’s place in the entity’s list, from 0' },
    { name: 'start', type: 'integer', doc: 'where it starts in the article text, in code points from 0' },
    { name: 'end', type: 'integer', doc: 'where it ends (exclusive), in code points' },
    { name: 'text', type: 'text', doc: 'the text at that place' },
  ],
  rows: (list) =>
    list.flatMap((r) => types.flatMap((t) => entitiesOf(r, t.key).flatMap((e, i) => e.mentions.map((m, k) => [t.key, i, k, m.start, m.end, m.text])))),
});

export const WARNINGS_EXPORT: TableSpec<ArticleRecord> = {
  name: 'warnings',
  doc: 'one row per warning: what was read through rather than rejected',
  key: 1,
  columns: [
    SEQ,
    { name: 'code', type: 'text', doc: 'the warning code (see the README, Messages)' },
    { name: 'message', type: 'text', doc: 'what happened' },
    { name: 'start', type: 'integer', nullable: true, doc: 'where in the text, when it has a place' },
    { name: 'end', type: 'integer', nullable: true, doc: 'end of that place (exclusive)' },
    { name: 'rule', type: 'text', nullable: true, doc: 'the rule that raised it' },
  ],
  rows: (list) => list.flatMap((r) => r.warnings.map((w, i) => [i, w.code, w.message, w.start, w.end, w.rule ?? null])),
};

/** Every table of a CSV or Parquet export, with its rows for one record (the article key not included). */
export function exportTables(types: EntityTypes = ENTITY_TYPES): { spec: TableSpec<unknown>; rowsOf(record: ArticleRecord): Cell[][] }[] {
  const whole = (spec: TableSpec<ArticleRecord>) => ({ spec: spec as TableSpec<unknown>, rowsOf: (r: ArticleRecord) => spec.rows([r]) });
  return [
    whole(ARTICLES_EXPORT),
    ...entityTables(types).map(({ spec, type }) => ({ spec: spec as TableSpec<unknown>, rowsOf: (r: ArticleRecord) => spec.rows(entitiesOf(r, type)) })),
    whole(mentionsExport(types)),
    whole(WARNINGS_EXPORT),
  ];
}

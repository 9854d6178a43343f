/**
 * Entity → table rows, keyed by entity type: the one place that says how each kind of
 * entity in a record becomes flat rows. The store's query index (SQL tables), the CSV and
 * Parquet exports and the SQL views are all derived from these specs, so a new entity
 * type (or a new field) is one entry here.
 *
 * Every table is keyed by its article (`article` = articles.aid inside the store,
 * `article_id` = the record id in exports) and the entity's place in the record's list
 * (`seq`, from 0, the same index as in the record's JSON array). Columns marked
 * `only: 'index'` are lookup keys of the store (folded forms, see src/text/fold.ts);
 * `only: 'export'` ones exist in CSV and Parquet but not in the store's index tables.
 */
import type { ArticleRecord, Award, Cluster, DateValue, Official, Period, Province } from '../record/schema.js';
import { dateSpan } from '../query/date-span.js';
import { fold } from '../text/fold.js';

export type CellType = 'text' | 'integer' | 'real';
export type Cell = string | number | null;

export interface Column {
  name: string;
  type: CellType;
  nullable?: boolean;
  description: string;
  only?: 'index' | 'export';
}

export interface TableSpec<E> {
  name: string;
  description: string;
  /** Columns after the article key, in order. */
  columns: readonly Column[];
  /** How many leading columns, with the article, identify a row. */
  key: number;
  /** One article's rows, cells in column order. */
  rows(list: readonly E[]): Cell[][];
  /** Secondary indexes of the store that the query filters look up (column lists). */
  indexes?: readonly (readonly string[])[];
}

/** The entity lists of a record, by type. */
export type EntityType = 'officials' | 'provinces' | 'clusters' | 'periods' | 'dates' | 'awards';
export const ENTITY_TYPES: readonly EntityType[] = ['officials', 'provinces', 'clusters', 'periods', 'dates', 'awards'];

type EntityOf = { officials: Official; provinces: Province; clusters: Cluster; periods: Period; dates: DateValue; awards: Award };

/** In one cell, the items of a list (positions, members, places): " | " between them. */
export const LIST_SEPARATOR = ' | ';
const joined = (xs: readonly string[]): string => xs.join(LIST_SEPARATOR);
const rules = (e: { foundBy: { rule: string }[] }): string => joined([...new Set(e.foundBy.map((f) => f.rule))]);
const foldedOrNull = (s: string | null): string | null => (s === null ? null : fold(s));

const seq: Column = { name: 'seq', type: 'integer', description: "the entity's place in the record's list, from 0" };
const mentionCount: Column = { name: 'mention_count', type: 'integer', description: 'how many times the text names it', only: 'export' };
const foundBy: Column = { name: 'found_by', type: 'text', description: 'the rules that read it (see the README rules table)', only: 'export' };

const officials: TableSpec<Official> = {
  name: 'officials',
  description: 'one row per official appearance: a person in an official role, once per article',
  key: 1,
  columns: [
    seq,
    { name: 'name', type: 'text', description: 'the name as written (with its diacritics)' },
    { name: 'folded_name', type: 'text', description: 'the name folded (lower case, no diacritics, đ as d)', only: 'index' },
    { name: 'rank', type: 'text', nullable: true, description: 'canonical rank (Đại tướng … Thiếu úy, hạ sĩ quan, chiến sĩ)' },
    { name: 'folded_rank', type: 'text', nullable: true, description: 'the rank folded', only: 'index' },
    { name: 'honorific', type: 'text', nullable: true, description: 'an honorific before the name ("Đồng chí")' },
    { name: 'province', type: 'text', nullable: true, description: 'the canonical province the position belongs to' },
    { name: 'folded_province', type: 'text', nullable: true, description: 'the province folded', only: 'index' },
    { name: 'positions', type: 'text', description: `the positions, abbreviations expanded, separated by "${LIST_SEPARATOR}"` },
    mentionCount,
    foundBy,
  ],
  rows: (list) =>
    list.map((o, i) => [i, o.name, fold(o.name), o.rank, foldedOrNull(o.rank), o.honorific, o.province, foldedOrNull(o.province), joined(o.positions), o.mentions.length, rules(o)]),
  indexes: [['folded_name'], ['folded_rank'], ['folded_province']],
};

const officialPositions: TableSpec<Official> = {
  name: 'official_positions',
  description: 'one row per position stated for an official appearance',
  key: 2,
  columns: [
    { name: 'official_seq', type: 'integer', description: 'the official (officials.seq)' },
    { name: 'seq', type: 'integer', description: 'the position’s place in the official’s list, from 0' },
    { name: 'position', type: 'text', description: 'the position, abbreviations expanded' },
    { name: 'folded', type: 'text', description: 'the position folded', only: 'index' },
  ],
  rows: (list) => list.flatMap((o, i) => o.positions.map((p, k) => [i, k, p, fold(p)])),
};

const provinces: TableSpec<Province> = {
  name: 'provinces',
  description: 'one row per province-level unit an article names (its mentions counted)',
  key: 1,
  columns: [
    seq,
    { name: 'name', type: 'text', description: 'the canonical name of the unit' },
    { name: 'folded', type: 'text', description: 'the name folded', only: 'index' },
    { name: 'code', type: 'text', description: 'its statistical-office code' },
    { name: 'since2025', type: 'text', nullable: true, description: 'the unit it belongs to since the 2025 reorganisation' },
    { name: 'folded_since2025', type: 'text', nullable: true, description: 'since2025 folded', only: 'index' },
    mentionCount,
    foundBy,
  ],
  rows: (list) => list.map((p, i) => [i, p.name, fold(p.name), p.code, p.since2025, foldedOrNull(p.since2025), p.mentions.length, rules(p)]),
  indexes: [['folded']],
};

const clusters: TableSpec<Cluster> = {
  name: 'clusters',
  description: 'one row per emulation cluster an article names',
  key: 1,
  columns: [seq, { name: 'number', type: 'integer', description: 'the cluster number' }, mentionCount, foundBy],
  rows: (list) => list.map((c, i) => [i, c.number, c.mentions.length, rules(c)]),
  indexes: [['number']],
};

const clusterMembers: TableSpec<Cluster> = {
  name: 'cluster_members',
  description: 'one row per member province listed for a cluster',
  key: 2,
  columns: [
    { name: 'cluster_seq', type: 'integer', description: 'the cluster (clusters.seq)' },
    { name: 'seq', type: 'integer', description: 'the member’s place in the list, from 0' },
    { name: 'name', type: 'text', description: 'the member province' },
    { name: 'folded', type: 'text', description: 'the name folded', only: 'index' },
  ],
  rows: (list) => list.flatMap((c, i) => c.members.map((m, k) => [i, k, m, fold(m)])),
};

const periods: TableSpec<Period> = {
  name: 'periods',
  description: 'one row per stated span of time ("quý III/2019", "nhiệm kỳ 2016-2021")',
  key: 1,
  columns: [
    seq,
    { name: 'text', type: 'text', description: 'the span as written' },
    { name: 'start_date', type: 'text', description: 'first day covered (YYYY-MM-DD)' },
    { name: 'end_date', type: 'text', description: 'last day covered (YYYY-MM-DD)' },
    mentionCount,
    foundBy,
  ],
  rows: (list) => list.map((p, i) => [i, p.text, p.start, p.end, p.mentions.length, rules(p)]),
  indexes: [['start_date', 'end_date']],
};

const dates: TableSpec<DateValue> = {
  name: 'dates',
  description: 'one row per day, month or year named on its own',
  key: 1,
  columns: [
    seq,
    { name: 'text', type: 'text', description: 'the date as written' },
    { name: 'value', type: 'text', description: 'YYYY, YYYY-MM or YYYY-MM-DD' },
    { name: 'start_date', type: 'text', description: 'first day the value covers' },
    { name: 'end_date', type: 'text', description: 'last day the value covers' },
    mentionCount,
    foundBy,
  ],
  // The record schema admits only real calendar values, so dateSpan finds a span for each.
  rows: (list) =>
    list.map((d, i) => {
      const span = dateSpan(d.value);
      return [i, d.text, d.value, span?.start ?? d.value, span?.end ?? d.value, d.mentions.length, rules(d)];
    }),
  indexes: [['start_date', 'end_date']],
};

const awards: TableSpec<Award> = {
  name: 'awards',
  description: 'one row per commendation handed out, with its counts where stated',
  key: 1,
  columns: [
    seq,
    { name: 'type', type: 'text', description: 'the award type ("Giấy khen", "Huân chương Chiến công hạng Ba")' },
    { name: 'folded_type', type: 'text', description: 'the type folded', only: 'index' },
    { name: 'issuer', type: 'text', nullable: true, description: 'who gave it' },
    { name: 'collectives', type: 'integer', nullable: true, description: 'collectives awarded (null: not stated)' },
    { name: 'individuals', type: 'integer', nullable: true, description: 'individuals awarded (null: not stated)' },
    mentionCount,
    foundBy,
  ],
  rows: (list) => list.map((a, i) => [i, a.type, fold(a.type), a.issuer, a.collectives, a.individuals, a.mentions.length, rules(a)]),
  indexes: [['folded_type']],
};

/** The tables of each entity type, in the order they are written. */
export const ENTITY_TABLES: { readonly [K in EntityType]: readonly TableSpec<EntityOf[K]>[] } = {
  officials: [officials, officialPositions],
  provinces: [provinces],
  clusters: [clusters, clusterMembers],
  periods: [periods],
  dates: [dates],
  awards: [awards],
};

/** Every entity table with the function that finds its entities in a record. */
export const entityTables = (): { spec: TableSpec<unknown>; type: EntityType }[] =>
  ENTITY_TYPES.flatMap((type) => ENTITY_TABLES[type].map((spec) => ({ spec: spec as TableSpec<unknown>, type })));

/** Rows of every entity table for one record, in `entityTables()` order. */
export function entityRows(record: ArticleRecord): Cell[][][] {
  return entityTables().map(({ spec, type }) => spec.rows(record[type] as readonly unknown[]));
}

// ---- Export-only tables: the article itself, every mention, every warning. ----

/** The article row of the exports (the store keeps the record itself in `articles.record`). */
export const ARTICLES_EXPORT: TableSpec<ArticleRecord> = {
  name: 'articles',
  description: 'one row per article (record)',
  key: 0,
  columns: [
    { name: 'published_at', type: 'text', nullable: true, description: 'publication date (YYYY-MM-DD) or null' },
    { name: 'title', type: 'text', nullable: true, description: 'the title, or null when none was found (distinct from an empty title)' },
    { name: 'location', type: 'text', description: 'where it was read: a path as given, file.jsonl:LINE, a WARC record or a URL' },
    { name: 'also_at', type: 'text', description: `other places the same text was found, separated by "${LIST_SEPARATOR}"` },
    { name: 'source_sha256', type: 'text', description: 'sha256 of the raw bytes as read or fetched' },
    { name: 'fetched_at', type: 'text', nullable: true, description: 'when it was fetched (ISO time), for fetched input' },
    { name: 'language', type: 'text', description: 'ISO 639-3 code (vie, eng, und)' },
    { name: 'language_confidence', type: 'real', description: 'confidence of the language, 0 to 1' },
    { name: 'authors', type: 'text', description: `the byline, separated by "${LIST_SEPARATOR}"` },
    { name: 'text', type: 'text', description: 'the normalised body text; every offset in mentions points into it' },
    { name: 'warning_count', type: 'integer', description: 'how many warnings the record carries' },
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

export const MENTIONS_EXPORT: TableSpec<ArticleRecord> = {
  name: 'mentions',
  description: 'one row per place in the text where an entity was read',
  key: 3,
  columns: [
    { name: 'entity_type', type: 'text', description: `which table the entity is in (${ENTITY_TYPES.join(', ')})` },
    { name: 'entity_seq', type: 'integer', description: 'the entity (seq in that table)' },
    { name: 'seq', type: 'integer', description: 'the mention’s place in the entity’s list, from 0' },
    { name: 'start', type: 'integer', description: 'where it starts in the article text' },
    { name: 'end', type: 'integer', description: 'where it ends (exclusive)' },
    { name: 'text', type: 'text', description: 'the text at that place' },
  ],
  rows: (list) =>
    list.flatMap((r) => ENTITY_TYPES.flatMap((type) => (r[type] as { mentions: { start: number; end: number; text: string }[] }[]).flatMap((e, i) => e.mentions.map((m, k) => [type, i, k, m.start, m.end, m.text])))),
};

export const WARNINGS_EXPORT: TableSpec<ArticleRecord> = {
  name: 'warnings',
  description: 'one row per warning: what was read through rather than rejected',
  key: 1,
  columns: [
    seq,
    { name: 'code', type: 'text', description: 'the warning code (see the README, Messages)' },
    { name: 'message', type: 'text', description: 'what happened' },
    { name: 'start', type: 'integer', nullable: true, description: 'where in the text, when it has a place' },
    { name: 'end', type: 'integer', nullable: true, description: 'end of that place (exclusive)' },
    { name: 'rule', type: 'text', nullable: true, description: 'the rule that raised it' },
  ],
  rows: (list) => list.flatMap((r) => r.warnings.map((w, i) => [i, w.code, w.message, w.start, w.end, w.rule ?? null])),
};

/** Every table of a CSV or Parquet export, with its rows for one record (the article key not included). */
export function exportTables(): { spec: TableSpec<unknown>; rowsOf(record: ArticleRecord): Cell[][] }[] {
  const whole = (spec: TableSpec<ArticleRecord>) => ({ spec: spec as TableSpec<unknown>, rowsOf: (r: ArticleRecord) => spec.rows([r]) });
  return [
    whole(ARTICLES_EXPORT),
    ...entityTables().map(({ spec, type }) => ({ spec, rowsOf: (r: ArticleRecord) => spec.rows(r[type] as readonly unknown[]) })),
    whole(MENTIONS_EXPORT),
    whole(WARNINGS_EXPORT),
  ];
}

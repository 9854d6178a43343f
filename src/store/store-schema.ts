/**
 * The tables of `vnews.sqlite` (see README "The SQL schema"). `articles` holds every record
 * (the system of record); the entity tables, `articles_fts` and the lookup tables are the
 * query index, derived from the records and rebuilt from them when in doubt. The entity
 * tables and their views come from the registry of entity types, through
 * src/store/entity-tables.ts; `types` (the registry unless given) is only for tests.
 *
 * Written for every SQLite from 3.38 (JSON functions built in), so that Debian 12's sqlite3
 * (3.40) and Python's sqlite3 can query the file: no contentless_delete, no JSONB, no STRICT.
 */
import { ENTITY_TYPES } from '../extract/entity-types.js';
import { entityTables, entityViews, type Column, type EntityTypes, type TableSpec } from './entity-tables.js';

/**
 * Version of the tables below; an older store is upgraded on open. 2: the text in its own
 * column, the rest of the record's JSON compressed (record-codec.ts).
 */
export const STORE_SCHEMA_VERSION = 2;
export const MIN_SQLITE_VERSION = '3.38.0';

const sqlType = (c: Column): string => `${c.type.toUpperCase()}${c.nullable ? '' : ' NOT NULL'}`;

/** Columns of an entity table as the store keeps it (lookup keys in, export-only columns out). */
export const storeColumns = (spec: Pick<TableSpec<unknown>, 'columns'>): Column[] => spec.columns.filter((c) => c.only !== 'export');

function entityTableDdl(spec: TableSpec<never>): string {
  const cols = storeColumns(spec);
  const key = ['article', ...cols.slice(0, spec.key).map((c) => c.name)];
  const lines = [`  article INTEGER NOT NULL`, ...cols.map((c) => `  "${c.name}" ${sqlType(c)}`), `  PRIMARY KEY (${key.join(', ')})`];
  const indexes = (spec.indexes ?? []).map((cols) => `CREATE INDEX ${spec.name}_${cols.join('_')} ON ${spec.name} (${cols.join(', ')});`);
  return [`-- ${spec.doc}`, `CREATE TABLE ${spec.name} (\n${lines.join(',\n')}\n) WITHOUT ROWID;`, ...indexes].join('\n');
}

/** The index tables filled from each record's entities (name and store columns). */
export const INDEX_TABLES = (types: EntityTypes = ENTITY_TYPES): { name: string; columns: Column[] }[] => entityTables(types).map(({ spec }) => ({ name: spec.name, columns: storeColumns(spec) }));

/**
 * What FTS indexes: the title and text with đ written d. SQLite's unicode61 tokenizer
 * removes every other diacritic itself but keeps đ (it has no decomposition), and a
 * researcher typing "dong chi" must find "Đồng chí". The text lives once, in articles.text;
 * this view is the FTS table's external content, so snippet() and highlight() work.
 */
const FTS_SOURCE = `CREATE VIEW articles_fts_source AS
  SELECT aid,
         replace(replace(coalesce(title, ''), 'đ', 'd'), 'Đ', 'D') AS title,
         replace(replace(text, 'đ', 'd'), 'Đ', 'D') AS text
  FROM articles;`;

/** Views for researchers: one row per thing, with the article's id and date beside it (each type's `view`, then the texts). */
const VIEWS = (types: EntityTypes): string => `
${entityViews(types)
  .map(({ view: v, table }) => `-- ${v.doc}\nCREATE VIEW ${v.name} AS\n  SELECT a.id AS article_id, a.published_at, ${v.select}\n  FROM ${table} ${v.alias} JOIN articles a ON a.aid = ${v.alias}.article;\n`)
  .join('')}-- The article fields most often wanted, text included.
CREATE VIEW article_texts AS
  SELECT a.id AS article_id, a.published_at, a.title, a.location, a.language, a.text
  FROM articles a;
`;

/** The whole schema of a new store. */
export const STORE_DDL = (types: EntityTypes = ENTITY_TYPES): string => `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

-- Every record: the system of record. "text" is its text; "record" its JSON with "text":""
-- in place of the text, compressed with zlib (record_size bytes before compression); the
-- record's JSON, exactly one line of records.jsonl, is that JSON with the text put back at
-- byte text_at (null: the JSON holds its text). checksum is the CRC-32 of that line, checked
-- whenever vnews reads a record. The other columns are copied out for queries and ordering.
-- (Short columns first: the long ones end up in overflow pages, which a query reading only
-- the short ones then never visits.)
CREATE TABLE articles (
  aid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  location TEXT NOT NULL,
  title TEXT,
  published_at TEXT,
  language TEXT NOT NULL,
  checksum INTEGER NOT NULL,
  record_size INTEGER NOT NULL,
  text_at INTEGER,
  record BLOB NOT NULL,
  text TEXT NOT NULL
);
-- Result order of queries: newest first, undated last, then id.
CREATE INDEX articles_order ON articles (published_at IS NULL, published_at DESC, id);

-- Every place a record was read (its location and each alsoAt), to find the record a place holds.
CREATE TABLE places (place TEXT NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (place, article)) WITHOUT ROWID;

-- Ids each run created, changed or removed, until the run has written changes/<run>.jsonl.
CREATE TABLE run_changes (run TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (run, id)) WITHOUT ROWID;

${INDEX_DDL(types)}
`;

/** The query index: entity tables, full text, lookup tables and views (dropped and made again on a rebuild). */
export const INDEX_DDL = (types: EntityTypes = ENTITY_TYPES): string => `
${entityTables(types)
  .map(({ spec }) => entityTableDdl(spec))
  .join('\n\n')}

${FTS_SOURCE}
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text,
  content = 'articles_fts_source', content_rowid = 'aid',
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Every contiguous run of syllables of every folded official name ("ba thieu" → "tran ba thieu"),
-- so a partial name is an index lookup. Rows of names no longer used are harmless.
CREATE TABLE name_runs (run TEXT NOT NULL, folded_name TEXT NOT NULL, PRIMARY KEY (run, folded_name)) WITHOUT ROWID;

-- Every province-level name seen (provinces, their 2025 successors, officials' provinces) with
-- its successor: the small list that a typed --province is resolved against.
CREATE TABLE place_names (folded TEXT PRIMARY KEY, name TEXT NOT NULL, code TEXT, folded_since2025 TEXT) WITHOUT ROWID;
${VIEWS(types)}`;

/** Names of everything INDEX_DDL creates, for dropping the index before a rebuild (views first). */
export const INDEX_OBJECTS = (types: EntityTypes = ENTITY_TYPES): { type: 'view' | 'table'; name: string }[] => [
  ...[...VIEWS(types).matchAll(/CREATE VIEW (\w+)/g), ...FTS_SOURCE.matchAll(/CREATE VIEW (\w+)/g)].map((m) => ({ type: 'view' as const, name: m[1]! })),
  { type: 'table', name: 'articles_fts' },
  { type: 'table', name: 'name_runs' },
  { type: 'table', name: 'place_names' },
  ...entityTables(types).map(({ spec }) => ({ type: 'table' as const, name: spec.name })),
];

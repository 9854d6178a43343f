/**
 * The tables of `output/index.sqlite`. The index is derived data: any change to these
 * tables bumps INDEX_SCHEMA_VERSION, and an index of another version is rebuilt from
 * records.jsonl on the next ingest or query.
 *
 * Every `folded*` column holds `fold()` of its neighbour (lower case, no tone marks,
 * đ → d), which is what filters compare against. Full text goes through an FTS5 table
 * of the folded title and text (`foldText`, the same folding), because SQLite's own
 * `remove_diacritics` keeps đ; queries fold their words the same way.
 */

/** Version of the tables below; bump it whenever they change. */
export const INDEX_SCHEMA_VERSION = 1;

/** The tables; a rebuild fills them before creating INDEX_INDEXES_DDL (bulk loading is faster without indexes). */
export const INDEX_TABLES_DDL = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE articles (
  aid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  location TEXT NOT NULL,
  title TEXT,
  published_at TEXT,
  language TEXT NOT NULL
);

-- Full text of the folded title and body, rowid = articles.aid. Contentless: the texts live in
-- the records, and keeping two more copies here (original and folded) made the index four
-- times larger (bench/query.bench.ts) for no query that needs them.
CREATE VIRTUAL TABLE articles_fts USING fts5(
  folded_title, folded_text,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE officials (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL,
  name TEXT NOT NULL,
  folded_name TEXT NOT NULL,
  rank TEXT,
  folded_rank TEXT,
  honorific TEXT,
  province TEXT,
  folded_province TEXT
);

-- Every contiguous run of syllables of every folded official name ("ba thieu" → "tran ba thieu"),
-- so a partial name is an index lookup, not a scan. Rows for names no longer used are harmless.
CREATE TABLE name_runs (run TEXT NOT NULL, folded_name TEXT NOT NULL, PRIMARY KEY (run, folded_name)) WITHOUT ROWID;

CREATE TABLE positions (
  official INTEGER NOT NULL,
  article INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  position TEXT NOT NULL,
  folded TEXT NOT NULL
);

CREATE TABLE provinces (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL,
  name TEXT NOT NULL,
  folded TEXT NOT NULL,
  code TEXT NOT NULL,
  since2025 TEXT,
  folded_since2025 TEXT
);

-- Every province-level name seen (provinces, their 2025 successors, officials' provinces) with
-- its successor: the small list that --province resolves a typed name against.
CREATE TABLE place_names (
  folded TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  code TEXT,
  folded_since2025 TEXT
) WITHOUT ROWID;

CREATE TABLE clusters (id INTEGER PRIMARY KEY, article INTEGER NOT NULL, number INTEGER NOT NULL);

CREATE TABLE cluster_members (
  cluster INTEGER NOT NULL,
  article INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  name TEXT NOT NULL,
  folded TEXT NOT NULL
);

CREATE TABLE periods (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL,
  text TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL
);

-- A date's value ("2020", "2020-11", "2020-11-20") with the days it covers.
CREATE TABLE dates (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL,
  text TEXT NOT NULL,
  value TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL
);

CREATE TABLE awards (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL,
  type TEXT NOT NULL,
  folded_type TEXT NOT NULL,
  issuer TEXT,
  collectives INTEGER,
  individuals INTEGER
);

-- Where each entity was read: kind is the table name, entity its id there.
CREATE TABLE mentions (
  article INTEGER NOT NULL,
  kind TEXT NOT NULL,
  entity INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL
);
`;

/** Secondary indexes (names, ranks, provinces, spans …) that the filters look up. */
export const INDEX_INDEXES_DDL = `
-- Result order: newest first, undated last, then id.
CREATE INDEX articles_order ON articles (published_at IS NULL, published_at DESC, id);
CREATE INDEX officials_article ON officials (article);
CREATE INDEX officials_name ON officials (folded_name);
CREATE INDEX officials_rank ON officials (folded_rank);
CREATE INDEX officials_province ON officials (folded_province);
CREATE INDEX positions_official ON positions (official);
CREATE INDEX positions_article ON positions (article);
CREATE INDEX provinces_article ON provinces (article);
CREATE INDEX provinces_folded ON provinces (folded);
CREATE INDEX clusters_article ON clusters (article);
CREATE INDEX clusters_number ON clusters (number);
CREATE INDEX cluster_members_article ON cluster_members (article);
CREATE INDEX cluster_members_cluster ON cluster_members (cluster);
CREATE INDEX periods_article ON periods (article);
CREATE INDEX periods_span ON periods (start_date, end_date);
CREATE INDEX dates_article ON dates (article);
CREATE INDEX dates_span ON dates (start_date, end_date);
CREATE INDEX awards_article ON awards (article);
CREATE INDEX awards_type ON awards (folded_type);
CREATE INDEX mentions_article ON mentions (article);
CREATE INDEX mentions_entity ON mentions (kind, entity);
`;

/** Tables holding rows of one article, keyed by their `article` column. */
export const ARTICLE_CHILD_TABLES = ['mentions', 'positions', 'officials', 'cluster_members', 'clusters', 'provinces', 'periods', 'dates', 'awards'] as const;

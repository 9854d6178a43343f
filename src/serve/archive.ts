/**
 * The data-access seam of `vnews serve`: everything the web interface reads from the store
 * goes through the `Archive` below, and this is the only file of src/serve that knows how
 * the store is laid out (output/vnews.sqlite, see README "The SQL schema"; the WARC files
 * of raw/ through warc-pointer.ts).
 *
 * Serve reads the store through one connection that SQLite itself holds read-only
 * (src/query's openStoreReadOnly) and never settles anything: no migration, rebuild or
 * repair; a store not ready for reading is a one-line error that names the command that
 * settles it. Each request reads one snapshot (a read transaction), so a run writing
 * meanwhile is seen whole or not at all, and the next request sees its commits.
 *
 * Searches use the query module's own filters (src/query: resolveFilters → filterSql), so a
 * search in the browser finds what `vnews query` finds, with every user value a bound
 * parameter. Facet counts come from lists of articles per facet value, read once per
 * version of the store; the registry and counts are src/query's, run on this connection.
 */
import { statSync } from 'node:fs';
import {
  checkReadable,
  matchedValues,
  NoRecordsError,
  officialsRegistryOf,
  openStoreFileReadOnly,
  openStoreReadOnly,
  readError,
  RecordReader,
  type Appearance,
  type QueryFilters,
  type RegistryEntry,
  type ResolvedFilters,
} from '../query/index.js';
import { filterSql, resolveFilters } from '../query/filters.js';
import { baseKey, registryKey } from '../query/officials-registry.js';
import { hasDiacritics } from '../query/official-name.js';
import { storePath, type StoreDb } from '../store/store-db.js';
import { decodeRecord, RECORD_COLUMNS, type StoredRow } from '../store/record-codec.js';
import type { ArticleRecord } from '../record/schema.js';
import { fold } from '../text/fold.js';
import { rawLocator, type WarcLocator, type WarcNotLocated, type WarcPointer } from './warc-pointer.js';

export { QueryInputError, NoRecordsError } from '../query/index.js';
export type { Appearance, ArticleRecord, RegistryEntry, WarcNotLocated, WarcPointer };

/** The filters of `vnews query` (publication dates included): a search is a query. */
export type SearchFilters = QueryFilters;

/** One value a facet offers: `value` is what the narrowing link puts in its parameter (null: not a filter). */
export interface FacetValue {
  value: string | null;
  label: string;
  /** Articles among the current results that the narrowed search returns. */
  count: number;
}

export interface Facets {
  year: FacetValue[];
  province: FacetValue[];
  rank: FacetValue[];
  award: FacetValue[];
  cluster: FacetValue[];
}

/** One filter and the values of a record that satisfied it. */
export interface Matched {
  filter: string;
  values: string[];
}

export interface SearchHit {
  id: string;
  title: string | null;
  publishedAt: string | null;
  location: string;
  matched: Matched[];
  /** With a text filter: the sentence-sized piece of text around the first phrase found. */
  snippet: { before: string; match: string; after: string } | null;
}

export interface SearchResult {
  total: number;
  /** The page's hits, newest first (undated last, then by id), as `vnews query` orders them. */
  hits: SearchHit[];
  facets: Facets;
  /** Typed province resolved to these canonical names (empty: nothing in the archive is called that). */
  provinces: string[] | null;
}

export interface MonthCount {
  month: string;
  articles: number;
}

export interface ProvinceYearAwards {
  province: string;
  year: string;
  awards: number;
  collectives: number;
  individuals: number;
}

export interface ClusterYearMember {
  cluster: number;
  year: string;
  province: string;
  /** Articles of that year listing the province as a member of the cluster. */
  articles: number;
}

export interface Overview {
  articles: number;
  undated: number;
  perMonth: MonthCount[];
  /** Award counts by the year of the article and the province it is mainly about (see `overview`). */
  awards: ProvinceYearAwards[];
  /** Awards in undated articles or articles naming no province, which the table above leaves out. */
  awardsUnplaced: { awards: number; collectives: number; individuals: number };
  clusterMembers: ClusterYearMember[];
}

/** A short list of official names to start from (the most frequent). */
export interface NameCount {
  name: string;
  appearances: number;
}

export interface Archive {
  readonly outDir: string;
  /** Changes whenever the store does; caches key on it. */
  version(): Promise<string>;
  search(filters: SearchFilters, page: { offset: number; limit: number }): Promise<SearchResult>;
  record(id: string): Promise<ArticleRecord | null>;
  /** Registry keys of a record's officials, in the record's order (null where the registry has no entry). */
  officialKeys(record: ArticleRecord): Promise<(string | null)[]>;
  /** Registry entries whose name contains `name` as whole syllables (diacritics optional). */
  officials(name: string): Promise<RegistryEntry[]>;
  official(key: string): Promise<{ entry: RegistryEntry; namesakes: RegistryEntry[] } | null>;
  frequentOfficials(limit: number): Promise<NameCount[]>;
  overview(): Promise<Overview>;
  /** The WARC record in raw/ holding the response a fetched record was read from (null: not fetched by this store, or not kept). */
  warcRecord(record: ArticleRecord): Promise<WarcPointer | WarcNotLocated | null>;
  /** Names the search form suggests (ranks, award types, provinces), from the archive itself. */
  vocabulary(): Promise<{ ranks: string[]; awards: string[]; provinces: string[] }>;
  /** Close the connection (a read-only one: closing it writes nothing either). */
  close(): void;
}

/** Result order, as `vnews query` gives it. */
const ORDER = 'ORDER BY a.published_at IS NULL, a.published_at DESC, a.id';

export interface ArchiveOptions {
  /** Where fetched responses are looked up (default: raw/'s CDXJ indexes, else its WARC files read within a bound). */
  warc?: WarcLocator;
}

/** Open the store in `outDir` for serving; a store not ready for reading is a one-line error. */
export async function openArchive(outDir: string, opts: ArchiveOptions = {}): Promise<Archive> {
  const db = await openStoreReadOnly(outDir);
  const archive = new StoreArchive(outDir, db, inodeOf(storePath(outDir)), opts.warc ?? rawLocator(outDir));
  await archive.version();
  return archive;
}

/** The file's inode, or -1 when it is gone. */
const inodeOf = (file: string): number => {
  try {
    return statSync(file).ino;
  } catch {
    return -1;
  }
};

/**
 * Articles per facet value, loaded once per version of the store: facet counts over any
 * set of results are then sums over these lists (a few milliseconds for 100,000 articles)
 * instead of GROUP BYs over the index's largest tables for every search.
 */
interface Posting {
  key: string;
  label: string;
  /** Articles (row ids of `articles`) with this value, each once. */
  aids: Int32Array;
}

interface FacetIndex {
  /** One past the largest article row id. */
  size: number;
  /** Every article, in result order (newest first, undated last, then id). */
  order: Int32Array;
  year: Posting[];
  province: Posting[];
  rank: Posting[];
  award: Posting[];
  cluster: Posting[];
  /** Province label → the folded names its link's filter stands for (filled as facets are drawn). */
  provinceNames: Map<string, string[]>;
}

class StoreArchive implements Archive {
  /** Bumped whenever the connection is opened anew, so versions of two files never compare equal. */
  private generation = 0;
  /** The version whose store passed checkReadable. */
  private checked: string | null = null;
  private facetIndex: { version: string; value: FacetIndex } | null = null;
  private readonly cache = new Map<string, { version: string; value: unknown }>();

  constructor(
    readonly outDir: string,
    private db: StoreDb,
    private ino: number,
    private readonly warc: WarcLocator,
  ) {}

  /**
   * The one read-only connection, opened anew when another file stands at the store's path
   * (a repair builds a new store and renames it over the old one). All of it synchronous:
   * a request's reads run without yielding, so no other request can swap the connection
   * under it.
   */
  private conn(): StoreDb {
    const file = storePath(this.outDir);
    const ino = inodeOf(file);
    if (ino === this.ino && this.db.open) return this.db;
    if (ino === -1) throw new NoRecordsError(this.outDir);
    if (this.db.open) this.db.close();
    this.db = openStoreFileReadOnly(file);
    this.ino = ino;
    this.generation++;
    this.checked = null;
    return this.db;
  }

  /**
   * Run `fn` on one snapshot of the store: a read transaction, so every query of a request
   * sees the same commits. `version` names that state: it changes with every commit of
   * another connection (SQLite's data_version) and with every reopening.
   */
  private snapshot<T>(fn: (db: StoreDb, version: string) => T): T {
    let db: StoreDb | null = null;
    try {
      db = this.conn();
      db.exec('BEGIN');
      // The first read fixes the snapshot; data_version then tells which commit it shows.
      db.prepare('SELECT count(*) FROM meta').pluck().get();
      const version = `${this.generation}:${db.pragma('data_version', { simple: true }) as number}`;
      if (this.checked !== version) {
        checkReadable(db, this.outDir);
        this.checked = version;
      }
      return fn(db, version);
    } catch (e) {
      throw readError(e, this.outDir);
    } finally {
      if (db?.open && db.inTransaction) db.exec('COMMIT');
    }
  }

  /** A value computed once per version of the store. */
  private cached<T>(key: string, make: (db: StoreDb) => T): T {
    return this.snapshot((db, version) => {
      const hit = this.cache.get(key);
      if (hit && hit.version === version) return hit.value as T;
      const value = make(db);
      if (this.cache.size > 200) this.cache.clear();
      this.cache.set(key, { version, value });
      return value;
    });
  }

  async version(): Promise<string> {
    return this.snapshot((_, version) => version);
  }

  /** The facet lists of this version of the store (loaded in about a second at 100,000 articles). */
  private facets(db: StoreDb, version: string): FacetIndex {
    if (this.facetIndex?.version !== version) this.facetIndex = { version, value: loadFacetIndex(db) };
    return this.facetIndex.value;
  }

  async search(filters: SearchFilters, page: { offset: number; limit: number }): Promise<SearchResult> {
    return this.snapshot((db, version) => {
      const index = this.facets(db, version);
      const resolved = resolveFilters(db, filters);
      const { parts, params } = filterSql(resolved);
      // The matching articles in result order, and as a bitmap over row ids for the facets
      // (null: no filter, every article). The scan walks the small index that holds the
      // result order (articles_order, the store's) and never the articles' rows, whose
      // records make them large: for common filters a fifth of the cost of looking each up.
      let member: Uint8Array | null = null;
      let matching: Int32Array = index.order;
      if (parts.length) {
        const sql = `SELECT a.aid FROM articles a INDEXED BY articles_order WHERE ${parts.map((p) => p.in).join(' AND ')} ${ORDER}`;
        matching = Int32Array.from(db.prepare(sql).pluck().all(params) as number[]);
        member = new Uint8Array(index.size);
        for (const aid of matching) if (aid < member.length) member[aid] = 1;
      }
      const total = matching.length;
      const pageAids = Array.from(matching.subarray(page.offset, page.offset + page.limit));
      const placeName = db.prepare('SELECT name FROM place_names WHERE folded = ?').pluck();
      const provinces = resolved.provinces === null ? null : resolved.provinces.map((f) => (placeName.get(f) as string | undefined) ?? f);
      const provinceNames = (label: string): string[] => {
        let names = index.provinceNames.get(label);
        if (!names) index.provinceNames.set(label, (names = resolveFilters(db, { province: label }).provinces ?? []));
        return names;
      };
      const facets = facetCounts(index, member, provinceNames);
      const idOf = db.prepare('SELECT id FROM articles WHERE aid = ?').pluck();
      const reader = new RecordReader(db, storePath(this.outDir));
      const hits: SearchHit[] = [];
      for (const aid of pageAids) {
        const r = reader.get(idOf.get(aid) as string);
        if (!r) continue;
        const matched = matchedValues(r, resolved);
        hits.push({ id: r.id, title: r.title, publishedAt: r.publishedAt, location: r.source.location, matched, snippet: snippetOf(r, matched) });
      }
      return { total, hits, facets, provinces };
    });
  }

  async record(id: string): Promise<ArticleRecord | null> {
    if (!/^[0-9a-f]{16}$/.test(id)) return null;
    return this.snapshot((db) => new RecordReader(db, storePath(this.outDir)).get(id));
  }

  async officialKeys(record: ArticleRecord): Promise<(string | null)[]> {
    const out: (string | null)[] = [];
    for (const o of record.officials) {
      const base = registryKey(o.name);
      const entries = await this.officials(o.name);
      const entry = entries.find((e) => baseKey(e.key) === base && e.appearances.some((a) => a.articleId === record.id));
      out.push(entry?.key ?? null);
    }
    return out;
  }

  async officials(name: string): Promise<RegistryEntry[]> {
    if (!fold(name).replace(/[^\p{L}\p{N}]+/gu, '')) return [];
    // Typed with diacritics, a name finds only those spellings: the cache keeps the marks.
    return this.cached(`officials:${name.normalize('NFC').toLowerCase()}`, (db) => officialsRegistryOf(db, name));
  }

  async official(key: string): Promise<{ entry: RegistryEntry; namesakes: RegistryEntry[] } | null> {
    const base = baseKey(key);
    if (!base.replace(/[^\p{L}\p{N}]+/gu, '')) return null;
    const found = await this.officials(base);
    const same = found.filter((e) => baseKey(e.key) === base);
    const entry = same.find((e) => e.key === key);
    if (entry) return { entry, namesakes: same.filter((e) => e !== entry) };
    // A key without diacritics (a link of an older vnews, a hand-typed address): the one person it can mean.
    if (hasDiacritics(key) || key !== base) return null;
    const folded = found.filter((e) => fold(baseKey(e.key)) === base);
    return folded.length === 1 ? { entry: folded[0]!, namesakes: [] } : null;
  }

  async frequentOfficials(limit: number): Promise<NameCount[]> {
    return this.cached(
      `frequent:${limit}`,
      (db) =>
        db
          .prepare(
            // By the name as written: Thanh and Thành are two names (the registry's key).
            `SELECT name, count(*) AS appearances
             FROM officials o GROUP BY name ORDER BY appearances DESC, folded_name, name LIMIT @limit`,
          )
          .all({ limit }) as NameCount[],
    );
  }

  async overview(): Promise<Overview> {
    return this.cached('overview', overviewOf);
  }

  async vocabulary(): Promise<{ ranks: string[]; awards: string[]; provinces: string[] }> {
    return this.snapshot((db, version) => {
      const index = this.facets(db, version);
      const labels = (ps: Posting[]) => [...ps].sort((a, b) => b.aids.length - a.aids.length).map((p) => p.label);
      return { ranks: labels(index.rank.filter((p) => p.key !== '')), awards: labels(index.award), provinces: index.province.map((p) => p.label).sort((a, b) => a.localeCompare(b, 'vi')) };
    });
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  async warcRecord(record: ArticleRecord): Promise<WarcPointer | WarcNotLocated | null> {
    const { location, fetchedAt } = record.source;
    if (!fetchedAt || !/^https?:\/\//i.test(location)) return null;
    return this.warc.locate(location, fetchedAt);
  }
}

/** A registry key without its "#2" (the folded name all namesakes share). */

/** Postings of one facet: `value → articles`, from rows of (key, label, comma-separated row ids). */
function postings(db: StoreDb, sql: string): Posting[] {
  return (db.prepare(sql).raw().all() as [string | number | null, string | number | null, string][]).map(([key, label, list]) => ({
    key: key === null ? '' : String(key),
    label: label === null ? String(key ?? '') : String(label),
    aids: Int32Array.from(list.split(','), Number),
  }));
}

function loadFacetIndex(db: StoreDb): FacetIndex {
  const order = Int32Array.from(db.prepare(`SELECT a.aid FROM articles a ${ORDER}`).pluck().all() as number[]);
  const size = ((db.prepare('SELECT max(aid) FROM articles').pluck().get() as number | null) ?? 0) + 1;
  // Province: named in the article, or the province of an official's post (as --province matches).
  const places = `SELECT article, folded FROM provinces UNION SELECT article, folded_province FROM officials WHERE folded_province IS NOT NULL`;
  return {
    size,
    order,
    year: postings(db, `SELECT substr(published_at, 1, 4), substr(published_at, 1, 4), group_concat(aid) FROM articles GROUP BY 1`),
    province: postings(db, `SELECT folded, (SELECT name FROM place_names n WHERE n.folded = x.folded), group_concat(article) FROM (${places}) x GROUP BY folded`),
    rank: postings(
      db,
      `SELECT folded_rank, (SELECT rank FROM officials q WHERE q.folded_rank = x.folded_rank LIMIT 1), group_concat(article)
       FROM (SELECT DISTINCT folded_rank, article FROM officials) x GROUP BY folded_rank`,
    ),
    award: postings(
      db,
      `SELECT folded_type, (SELECT type FROM awards q WHERE q.folded_type = x.folded_type LIMIT 1), group_concat(article)
       FROM (SELECT DISTINCT folded_type, article FROM awards) x GROUP BY folded_type`,
    ),
    cluster: postings(db, `SELECT number, number, group_concat(article) FROM (SELECT DISTINCT number, article FROM clusters) GROUP BY number`),
    provinceNames: new Map(),
  };
}

/**
 * Facet counts over the matching articles (`member`; null: all). Each count is what the
 * facet's link returns: a province link is the query's province filter (a name may stand for
 * two units, as "Huế" does for Thừa Thiên Huế), an award link its prefix match, so where a
 * link covers several stored values their articles are counted together, each once.
 */
function facetCounts(index: FacetIndex, member: Uint8Array | null, provinceNames: (label: string) => string[]): Facets {
  const count = (aids: Int32Array): number => {
    if (!member) return aids.length;
    let n = 0;
    for (let i = 0; i < aids.length; i++) n += member[aids[i]!]!;
    return n;
  };
  const countUnion = (lists: Int32Array[]): number => {
    if (lists.length === 1) return count(lists[0]!);
    const seen = new Set<number>();
    for (const aids of lists) for (const aid of aids) if (!member || member[aid]) seen.add(aid);
    return seen.size;
  };
  const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || a.label.localeCompare(b.label, 'vi');
  const nonZero = (xs: FacetValue[]) => xs.filter((x) => x.count > 0);

  const year = nonZero(index.year.map((p) => ({ value: p.key || null, label: p.key || 'unknown', count: count(p.aids) }))).sort((a, b) =>
    a.value === null ? 1 : b.value === null ? -1 : b.label.localeCompare(a.label),
  );
  const byFolded = new Map(index.province.map((p) => [p.key, p]));
  const province = nonZero(
    index.province.map((p) => {
      const names = provinceNames(p.label);
      const lists = names.map((n) => byFolded.get(n)?.aids).filter((x): x is Int32Array => x !== undefined);
      return { value: p.label, label: p.label, count: countUnion(lists.length ? lists : [p.aids]) };
    }),
  ).sort(byCount);
  const rank = nonZero(index.rank.map((p) => ({ value: p.key ? p.label : null, label: p.key ? p.label : 'none', count: count(p.aids) }))).sort(byCount);
  // The award filter matches the start of the type: "Huân chương Chiến công" covers every class of it.
  const award = nonZero(index.award.map((p) => ({ value: p.label, label: p.label, count: countUnion(index.award.filter((o) => o.key.startsWith(p.key)).map((o) => o.aids)) }))).sort(byCount);
  const cluster = nonZero(index.cluster.map((p) => ({ value: p.key, label: p.key, count: count(p.aids) }))).sort((a, b) => b.count - a.count || Number(a.value) - Number(b.value));
  return { year, province, rank, award, cluster };
}

/** The piece of text around the first phrase of a text search, cut at word boundaries. */
function snippetOf(r: ArticleRecord, matched: Matched[]): SearchHit['snippet'] {
  const text = matched.find((m) => m.filter === 'text')?.values[0];
  if (!text) return null;
  const at = r.text.indexOf(text);
  if (at < 0) return null;
  const cut = (s: string, fromEnd: boolean): string => {
    if (s.length <= 90) return s;
    const piece = fromEnd ? s.slice(-90) : s.slice(0, 90);
    return fromEnd ? `…${piece.replace(/^\S*\s/u, '')}` : `${piece.replace(/\s\S*$/u, '')}…`;
  };
  return { before: cut(r.text.slice(0, at), true), match: text, after: cut(r.text.slice(at + text.length), false) };
}

/**
 * The overview's aggregates. Awards carry no province of their own: each is counted for the
 * province its article names most often (the first named on a tie), which in this genre is
 * the unit holding the ceremony; awards of articles naming no province, or undated, are
 * reported apart.
 */
function overviewOf(db: StoreDb): Overview {
  const all = <T>(sql: string) => db.prepare(sql).all() as T[];
  const articles = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  const undated = db.prepare('SELECT count(*) FROM articles WHERE published_at IS NULL').pluck().get() as number;
  const perMonth = all<MonthCount>(`SELECT substr(published_at, 1, 7) AS month, count(*) AS articles FROM articles WHERE published_at IS NOT NULL GROUP BY 1 ORDER BY 1`);
  // The store keeps no mention counts in its tables: they are read from the record itself,
  // only for the articles with awards that name more than one province.
  const named = all<{ article: number; name: string; n: number }>(
    `SELECT p.article, p.name, count(*) OVER (PARTITION BY p.article) AS n FROM provinces p
     WHERE p.article IN (SELECT article FROM awards) ORDER BY p.article, p.seq`,
  );
  const readRecord = db.prepare(`SELECT ${RECORD_COLUMNS} FROM articles WHERE aid = ?`);
  const main = new Map<number, string>();
  for (const p of named) {
    if (main.has(p.article)) continue;
    if (p.n === 1) {
      main.set(p.article, p.name);
      continue;
    }
    const json = decodeRecord(readRecord.get(p.article) as StoredRow);
    const provinces = json ? (JSON.parse(json) as ArticleRecord).provinces : [];
    // the most mentioned, the first named on a tie
    const best = provinces.reduce<ArticleRecord['provinces'][number] | null>((b, x) => (!b || x.mentions.length > b.mentions.length ? x : b), null);
    main.set(p.article, best?.name ?? p.name);
  }
  type Placed = Omit<ProvinceYearAwards, 'province' | 'year'> & { province: string | null; year: string | null };
  const grouped = new Map<string, Placed>();
  for (const w of all<{ article: number; year: string | null; collectives: number | null; individuals: number | null }>(
    `SELECT w.article, substr(a.published_at, 1, 4) AS year, w.collectives, w.individuals FROM awards w JOIN articles a ON a.aid = w.article`,
  )) {
    const province = main.get(w.article) ?? null;
    const key = `${province}\u0000${w.year}`;
    const g: Placed = grouped.get(key) ?? { province, year: w.year, awards: 0, collectives: 0, individuals: 0 };
    g.awards++;
    g.collectives += w.collectives ?? 0;
    g.individuals += w.individuals ?? 0;
    grouped.set(key, g);
  }
  const placed = [...grouped.values()];
  const awards = placed.filter((x): x is ProvinceYearAwards => x.province !== null && x.year !== null).sort((a, b) => a.province.localeCompare(b.province, 'vi') || a.year.localeCompare(b.year));
  const awardsUnplaced = { awards: 0, collectives: 0, individuals: 0 };
  for (const x of placed) {
    if (x.province !== null && x.year !== null) continue;
    awardsUnplaced.awards += x.awards;
    awardsUnplaced.collectives += x.collectives;
    awardsUnplaced.individuals += x.individuals;
  }
  const clusterMembers = all<ClusterYearMember>(
    `SELECT c.number AS cluster, substr(a.published_at, 1, 4) AS year,
            min(m.name) AS province, count(DISTINCT m.article) AS articles
     FROM cluster_members m JOIN clusters c ON c.article = m.article AND c.seq = m.cluster_seq JOIN articles a ON a.aid = m.article
     WHERE a.published_at IS NOT NULL GROUP BY c.number, 2, m.folded ORDER BY c.number, 2, 3`,
  );
  return { articles, undated, perMonth, awards, awardsUnplaced, clusterMembers };
}

/**
 * The data-access seam of `vnews serve`: everything the web interface reads from the store
 * goes through the `Archive` below, and this is the only file of src/serve that knows how
 * the store is laid out (today: output/index.sqlite beside the record files and raw/).
 * Re-pointing serve at another store means re-implementing this file's functions.
 *
 * Searches use the query module's own filters (src/query: resolveFilters → filterSql), so a
 * search in the browser finds what `vnews query` finds, with every user value a bound
 * parameter. Facet counts come from lists of articles per facet value, read from the index
 * once per version of the store; the overview's aggregates are GROUP BYs over the index.
 * The connection is opened with `query_only`, so no page can change the index.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { WARCParser } from 'warcio';
import { ensureIndex, matchedValues, NoRecordsError, officialsRegistry, QueryInputError, readRecord, type Appearance, type QueryFilters, type RegistryEntry, type ResolvedFilters as QueryResolved } from '../query/index.js';
import { filterSql, resolveFilters as resolveQuery } from '../query/filters.js';
import { dateSpan } from '../query/date-span.js';
import { indexPath, recordsJsonlPath, type IndexDb } from '../query/index-db.js';
import type { ArticleRecord } from '../record/schema.js';
import { fold } from '../text/fold.js';

export { QueryInputError, NoRecordsError } from '../query/index.js';
export type { Appearance, ArticleRecord, RegistryEntry };

/** The filters of `vnews query`, plus the publication-date range that year facets narrow by. */
export interface SearchFilters extends QueryFilters {
  /** YYYY, YYYY-MM or YYYY-MM-DD: published on or after (publication date only). */
  publishedFrom?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: published on or before (publication date only). */
  publishedTo?: string;
}

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

/** Where the response a record was read from is kept, as a WARC record in the store's raw/. */
export interface WarcPointer {
  /** The WARC file, relative to the output folder. */
  file: string;
  /** The record's number in the file (from 1) and its byte offset. */
  record: number;
  offset: number;
  recordId: string | null;
  date: string | null;
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
  warcRecord(record: ArticleRecord): Promise<WarcPointer | null>;
  /** Names the search form suggests (ranks, award types, provinces), from the archive itself. */
  vocabulary(): Promise<{ ranks: string[]; awards: string[]; provinces: string[] }>;
}

/** Result order, as `vnews query` gives it. */
const ORDER = 'ORDER BY a.published_at IS NULL, a.published_at DESC, a.id';

/** Open the archive in `outDir` (the index is built first when missing or out of date). */
export async function openArchive(outDir: string): Promise<Archive> {
  const archive = new IndexArchive(outDir);
  await archive.version();
  return archive;
}

/**
 * Articles per facet value, loaded once per version of the store: facet counts over any
 * set of results are then sums over these lists (a few milliseconds for 100,000 articles)
 * instead of GROUP BYs over the index's largest tables for every search.
 */
interface Posting {
  key: string;
  label: string;
  /** Articles (index row ids) with this value, each once. */
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

class IndexArchive implements Archive {
  private db: IndexDb | null = null;
  private dbIno = -1;
  private opening: Promise<IndexDb> | null = null;
  private facetIndex: { version: string; value: FacetIndex } | null = null;
  private loadingFacets: { version: string; loading: Promise<FacetIndex> } | null = null;
  private readonly cache = new Map<string, { version: string; value: unknown }>();
  private readonly warcCache = new Map<string, WarcPointer | null>();

  constructor(readonly outDir: string) {}

  /**
   * The one read-only connection, reopened when the index file was replaced (a rebuild
   * renames a new file over it) and brought up to date first when records.jsonl changed.
   */
  private conn(): Promise<IndexDb> {
    // One reopening at a time: requests arriving meanwhile wait for it instead of rebuilding too.
    this.opening ??= this.openCurrent().finally(() => (this.opening = null));
    return this.opening;
  }

  private async openCurrent(): Promise<IndexDb> {
    const ino = await stat(indexPath(this.outDir)).then((s) => s.ino, () => -1);
    if (this.db && ino === this.dbIno) {
      const jsonl = await stat(recordsJsonlPath(this.outDir)).catch(() => null);
      if (!jsonl) throw new NoRecordsError(this.outDir);
      const meta = new Map((this.db.prepare("SELECT key, value FROM meta WHERE key IN ('records_size', 'records_mtime_ms')").raw().all() as [string, string][]));
      if (meta.get('records_size') === String(jsonl.size) && meta.get('records_mtime_ms') === String(jsonl.mtimeMs)) return this.db;
    }
    this.db?.close();
    this.db = null;
    const db = await ensureIndex(this.outDir);
    db.pragma('query_only = ON');
    this.db = db;
    this.dbIno = await stat(indexPath(this.outDir)).then((s) => s.ino, () => -1);
    return db;
  }

  /** Run `fn` on the read-only connection. */
  private async read<T>(fn: (db: IndexDb) => T): Promise<T> {
    return fn(await this.conn());
  }

  private async cached<T>(key: string, make: () => Promise<T>): Promise<T> {
    const version = await this.version();
    const hit = this.cache.get(key);
    if (hit && hit.version === version) return hit.value as T;
    const value = await make();
    if (this.cache.size > 200) this.cache.clear();
    this.cache.set(key, { version, value });
    return value;
  }

  version(): Promise<string> {
    return this.read((db) => (db.prepare("SELECT value FROM meta WHERE key IN ('records_size', 'records_mtime_ms', 'schema_version') ORDER BY key").pluck().all() as string[]).join(':'));
  }

  private async facets(): Promise<FacetIndex> {
    const version = await this.version();
    if (this.facetIndex?.version === version) return this.facetIndex.value;
    // Loading takes about a second at 100,000 articles: requests arriving meanwhile share it.
    if (this.loadingFacets?.version !== version) {
      const loading = this.read(loadFacetIndex).then((value) => {
        this.facetIndex = { version, value };
        return value;
      });
      loading.catch(() => {}).finally(() => {
        if (this.loadingFacets?.loading === loading) this.loadingFacets = null;
      });
      this.loadingFacets = { version, loading };
    }
    return this.loadingFacets.loading;
  }

  async search(filters: SearchFilters, page: { offset: number; limit: number }): Promise<SearchResult> {
    const index = await this.facets();
    const db = await this.conn();
    const resolved = resolveFilters(db, filters);
    const { where, params } = searchWhere(resolved);
    // The matching articles as a bitmap over row ids (null: no filter, every article).
    let member: Uint8Array | null = null;
    let total = index.order.length;
    if (where.length) {
      member = new Uint8Array(index.size);
      total = 0;
      for (const aid of db.prepare(`SELECT a.aid FROM articles a WHERE ${where.join(' AND ')}`).pluck().iterate(params) as IterableIterator<number>) {
        if (aid < member.length && !member[aid]) {
          member[aid] = 1;
          total++;
        }
      }
    }
    const pageAids: number[] = [];
    for (let i = 0, seen = 0; i < index.order.length && pageAids.length < page.limit; i++) {
      const aid = index.order[i]!;
      if (member && !member[aid]) continue;
      if (seen++ >= page.offset) pageAids.push(aid);
    }
    const idOf = db.prepare('SELECT id FROM articles WHERE aid = ?').pluck();
    const ids = pageAids.map((aid) => idOf.get(aid) as string | undefined).filter((id): id is string => id !== undefined);
    const placeName = db.prepare('SELECT name FROM place_names WHERE folded = ?').pluck();
    const provinces = resolved.provinces === null ? null : resolved.provinces.map((f) => (placeName.get(f) as string | undefined) ?? f);
    const provinceNames = (label: string): string[] => {
      let names = index.provinceNames.get(label);
      if (!names) index.provinceNames.set(label, (names = resolveFilters(db, { province: label }).provinces ?? []));
      return names;
    };
    const facets = facetCounts(index, member, provinceNames);
    // Everything above ran on `db` without yielding; the connection may be reopened while the records are read.
    const hits: SearchHit[] = [];
    for (const id of ids) {
      const r = await readRecord(this.outDir, id);
      if (!r) continue;
      const matched = matchedValuesFor(r, resolved);
      hits.push({ id: r.id, title: r.title, publishedAt: r.publishedAt, location: r.source.location, matched, snippet: snippetOf(r, matched) });
    }
    return { total, hits, facets, provinces };
  }

  record(id: string): Promise<ArticleRecord | null> {
    if (!/^[0-9a-f]{16}$/.test(id)) return Promise.resolve(null);
    return readRecord(this.outDir, id);
  }

  async officialKeys(record: ArticleRecord): Promise<(string | null)[]> {
    const out: (string | null)[] = [];
    for (const o of record.officials) {
      const base = fold(o.name);
      const entries = await this.officials(o.name);
      const entry = entries.find((e) => baseKey(e.key) === base && e.appearances.some((a) => a.articleId === record.id));
      out.push(entry?.key ?? null);
    }
    return out;
  }

  async officials(name: string): Promise<RegistryEntry[]> {
    if (!fold(name).replace(/[^\p{L}\p{N}]+/gu, '')) return [];
    await this.conn(); // the registry reads the index itself: make sure it is current
    return this.cached(`officials:${fold(name)}`, () => officialsRegistry(this.outDir, name));
  }

  async official(key: string): Promise<{ entry: RegistryEntry; namesakes: RegistryEntry[] } | null> {
    const base = baseKey(key);
    if (!base.replace(/[^\p{L}\p{N}]+/gu, '')) return null;
    const same = (await this.officials(base)).filter((e) => baseKey(e.key) === base);
    const entry = same.find((e) => e.key === key);
    return entry ? { entry, namesakes: same.filter((e) => e !== entry) } : null;
  }

  frequentOfficials(limit: number): Promise<NameCount[]> {
    return this.cached(`frequent:${limit}`, () =>
      this.read(
        (db) =>
          db
            .prepare(
              `SELECT (SELECT name FROM officials q WHERE q.folded_name = o.folded_name LIMIT 1) AS name, count(*) AS appearances
               FROM officials o GROUP BY folded_name ORDER BY appearances DESC, folded_name LIMIT @limit`,
            )
            .all({ limit }) as NameCount[],
      ),
    );
  }

  overview(): Promise<Overview> {
    return this.cached('overview', () => this.read(overviewOf));
  }

  vocabulary(): Promise<{ ranks: string[]; awards: string[]; provinces: string[] }> {
    return this.cached('vocabulary', async () => {
      const index = await this.facets();
      const labels = (ps: Posting[]) => [...ps].sort((a, b) => b.aids.length - a.aids.length).map((p) => p.label);
      return { ranks: labels(index.rank.filter((p) => p.key !== '')), awards: labels(index.award), provinces: index.province.map((p) => p.label).sort((a, b) => a.localeCompare(b, 'vi')) };
    });
  }

  async warcRecord(record: ArticleRecord): Promise<WarcPointer | null> {
    const loc = record.source.location;
    const fetchedAt = record.source.fetchedAt;
    if (!fetchedAt || !/^https?:\/\//i.test(loc)) return null;
    const key = `${loc}\n${fetchedAt}`;
    if (!this.warcCache.has(key)) {
      if (this.warcCache.size > 1000) this.warcCache.clear();
      this.warcCache.set(key, await findFetchedResponse(path.join(this.outDir, 'raw'), loc, fetchedAt));
    }
    const found = this.warcCache.get(key)!;
    return found && { ...found, file: path.join('raw', found.file) };
  }
}

/** Filters after validation: the query's, and the publication range as days. */
type ResolvedFilters = QueryResolved & { publishedFrom: string | null; publishedTo: string | null };

function resolveFilters(db: IndexDb, f: SearchFilters): ResolvedFilters {
  const { publishedFrom, publishedTo, ...query } = f;
  const span = (name: string, v: string | undefined) => {
    if (v === undefined) return null;
    const s = dateSpan(v);
    if (!s) throw new QueryInputError(`${name} takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${v}"`);
    return s;
  };
  const from = span('published from', publishedFrom)?.start ?? null;
  const to = span('published to', publishedTo)?.end ?? null;
  if (from && to && from > to) throw new QueryInputError(`published from ${publishedFrom} is after published to ${publishedTo}`);
  return { ...resolveQuery(db, query), publishedFrom: from, publishedTo: to };
}

/** What in `record` satisfied each filter: the query's own report, and the publication date. */
function matchedValuesFor(record: ArticleRecord, r: ResolvedFilters): Matched[] {
  const out: Matched[] = matchedValues(record, r);
  if (r.publishedFrom !== null || r.publishedTo !== null) out.push({ filter: 'published', values: record.publishedAt ? [record.publishedAt] : [] });
  return out;
}

/** A registry key without its "#2" (the folded name all namesakes share). */
const baseKey = (key: string): string => key.replace(/#\d+$/, '');

/** The query's filters as SQL conditions on `a` (articles), plus the publication range. */
function searchWhere(r: ResolvedFilters): { where: string[]; params: Record<string, unknown> } {
  const { parts, params } = filterSql(r);
  const where = parts.map((p) => p.in);
  if (r.publishedFrom !== null || r.publishedTo !== null) {
    where.push('a.published_at BETWEEN @publishedFrom AND @publishedTo');
    params.publishedFrom = r.publishedFrom ?? '0000-01-01';
    params.publishedTo = r.publishedTo ?? '9999-12-31';
  }
  return { where, params };
}

/** Postings of one facet: `value → articles`, from rows of (key, label, comma-separated row ids). */
function postings(db: IndexDb, sql: string): Posting[] {
  return (db.prepare(sql).raw().all() as [string | number | null, string | number | null, string][]).map(([key, label, list]) => ({
    key: key === null ? '' : String(key),
    label: label === null ? String(key ?? '') : String(label),
    aids: Int32Array.from(list.split(','), Number),
  }));
}

function loadFacetIndex(db: IndexDb): FacetIndex {
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
function overviewOf(db: IndexDb): Overview {
  const all = <T>(sql: string) => db.prepare(sql).all() as T[];
  const articles = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  const undated = db.prepare('SELECT count(*) FROM articles WHERE published_at IS NULL').pluck().get() as number;
  const perMonth = all<MonthCount>(`SELECT substr(published_at, 1, 7) AS month, count(*) AS articles FROM articles WHERE published_at IS NOT NULL GROUP BY 1 ORDER BY 1`);
  const mainProvince = `(SELECT p.name FROM provinces p WHERE p.article = w.article
                          ORDER BY (SELECT count(*) FROM mentions m WHERE m.kind = 'provinces' AND m.entity = p.id) DESC, p.id LIMIT 1)`;
  const placed = all<ProvinceYearAwards & { province: string | null; year: string | null }>(
    `SELECT ${mainProvince} AS province, substr(a.published_at, 1, 4) AS year, count(*) AS awards,
            coalesce(sum(w.collectives), 0) AS collectives, coalesce(sum(w.individuals), 0) AS individuals
     FROM awards w JOIN articles a ON a.aid = w.article GROUP BY 1, 2`,
  );
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
            (SELECT name FROM cluster_members q WHERE q.folded = m.folded LIMIT 1) AS province, count(DISTINCT m.article) AS articles
     FROM cluster_members m JOIN clusters c ON c.id = m.cluster JOIN articles a ON a.aid = m.article
     WHERE a.published_at IS NOT NULL GROUP BY c.number, 2, m.folded ORDER BY c.number, 2, 3`,
  );
  return { articles, undated, perMonth, awards, awardsUnplaced, clusterMembers };
}

/** Run stamps name raw/ files (`2025-01-02T03-04-05-678Z-PID.warc.gz`); an ISO time in the same shape sorts with them. */
const stampOf = (iso: string): string => iso.replace(/[:.]/g, '-');

/**
 * The response record of `url` fetched at `fetchedAt` in raw/: the run that fetched it wrote
 * it to the file whose stamp is the latest not after `fetchedAt`, so only the few files
 * started just before are read, each from its start until the record is found.
 */
async function findFetchedResponse(rawDir: string, url: string, fetchedAt: string): Promise<WarcPointer | null> {
  let names: string[];
  try {
    names = (await readdir(rawDir)).filter((n) => /\.warc(\.gz)?$/.test(n)).sort();
  } catch {
    return null;
  }
  const stamp = stampOf(fetchedAt);
  const candidates = names.filter((n) => n <= stamp || n.startsWith(stamp)).slice(-3).reverse();
  for (const name of candidates) {
    const stream = createReadStream(path.join(rawDir, name));
    try {
      const parser = new WARCParser(stream);
      let n = 0;
      for await (const rec of parser) {
        n++;
        if (rec.warcType !== 'response' || rec.warcTargetURI !== url) continue;
        const date = rec.warcDate ?? null;
        if (date !== null && Date.parse(date) !== Date.parse(fetchedAt)) continue;
        return { file: name, record: n, offset: parser.offset, recordId: rec.warcHeader('WARC-Record-ID') ?? null, date };
      }
    } catch {
      // An unreadable file holds no pointer we could give.
    } finally {
      stream.destroy();
    }
  }
  return null;
}

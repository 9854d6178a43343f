/**
 * Query filters: validation, folding, and their translation into one SQL statement with
 * bound parameters. User text never becomes SQL or FTS syntax: names, ranks and types
 * are bound values, and `--text` is rebuilt from its words as quoted FTS5 phrases.
 */
import { ALL_UNITS, UNITS_2025, since2025Name } from '../data/provinces.js';
import { fold } from '../text/fold.js';
import { dateSpan } from './date-span.js';
import { foldAligned as foldText } from '../text/fold.js';
import type { StoreDb as IndexDb } from '../store/store-db.js';
import { nameMatches, officialQuery, type OfficialQuery } from './official-name.js';

/** What a researcher asks for; every filter given must hold (AND). */
export interface QueryFilters {
  /**
   * A name, or a contiguous run of its syllables ("tran ba thieu", "ba thieu"). Typed with
   * diacritics it matches those diacritics ("Thành" is not "Thanh"); typed without, every spelling.
   */
  official?: string;
  /** A canonical rank ("Đại tá", "dai ta"); with `official`, the same person must hold it. */
  rank?: string;
  /** A province-level unit: its name with or without "tỉnh"/"TP", initials ("tp hcm"), or its code. */
  province?: string;
  /** With `province`: also the units that became (or share a 2025 successor with) that unit. */
  successors?: boolean;
  cluster?: number;
  /**
   * YYYY, YYYY-MM or YYYY-MM-DD; `from` counts from the first day, `to` to the last. An
   * article matches when it was published in the range, names a period overlapping it, or
   * names a date lying wholly inside it.
   */
  from?: string;
  to?: string;
  /** The same, for the publication date only. */
  publishedFrom?: string;
  publishedTo?: string;
  /** The start of an award type ("giay khen", "Bằng khen"). */
  award?: string;
  /** Phrases searched in the folded title and text; separate phrases with commas, all must occur. */
  text?: string;
}

/** A filter value that cannot be used (the CLI exits 2 with this message). */
export class QueryInputError extends Error {}

/** Filters after validation and folding, ready for SQL and for reporting matched values. */
export interface ResolvedFilters {
  /** The folded run of the typed name (null: no official filter). */
  official: string | null;
  /** The typed name as read (`officialQuery`); with its diacritics when typed with them. */
  officialQuery: OfficialQuery | null;
  /**
   * A name typed with diacritics: the names as written in the index that match it (the filter
   * compares them exactly). null: no name filter, or one typed without diacritics.
   */
  officialNames: string[] | null;
  rank: string | null;
  /** Folded province names to match (already expanded for --successors); null: no province filter. */
  provinces: string[] | null;
  cluster: number | null;
  from: string | null;
  to: string | null;
  publishedFrom: string | null;
  publishedTo: string | null;
  award: string | null;
  /** Each phrase as its folded words; null: no text filter; an empty list matches nothing. */
  phrases: string[][] | null;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Folded words of a phrase, folded as the indexed text (foldText) and cut as FTS5's unicode61 tokenizer cuts it. */
export const foldedWords = (s: string): string[] => foldText(s.normalize('NFC')).match(WORD) ?? [];

/** A name as its folded syllables joined by single spaces ("Trần Bá-Thiều" → "tran ba thieu"), as name_runs holds them. */
export const foldName = (s: string): string => fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const nonEmpty = (flag: string, v: string | undefined): string | null => {
  if (v === undefined) return null;
  const f = fold(v);
  if (!f) throw new QueryInputError(`${flag} needs a value`);
  return f;
};

/** Check and fold every filter except the province, which needs the index to resolve. */
export function validateFilters(f: QueryFilters): Omit<ResolvedFilters, 'provinces' | 'officialNames'> & { province: string | null } {
  const cluster = f.cluster ?? null;
  if (cluster !== null && !(Number.isInteger(cluster) && cluster > 0)) throw new QueryInputError(`--cluster takes a positive whole number, not "${f.cluster}"`);
  const span = (flag: string, v: string | undefined) => {
    if (v === undefined) return null;
    const s = dateSpan(v);
    if (!s) throw new QueryInputError(`${flag} takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${v}"`);
    return s;
  };
  const from = span('--from', f.from)?.start ?? null;
  const to = span('--to', f.to)?.end ?? null;
  if (from && to && from > to) throw new QueryInputError(`--from ${f.from} is after --to ${f.to}`);
  const publishedFrom = span('--published-from', f.publishedFrom)?.start ?? null;
  const publishedTo = span('--published-to', f.publishedTo)?.end ?? null;
  if (publishedFrom && publishedTo && publishedFrom > publishedTo) throw new QueryInputError(`--published-from ${f.publishedFrom} is after --published-to ${f.publishedTo}`);
  const province = nonEmpty('--province', f.province);
  const query = f.official === undefined ? null : officialQuery(f.official);
  if (query !== null && query.run === '') throw new QueryInputError('--official needs a name');
  const official = query?.run ?? null;
  if (f.successors && province === null) throw new QueryInputError('--successors needs --province');
  return {
    official,
    officialQuery: query,
    rank: nonEmpty('--rank', f.rank),
    province,
    cluster,
    from,
    to,
    publishedFrom,
    publishedTo,
    award: nonEmpty('--award', f.award),
    phrases:
      f.text === undefined
        ? null
        : f.text
            .split(/[,;]/)
            .map(foldedWords)
            .filter((w) => w.length > 0),
  };
}

// Words a researcher may type before a name: "tỉnh Nghệ An", "TP. HCM", "Thành phố Huế", "Công an tỉnh Gia Lai".
const PREFIX = /^(?:(?:cong an|catp)\s+)?(?:(?:tinh|thanh pho|tp|t\.p)(?![\p{L}\p{N}])[\s.]*)?/u;

const bare = (folded: string): string => folded.replace(PREFIX, '').trim();
const compact = (folded: string): string => folded.replace(/[^\p{L}\p{N}]+/gu, '');
const syllables = (folded: string): string[] => folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Every form src/data/provinces.ts knows for a unit (name, official name, variants, forms
 * read after a prefix, English, a later name), compacted and folded → the folded names
 * records use for it. Built once.
 */
const PROVINCE_FORMS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const forms = new Map<string, Set<string>>();
  const add = (form: string, name: string) => {
    const key = compact(bare(fold(form)));
    if (!key) return;
    const set = forms.get(key) ?? new Set<string>();
    set.add(fold(name));
    forms.set(key, set);
  };
  for (const u of ALL_UNITS) {
    for (const f of [u.name, u.officialName, ...u.variants, ...u.prefixed.map((p) => p.form), ...u.english]) add(f, u.name);
    if (u.renamed) for (const f of [u.renamed.name, ...u.renamed.forms]) (add(f, u.name), add(f, u.renamed.name));
  }
  for (const u of UNITS_2025) (add(u.name, u.name), add(u.officialName, u.name));
  return forms;
})();

/** Folded name of each 2008–2025 unit → folded name of the unit it belongs to from 2025. */
const SUCCESSOR: ReadonlyMap<string, string> = new Map(ALL_UNITS.map((u) => [fold(u.name), fold(since2025Name(u))]));

/** Whether `typed` (compacted) spells the syllables in order, each whole or by its first letter: "hcm", "tthue", "brvt", "daklak". */
function spells(typed: string, syl: readonly string[], i = 0, at = 0): boolean {
  if (i === syl.length) return at === typed.length;
  const s = syl[i]!;
  if (typed.startsWith(s, at) && spells(typed, syl, i + 1, at + s.length)) return true;
  return typed[at] === s[0] && spells(typed, syl, i + 1, at + 1);
}

interface PlaceName {
  folded: string;
  name: string;
  code: string | null;
  folded_since2025: string | null;
}

/**
 * The folded names a typed province stands for: every unit whose name or known variant
 * (src/data/provinces.ts) it is, with or without "tỉnh"/"TP"; else the names in the index
 * with that statistical code; else the names in the index it spells by initials ("tp hcm").
 * With `successors`, also every unit whose 2025 successor is one of them, or is the
 * successor of one of them (Ninh Thuận → Khánh Hòa → Khánh Hòa and Ninh Thuận).
 */
export function resolveProvince(db: IndexDb, typed: string, successors: boolean): string[] {
  const places = db.prepare('SELECT folded, name, code, folded_since2025 FROM place_names').all() as PlaceName[];
  const qc = compact(bare(fold(typed)));
  const names = new Set<string>(PROVINCE_FORMS.get(qc) ?? []);
  for (const p of places) if (compact(bare(p.folded)) === qc) names.add(p.folded);
  if (!names.size && /^\d{1,2}$/.test(qc)) for (const p of places) if (p.code !== null && Number(p.code) === Number(qc)) names.add(p.folded);
  if (!names.size && qc.length >= 2) {
    const typedForms = qc.startsWith('tp') && qc.length > 3 ? [qc, qc.slice(2)] : [qc];
    for (const p of places) if (typedForms.some((t) => spells(t, syllables(bare(p.folded))))) names.add(p.folded);
  }
  if (successors) {
    const targets = new Set<string>(names);
    // The index knows the successors of the provinces records list; the data knows the rest (an official's province, a unit no article names).
    const successorOf = (folded: string, stored: string | null) => stored ?? SUCCESSOR.get(folded) ?? null;
    for (const n of names) {
      const succ = successorOf(n, places.find((p) => p.folded === n)?.folded_since2025 ?? null);
      if (succ) targets.add(succ);
    }
    for (const p of places) {
      const succ = successorOf(p.folded, p.folded_since2025);
      if (targets.has(p.folded) || (succ !== null && targets.has(succ))) names.add(p.folded);
    }
  }
  return [...names].sort();
}

/**
 * The names as written in the index that a name typed with diacritics matches: the spellings
 * of every name holding its folded run, kept when they hold the typed syllables with their
 * marks. A handful of rows read through the index on folded names.
 */
export function resolveOfficialNames(db: IndexDb, q: OfficialQuery): string[] {
  const names = db
    .prepare('SELECT DISTINCT name FROM officials WHERE folded_name IN (SELECT folded_name FROM name_runs WHERE run = @run)')
    .pluck()
    .all({ run: q.run }) as string[];
  return names.filter((n) => nameMatches(n, q)).sort();
}

/** Resolve the filters against the index (province names and names typed with diacritics need it). */
export function resolveFilters(db: IndexDb, f: QueryFilters): ResolvedFilters {
  const { province, ...rest } = validateFilters(f);
  const q = rest.officialQuery;
  return {
    ...rest,
    officialNames: q?.marked ? resolveOfficialNames(db, q) : null,
    provinces: province === null ? null : resolveProvince(db, f.province!, Boolean(f.successors)),
  };
}

/** An FTS5 MATCH expression of quoted phrases: words only, so nothing the user typed is read as syntax. */
export const ftsQuery = (phrases: readonly string[][]): string => phrases.map((words) => `"${words.join(' ').replaceAll('"', '""')}"`).join(' AND ');

/**
 * One filter as SQL on `a` (articles), in the shapes the planner (plan-query.ts) chooses
 * from: `in` collects the matching articles through the filter's own index; `exists`
 * checks one article through the table's article index; `count` counts matching rows,
 * stopping at @cap, to estimate how common the filter is (an upper bound: a sum over tables).
 */
export interface FilterSql {
  filter: 'official' | 'province' | 'cluster' | 'date' | 'published' | 'award' | 'text';
  in: string;
  exists: string;
  count: string;
}

const capped = (from: string, where: string, cap = '@cap') => `(SELECT count(*) FROM (SELECT 1 FROM ${from} WHERE ${where} LIMIT ${cap}))`;

const onTable = (filter: FilterSql['filter'], table: string, where: string): FilterSql => ({
  filter,
  in: `a.aid IN (SELECT t.article FROM ${table} t WHERE ${where})`,
  // The table's key starts with the article: checking one article is a seek on it.
  exists: `EXISTS (SELECT 1 FROM ${table} t WHERE t.article = a.aid AND ${where})`,
  count: capped(`${table} t`, where),
});

/** The filters as SQL with their bound parameters (user values are only ever parameters). */
export function filterSql(r: ResolvedFilters): { parts: FilterSql[]; params: Record<string, unknown> } {
  const parts: FilterSql[] = [];
  const params: Record<string, unknown> = {};
  if (r.official !== null || r.rank !== null) {
    const on: string[] = [];
    if (r.official !== null) {
      on.push('t.folded_name IN (SELECT folded_name FROM name_runs WHERE run = @official)');
      params.official = r.official;
    }
    if (r.officialNames !== null) {
      // Typed with diacritics: only the spellings that carry them (bound one by one, as provinces are).
      const names = r.officialNames.map((n, i) => {
        params[`officialName${i}`] = n;
        return `@officialName${i}`;
      });
      on.push(`t.name IN (${names.length ? names.join(', ') : 'NULL'})`);
    }
    if (r.rank !== null) {
      on.push('t.folded_rank = @rank');
      params.rank = r.rank;
    }
    parts.push(onTable('official', 'officials', on.join(' AND ')));
  }
  if (r.provinces !== null) {
    // A handful of names, bound one by one: IN over a list of parameters is an index seek per name.
    const names = r.provinces.map((n, i) => {
      params[`province${i}`] = n;
      return `@province${i}`;
    });
    const list = names.length ? names.join(', ') : 'NULL';
    const named = onTable('province', 'provinces', `t.folded IN (${list})`);
    const posts = onTable('province', 'officials', `t.folded_province IN (${list})`);
    parts.push({
      filter: 'province',
      // UNION ALL: IN ignores repeats, and a plain UNION makes SQLite sort each arm for a merge.
      in: `a.aid IN (SELECT t.article FROM provinces t WHERE t.folded IN (${list}) UNION ALL SELECT t.article FROM officials t WHERE t.folded_province IN (${list}))`,
      exists: `(${named.exists} OR ${posts.exists})`,
      count: `${named.count} + ${posts.count}`,
    });
  }
  if (r.cluster !== null) {
    parts.push(onTable('cluster', 'clusters', 't.number = @cluster'));
    params.cluster = r.cluster;
  }
  if (r.from !== null || r.to !== null) {
    // Open ends compare against dates no record can hold.
    params.from = r.from ?? '0000-01-01';
    params.to = r.to ?? '9999-12-31';
    const published = 'a.published_at BETWEEN @from AND @to';
    const periodsWhere = 't.start_date <= @to AND t.end_date >= @from';
    const datesWhere = 't.start_date BETWEEN @from AND @to AND t.end_date <= @to';
    const periods = onTable('date', 'periods', periodsWhere);
    const dates = onTable('date', 'dates', datesWhere);
    parts.push({
      filter: 'date',
      // UNION ALL (IN ignores repeats): with UNION, SQLite merges sorted arms and reads the articles table whole for the first (10× slower at 100,000 articles).
      in: `a.aid IN (SELECT a.aid FROM articles a WHERE ${published} UNION ALL SELECT t.article FROM periods t WHERE ${periodsWhere} UNION ALL SELECT t.article FROM dates t WHERE ${datesWhere})`,
      exists: `(${published} OR ${periods.exists} OR ${dates.exists})`,
      count: `${capped('articles a', published)} + ${periods.count} + ${dates.count}`,
    });
  }
  if (r.publishedFrom !== null || r.publishedTo !== null) {
    params.publishedFrom = r.publishedFrom ?? '0000-01-01';
    params.publishedTo = r.publishedTo ?? '9999-12-31';
    const where = 'a.published_at BETWEEN @publishedFrom AND @publishedTo';
    parts.push({ filter: 'published', in: `a.aid IN (SELECT a.aid FROM articles a WHERE ${where})`, exists: `(${where})`, count: capped('articles a', where) });
  }
  if (r.award !== null) {
    // A prefix as a range, so the index on folded_type serves it (no LIKE wildcards to escape).
    parts.push(onTable('award', 'awards', 't.folded_type >= @award AND t.folded_type < @award || char(1114111)'));
    params.award = r.award;
  }
  if (r.phrases !== null) {
    if (r.phrases.length === 0) parts.push({ filter: 'text', in: '0', exists: '0', count: '0' });
    else {
      const match = 'articles_fts MATCH @fts';
      parts.push({
        filter: 'text',
        in: `a.aid IN (SELECT rowid FROM articles_fts WHERE ${match})`,
        exists: `EXISTS (SELECT 1 FROM articles_fts WHERE ${match} AND rowid = a.aid)`,
        // Counting phrase matches walks position lists: a fifth of the cap tells common from rare.
        count: capped('articles_fts', match, '@cap / 5'),
      });
      params.fts = ftsQuery(r.phrases);
    }
  }
  return { parts, params };
}

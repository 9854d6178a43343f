/** `stats`: counts over the whole index, by year, province, cluster, rank and award type. */
import { withStore, type ReadOptions } from './store-access.js';
import type { StoreDb } from '../store/store-db.js';

export interface Stats {
  articles: number;
  /** Articles by year of publication ("unknown" when the article has no publishedAt). */
  byYear: { year: string; articles: number }[];
  /** Articles naming each province (canonical name). */
  byProvince: { province: string; code: string | null; articles: number }[];
  /** Articles naming each cluster. */
  byCluster: { cluster: number; articles: number }[];
  /** Officials (one per article they appear in) by rank ("none" when no rank is stated). */
  byRank: { rank: string; officials: number; articles: number }[];
  /** Awards by type, with the collectives and individuals they were given to (where stated). */
  byAwardType: { type: string; awards: number; articles: number; collectives: number; individuals: number }[];
  totals: { officials: number; awards: number; collectives: number; individuals: number };
}

/** Counts of the records in `outDir` (each list sorted by count, largest first; years in order). */
export async function stats(outDir: string, opts: ReadOptions = {}): Promise<Stats> {
  return withStore(outDir, statsOf, opts);
}

/** The same counts on an open store (a long-lived reader such as `vnews serve` keeps its own connection). */
export function statsOf(db: StoreDb): Stats {
  {
    const all = <T>(sql: string) => db.prepare(sql).all() as T[];
    const articles = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    const totals = db
      .prepare(
        `SELECT (SELECT count(*) FROM officials) AS officials, (SELECT count(*) FROM awards) AS awards,
                (SELECT coalesce(sum(collectives), 0) FROM awards) AS collectives, (SELECT coalesce(sum(individuals), 0) FROM awards) AS individuals`,
      )
      .get() as Stats['totals'];
    return {
      articles,
      byYear: all(
        `SELECT coalesce(substr(published_at, 1, 4), 'unknown') AS year, count(*) AS articles FROM articles
         GROUP BY 1 ORDER BY year = 'unknown', year`,
      ),
      // One name per folded form: the spelling stored first.
      byProvince: all(
        `SELECT (SELECT name FROM provinces q WHERE q.folded = p.folded LIMIT 1) AS province, max(code) AS code, count(DISTINCT article) AS articles
         FROM provinces p GROUP BY folded ORDER BY articles DESC, province`,
      ),
      byCluster: all('SELECT number AS cluster, count(DISTINCT article) AS articles FROM clusters GROUP BY number ORDER BY articles DESC, number'),
      byRank: all(
        `SELECT coalesce((SELECT rank FROM officials q WHERE q.folded_rank = o.folded_rank LIMIT 1), 'none') AS rank,
                count(*) AS officials, count(DISTINCT article) AS articles
         FROM officials o GROUP BY folded_rank ORDER BY officials DESC, rank`,
      ),
      byAwardType: all(
        `SELECT (SELECT type FROM awards q WHERE q.folded_type = w.folded_type LIMIT 1) AS type, count(*) AS awards, count(DISTINCT article) AS articles,
                coalesce(sum(collectives), 0) AS collectives, coalesce(sum(individuals), 0) AS individuals
         FROM awards w GROUP BY folded_type ORDER BY awards DESC, type`,
      ),
      totals,
    };
  }
}

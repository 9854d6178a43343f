/**
 * How a query runs. Every filter can collect its matching articles through its own index
 * (cheap when it matches few) or check one article at a time (cheap per article). Before
 * running, each filter counts its matches up to CAP rows, which costs at most CAP index
 * steps, and the plan follows from the counts:
 *   - a page (`limit`) of common matches: walk the first articles in result order and check
 *     each one, since the page lies among the first few hundred (a rank, a year, a province);
 *   - otherwise: collect the matches of the rarest filter, check the others on those
 *     articles only, sort. The cost follows the rarest filter, not the corpus.
 */
import type { StoreDb as IndexDb } from '../store/store-db.js';
import type { FilterSql } from './filters.js';

/** Counting stops here: beyond it a filter is "common" and its exact count does not change the plan. */
const CAP = 25_000;
/** A page is looked for among at most `limit × SCAN_WINDOW` articles before the collecting plan takes over. */
const SCAN_WINDOW = 50;
/** Checking full text one article at a time costs tens of µs each (bench/query.bench.ts); above this many candidates, collect it once instead. */
const FTS_CHECK_MAX = 1000;

const ORDER = 'ORDER BY a.published_at IS NULL, a.published_at DESC, a.id';

/** Ids of the articles matching every part, in result order (newest first, undated last, then id). */
export function planIds(db: IndexDb, parts: readonly FilterSql[], params: Record<string, unknown>, limit: number): string[] {
  const all = (sql: string, extra: Record<string, unknown> = {}) => db.prepare(sql).pluck().all({ ...params, ...extra, limit }) as string[];
  if (parts.length === 0) return all(`SELECT a.id FROM articles a ${ORDER} LIMIT @limit`);

  const counts = parts.map((p) => db.prepare(`SELECT ${p.count}`).pluck().get({ ...params, cap: CAP }) as number);
  if (counts.some((n) => n === 0)) return [];

  if (limit > 0) {
    // Ids are handed out in order, so the largest is about the number of articles (never fewer).
    const total = (db.prepare('SELECT max(aid) FROM articles').pluck().get() as number | null) ?? 1;
    // Expected share of articles matching all filters, taking them as independent; a capped count understates it.
    const share = counts.reduce((s, n) => s * Math.min(1, n / total), 1);
    const window = Math.min(Math.ceil((4 * limit) / share), limit * SCAN_WINDOW);
    if (limit / share <= limit * SCAN_WINDOW) {
      const checks = parts.map((p, i) => (p.filter === 'text' && counts[i]! < CAP / 5 ? p.in : p.exists));
      const page = all(
        `SELECT a.id FROM (SELECT aid, id, published_at FROM articles ${ORDER.replaceAll('a.', '')} LIMIT @window) a
         WHERE ${checks.join(' AND ')} ${ORDER} LIMIT @limit`,
        { window },
      );
      // Short: the filters are rarer together than apart; collect instead.
      if (page.length === limit) return page;
    }
  }

  const driver = counts.indexOf(Math.min(...counts));
  const rest = parts.flatMap((p, i) => (i === driver ? [] : [p.filter === 'text' && counts[driver]! > FTS_CHECK_MAX ? p.in : p.exists]));
  return all(`SELECT a.id FROM articles a WHERE ${[parts[driver]!.in, ...rest].join(' AND ')} ${ORDER} LIMIT @limit`);
}

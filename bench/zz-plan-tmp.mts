import Database from '/work/main/node_modules/better-sqlite3/lib/index.js';
import { rebuildIndex } from '/work/main/src/query/index-db.ts';
import { resolveFilters, whereClause } from '/work/main/src/query/filters.ts';
const out = '/tmp/qb10k';
if (process.argv[2] === 'rebuild') { const t = performance.now(); await rebuildIndex(out); console.log('rebuild', performance.now() - t); }
const db = new Database(out + '/index.sqlite');
for (const f of [{ rank: 'dai ta' }, { province: 'nghe an' }, { text: 'an ninh' }, { from: '2015-03-01', to: '2015-03-28' }, { province: 'nghe an', rank: 'dai ta', from: '2012', to: '2020' }]) {
  const r = resolveFilters(db, f as any); const { sql, params } = whereClause(r);
  const q = `SELECT a.id FROM articles a WHERE ${sql} ORDER BY a.published_at IS NULL, a.published_at DESC, a.id LIMIT @limit`;
  console.log(JSON.stringify(f)); for (const row of db.prepare('EXPLAIN QUERY PLAN ' + q).all({ ...params, limit: 20 }) as any[]) console.log('   ', row.detail);
  for (const lim of [20, -1]) { const t = performance.now(); const n = db.prepare(q).all({ ...params, limit: lim }).length; console.log('   limit', lim, n, (performance.now() - t).toFixed(1), 'ms'); }
}

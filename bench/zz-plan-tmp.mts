import Database from '/work/main/node_modules/better-sqlite3/lib/index.js';
const db = new Database('/tmp/qb100k/index.sqlite', { readonly: true });
const order = 'ORDER BY a.published_at IS NULL, a.published_at DESC, a.id LIMIT @limit';
const variants: [string, string, Record<string, unknown>][] = [
  ['rank IN', `SELECT a.id FROM articles a WHERE a.aid IN (SELECT o.article FROM officials o WHERE o.folded_rank = @rank) ${order}`, { rank: 'dai ta' }],
  ['rank EXISTS', `SELECT a.id FROM articles a WHERE EXISTS (SELECT 1 FROM officials o WHERE o.article = a.aid AND o.folded_rank = @rank) ${order}`, { rank: 'dai ta' }],
  ['rank EXISTS cross', `SELECT a.id FROM articles a INDEXED BY articles_order WHERE EXISTS (SELECT 1 FROM officials o WHERE o.article = a.aid AND o.folded_rank = @rank) ${order}`, { rank: 'dai ta' }],
  ['fts IN', `SELECT a.id FROM articles a WHERE a.aid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @q) ${order}`, { q: '"an ninh"' }],
  ['fts EXISTS', `SELECT a.id FROM articles a INDEXED BY articles_order WHERE EXISTS (SELECT 1 FROM articles_fts WHERE articles_fts MATCH @q AND rowid = a.aid) ${order}`, { q: '"an ninh"' }],
  ['fts count', `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH @q LIMIT @limit`, { q: '"an ninh"' }],
  ['all ordered', `SELECT a.id FROM articles a ${order}`, {}],
];
for (const [name, sql, p] of variants) {
  const st = db.prepare(sql);
  for (const limit of [20, -1]) {
    const times: number[] = []; const cpu: number[] = []; let n = 0;
    for (let k = 0; k < 7; k++) { const c0 = process.cpuUsage(); const t = performance.now(); n = st.all({ ...p, limit }).length; times.push(performance.now() - t); const c = process.cpuUsage(c0); cpu.push((c.user + c.system) / 1000); }
    times.sort((a, b) => a - b); cpu.sort((a, b) => a - b);
    console.log(name.padEnd(20), String(limit).padStart(3), String(n).padStart(6), 'wall med', times[3]!.toFixed(1), 'cpu med', cpu[3]!.toFixed(1));
  }
}
console.log(db.prepare('EXPLAIN QUERY PLAN ' + variants[1]![1]).all({ rank: 'x', limit: 20 }).map((r: any) => r.detail));

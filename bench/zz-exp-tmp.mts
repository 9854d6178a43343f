import { readFileSync, rmSync, statSync } from 'node:fs';
import Database from '/work/main/node_modules/better-sqlite3/lib/index.js';
import { fold } from '/work/main/src/text/fold.ts';
const dir = process.argv[2]!; const variant = process.argv[3]!;
const lines = readFileSync(dir + '/records.jsonl', 'utf8').split('\n').filter(Boolean);
const recs = lines.map((l) => JSON.parse(l));
const fast = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
let t = performance.now();
let bad = 0;
for (const r of recs) { const a = fast(r.text); }
console.log('fast fold', (performance.now() - t).toFixed(0));
for (const r of recs.slice(0, 500)) if (fast(r.text) !== fold(r.text).replace(/\s+/g,' ')) bad++;
console.log('mismatch', bad);
const f = `/tmp/exp-${variant}.sqlite`; rmSync(f, { force: true });
const db = new Database(f); db.pragma('journal_mode = OFF'); db.pragma('synchronous = OFF');
const ddl: Record<string, string> = {
  ext: `CREATE TABLE articles(aid INTEGER PRIMARY KEY, id TEXT, text TEXT, ft TEXT, fx TEXT);
        CREATE VIRTUAL TABLE fts USING fts5(ft, fx, content='articles', content_rowid='aid');`,
  cl: `CREATE TABLE articles(aid INTEGER PRIMARY KEY, id TEXT, text TEXT);
        CREATE VIRTUAL TABLE fts USING fts5(ft, fx, content='', contentless_delete=1);`,
  clnotext: `CREATE TABLE articles(aid INTEGER PRIMARY KEY, id TEXT);
        CREATE VIRTUAL TABLE fts USING fts5(ft, fx, content='', contentless_delete=1);`,
};
db.exec(ddl[variant]!);
const ins = variant === 'ext' ? db.prepare('INSERT INTO articles(id, text, ft, fx) VALUES (?,?,?,?)') : variant === 'cl' ? db.prepare('INSERT INTO articles(id, text) VALUES (?,?)') : db.prepare('INSERT INTO articles(id) VALUES (?)');
const insF = db.prepare('INSERT INTO fts(rowid, ft, fx) VALUES (?,?,?)');
t = performance.now();
db.exec('BEGIN');
for (const r of recs) {
  const ft = fast(r.title ?? ''), fx = fast(r.text);
  const aid = variant === 'ext' ? ins.run(r.id, r.text, ft, fx).lastInsertRowid : variant === 'cl' ? ins.run(r.id, r.text).lastInsertRowid : ins.run(r.id).lastInsertRowid;
  if (variant !== 'ext') insF.run(aid, ft, fx);
}
if (variant === 'ext') db.exec("INSERT INTO fts(fts) VALUES('rebuild')");
db.exec('COMMIT');
db.exec("INSERT INTO fts(fts) VALUES('optimize')");
console.log(variant, 'build', (performance.now() - t).toFixed(0), 'ms');
db.close();
console.log('size MB', (statSync(f).size / 1e6).toFixed(1));
const db2 = new Database(f);
for (const q of ['"an ninh"', '"bao ve an ninh to quoc"', '"5 bca"', '"hoi nghi"']) {
  t = performance.now();
  const n = db2.prepare('SELECT count(*) FROM (SELECT rowid FROM fts WHERE fts MATCH ?)').pluck().get(q);
  console.log(q, n, (performance.now() - t).toFixed(1), 'ms');
}

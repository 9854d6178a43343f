/**
 * `npm run bench:compare -- OLD_DIST NEW_DIST [ROUNDS]`: processArticle of two compiled builds
 * (e.g. dist/ of the main branch, built in a copy, and dist/ here), their rounds alternated in
 * one process, so that both meet the same load on a shared machine, where figures measured
 * minutes apart differ by half. Each round: 300 unique copies of the real articles of
 * ../shared/real (bench/real-corpus.ts), CPU time of this process per article. Prints the best
 * and median round of each and the ratio new / old. Only benchmarks read ../shared.
 */
import path from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';

const [oldDir, newDir] = [process.argv[2], process.argv[3]];
if (!oldDir || !newDir) throw new Error('usage: node bench/compare-builds.mjs OLD_DIST NEW_DIST [ROUNDS]');
const load = async (d) => (await import(path.resolve(d, 'pipeline.js'))).processArticle;
const builds = [await load(oldDir), await load(newDir)];
const REAL = path.resolve(import.meta.dirname, '../../shared/real');
const articles = readdirSync(REAL).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(path.join(REAL, n), 'utf8'));
// as bench/real-corpus.ts: a numbered sentence after the title line makes each copy its own record
const copy = (i) => {
  const a = articles[i % articles.length];
  const nl = a.indexOf('\n');
  return nl < 0 ? `Bản tin số ${i}. ${a}` : `${a.slice(0, nl + 1)}Bản tin số ${i}. ${a.slice(nl + 1)}`;
};
const loaded = (i) => ({ source: { location: `bench:${i}`, sha256: '0'.repeat(64), fetchedAt: null, etag: null, lastModified: null }, kind: 'text', body: copy(i), warnings: [] });
const PER_ROUND = 300;
for (let i = 0; i < PER_ROUND; i++) for (const p of builds) p(loaded(i)); // warm-up
const rounds = [[], []];
for (let r = 0; r < Number(process.argv[4] ?? 8); r++) {
  builds.forEach((p, b) => {
    const c0 = process.cpuUsage();
    for (let i = 0; i < PER_ROUND; i++) p(loaded(1000 + i));
    const c = process.cpuUsage(c0);
    rounds[b].push((c.user + c.system) / 1000 / PER_ROUND);
  });
}
const sorted = rounds.map((r) => [...r].sort((a, b) => a - b));
const best = sorted.map((s) => s[0]);
const median = sorted.map((s) => s[s.length >> 1]);
console.log(`processArticle, CPU ms per article (load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}):`);
console.log(`  old ${oldDir}: best ${best[0].toFixed(3)}, median ${median[0].toFixed(3)}`);
console.log(`  new ${newDir}: best ${best[1].toFixed(3)}, median ${median[1].toFixed(3)}`);
console.log(`  new / old: best ${(best[1] / best[0]).toFixed(2)}, median ${(median[1] / median[0]).toFixed(2)}`);

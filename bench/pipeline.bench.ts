/**
 * `npm run bench`: what processArticle costs per article, stage by stage, and the end-to-end
 * ingest rate. Prints figures; it never fails on a slow machine.
 *
 * Articles: the real articles of ../shared/real/*.txt when that folder exists (about 4,000
 * characters of body each), else the five samples of corpus/. Each stage runs over every
 * article several times; the figure is CPU time of this process (process.cpuUsage, so other
 * work on the machine weighs less than on a wall clock) per article, the best round and the
 * median round.
 *
 * Usage: npm run bench [-- N]   (N generated articles for the ingest run, default 5000;
 *                                BENCH_DIR=… to write elsewhere; BENCH_ROUNDS=… rounds, default 7)
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createWriteStream, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { processArticle } from '../src/pipeline.js';
import { ingest } from '../src/ingest.js';
import { normalizeText } from '../src/normalize/normalize-text.js';
import { splitSentences } from '../src/parse/split-sentences.js';
import { detectLanguage } from '../src/language/detect-language.js';
import { extractPlainArticle } from '../src/article/extract-plain-article.js';
import { createArticleView, type ArticleView } from '../src/extract/article-view.js';
import { RECOGNISERS } from '../src/extract/recognisers.js';
import { ArticleRecord } from '../src/record/schema.js';
import type { LoadedArticle } from '../src/types.js';
import { formatTop, profiled } from './profile.js';
import { uniqueCopy } from './real-corpus.js';

const N = Number(process.argv[2] ?? 5000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const realDir = '../shared/real';
const dir = existsSync(realDir) ? realDir : 'corpus';
const raws = await Promise.all((await readdir(dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => readFile(path.join(dir, f), 'utf8')));

const loaded = (body: string, i: number): LoadedArticle => ({
  source: { location: `bench:${i}`, sha256: '0'.repeat(64), fetchedAt: null, etag: null, lastModified: null },
  kind: 'text',
  body,
  warnings: [],
});

/** CPU ms per article of `fn` over every article: [best round, median round]. */
function cpu(fn: (i: number) => unknown): [number, number] {
  const n = raws.length;
  for (let i = 0; i < n; i++) fn(i); // warm-up
  const rounds: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const c0 = process.cpuUsage();
    for (let i = 0; i < n; i++) fn(i);
    const c = process.cpuUsage(c0);
    rounds.push((c.user + c.system) / 1000 / n);
  }
  rounds.sort((a, b) => a - b);
  return [rounds[0]!, rounds[rounds.length >> 1]!];
}

const stage = (label: string, fn: (i: number) => unknown): number => {
  const [best, median] = cpu(fn);
  console.log(`${label.padEnd(34)} ${best.toFixed(3)}  ${median.toFixed(3)}`);
  return best;
};

console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
const pre = raws.map((r) => normalizeText(r).text);
const bodies = pre.map((t) => normalizeText(extractPlainArticle(t).body).text);
console.log(`${raws.length} articles from ${dir}, ${Math.round(bodies.reduce((a, b) => a + b.length, 0) / bodies.length)} characters of body on average\n`);
console.log(`${'stage (CPU ms per article)'.padEnd(34)} best   median`);
stage('normalise (twice, as for text)', (i) => normalizeText(extractPlainArticle(normalizeText(raws[i]!).text).body));
stage('  of which extract plain article', (i) => extractPlainArticle(pre[i]!));
const parsed = bodies.map((b) => splitSentences(b));
stage('split sentences', (i) => splitSentences(bodies[i]!));
const languages = bodies.map((b) => detectLanguage(b).code);
stage('detect language', (i) => detectLanguage(bodies[i]!));
const view = (i: number): ArticleView => createArticleView({ text: bodies[i]!, ...parsed[i]!, publishedAt: null, language: languages[i]! });
stage('article view (fold, tokens)', view);
// The recognisers in pipeline order on fresh views (they remember answers in the view's memo),
// each receiving what it needs from the same view; the views are built outside the timing.
const recognisers = RECOGNISERS.filter((r) => r.id !== 'english');
const spent = new Map<string, number[]>(recognisers.map((r) => [r.id, []]));
for (let round = 0; round <= ROUNDS; round++) {
  const views = bodies.map((_, i) => view(i));
  const results = views.map(() => new Map<string, unknown>());
  for (const r of recognisers) {
    const c0 = process.cpuUsage();
    for (let i = 0; i < views.length; i++) results[i]!.set(r.id, r.run(views[i]!, Object.fromEntries(results[i]!)));
    const c = process.cpuUsage(c0);
    if (round > 0) spent.get(r.id)!.push((c.user + c.system) / 1000 / views.length); // round 0 warms up
  }
}
for (const [id, rounds] of spent) {
  rounds.sort((a, b) => a - b);
  console.log(`${`  ${id}`.padEnd(34)} ${rounds[0]!.toFixed(3)}  ${rounds[rounds.length >> 1]!.toFixed(3)}`);
}
const records = raws.map((r, i) => processArticle(loaded(r, i)));
stage('validate record (zod)', (i) => ArticleRecord.safeParse(records[i]));
const whole = stage('processArticle (whole)', (i) => processArticle(loaded(raws[i]!, i)));
console.log(`→ ${(1000 / whole).toFixed(0)} articles/s per core in processArticle`);
// Where processArticle spends its time: the functions with the most self time over three
// passes (sampled every millisecond by node:inspector).
{
  const { top } = await profiled(async () => {
    for (let r = 0; r < 3; r++) for (let i = 0; i < raws.length; i++) processArticle(loaded(raws[i]!, i));
  }, 15);
  console.log(`  profile of processArticle (self time):\n${formatTop(top, '    ')}\n`);
}

// Every copy its own record: a numbered sentence after the title line (bench/real-corpus.ts).
const variant = (i: number): string => uniqueCopy(raws, i);
console.log(`end to end: ingest of ${N} generated articles (JSON Lines in, records out):`);
// Under output/ (git-ignored) rather than the system temp folder: measured here, file
// creation in a busy /tmp was ten times slower than in the project's own folder.
await mkdir(process.env.BENCH_DIR ?? 'output', { recursive: true });
const work = await mkdtemp(path.join(process.env.BENCH_DIR ?? 'output', '.bench-'));
const jsonl = path.join(work, 'articles.jsonl');
const ws = createWriteStream(jsonl);
for (let i = 0; i < N; i++) ws.write(`${JSON.stringify({ text: variant(i), title: null })}\n`);
await new Promise((r) => ws.end(r));
let peak = process.memoryUsage().rss;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const rssBefore = process.memoryUsage().rss;
const t0 = Date.now();
const c0 = process.cpuUsage();
const res = await ingest([jsonl], { outDir: path.join(work, 'out'), jobs: 1 });
const used = process.cpuUsage(c0);
const secs = (Date.now() - t0) / 1000;
clearInterval(timer);
console.log(
  `  ${res.total} inputs, ${res.written} written, ${res.failed.length} failed in ${secs.toFixed(2)} s → ${(res.total / secs).toFixed(0)} articles/s, ` +
    `${(res.total / ((used.user + used.system) / 1e6)).toFixed(0)} per CPU second (--jobs 1, records and index in the store; bench:store below runs the compiled build)`,
);
console.log(`  RSS before ${(rssBefore / 2 ** 20).toFixed(0)} MiB, peak ${(peak / 2 ** 20).toFixed(0)} MiB`);
await writeFile(path.join(work, 'done'), '');
await rm(work, { recursive: true, force: true });

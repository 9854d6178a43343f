/**
 * `npm run bench`: throughput of the pipeline on seed-sized articles.
 * Prints figures (it never fails on a slow machine):
 *  - per-stage cost (ms/article) on the five sample articles,
 *  - processArticle throughput (articles/s, one core),
 *  - end-to-end `ingest` of N generated articles from a JSON Lines file into a fresh
 *    output folder (articles/s, peak RSS), to show memory stays flat as N grows.
 * Usage: npm run bench [-- N]   (default N = 5000; BENCH_DIR=… to write elsewhere)
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { processArticle } from '../src/pipeline.js';
import { ingest } from '../src/ingest.js';
import { normalizeText } from '../src/normalize/normalize-text.js';
import { splitSentences } from '../src/parse/split-sentences.js';
import { detectLanguage } from '../src/language/detect-language.js';
import { extractPlainArticle } from '../src/article/extract-plain-article.js';
import { extractEntities } from '../src/extract/extract-entities.js';
import { foldAligned } from '../src/text/fold.js';
import { createArticleView } from '../src/extract/article-view.js';
import type { LoadedArticle } from '../src/types.js';

const N = Number(process.argv[2] ?? 5000);
const seedDir = 'corpus';
const seeds = await Promise.all((await readdir(seedDir)).filter((f) => f.endsWith('.txt')).sort().map((f) => readFile(path.join(seedDir, f), 'utf8')));

const loaded = (text: string, i: number): LoadedArticle => ({
  source: { location: `bench:${i}`, sha256: '0'.repeat(64), fetchedAt: null, etag: null, lastModified: null },
  kind: 'text',
  body: text,
  warnings: [],
});

/** A variant of a seed that hashes differently: numbers and one name shift with i. */
const variant = (i: number): string => seeds[i % seeds.length]!.replace(/\b(20\d\d)\b/g, (y) => String(Number(y) - (i % 7))).replace(/^/, `Bài ${i}. `);

function timeIt(label: string, reps: number, fn: (i: number) => void): number {
  for (let i = 0; i < Math.min(reps, 50); i++) fn(i); // warm-up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < reps; i++) fn(i);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6 / reps;
  console.log(`${label.padEnd(28)} ${ms.toFixed(3)} ms/article`);
  return ms;
}

console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'}\n`);
console.log('per stage, on the five sample articles:');
const texts = seeds.map((s) => normalizeText(s).text);
const bodies = texts.map((t) => extractPlainArticle(t).body);
const reps = 1000;
timeIt('normalize', reps, (i) => normalizeText(seeds[i % 5]!));
timeIt('extract plain article', reps, (i) => extractPlainArticle(texts[i % 5]!));
timeIt('split sentences (retext)', reps, (i) => splitSentences(bodies[i % 5]!));
timeIt('detect language (franc)', reps, (i) => detectLanguage(bodies[i % 5]!));
const ctxs = bodies.map((b) => {
  const { sentences, paragraphs } = splitSentences(b);
  return createArticleView({ text: b, sentences, paragraphs, publishedAt: null, language: 'vie' });
});
timeIt('fold', reps, (i) => foldAligned(bodies[i % 5]!));
timeIt('entities (all recognisers)', reps, (i) => extractEntities(ctxs[i % 5]!));
const whole = timeIt('processArticle (whole)', reps, (i) => processArticle(loaded(variant(i), i)));
console.log(`→ ${(1000 / whole).toFixed(0)} articles/s per core in processArticle\n`);

console.log(`end to end: ingest of ${N} generated articles (JSON Lines in, records out):`);
// Under output/ (git-ignored) rather than the system temp folder: measured here, file
// creation in a busy /tmp was ten times slower than in the project's own folder.
await mkdir(process.env.BENCH_DIR ?? 'output', { recursive: true });
const dir = await mkdtemp(path.join(process.env.BENCH_DIR ?? 'output', '.bench-'));
const jsonl = path.join(dir, 'articles.jsonl');
const ws = createWriteStream(jsonl);
for (let i = 0; i < N; i++) ws.write(`${JSON.stringify({ text: variant(i), title: null })}\n`);
await new Promise((r) => ws.end(r));
let peak = process.memoryUsage().rss;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const rssBefore = process.memoryUsage().rss;
const t0 = Date.now();
const res = await ingest([jsonl], { outDir: path.join(dir, 'out'), index: false });
const secs = (Date.now() - t0) / 1000;
clearInterval(timer);
console.log(`  ${res.inputs} inputs, ${res.written} written, ${res.failed.length} failed in ${secs.toFixed(2)} s → ${(res.inputs / secs).toFixed(0)} articles/s`);
console.log(`  RSS before ${(rssBefore / 2 ** 20).toFixed(0)} MiB, peak ${(peak / 2 ** 20).toFixed(0)} MiB`);
await writeFile(path.join(dir, 'done'), '');
await rm(dir, { recursive: true, force: true });

/**
 * `npm run bench:store`: the cost of a run, end to end and in the store alone, on
 * real-sized articles. Prints figures; never fails on a slow machine.
 *
 * The corpus: the real articles of ../shared/real (about 4,000 characters each), copied
 * N times as JSON Lines, each copy made unique by a numbered first sentence (so every
 * copy is its own record). Each measured run is a child process, so its peak RSS is its own.
 *
 *   npm run bench:store [-- --sizes 20000,100000 --jobs 1,2 --dir DIR --keep]
 *
 * For every size and jobs value: articles/s (wall and per CPU second of all threads), peak
 * RSS, the size of the output against the text it holds (store, deltas, the rest), the load
 * average around the run, and the top entries of `node --cpu-prof` profiles (the main thread,
 * the workers). Then a nightly-sized run: 5 new articles into the archive just built, against
 * the same 5 into an empty folder. Then the store alone: records computed once beforehand,
 * fed to the store, its CPU per record split into preparing, writing and finishing.
 * End-to-end runs use the compiled build (built first) in plain Node (bench/ingest-run.mjs),
 * as the installed binary runs: no TypeScript loader in their CPU time or memory.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { formatTop, profiled, topOf, type ProfileEntry } from './profile.js';
import { realArticles, uniqueCopy, writeCorpus } from './real-corpus.js';
import type { StoreOnlyCost } from './store-only.js';

const SELF = fileURLToPath(import.meta.url);

function du(p: string, skip: (name: string) => boolean = () => false): number {
  const st = statSync(p);
  if (!st.isDirectory()) return st.size;
  let n = 0;
  for (const name of readdirSync(p)) if (!skip(name)) n += du(path.join(p, name));
  return n;
}

/** UTF-8 bytes of every record's text in an output folder (the store, or the old records.jsonl). */
async function textBytes(outDir: string): Promise<number> {
  const db = path.join(outDir, 'vnews.sqlite');
  if (existsSync(db)) {
    const { default: Database } = await import('better-sqlite3');
    const d = new Database(db, { readonly: true });
    try {
      return d.prepare('SELECT sum(length(CAST(text AS BLOB))) FROM articles').pluck().get() as number;
    } finally {
      d.close();
    }
  }
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(path.join(outDir, 'records.jsonl'), 'utf8'), crlfDelay: Infinity })) {
    if (line) n += Buffer.byteLength((JSON.parse(line) as { text: string }).text);
  }
  return n;
}

/** The output's parts against the text: the store, the deltas, the rest. */
function breakdown(out: string, text: number): string {
  const store = ['vnews.sqlite', 'vnews.sqlite-wal'].reduce((n, f) => n + (existsSync(path.join(out, f)) ? statSync(path.join(out, f)).size : 0), 0);
  const deltas = existsSync(path.join(out, 'changes')) ? du(path.join(out, 'changes')) : 0;
  const rest = du(out, (name) => name === 'raw') - store - deltas;
  return `store ${(store / text).toFixed(2)}, deltas ${(deltas / text).toFixed(2)}, the rest ${(rest / text).toFixed(3)}`;
}

const MiB = 2 ** 20;
const fmtMiB = (b: number): string => `${(b / MiB).toFixed(0)} MiB`;

interface ChildReport {
  inputs: number;
  written: number;
  failed: number;
  wallS: number;
  cpuS: number;
  maxRssMiB: number;
  threads?: { inline: number; workers: number };
  /** Top entries of the main thread's and the workers' profiles (when profiled). */
  top?: { main: ProfileEntry[]; workers: ProfileEntry[] };
}

/**
 * One end-to-end run in a child process (bench/ingest-run.mjs: plain Node on dist/, as the
 * installed vnews runs). `profile`: with `node --cpu-prof`, every thread sampled every 5 ms.
 */
function ingestChild(args: { input: string; out: string; jobs: number }, profile = false): ChildReport {
  const dir = profile ? mkdtempSync(path.join(os.tmpdir(), 'vnews-bench-prof-')) : null;
  const flags = dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=5000'] : [];
  const r = spawnSync(process.execPath, [...flags, path.join(path.dirname(SELF), 'ingest-run.mjs'), JSON.stringify({ ...args, jobs: String(args.jobs) })], {
    encoding: 'utf8',
    maxBuffer: 64 * MiB,
  });
  if (r.status !== 0) throw new Error(`child failed (${r.status}): ${r.stderr}`);
  const report = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as ChildReport;
  if (dir) {
    // CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile: thread 0 is the main thread.
    const profiles = readdirSync(dir).map((f) => ({ main: f.split('.')[4] === '0', p: JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { nodes: never[] } }));
    const merged = (main: boolean) => ({ nodes: profiles.filter((x) => x.main === main).flatMap((x) => x.p.nodes) });
    report.top = { main: topOf(merged(true)), workers: topOf(merged(false)) };
    rmSync(dir, { recursive: true, force: true });
  }
  return report;
}

/** The store alone, in a child process (through tsx: it computes its records with the pipeline). */
function storeChild(out: string, n: number): StoreOnlyCost & { maxRssMiB: number; top: ProfileEntry[] } {
  const r = spawnSync(process.execPath, [...process.execArgv, SELF, '--child=store', `--args=${JSON.stringify({ out, n })}`], { encoding: 'utf8', maxBuffer: 64 * MiB });
  if (r.status !== 0) throw new Error(`child failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as StoreOnlyCost & { maxRssMiB: number; top: ProfileEntry[] };
}

async function runStoreChild(args: { out: string; n: number }): Promise<void> {
  const { storeOnly, storeOnlyBase } = await import('./store-only.js');
  const base = storeOnlyBase();
  const { result, top } = await profiled(() => storeOnly(args.out, args.n, base), 10);
  console.log(JSON.stringify({ ...result, top, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
}

const load = (): string => os.loadavg().map((l) => l.toFixed(1)).join(' ');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '20000,100000' },
      jobs: { type: 'string', default: '1,2' },
      dir: { type: 'string', default: path.join('output', '.bench-store') },
      keep: { type: 'boolean', default: false },
      'no-store-only': { type: 'boolean', default: false },
      child: { type: 'string' },
      args: { type: 'string' },
    },
  });
  if (values.child) return runStoreChild(JSON.parse(values.args!) as { out: string; n: number });
  const sizes = values.sizes!.split(',').map(Number);
  console.log('building dist/ (npm run build) for the end-to-end runs…');
  const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stdout}${build.stderr}`);
  const jobsList = values.jobs!.split(',').map(Number);
  const dir = path.resolve(values.dir!);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  const articles = realArticles();
  const avgChars = articles.reduce((s, a) => s + a.length, 0) / articles.length;
  console.log(`corpus: the ${articles.length} articles of ../shared/real (average ${avgChars.toFixed(0)} characters), copied and numbered\n`);

  // processArticle alone, for the split between extraction and the rest.
  {
    const { processArticle } = await import('../src/pipeline.js');
    const loaded = (i: number) => ({ source: { location: `bench:${i}`, sha256: '0'.repeat(64), fetchedAt: null, etag: null, lastModified: null }, kind: 'text' as const, body: uniqueCopy(articles, i), warnings: [] });
    for (let i = 0; i < 150; i++) processArticle(loaded(i));
    const c0 = process.cpuUsage();
    const reps = 1500;
    for (let i = 0; i < reps; i++) processArticle(loaded(i + 1000));
    const c = process.cpuUsage(c0);
    const ms = (c.user + c.system) / 1000 / reps;
    console.log(`processArticle alone: ${ms.toFixed(3)} ms CPU per article → ${(1000 / ms).toFixed(0)} articles per CPU second\n`);
  }

  const nightly = path.join(dir, 'nightly.jsonl');
  await writeCorpus(nightly, 10_000_000, 5);
  for (const n of sizes) {
    const input = path.join(dir, `corpus-${n}.jsonl`);
    await writeCorpus(input, 0, n);
    console.log(`${n} articles (${fmtMiB(statSync(input).size)} of JSON Lines):`);
    let archive: string | null = null;
    for (const jobs of jobsList) {
      const out = path.join(dir, `out-${n}-j${jobs}`);
      const before = load();
      const r = ingestChild({ input, out, jobs }, true);
      const size = du(out, (name) => name === 'raw');
      const text = await textBytes(out);
      console.log(
        `  --jobs ${jobs}: ${r.inputs} inputs, ${r.written} written, ${r.failed} failed in ${r.wallS.toFixed(1)} s → ${(r.inputs / r.wallS).toFixed(0)} articles/s, ` +
          `${(r.inputs / r.cpuS).toFixed(0)} per CPU second (CPU ${r.cpuS.toFixed(1)} s); peak RSS ${r.maxRssMiB.toFixed(0)} MiB; ` +
          `output ${fmtMiB(size)} for ${fmtMiB(text)} of text (${(size / text).toFixed(2)}×: ${breakdown(out, text)})` +
          (r.threads ? `; articles processed on the main thread ${r.threads.inline}, on workers ${r.threads.workers}` : '') +
          `; load average ${before} → ${load()}`,
      );
      if (r.top) {
        console.log(`    main thread profile:\n${formatTop(r.top.main)}`);
        if (r.top.workers.length) console.log(`    workers' profile:\n${formatTop(r.top.workers)}`);
      }
      archive ??= out;
      if (!values.keep && jobs !== jobsList[0]) await rm(out, { recursive: true, force: true });
    }
    if (archive) {
      const empty = path.join(dir, `nightly-empty-${n}`);
      const intoEmpty = ingestChild({ input: nightly, out: empty, jobs: 1 });
      const intoArchive = ingestChild({ input: nightly, out: archive, jobs: 1 });
      const again = ingestChild({ input: nightly, out: archive, jobs: 1 });
      console.log(
        `  nightly: 5 new articles into the ${n}-record archive ${intoArchive.wallS.toFixed(2)} s (CPU ${intoArchive.cpuS.toFixed(2)} s), ` +
          `into an empty folder ${intoEmpty.wallS.toFixed(2)} s (CPU ${intoEmpty.cpuS.toFixed(2)} s) → ${(intoArchive.wallS / intoEmpty.wallS).toFixed(2)}× ` +
          `(CPU ${(intoArchive.cpuS / intoEmpty.cpuS).toFixed(2)}×); the same 5 again (unchanged) ${again.wallS.toFixed(2)} s`,
      );
      await rm(empty, { recursive: true, force: true });
      if (!values.keep) await rm(archive, { recursive: true, force: true });
    }
    if (!values['no-store-only']) {
      const out = path.join(dir, `store-only-${n}`);
      const r = storeChild(out, n);
      const per = (ms: number) => `${((ms * 1000) / r.records).toFixed(0)} µs`;
      console.log(
        `  the store alone (records precomputed), CPU per record: ${per(r.prepareMs + r.writeMs + r.finishMs)} = ` +
          `preparing ${per(r.prepareMs)} (stored form and index rows, on the pipeline's threads) + writing ${per(r.writeMs)} (the writing thread) + ` +
          `finishing ${per(r.finishMs)} (the delta); peak RSS ${r.maxRssMiB.toFixed(0)} MiB`,
      );
      console.log(`    profile:\n${formatTop(r.top)}`);
      await rm(out, { recursive: true, force: true });
    }
    await rm(input, { force: true });
    console.log('');
  }
  if (!values.keep) await rm(dir, { recursive: true, force: true });
}

await main();

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
 * For every size and jobs value: articles/s (wall and per CPU second), peak RSS, the size of
 * the output against the text it holds, and the profile's top entries (main thread). Then a
 * nightly-sized run: 5 new articles into the archive just built, against the same 5 into an
 * empty folder. Then the store alone: records computed once beforehand, fed to the store.
 * End-to-end runs use the compiled build (built first), as the installed binary does.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { realArticles, uniqueCopy, writeCorpus } from './real-corpus.js';

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
      return d.prepare("SELECT sum(length(CAST(json_extract(record, '$.text') AS BLOB))) FROM articles").pluck().get() as number;
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

const MiB = 2 ** 20;
const fmtMiB = (b: number): string => `${(b / MiB).toFixed(0)} MiB`;

interface ChildReport {
  inputs: number;
  written: number;
  failed: number;
  wallS: number;
  cpuS: number;
  maxRssMiB: number;
  top?: { name: string; share: number }[];
  threads?: { inline: number; workers: number };
}

/** One measured run in a child process: `ingest` of `inputs` into `out`. */
function child(mode: 'ingest' | 'store', args: Record<string, string>): ChildReport {
  const r = spawnSync(process.execPath, [...process.execArgv, SELF, `--child=${mode}`, `--args=${JSON.stringify(args)}`], { encoding: 'utf8', maxBuffer: 64 * MiB });
  if (r.status !== 0) throw new Error(`child failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as ChildReport;
}

async function runChild(mode: string, args: Record<string, string>): Promise<void> {
  const { profiled } = await import('./profile.js');
  // Modules load before the clock starts: a nightly run is compared on its own work. End to
  // end runs use the compiled build (dist/), as the installed `vnews` does: its workers load
  // in a fraction of the time tsx needs to transpile them.
  const { ingest } = (await import(args.compiled ? path.resolve('dist/ingest.js') : '../src/ingest.js')) as typeof import('../src/ingest.js');
  const { storeOnly, storeOnlyBase } = await import('./store-only.js');
  const base = mode === 'store' ? storeOnlyBase() : [];
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let report: Omit<ChildReport, 'wallS' | 'cpuS' | 'maxRssMiB'>;
  if (mode === 'ingest') {
    const run = () => ingest([args.input!], { outDir: args.out!, jobs: Number(args.jobs ?? 1) });
    const { result, top } = args.profile ? await profiled(run) : { result: await run(), top: undefined };
    report = { inputs: result.total, written: result.written, failed: result.failed.length, top, threads: result.threads };
  } else {
    const { result, top } = await profiled(() => storeOnly(args.out!, Number(args.n), base));
    report = { inputs: result, written: result, failed: 0, top };
  }
  const cpu = process.cpuUsage(c0);
  console.log(
    JSON.stringify({ ...report, wallS: (performance.now() - t0) / 1000, cpuS: (cpu.user + cpu.system) / 1e6, maxRssMiB: process.resourceUsage().maxRSS / 1024 }),
  );
}

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
  if (values.child) return runChild(values.child, JSON.parse(values.args!) as Record<string, string>);
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
      const r = child('ingest', { input, out, jobs: String(jobs), profile: '1', compiled: '1' });
      const size = du(out, (name) => name === 'raw');
      const text = await textBytes(out);
      console.log(
        `  --jobs ${jobs}: ${r.inputs} inputs, ${r.written} written, ${r.failed} failed in ${r.wallS.toFixed(1)} s → ${(r.inputs / r.wallS).toFixed(0)} articles/s, ` +
          `${(r.inputs / r.cpuS).toFixed(0)} per CPU second (CPU ${r.cpuS.toFixed(1)} s); peak RSS ${r.maxRssMiB.toFixed(0)} MiB; ` +
          `output ${fmtMiB(size)} for ${fmtMiB(text)} of text (${(size / text).toFixed(2)}×)` +
          (r.threads ? `; articles processed on the main thread ${r.threads.inline}, on workers ${r.threads.workers}` : ''),
      );
      if (r.top) {
        const { formatTop } = await import('./profile.js');
        console.log(`    main thread profile:\n${formatTop(r.top)}`);
      }
      archive ??= out;
      if (!values.keep && jobs !== jobsList[0]) await rm(out, { recursive: true, force: true });
    }
    if (archive) {
      const empty = path.join(dir, `nightly-empty-${n}`);
      const intoEmpty = child('ingest', { input: nightly, out: empty, jobs: '1', compiled: '1' });
      const intoArchive = child('ingest', { input: nightly, out: archive, jobs: '1', compiled: '1' });
      const again = child('ingest', { input: nightly, out: archive, jobs: '1', compiled: '1' });
      console.log(
        `  nightly: 5 new articles into the ${n}-record archive ${intoArchive.wallS.toFixed(2)} s (CPU ${intoArchive.cpuS.toFixed(2)} s), ` +
          `into an empty folder ${intoEmpty.wallS.toFixed(2)} s (CPU ${intoEmpty.cpuS.toFixed(2)} s) → ${(intoArchive.wallS / intoEmpty.wallS).toFixed(2)}×; ` +
          `the same 5 again (unchanged) ${again.wallS.toFixed(2)} s`,
      );
      await rm(empty, { recursive: true, force: true });
      if (!values.keep) await rm(archive, { recursive: true, force: true });
    }
    if (!values['no-store-only']) {
      const out = path.join(dir, `store-only-${n}`);
      const r = child('store', { out, n: String(n) });
      console.log(
        `  the store alone (records precomputed, written with their index): ${(r.inputs / r.wallS).toFixed(0)} records/s, ` +
          `${((r.cpuS * 1000) / r.inputs).toFixed(3)} ms CPU per record; peak RSS ${r.maxRssMiB.toFixed(0)} MiB`,
      );
      if (r.top) {
        const { formatTop } = await import('./profile.js');
        console.log(`    profile:\n${formatTop(r.top)}`);
      }
      await rm(out, { recursive: true, force: true });
    }
    await rm(input, { force: true });
    console.log('');
  }
  if (!values.keep) await rm(dir, { recursive: true, force: true });
}

await main();

/**
 * One measured end-to-end run of bench/store.bench.ts: `ingest` on the compiled build
 * (dist/), in plain Node as the installed `vnews` runs, so that no TypeScript loader adds to
 * its CPU time or peak RSS. Prints one line of JSON. The parent adds `--cpu-prof` to
 * profile every thread.
 *
 *   node bench/ingest-run.mjs '{"input": "...", "out": "...", "jobs": "2"}'
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = JSON.parse(process.argv[2]);
const { ingest } = await import(pathToFileURL(path.resolve('dist/ingest.js')).href);
// Modules load before the clock starts: a nightly run is compared on its own work.
const t0 = performance.now();
const c0 = process.cpuUsage();
const result = await ingest([args.input], { outDir: args.out, jobs: Number(args.jobs ?? 1) });
const cpu = process.cpuUsage(c0);
console.log(
  JSON.stringify({
    inputs: result.total,
    written: result.written,
    failed: result.failed.length,
    threads: result.threads,
    wallS: (performance.now() - t0) / 1000,
    cpuS: (cpu.user + cpu.system) / 1e6,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  }),
);

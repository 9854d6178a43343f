/**
 * `vnews serve` benchmark: start the server on an existing output folder, which it only reads (for 100,000
 * records, make one with `npm run bench:query -- --keep DIR --runs 1`), then time each page
 * over HTTP: the first request (nothing cached for that search) and the median of repeats,
 * with the CPU time the process spent (server and client share it; the client's part is small).
 *
 *   npm run bench:serve -- --dir DIR [--runs N]
 */
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../src/serve/server.js';

const { values: args } = parseArgs({ options: { dir: { type: 'string' }, runs: { type: 'string', default: '5' } } });
if (!args.dir) {
  console.error('usage: npm run bench:serve -- --dir DIR [--runs N]   (DIR: an output folder, e.g. from npm run bench:query -- --keep DIR --runs 1)');
  process.exit(2);
}
const RUNS = Number(args.runs);

const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;

async function main(): Promise<void> {
  console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  let cpu = process.cpuUsage();
  let t = performance.now();
  const server = await startServer({ outDir: path.resolve(args.dir!), port: 0 });
  console.log(`start (store opened, facet lists loaded, first page and overview warmed): ${(performance.now() - t).toFixed(0)} ms wall, ${cpuMs(process.cpuUsage(cpu)).toFixed(0)} ms CPU`);

  const search = await (await fetch(`${server.url}/search.json`)).json() as { results: { id: string }[] };
  const articleId = search.results[0]!.id;
  const officials = await (await fetch(`${server.url}/officials.json`)).json() as { frequent: { name: string }[] };
  const officialName = officials.frequent[0]!.name;
  const registry = await (await fetch(`${server.url}/officials.json?name=${encodeURIComponent(officialName)}`)).json() as { officials: { url: string }[] };

  const pages: [string, string][] = [
    ['search, no filter', '/search'],
    ['search, text (common phrase)', '/search?text=an+ninh'],
    ['search, text (rare)', '/search?text=5-bca'],
    ['search, rank', '/search?rank=dai+ta'],
    ['search, province', '/search?province=nghe+an'],
    ['search, province + successors', '/search?province=khanh+hoa&successors=1'],
    ['search, official', `/search?official=${encodeURIComponent(officialName)}`],
    ['search, from/to (one year)', '/search?from=2019&to=2019'],
    ['search, award', '/search?award=giay+khen'],
    ['search, three filters', '/search?province=ha+noi&rank=thuong+ta&from=2019&to=2019'],
    ['search, page 200', '/search?page=200'],
    ['search JSON, rank', '/search.json?rank=dai+ta'],
    ['article', `/article/${articleId}`],
    ['officials by name', `/officials?name=${encodeURIComponent(officialName)}`],
    ['official', registry.officials[0]!.url],
    ['overview', '/overview'],
  ];
  console.log(`\n${'page'.padEnd(34)} ${'first ms'.padStart(9)} ${'CPU'.padStart(6)} ${'p50 ms'.padStart(8)} ${'CPU'.padStart(6)}  bytes`);
  for (const [label, p] of pages) {
    cpu = process.cpuUsage();
    t = performance.now();
    const res = await fetch(`${server.url}${p}`);
    const body = await res.arrayBuffer();
    const first = performance.now() - t;
    const firstCpu = cpuMs(process.cpuUsage(cpu));
    if (res.status !== 200) throw new Error(`${p}: ${res.status}`);
    const walls: number[] = [];
    const cpus: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      cpu = process.cpuUsage();
      t = performance.now();
      await (await fetch(`${server.url}${p}`)).arrayBuffer();
      walls.push(performance.now() - t);
      cpus.push(cpuMs(process.cpuUsage(cpu)));
    }
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(`${label.padEnd(34)} ${first.toFixed(0).padStart(9)} ${firstCpu.toFixed(0).padStart(6)} ${med(walls).toFixed(0).padStart(8)} ${med(cpus).toFixed(0).padStart(6)}  ${body.byteLength}`);
  }
  await server.close();
}

await main();

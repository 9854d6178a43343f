/**
 * Fetch throughput against a local server with simulated latency: pages per second at
 * concurrency 1, 4 and 16 (per-host limits raised to match, no interval), for the bare
 * Fetcher and for `fetchInputs` (which also appends every response to a WARC file and
 * syncs it). Run: npm run bench:fetch [-- --pages N --latency MS]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Fetcher } from '../src/fetch/fetcher.js';
import { fetchInputs } from '../src/fetch/fetch-inputs.js';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '100' }, latency: { type: 'string', default: '50' } } });
const PAGES = Number(values.pages);
const LATENCY = Number(values.latency);

const body = Buffer.from(
  `<html><head><meta charset="utf-8"><title>Tin</title></head><body><h1>Công an tỉnh tổ chức hội nghị</h1>${'<p>Sáng ngày 20/11/2020, Công an tỉnh đã tổ chức Hội nghị tổng kết phong trào thi đua đặc biệt.</p>'.repeat(40)}</body></html>`,
);

const server = createServer((req, res) => {
  setTimeout(() => {
    if (req.url === '/robots.txt') {
      res.writeHead(404);
      return void res.end();
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(body.length) });
    res.end(body);
  }, LATENCY);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
let run = 0;
const urls = (): string[] => Array.from({ length: PAGES }, (_, i) => `${origin}/bai-${++run}-${i}.html`);

const opts = (c: number) => ({ concurrency: c, perHostConcurrency: c, perHostIntervalMs: 0, allowPrivateNetwork: true });

async function bareFetcher(c: number): Promise<number> {
  const f = new Fetcher(opts(c));
  const list = urls();
  const t0 = performance.now();
  await Promise.all(list.map((u) => f.fetch(u, { purpose: 'article' })));
  const secs = (performance.now() - t0) / 1000;
  await f.close();
  return PAGES / secs;
}

async function withWarc(c: number): Promise<number> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'vnews-bench-fetch-'));
  const t0 = performance.now();
  let n = 0;
  for await (const r of fetchInputs(urls(), { ...opts(c), outDir })) if (r.ok) n++;
  const secs = (performance.now() - t0) / 1000;
  await rm(outDir, { recursive: true, force: true });
  if (n !== PAGES) throw new Error(`only ${n} of ${PAGES} pages fetched`);
  return n / secs;
}

console.log(`fetch bench: ${PAGES} pages of ${(body.length / 1024).toFixed(1)} KB, ${LATENCY} ms latency per response, one host`);
// Ceiling: every round of `c` requests costs one latency, plus the robots.txt round trip first.
console.log('concurrency  fetcher pages/s  fetchInputs+WARC pages/s  ceiling pages/s');
for (const c of [1, 4, 16]) {
  const a = await bareFetcher(c);
  const b = await withWarc(c);
  console.log(`${String(c).padStart(11)}  ${a.toFixed(1).padStart(15)}  ${b.toFixed(1).padStart(24)}  ${(PAGES / (((Math.ceil(PAGES / c) + 1) * LATENCY) / 1000)).toFixed(1).padStart(15)}`);
}
server.close();

/**
 * Ctrl-C (or a TERM from cron) during `vnews refresh`: no new page is fetched, the articles in
 * flight are stored, the run summary is written marked interrupted, the lock is let go and the
 * exit code says why; the next run fetches the rest.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers/http-server.js';
import { storedJson } from './helpers/store.js';
import { runCli } from './helpers/io.js';

const N = 60;
const page = (i: number): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Công an huyện tổng kết đợt cao điểm số ${i}</title></head><body><article><h1>Công an huyện tổng kết đợt cao điểm số ${i}</h1>` +
  `<p>Ngày ${(i % 27) + 1}/5/2023, Công an huyện tổ chức hội nghị tổng kết đợt cao điểm lần thứ ${i} về bảo đảm trật tự an toàn giao thông trên địa bàn.</p>` +
  `<p>Thượng tá Lê Văn Hùng, Trưởng Công an huyện, chủ trì hội nghị và biểu dương các tổ công tác đã hoàn thành tốt nhiệm vụ được giao.</p></article></body></html>`;

let server: TestServer;
let tmp: string;

beforeAll(async () => {
  // Every article answers after a short wait, so that a run is still fetching when it is interrupted.
  server = await startServer(async (req, res) => {
    const url = req.url ?? '/';
    if (url === '/robots.txt') return void res.writeHead(404).end();
    if (url === '/sitemap.xml') {
      const urls = Array.from({ length: N }, (_, i) => `<url><loc>${server.url(`/tin/${i}.html`)}</loc></url>`).join('');
      return void res.writeHead(200, { 'content-type': 'application/xml' }).end(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`);
    }
    const m = /^\/tin\/(\d+)\.html$/.exec(url);
    if (!m) return void res.writeHead(404).end();
    await new Promise((r) => setTimeout(r, 150));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(Number(m[1])));
  });
  tmp = await mkdtemp(path.join(tmpdir(), 'vnews-refresh-signal-'));
});
afterAll(async () => {
  await server.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('refresh interrupted', () => {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`by ${signal}: stores what it fetched, writes the summary marked interrupted, releases the lock and exits ${code}`, async () => {
      const out = path.join(tmp, signal);
      const sources = path.join(tmp, `${signal}.json`);
      await writeFile(sources, JSON.stringify({ sources: [{ sitemap: server.url('/sitemap.xml') }] }));
      const args = ['--import', 'tsx', 'src/cli.ts', 'refresh', '--sources', sources, '--out', out, '--allow-private-network', '--per-host-interval', '0', '--concurrency', '2', '--per-host-concurrency', '2', '--no-index'];
      const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      // Interrupt once a few articles have been asked for, long before all of them.
      const asked = (): number => server.requests.filter((r) => r.path.startsWith('/tin/')).length - before;
      const before = server.requests.filter((r) => r.path.startsWith('/tin/')).length;
      const until = Date.now() + 120_000;
      while (child.exitCode === null && Date.now() < until && asked() < 6) await new Promise((r) => setTimeout(r, 10));
      child.kill(signal);
      const exit = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));

      expect(exit, stderr).toBe(code);
      expect(stderr).toContain('interrupted');
      expect(existsSync(path.join(out, '.refresh.lock'))).toBe(false);
      const runs = readdirSync(path.join(out, 'runs'));
      expect(runs).toHaveLength(1);
      const summary = JSON.parse(readFileSync(path.join(out, 'runs', runs[0]!), 'utf8')) as { interrupted?: boolean; written: number; failed: unknown[] };
      expect(summary.interrupted).toBe(true);
      expect(summary.failed).toEqual([]);
      expect(summary.written).toBeLessThan(N);
      expect(storedJson(out)).toHaveLength(summary.written);

      // The next run fetches the rest; what was stored stays as it was.
      const next = await runCli(['refresh', '--sources', sources, '--out', out, '--allow-private-network', '--per-host-interval', '0', '--concurrency', '4', '--per-host-concurrency', '4']);
      expect(next.code, next.stderr).toBe(0);
      expect(storedJson(out)).toHaveLength(N);
    }, 180_000);
  }
});

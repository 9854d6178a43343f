/**
 * Crash safety of `vnews refresh`: the real CLI runs as a child process and is killed with
 * SIGKILL at seeded random points (while fetching, while writing, at start-up), pages change
 * between runs, and after a run that is allowed to finish the output must be whole: no
 * temporary or partial files, every article exactly once (in the store, in its latest
 * version, its index in step), the state store pointing at records that exist, the lock gone, and
 * every WARC file readable. Set VNEWS_CRASH_SEED to replay a failure, VNEWS_CRASH_LOG=1 to
 * print where each kill landed.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWarcRecords } from '../src/warc/warc-records.js';
import { loadInputs } from '../src/load/load-inputs.js';
import type { ArticleRecord } from '../src/record/schema.js';
import { storedRecords } from './helpers/store.js';
import { startServer, staticSite, type StaticSite, type TestServer } from './helpers/http-server.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const portalDir = path.join(repo, 'fixtures', 'portal');
const SEED = Number(process.env.VNEWS_CRASH_SEED ?? 20240705);
const KILLS = 5;

/** mulberry32: a small seeded PRNG, so a failing schedule can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(SEED);
const between = (lo: number, hi: number): number => Math.floor(lo + rand() * (hi - lo + 1));

const PROVINCES = ['Thanh Hóa', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị', 'Lâm Đồng', 'Đắk Lắk', 'Cà Mau'];
/** A portal article page, in the fixtures' layout, with its own text. */
const articlePage = (n: number, extra: string): string => `<!DOCTYPE html>
<html><head><meta charset="utf-8" /><title>Tin ${n}</title></head><body>
<div class="tieude-chuyenmuc">Tin tức - Sự kiện</div>
<h1 class="tieude-tin">Công an tỉnh ${PROVINCES[n % PROVINCES.length]} tổ chức hội nghị số ${n}</h1>
<div class="ngaydang">${String((n % 27) + 1).padStart(2, '0')}/06/2023</div>
<div class="noidung-tin">
<p>Sáng ngày ${(n % 27) + 1}/6/2023, Công an tỉnh ${PROVINCES[n % PROVINCES.length]} tổ chức hội nghị sơ kết công tác bảo đảm an ninh trật tự lần thứ ${n}. Dự hội nghị có lãnh đạo các phòng nghiệp vụ và Công an các huyện.</p>
<p>Hội nghị đã đánh giá kết quả thực hiện phong trào thi đua vì an ninh Tổ quốc và đề ra nhiệm vụ trọng tâm trong thời gian tới.${extra}</p>
<p style="text-align: right;"><strong>Phóng viên ${n}</strong></p>
</div><div class="nguoidang">Admin</div></body></html>`;

const GENERATED = 7;
const portalArticles = JSON.parse(await readFile(path.join(portalDir, 'expected.json'), 'utf8')) as Array<{ path: string }>;
const paths = [...portalArticles.map((a) => a.path), ...Array.from({ length: GENERATED }, (_, i) => `/tin-tuc/hoi-nghi-${i + 1}.html`)];
/** The latest edit marker of each page (what its record must say in the end). */
const marker = new Map<string, string>();

let server: TestServer;
let site: StaticSite;
let out: string;
let sourcesFile: string;
let articleResponses = 0;

async function setPage(p: string, extra: string): Promise<void> {
  const i = paths.indexOf(p);
  if (i < portalArticles.length) {
    const original = await readFile(path.join(portalDir, p.slice(1)), 'utf8');
    site.override(p, extra ? original.replace('</p>\n          <p style="text-align: right;">', `${extra}</p>\n          <p style="text-align: right;">`) : null);
  } else site.override(p, articlePage(i + 1 - portalArticles.length, extra));
  marker.set(p, extra);
}

beforeAll(async () => {
  site = staticSite(portalDir);
  for (const p of paths.slice(portalArticles.length)) await setPage(p, '');
  site.override(
    '/sitemap-crash.xml',
    `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map((p) => `<url><loc>{{origin}}${p}</loc></url>`).join('')}</urlset>`,
  );
  server = await startServer(async (req, res, ctx) => {
    const isArticle = (req.url ?? '').startsWith('/tin-tuc/');
    // Latency, so that kills land while requests are in flight.
    if (isArticle) await new Promise((r) => setTimeout(r, 40 + Math.floor(Math.random() * 80)));
    res.on('finish', () => {
      if (isArticle) articleResponses++;
    });
    return site(req, res, ctx);
  });
  out = await mkdtemp(path.join(tmpdir(), 'vnews-crash-'));
  sourcesFile = path.join(out, '..', `${path.basename(out)}-sources.json`);
  await writeFile(sourcesFile, JSON.stringify({ sources: [{ sitemap: server.url('/sitemap-crash.xml') }, { feed: server.url('/rss.xml') }], perHostConcurrency: 3 }));
});

afterAll(async () => {
  await server.close();
  await rm(out, { recursive: true, force: true });
  await rm(sourcesFile, { force: true });
});

interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Run `vnews refresh` as a child; `kill` decides when to SIGKILL it (resolve = kill now). */
function runRefresh(kill?: (child: { startedAt: number; stderr: () => string }) => Promise<void>): Promise<ChildRun> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli.ts', 'refresh', '--sources', sourcesFile, '--out', out, '--allow-private-network', '--per-host-interval', '0', '--log-format', 'json'],
    { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const done = new Promise<ChildRun>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
  if (kill) void kill({ startedAt: Date.now(), stderr: () => stderr }).then(() => child.kill('SIGKILL'));
  return done;
}

const waitFor = async (cond: () => boolean, timeoutMs: number): Promise<void> => {
  const until = Date.now() + timeoutMs;
  while (!cond() && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
};

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

describe(`refresh killed at random points (seed ${SEED})`, () => {
  const log: string[] = [];

  it('survives SIGKILL at seeded points and ends whole after one complete run', { timeout: 150_000 }, async () => {
    let staleLocksSeen = 0;
    for (let i = 0; i < KILLS; i++) {
      // Pages change between runs: the replacement path must survive kills too.
      if (i > 0 && rand() < 0.7) {
        for (let k = between(1, 2); k > 0; k--) {
          const p = paths[between(0, paths.length - 1)]!;
          await setPage(p, ` Cập nhật lần ${i}-${k}.`);
        }
      }
      if (existsSync(path.join(out, '.refresh.lock'))) staleLocksSeen++;
      // requests: while fetching; after-fetch: while processing and writing; after-commit: between
      // the state commit and the end of the run (records.jsonl, summary); time: anywhere, start-up included.
      // The last kill lands after the commit, so the final run starts from committed state whose
      // records the listing does not show yet.
      const mode = i === 0 ? 'requests' : i === KILLS - 1 ? 'after-commit' : (['requests', 'after-fetch', 'after-commit', 'time'] as const)[between(0, 3)]!;
      const base = articleResponses;
      const target = between(1, paths.length);
      const jitter = between(0, 60);
      const afterMs = between(300, 4000);
      const run = await runRefresh(async ({ startedAt, stderr }) => {
        if (mode === 'requests') await waitFor(() => articleResponses - base >= target, 30_000);
        else if (mode === 'after-commit') await waitFor(() => stderr().includes('"msg":"state committed"'), 30_000);
        else if (mode === 'after-fetch') await waitFor(() => articleResponses - base >= paths.length, 30_000);
        else await waitFor(() => Date.now() - startedAt >= afterMs, 30_000);
        await new Promise((r) => setTimeout(r, mode === 'after-fetch' ? jitter * 4 : mode === 'after-commit' ? (i === KILLS - 1 ? 0 : jitter / 3) : jitter));
      });
      log.push(`kill ${i}: mode ${mode}, target ${target}, after ${afterMs} ms, jitter ${jitter} → ${run.signal ?? `exit ${run.code}`}, ${articleResponses - base} article responses`);
    }

    if (process.env.VNEWS_CRASH_LOG) console.error(log.join('\n'));
    // One run allowed to finish, then one more that must change nothing.
    const final = await runRefresh();
    expect(final.code, `${log.join('\n')}\n${final.stderr}`).toBe(0);
    const summary = JSON.parse(final.stderr.trimEnd().split('\n').at(-1)!) as Record<string, unknown>;
    expect(summary).toMatchObject({ msg: 'summary', total: paths.length, failed: 0 });
    const again = await runRefresh();
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stderr.trimEnd().split('\n').at(-1)!)).toMatchObject({ msg: 'summary', total: paths.length, written: 0, unchanged: paths.length, failed: 0 });

    // No temporary or partial files anywhere.
    const files = await walk(out);
    const leftovers = files.filter((f) => /\.vnews-tmp-|\.open$|\.stale-|-wal$|-shm$|-journal$|\.refresh\.lock$/.test(f));
    expect(leftovers, log.join('\n')).toEqual([]);
    expect(staleLocksSeen + log.length).toBeGreaterThan(0);

    // Every article exactly once, in its latest version, in the store.
    const records = storedRecords(out);
    expect(records.map((r) => r.source.location).sort()).toEqual(paths.map((p) => server.url(p)).sort());
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    expect(records.every((r) => r.source.alsoAt.length === 0)).toBe(true);
    for (const r of records) {
      const p = new URL(r.source.location).pathname;
      const latest = marker.get(p) ?? '';
      if (latest) expect(r.text, p).toContain(latest.trim());
      expect(r.text.match(/Cập nhật lần/g)?.length ?? 0, p).toBe(latest ? 1 : 0);
    }
    // The index is in step: every record is found by its own text, and by nothing it no longer says.
    const index = new Database(path.join(out, 'vnews.sqlite'), { readonly: true });
    expect(index.prepare('SELECT count(*) FROM officials').pluck().get()).toBe(records.reduce((n, r) => n + r.officials.length, 0));
    expect(index.prepare("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'cap nhat lan'").pluck().get()).toBe(records.filter((r) => r.text.includes('Cập nhật lần')).length);
    expect(index.prepare("SELECT count(*) FROM places").pluck().get()).toBe(records.length);
    index.close();

    // The state store agrees with the records.
    const db = new Database(path.join(out, 'state.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT url, record_id, sha256, replaced_id FROM pages WHERE record_id IS NOT NULL').all() as Array<{ url: string; record_id: string; sha256: string; replaced_id: string | null }>;
    db.close();
    expect(rows.map((r) => r.url).sort()).toEqual(paths.map((p) => server.url(p)).sort());
    for (const row of rows) {
      const rec = records.find((r) => r.id === row.record_id);
      expect(rec?.source.location, row.url).toBe(row.url);
      expect(row.sha256).toBe(rec!.source.sha256);
      expect(row.replaced_id).toBeNull();
    }

    // Every WARC file, including those recovered from killed runs, reads without a failure,
    // read together (their revisits point into each other); a run killed before its first
    // article leaves a file of robots.txt and discovery records only, which is no article.
    const warcs = (await readdir(path.join(out, 'raw'))).filter((f) => f.endsWith('.warc.gz'));
    expect(warcs.length).toBeGreaterThan(1);
    for (const w of warcs) for await (const item of readWarcRecords(path.join(out, 'raw', w))) expect(item.kind, `${w}: ${item.kind === 'error' ? item.reason : ''}`).toBe('record');
    for await (const r of loadInputs([path.join(out, 'raw')])) if (!r.ok) expect(r.failure.reason, r.failure.input).toMatch(/^no article in this WARC \(1 warcinfo(, \d+ request)?(, \d+ vnews (robots|discovery) response)*\)$/);
  });
});

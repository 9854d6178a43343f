/**
 * The nightly refresh against a provincial police portal served from fixtures/portal/:
 * first run writes the five articles, the second changes nothing (conditional requests),
 * an edited page replaces its record, raw/ keeps every response as WARC, and ingesting a
 * WARC offline gives the same records.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { readDelta, storedRecords } from './helpers/store.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refresh, type RefreshResult } from '../src/refresh.js';
import { WarcInputSet, readWarcArticles } from '../src/warc/read-warc.js';
import type { ArticleRecord } from '../src/record/schema.js';
import { startServer, staticSite, type StaticSite, type TestServer } from './helpers/http-server.js';
import { runCli } from './helpers/io.js';

const portalDir = fileURLToPath(new URL('../fixtures/portal/', import.meta.url));
const expected = JSON.parse(await readFile(path.join(portalDir, 'expected.json'), 'utf8')) as Array<{ path: string; title: string; publishedAt: string; authors: string[] }>;
const ARTICLE_2 = '/tin-tuc/trao-bang-khen-phong-trao-thi-dua-102.html';

let server: TestServer;
let site: StaticSite;
let out: string;
let offline: string;

const readJsonl = async (dir: string): Promise<ArticleRecord[]> => storedRecords(dir);

const sources = () => ({
  sources: [
    { feed: server.url('/rss.xml') },
    { feed: server.url('/atom.xml') },
    { sitemap: server.url('/sitemap.xml') },
    { page: server.url('/tin-tuc/index.html'), links: 'h3.tieude-tin a' },
    { url: server.url('/tin-tuc/tong-ket-cong-tac-nam-2022-101.html') },
  ],
  allowPrivateNetwork: true,
  perHostIntervalMs: 0,
});

const articleHits = (from: number) => server.requests.slice(from).filter((r) => r.path.startsWith('/tin-tuc/') && r.path !== '/tin-tuc/index.html');

beforeAll(async () => {
  site = staticSite(portalDir);
  server = await startServer(site);
  out = await mkdtemp(path.join(tmpdir(), 'vnews-portal-'));
  offline = await mkdtemp(path.join(tmpdir(), 'vnews-portal-offline-'));
});

afterAll(async () => {
  await server.close();
  await rm(out, { recursive: true, force: true });
  await rm(offline, { recursive: true, force: true });
});

describe('refresh of the portal', () => {
  let first: RefreshResult;
  let firstRecords: ArticleRecord[];

  it('run 1 writes the five articles with title, date and byline from the HTML', async () => {
    first = await refresh(sources(), { outDir: out });
    expect(first.failed).toEqual([]);
    expect(first.discovered).toBe(5);
    expect([first.total, first.written, first.unchanged]).toEqual([5, 5, 0]);
    firstRecords = await readJsonl(out);
    expect(firstRecords).toHaveLength(5);
    for (const exp of expected) {
      const rec = firstRecords.find((r) => r.source.location === server.url(exp.path));
      expect(rec, exp.path).toBeDefined();
      expect(rec!.title).toBe(exp.title);
      expect(rec!.publishedAt).toBe(exp.publishedAt);
      expect(rec!.authors).toEqual(exp.authors);
      expect(rec!.source.fetchedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(rec!.source.etag).toMatch(/^"[0-9a-f]{16}"$/);
      expect(rec!.source.lastModified).toBe('Fri, 05 Jul 2024 01:00:00 GMT');
      expect(rec!.text).not.toContain('Admin');
    }
    // robots.txt was read once; the disallowed admin page linked from every article was never fetched.
    expect(server.hits('/robots.txt')).toHaveLength(1);
    expect(server.requests.some((r) => r.path.startsWith('/quan-tri/'))).toBe(false);
    // The gzipped urlset of the sitemap index was fetched and read.
    expect(server.hits('/sitemap-tin-tuc.xml.gz')).toHaveLength(1);
    // Each article fetched once although four sources list it.
    expect(articleHits(0).map((r) => r.path).sort()).toEqual(expected.map((e) => e.path).sort());
  });

  it('run 2 writes nothing: five conditional requests answered 304', async () => {
    const from = server.requests.length;
    const second = await refresh(sources(), { outDir: out });
    expect(second.failed).toEqual([]);
    expect([second.total, second.written, second.unchanged, second.notModified]).toEqual([5, 0, 5, 5]);
    const hits = articleHits(from);
    expect(hits).toHaveLength(5);
    expect(hits.map((h) => h.status)).toEqual([304, 304, 304, 304, 304]);
    expect(hits.every((h) => typeof h.headers['if-none-match'] === 'string' && typeof h.headers['if-modified-since'] === 'string')).toBe(true);
    // Byte-identical output: the re-run changed nothing.
    expect(await readJsonl(out)).toEqual(firstRecords);
  });

  it('run 3 after one page was edited writes one record, which replaces the old one', async () => {
    const original = await readFile(path.join(portalDir, ARTICLE_2.slice(1)), 'utf8');
    const added = 'Trong năm, các đơn vị đã phát hiện, bắt giữ nhiều đối tượng truy nã.';
    site.override(ARTICLE_2, original.replace('</p>\n          <p style="text-align: right;">', ` ${added}</p>\n          <p style="text-align: right;">`));
    const oldRecord = firstRecords.find((r) => r.source.location === server.url(ARTICLE_2))!;
    const third = await refresh(sources(), { outDir: out });
    expect(third.failed).toEqual([]);
    expect([third.total, third.written, third.unchanged]).toEqual([5, 1, 4]);
    expect(third.removedIds).toEqual([oldRecord.id]);
    const records = await readJsonl(out);
    expect(records).toHaveLength(5);
    const now = records.find((r) => r.source.location === server.url(ARTICLE_2))!;
    expect(now.id).not.toBe(oldRecord.id);
    expect(now.text).toContain(added);
    expect(third.writtenIds).toEqual([now.id]);
    expect(records.map((r) => r.id)).toEqual([...records.map((r) => r.id)].sort());
    expect(records.map((r) => r.id)).not.toContain(oldRecord.id);
    // The delta of run 3: the old record removed, the new one written.
    const delta = readDelta(out, third.changes!);
    expect(delta.map((d) => d.op).sort()).toEqual(['removed', 'written']);
  });

  it('state.sqlite remembers each URL with the record it became', async () => {
    const db = new Database(path.join(out, 'state.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT url, record_id, sha256, etag, last_status, replaced_id FROM pages ORDER BY url').all() as Array<Record<string, unknown>>;
    db.close();
    const records = await readJsonl(out);
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      const rec = records.find((r) => r.id === row.record_id);
      expect(rec?.source.location).toBe(row.url);
      expect(row.sha256).toBe(rec!.source.sha256);
      expect(row.replaced_id).toBeNull();
    }
  });

  it('raw/ holds one WARC per run with its CDXJ index, readable back; unchanged pages are revisits of the first capture', async () => {
    const files = (await readdir(path.join(out, 'raw'))).sort();
    const warcs = files.filter((f) => f.endsWith('.warc.gz'));
    expect(warcs).toHaveLength(3);
    expect(files).toEqual(warcs.flatMap((w) => [w, `${w}.cdxj`]));
    const set = new WarcInputSet();
    const perRun: string[][] = [];
    for (const w of warcs) {
      const got: string[] = [];
      for await (const r of readWarcArticles(path.join(out, 'raw', w), { inputSet: set })) {
        expect(r.ok, r.ok ? '' : `${r.failure.input}: ${r.failure.reason}`).toBe(true);
        if (r.ok) got.push(r.article.source.location);
      }
      perRun.push(got.sort());
    }
    // Run 1 fetched five articles; run 2 got five 304s, archived as revisits that resolve
    // to run 1's responses; run 3 the edited one anew and four revisits. Feeds, sitemaps,
    // the listing and robots.txt are in the files too, marked, so not articles.
    expect(perRun.map((l) => l.length)).toEqual([5, 5, 5]);
    const { gunzipSync } = await import('node:zlib');
    const run2 = gunzipSync(await readFile(path.join(out, 'raw', warcs[1]!))).toString('latin1');
    expect(run2.match(/^WARC-Profile: http:\/\/netpreserve\.org\/warc\/1\.1\/revisit\/server-not-modified$/gm)).toHaveLength(5);
    expect(run2.match(/^WARC-Refers-To: <urn:uuid:/gm)).toHaveLength(5);
    const run3 = gunzipSync(await readFile(path.join(out, 'raw', warcs[2]!))).toString('latin1');
    expect(run3.match(/^WARC-Type: revisit$/gm)).toHaveLength(4);
    expect(run3).toContain(`WARC-Target-URI: ${server.url(ARTICLE_2)}`);
  });

  it('ingesting the first WARC offline reproduces the same records', async () => {
    const warc = path.join(out, 'raw', (await readdir(path.join(out, 'raw'))).sort()[0]!);
    const run = await runCli(['ingest', warc, '--out', offline, '--no-index']);
    expect(run.stderr).toContain('5 written');
    expect(run.code).toBe(0);
    expect(await readJsonl(offline)).toEqual(firstRecords);
  });

  it('each run left a summary with the SPEC fields', async () => {
    const runs = (await readdir(path.join(out, 'runs'))).sort();
    expect(runs).toHaveLength(3);
    const summaries = await Promise.all(runs.map(async (r) => JSON.parse(await readFile(path.join(out, 'runs', r), 'utf8')) as Record<string, unknown>));
    // SPEC's fields, and what refresh adds: discovered, not modified, gone, whether any host answered, its WARC file.
    expect(summaries.map((s) => Object.keys(s).sort())).toEqual(
      Array(3).fill(['changes', 'command', 'discovered', 'failed', 'finishedAt', 'gone', 'inputs', 'notModified', 'skipped', 'startedAt', 'total', 'unchanged', 'unreachable', 'warcPath', 'written']),
    );
    expect(summaries.map((s) => [s.discovered, s.notModified])).toEqual([
      [5, 0],
      [5, 5],
      [5, 4],
    ]);
    expect(summaries.every((s) => typeof s.warcPath === 'string' && /^raw\/.+\.warc\.gz$/.test(s.warcPath))).toBe(true);
    expect(summaries.every((s) => s.command === 'refresh')).toBe(true);
    expect(summaries.map((s) => [s.total, s.written, s.unchanged])).toEqual([
      [5, 5, 0],
      [5, 0, 5],
      [5, 1, 4],
    ]);
    expect(existsSync(path.join(out, '.refresh.lock'))).toBe(false);
  });
});

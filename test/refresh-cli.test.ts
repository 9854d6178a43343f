/** `vnews refresh` and `vnews ingest URL…` through the command line: exit codes, messages, logs. */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, staticSite, type TestServer } from './helpers/http-server.js';
import { runCli } from './helpers/io.js';

const portalDir = fileURLToPath(new URL('../fixtures/portal/', import.meta.url));
const A1 = '/tin-tuc/tong-ket-cong-tac-nam-2022-101.html';

let server: TestServer;
let tmp: string;
const dir = async (name: string): Promise<string> => path.join(tmp, name);
const sourcesFile = async (name: string, content: unknown): Promise<string> => {
  const file = path.join(tmp, name);
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};
const fast = ['--allow-private-network', '--per-host-interval', '0'];

beforeAll(async () => {
  server = await startServer(staticSite(portalDir));
  tmp = await mkdtemp(path.join(tmpdir(), 'vnews-refresh-cli-'));
});
afterAll(async () => {
  await server.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('vnews ingest URL', () => {
  it('a 404 is a named failure and exit 1; the good URL is still written, its response kept in raw/', async () => {
    const out = await dir('ingest-urls');
    const missing = server.url('/tin-tuc/khong-co.html');
    const run = await runCli(['ingest', server.url(A1), missing, '--out', out, '--no-index', ...fast]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`vnews ingest: failed: ${missing}: HTTP 404 Not Found\n`);
    expect(run.stderr).toContain('2 inputs, 1 written, 0 unchanged, 1 failed');
    const raw = (await readdir(path.join(out, 'raw'))).sort();
    expect(raw).toHaveLength(2);
    expect(raw[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d-]+Z-\d+\.warc\.gz$/);
    expect(raw[1]).toBe(`${raw[0]}.cdxj`);
  });

  it('without --allow-private-network a loopback URL is refused', async () => {
    const run = await runCli(['ingest', server.url(A1), '--out', await dir('ingest-refused'), '--no-index']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`failed: ${server.url(A1)}: refused: 127.0.0.1 is a loopback address (allowPrivateNetwork is off)`);
  });
});

describe('vnews refresh', () => {
  it('bad usage exits 2: no --sources, unreadable or invalid sources file, bad flags', async () => {
    const none = await runCli(['refresh']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--sources FILE is required');
    const missing = await runCli(['refresh', '--sources', path.join(tmp, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`cannot read sources file ${path.join(tmp, 'nope.json')}: ENOENT`);
    const invalid = await runCli(['refresh', '--sources', await sourcesFile('bad.json', { sources: [{ rss: 'http://x/' }] })]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('sources.0: each source is {"feed"}, {"sitemap"}, {"page", "links"} or {"url"}');
    const flag = await runCli(['refresh', '--sources', 'x.json', '--concurrency', '0']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--concurrency takes a whole number of at least 1, not "0"');
    const format = await runCli(['refresh', '--sources', 'x.json', '--log-format', 'xml']);
    expect(format.code).toBe(2);
  });

  it('a clean run exits 0 with a summary line; the file\'s settings are overridden by flags', async () => {
    const out = await dir('clean');
    // The file says private addresses are off; the flag turns them on.
    const file = await sourcesFile('portal.json', { sources: [{ sitemap: server.url('/sitemap.xml') }], allowPrivateNetwork: false, perHostIntervalMs: 5000 });
    const t0 = Date.now();
    const from = server.requests.length;
    const run = await runCli(['refresh', '--sources', file, '--out', out, ...fast, '--user-agent', 'LuuTru-Bot/2.0 (+lienhe@vidu.vn)']);
    expect(run.stderr).toMatch(/^vnews refresh: 5 articles found, 5 written, 0 unchanged \(0 not modified\), 0 skipped, 0 gone, 0 failed → .*clean; archive .*clean\/raw\/[\dT-]+Z-\d+\.warc\.gz\n$/);
    expect(run.code).toBe(0);
    expect(Date.now() - t0).toBeLessThan(5000); // the 5 s interval of the file was overridden
    expect(new Set(server.requests.slice(from).map((r) => r.headers['user-agent']))).toEqual(new Set(['LuuTru-Bot/2.0 (+lienhe@vidu.vn)']));
  });

  it('shows progress on a terminal only', async () => {
    const file = await sourcesFile('progress.json', { sources: [{ url: server.url(A1) }] });
    const tty = await runCli(['refresh', '--sources', file, '--out', await dir('tty'), ...fast], { tty: true });
    expect(tty.stderr).toMatch(/\r\x1b\[Kreading feeds, sitemaps and pages: 1\/1 sources/);
    expect(tty.stderr).toMatch(/\r\x1b\[K1\/1 articles, \d+\/s, ETA \d+ s, 0 failed/);
    const pipe = await runCli(['refresh', '--sources', file, '--out', await dir('pipe'), ...fast]);
    expect(pipe.stderr).not.toContain('\r');
  });

  it('a failing source exits 1; a link robots.txt disallows is skipped and a 404 is gone, each named, neither a failure', async () => {
    const out = await dir('failing');
    const file = await sourcesFile('failing.jsonc', `{
      // a feed that is not there, an article robots.txt forbids, a page with a bad link
      "sources": [
        { "feed": "${server.url('/rss-cu.xml')}" },
        { "url": "${server.url('/quan-tri/bao-cao.html')}" },
        { "url": "${server.url(A1)}" },
        { "url": "${server.url('/tin-tuc/da-xoa.html')}" },
      ],
    }`);
    const run = await runCli(['refresh', '--sources', file, '--out', out, ...fast]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`failed: ${server.url('/rss-cu.xml')}: HTTP 404 Not Found\n`);
    expect(run.stderr).toContain(`skipped: ${server.url('/quan-tri/bao-cao.html')}: disallowed by robots.txt (${server.origin}/robots.txt)\n`);
    expect(run.stderr).toContain(`gone: ${server.url('/tin-tuc/da-xoa.html')}: HTTP 404 Not Found\n`);
    expect(run.stderr).toContain('3 articles found, 1 written, 0 unchanged (0 not modified), 1 skipped, 1 gone, 1 failed');
  });

  it('a dead link and a disallowed one alone exit 0: cron can tell them from broken fetching', async () => {
    const file = await sourcesFile('dead-links.json', { sources: [{ url: server.url(A1) }, { url: server.url('/quan-tri/bao-cao.html') }, { url: server.url('/tin-tuc/da-xoa.html') }] });
    const run = await runCli(['refresh', '--sources', file, '--out', await dir('dead-links'), ...fast]);
    expect(run.stderr).toContain('3 articles found, 1 written, 0 unchanged (0 not modified), 1 skipped, 1 gone, 0 failed');
    expect(run.code).toBe(0);
  });

  it('exits 4 when nothing could be fetched at all (every host unreachable)', async () => {
    const closed = await startServer(() => {});
    const dead = closed.url('/tin-tuc/a.html');
    await closed.close(); // nothing listens on that port any more: connection refused
    const file = await sourcesFile('unreachable.json', { sources: [{ feed: closed.url('/rss.xml') }, { url: dead }] });
    const run = await runCli(['refresh', '--sources', file, '--out', await dir('unreachable'), ...fast]);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('nothing could be fetched: no host answered');
  });

  it('--log-format json: one JSON object per line on stderr, ending with the summary', async () => {
    const out = await dir('json');
    const file = await sourcesFile('json.json', { sources: [{ url: server.url(A1) }, { url: server.url('/tin-tuc/da-xoa.html') }, { feed: server.url('/rss-cu.xml') }] });
    const run = await runCli(['refresh', '--sources', file, '--out', out, ...fast, '--log-format', 'json']);
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.every((l) => typeof l.level === 'string' && typeof l.msg === 'string' && typeof l.time === 'string')).toBe(true);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'info', msg: 'gone', url: server.url('/tin-tuc/da-xoa.html'), reason: 'HTTP 404 Not Found' }));
    expect(lines).toContainEqual(expect.objectContaining({ level: 'error', msg: 'failed', url: server.url('/rss-cu.xml'), reason: 'HTTP 404 Not Found' }));
    expect(lines.at(-1)).toMatchObject({ level: 'info', msg: 'summary', command: 'refresh', inputs: [file], total: 3, written: 1, unchanged: 0, discovered: 2, notModified: 0, skipped: 0, gone: 1, failed: 1, warcPath: expect.stringMatching(/\.warc\.gz$/) });
  });

  it('junk in state.sqlite: one warning line, every URL fetched as new, exit 0', async () => {
    const out = await dir('junk-state');
    const file = await sourcesFile('junk-state.json', { sources: [{ url: server.url(A1) }] });
    expect((await runCli(['refresh', '--sources', file, '--out', out, ...fast])).code).toBe(0);
    await writeFile(path.join(out, 'state.sqlite'), 'rác '.repeat(2000));
    const run = await runCli(['refresh', '--sources', file, '--out', out, ...fast]);
    expect(run.code).toBe(0);
    const warnings = run.stderr.split('\n').filter((l) => l.includes('warning'));
    expect(warnings).toEqual([expect.stringMatching(/^vnews refresh: warning: .*state\.sqlite was damaged \(.+\); moved to state\.sqlite\.damaged-[\dTZ-]+ and started afresh: every URL is fetched as new this run$/)]);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(run.stderr).toContain('1 article found, 1 written, 0 unchanged (0 not modified)'); // fetched anew: a new fetchedAt
  });

  it('a live lock stops a second run with exit 2; a stale one is taken over', async () => {
    const out = await dir('locked');
    const file = await sourcesFile('one.json', { sources: [{ url: server.url(A1) }] });
    const { mkdir } = await import('node:fs/promises');
    await mkdir(out, { recursive: true });
    // This test process is alive: its lock is live.
    await writeFile(path.join(out, '.refresh.lock'), JSON.stringify({ pid: process.pid, host: hostname(), startedAt: '2025-01-01T00:00:00.000Z' }));
    const locked = await runCli(['refresh', '--sources', file, '--out', out, ...fast]);
    expect(locked.code).toBe(2);
    expect(locked.stderr).toContain(`another vnews run (refresh or ingest) is running on ${path.join(out, '.refresh.lock')} (pid ${process.pid}`);
    expect(existsSync(path.join(out, 'vnews.sqlite'))).toBe(false);
    // A pid that no longer exists: stale.
    await writeFile(path.join(out, '.refresh.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), startedAt: '2025-01-01T00:00:00.000Z' }));
    const took = await runCli(['refresh', '--sources', file, '--out', out, ...fast]);
    expect(took.code).toBe(0);
    expect(took.stderr).toContain('vnews refresh: warning: took over the lock of a run that is gone: pid 4206649');
    expect(existsSync(path.join(out, '.refresh.lock'))).toBe(false);
  });
});

/**
 * `vnews serve` is safe by construction: hostile article text renders as text on every page,
 * every response carries a strict Content-Security-Policy, no URL reaches a file outside the
 * served list, nothing changes the store, user values never become SQL or FTS syntax, and
 * the server binds to loopback unless told otherwise (and then refuses rebound host names).
 * The hostile articles are our own, ingested by the real pipeline from a JSON Lines file
 * whose name is itself hostile.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BindRefusedError, checkBindAddress, startServer } from '../src/serve/server.js';
import type { ArticleRecord } from '../src/record/schema.js';
import { runCli, tempOut } from './query-helpers.js';
import { rawRequest, serveIngested, type Served } from './serve-helpers.js';
import { storedRecords } from './helpers/store.js';

const HOSTILE_FILE = '<svg onload=alert(1)>"x.jsonl';
const TITLE_SCRIPT = '<script>alert(1)</script> Công an tỉnh Nghệ An tổng kết';
const TITLE_ATTR = '"><img src=x onerror=alert(2)> Cụm thi đua số 5 giao ước';
const TITLE_QUOTE = "' onmouseover='alert(3)' x='";

const lines = [
  {
    title: TITLE_SCRIPT,
    publishedAt: '2022-03-04',
    authors: ['<b>Hải Yến</b>'],
    text: 'Sáng 4/3/2022, Công an tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm 2021. Đại tá Nguyễn Văn An, Giám đốc Công an tỉnh Nghệ An, phát biểu: "<script>alert(\'x\')</script>" và </textarea><svg/onload=alert(4)>. Hội nghị trao Giấy khen cho 5 tập thể, 9 cá nhân.',
  },
  {
    title: TITLE_ATTR,
    publishedAt: '2022-03-05',
    text: 'Ngày 5/3/2022, Cụm thi đua số 5 ký kết giao ước thi đua "><img src=x onerror=alert(5)> tại Công an tỉnh Hà Tĩnh. Thượng tá Lê Văn Bình, Phó Giám đốc Công an tỉnh Hà Tĩnh, chủ trì hội nghị.',
  },
  {
    title: TITLE_QUOTE,
    text: "Công an tỉnh Quảng Bình ' onfocus='alert(6)' autofocus=' tổ chức ra quân bảo đảm an ninh trật tự. Đại tá Hoàng Văn Cường chỉ đạo lực lượng.",
  },
];

let s: Served;
let inputDir: string;
let hostile: ArticleRecord[];

beforeAll(async () => {
  inputDir = await tempOut('serve-hostile-in');
  await mkdir(inputDir, { recursive: true });
  await writeFile(path.join(inputDir, HOSTILE_FILE), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  s = await serveIngested('security', [path.join(inputDir, HOSTILE_FILE), 'corpus']);
  hostile = storedRecords(s.out).filter((r) => r.source.location.includes(HOSTILE_FILE));
  expect(hostile).toHaveLength(3);
  expect(hostile.some((r) => r.authors.some((a) => a.includes('<b>')))).toBe(true);
}, 120_000);

afterAll(async () => {
  await s?.server.close();
});

/** What the browser would build from the page: only the package's script, no element or handler from the data. */
function assertInert(page: string, where: string): Document {
  const { document } = parseHTML(page);
  const scripts = [...document.querySelectorAll('script')];
  expect(scripts.map((x) => x.getAttribute('src')), where).toEqual(['/static/app.js']);
  expect(document.querySelectorAll('img, iframe, object, embed, textarea, base, form:not([action])').length, where).toBe(0);
  for (const svg of document.querySelectorAll('svg')) expect(svg.getAttribute('class'), where).toBe('chart');
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      expect(a.name, `${where}: <${el.tagName.toLowerCase()} ${a.name}>`).not.toMatch(/^on/i);
      expect(a.name, where).not.toBe('style');
      expect(a.name, where).not.toBe('autofocus');
      if (a.name === 'href' || a.name === 'src' || a.name === 'action') expect(a.value.trim(), where).not.toMatch(/^(javascript|data|vbscript):/i);
    }
  }
  return document as unknown as Document;
}

interface Document {
  querySelector(s: string): { textContent: string | null; getAttribute(n: string): string | null } | null;
  querySelectorAll(s: string): ArrayLike<unknown>;
}

describe('hostile article text', () => {
  it('renders titles, text, authors and file names as text on the search page', async () => {
    for (const q of ['', '?text=cong+an', '?province=nghe+an', '?cluster=5', '?text=quang+binh']) {
      const page = await s.page(`/search${q}`);
      assertInert(page, `/search${q}`);
    }
    const page = await s.page('/search?text=tong+ket+cong+tac+nam+2021');
    const doc = assertInert(page, 'search');
    expect(doc.querySelector('.hit .title')!.textContent).toBe(TITLE_SCRIPT);
  });

  it('renders them as text on each article page, title and highlighted mentions included', async () => {
    for (const r of hostile) {
      const page = await s.page(`/article/${r.id}`);
      const doc = assertInert(page, r.title ?? r.id);
      expect(doc.querySelector('h1')!.textContent).toBe(r.title);
      expect(doc.querySelector('title')!.textContent).toBe(`${r.title} · vnews`);
      expect(doc.querySelector('.text')!.textContent).toBe(r.text);
      const esc = (t: string) => t.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
      if (r.authors.length) expect(page).toContain(`<span lang="vi">${esc(r.authors.join(', '))}</span>`);
      expect(page).toContain(`<code>${esc(r.source.location)}</code>`);
    }
    const first = hostile.find((r) => r.title === TITLE_SCRIPT)!;
    expect(first.officials.map((o) => o.name)).toContain('Nguyễn Văn An');
    expect(await s.page(`/article/${first.id}`)).toContain('<mark id="m');
  });

  it('renders them as text on the officials, official and overview pages', async () => {
    assertInert(await s.page('/officials'), 'officials');
    assertInert(await s.page('/officials?name=nguyen+van+an'), 'officials search');
    assertInert(await s.page('/official/nguyen%20van%20an'), 'official');
    assertInert(await s.page('/overview'), 'overview');
  });

  it('reflects hostile search values only as escaped text and attribute values', async () => {
    const evil = '"><script>alert(7)</script>';
    const res = await s.get(`/search?text=${encodeURIComponent(evil)}&official=${encodeURIComponent("' autofocus onfocus='alert(8)")}`);
    const page = await res.text();
    const doc = assertInert(page, 'reflected');
    expect(doc.querySelector('input[name="text"]')!.getAttribute('value')).toBe(evil);
    expect(doc.querySelector('input[name="official"]')!.getAttribute('value')).toBe("' autofocus onfocus='alert(8)");
    const notFound = await s.get(`/nowhere/${encodeURIComponent('<script>alert(9)</script>')}`);
    expect(notFound.status).toBe(404);
    assertInert(await notFound.text(), '404');
  });

  it('serves the records as JSON with a JSON content type, never as HTML', async () => {
    for (const r of hostile) {
      const res = await s.get(`/article/${r.id}.json`);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(((await res.json()) as ArticleRecord).title).toBe(r.title);
    }
  });
});

describe('headers', () => {
  it('sends a strict Content-Security-Policy on every kind of response', async () => {
    const id = hostile[0]!.id;
    for (const p of ['/search', '/search.json', `/article/${id}`, `/article/${id}.json`, '/overview', '/officials', '/static/app.css', '/nowhere', '/search?cluster=x']) {
      const res = await s.get(p);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, p).toContain("default-src 'none'");
      expect(csp, p).toContain("script-src 'self'");
      expect(csp, p).toContain("style-src 'self'");
      expect(csp, p).toContain("frame-ancestors 'none'");
      expect(csp, p).not.toContain('unsafe');
      expect(res.headers.get('x-frame-options'), p).toBe('DENY');
      expect(res.headers.get('referrer-policy'), p).toBe('no-referrer');
    }
  });
});

/** Every file under `dir` with its sha256, to tell whether anything changed. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out[path.relative(dir, p)] = createHash('sha256').update(await readFile(p)).digest('hex');
    }
  };
  await walk(dir);
  return out;
}

describe('read-only, and nothing outside the served list', () => {
  it('refuses every method but GET and HEAD, and no request changes a byte of the store', async () => {
    const before = await snapshot(s.out);
    const id = hostile[0]!.id;
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      for (const p of ['/search', `/article/${id}`, `/article/${id}.json`, '/static/app.css', '/overview']) {
        const res = await rawRequest(s.server, p, { method, headers: { 'content-type': 'application/json' } });
        expect(res.status, `${method} ${p}`).toBe(405);
        expect(res.headers.allow).toBe('GET, HEAD');
      }
    }
    // Searches that would write if anything were spliced into SQL.
    for (const q of ["text=x'); DELETE FROM articles; --", "official=' OR 1=1; DROP TABLE officials; --", 'province=%25', 'award=_']) expect((await s.get(`/search?${q}`)).status).toBe(200);
    expect(await snapshot(s.out)).toEqual(before);
  });

  it.each([
    '/static/../package.json',
    '/static/..%2f..%2fpackage.json',
    '/static/%2e%2e/%2e%2e/package.json',
    '/static/..%5c..%5cpackage.json',
    '/static/app.css%00.json',
    '/static/',
    '/static/assets',
    '/../package.json',
    '/records.jsonl',
    '/index.sqlite',
    '/vnews.sqlite',
    '/vnews.sqlite-wal',
    '/article/..%2fvnews.sqlite',
    '/raw/',
    '/records/',
    '/article/..%2f..%2frecords.jsonl',
    '/article/..%2Frecords.jsonl',
    '/official/..%2F..%2F..%2Fetc%2Fpasswd',
    '/official/%2e%2e%2f%2e%2e%2fpackage.json.json',
    '//etc/passwd',
    '/search/../../../etc/passwd',
  ])('serves nothing from the file system at %s', async (p) => {
    const res = await rawRequest(s.server, p);
    expect([400, 404]).toContain(res.status);
    expect(res.body).not.toContain('"name": "vnews"');
    expect(res.body).not.toContain('schemaVersion');
    expect(res.body).not.toContain('SQLite format');
    expect(res.body).not.toContain('root:');
  });
});

describe('parameters are values, never syntax', () => {
  const cases: [Record<string, string>, string[]][] = [
    [{ text: '"' }, ['--text', '"']],
    [{ text: 'an ninh" OR "cong' }, ['--text', 'an ninh" OR "cong']],
    [{ text: 'NEAR(an ninh)' }, ['--text', 'NEAR(an ninh)']],
    [{ text: 'an*' }, ['--text', 'an*']],
    [{ text: '-an ninh' }, ['--text=-an ninh']],
    [{ text: 'folded_text:an' }, ['--text', 'folded_text:an']],
    [{ official: "' OR '1'='1" }, ['--official', "' OR '1'='1"]],
    [{ rank: "' OR ''='" }, ['--rank', "' OR ''='"]],
    [{ province: '%' }, ['--province', '%']],
    [{ award: '%' }, ['--award', '%']],
  ];
  it.each(cases)('%j finds what vnews query finds for the same words', async (params, args) => {
    const res = await s.get(`/search.json?${new URLSearchParams(params)}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { total: number; results: { id: string }[] };
    const cli = await runCli(['query', '--out', s.out, '--limit', '20', ...args]);
    expect(cli.code).toBe(0);
    expect(body.results.map((r) => r.id)).toEqual((JSON.parse(cli.stdout) as ArticleRecord[]).map((r) => r.id));
  });

  it('matches a quote or a star as no word, not as everything', async () => {
    expect(((await s.json('/search.json?text=%22')) as { total: number }).total).toBe(0);
    expect(((await s.json('/search.json?award=%25')) as { total: number }).total).toBe(0);
  });
});

describe('binding', () => {
  it('binds to 127.0.0.1 by default', () => {
    expect(s.server.host).toBe('127.0.0.1');
    expect(s.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('refuses another address unless it is given explicitly', async () => {
    expect(() => checkBindAddress('0.0.0.0', false)).toThrow(BindRefusedError);
    expect(() => checkBindAddress('192.168.1.5', false)).toThrow(/refusing to serve on 192\.168\.1\.5 without --host/);
    expect(() => checkBindAddress('::1', false)).not.toThrow();
    expect(() => checkBindAddress('localhost', false)).not.toThrow();
    await expect(startServer({ outDir: s.out, host: '0.0.0.0', port: 0 })).rejects.toThrow(BindRefusedError);
    const open = await startServer({ outDir: s.out, host: '0.0.0.0', hostExplicit: true, port: 0 });
    try {
      expect(open.host).toBe('0.0.0.0');
      // Bound for the network: any Host header is expected there.
      expect((await rawRequest(open, '/search', { headers: { host: 'archive.example:8080' } })).status).toBe(200);
    } finally {
      await open.close();
    }
  });

  it('on loopback, refuses requests naming another host (DNS rebinding)', async () => {
    const port = s.server.port;
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'localhost']) expect((await rawRequest(s.server, '/search', { headers: { host } })).status, host).toBe(200);
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1.evil.example:${port}`, `localhost.evil.example:${port}`]) {
      const res = await rawRequest(s.server, '/search', { headers: { host } });
      expect(res.status, host).toBe(400);
      expect(res.body).toContain('This server answers only to localhost.');
    }
  });
});

describe('the command', () => {
  it('prints its address, serves, and stops on SIGINT with exit code 0', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve', '--out', s.out, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const until = Date.now() + 60_000;
    while (!stdout.includes('\n') && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    const url = stdout.trim();
    expect(url, stderr).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await (await fetch(`${url}search?text=an+ninh`)).text();
    expect(page).toContain('<h1>Search the archive</h1>');
    expect(page).toMatch(/<a class="title" href="\/article\/[0-9a-f]{16}"/);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  }, 90_000);

  it('exits 2 with a one-line reason on bad usage or an empty folder', async () => {
    const empty = await tempOut('serve-empty');
    const noRecords = await runCli(['serve', '--out', empty, '--port', '0']);
    expect(noRecords.code).toBe(2);
    expect(noRecords.stderr).toMatch(/^vnews serve: no records in .*run "vnews ingest" first\n$/);
    for (const args of [['--port', '99999'], ['--port', 'http'], ['--host', ''], ['extra']]) {
      const run = await runCli(['serve', '--out', s.out, ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr.split('\n')[0], args.join(' ')).toMatch(/^vnews serve: /);
    }
  });

  it('exits 2 when the port is taken', async () => {
    const run = await runCli(['serve', '--out', s.out, '--port', String(s.server.port)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`vnews serve: cannot listen on 127.0.0.1 port ${s.server.port}: the port is in use (choose another with --port)\n`);
  });
});

/**
 * `vnews serve` end to end: the real ingest writes the seeds, the fixture articles and one
 * article fetched from a local site into a store; the real server serves it on a free
 * port; each page and JSON route is checked against what `vnews query`, `vnews stats` and
 * the officials registry say about the same store.
 */
import { copyFile, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest.js';
import { officialsRegistry, readRecord, type RegistryEntry, type Stats } from '../src/query/index.js';
import type { ArticleRecord } from '../src/record/schema.js';
import { startServer as startSite, type TestServer } from './helpers/http-server.js';
import { runCli, tempOut } from './query-helpers.js';
import { links, serveIngested, type Served } from './serve-helpers.js';
import { startServer } from '../src/serve/server.js';
import { rawLocator } from '../src/serve/warc-pointer.js';
import { storedRecords } from './helpers/store.js';

const ARTICLE_HTML = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>Công an tỉnh Hà Tĩnh trao Giấy khen cho các tập thể</title>
<meta property="article:published_time" content="2023-05-10T08:00:00+07:00"></head>
<body><article><h1>Công an tỉnh Hà Tĩnh trao Giấy khen cho các tập thể</h1>
<p>Sáng 10/5/2023, Công an tỉnh Hà Tĩnh tổ chức hội nghị sơ kết công tác bảo đảm an ninh trật tự quý I/2023.</p>
<p>Tại hội nghị, Đại tá Trần Văn Bình, Giám đốc Công an tỉnh Hà Tĩnh, trao Giấy khen cho 12 tập thể, 30 cá nhân có thành tích xuất sắc trong phong trào thi đua vì an ninh Tổ quốc.</p>
<p>Đại tá Trần Văn Bình đề nghị các đơn vị tiếp tục giữ vững an ninh chính trị, bảo đảm trật tự an toàn xã hội trên địa bàn.</p>
</article></body></html>`;

interface SearchJson {
  total: number;
  page: number;
  pages: number;
  query: Record<string, string>;
  provinces: string[] | null;
  results: { id: string; title: string | null; publishedAt: string | null; outlet: string | null; source: string; url: string; matched: { filter: string; values: string[] }[] }[];
  facets: Record<'year' | 'province' | 'rank' | 'award' | 'cluster', { value: string | null; label: string; count: number; url: string | null }[]>;
}

let site: TestServer;
let s: Served;
let stats: Stats;
let records: ArticleRecord[];
let fetchedUrl: string;

beforeAll(async () => {
  site = await startSite((req, res) => {
    if (req.url === '/tin/ha-tinh-giay-khen.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(ARTICLE_HTML);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  fetchedUrl = site.url('/tin/ha-tinh-giay-khen.html');
  s = await serveIngested('pages', ['corpus', 'fixtures/articles'], async (out) => {
    const run = await ingest([fetchedUrl], { outDir: out, allowPrivateNetwork: true });
    expect(run.failed).toEqual([]);
  });
  stats = JSON.parse((await runCli(['stats', '--out', s.out])).stdout) as Stats;
  records = storedRecords(s.out);
}, 120_000);

afterAll(async () => {
  await s?.server.close();
  await site?.close();
});

const qs = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** Every id a search returns, following its pages. */
async function allIds(params: Record<string, string>): Promise<{ ids: string[]; total: number }> {
  const ids: string[] = [];
  let total = 0;
  for (let page = 1; ; page++) {
    const r = await s.json<SearchJson>(`/search.json?${qs({ ...params, page: String(page) })}`);
    total = r.total;
    ids.push(...r.results.map((x) => x.id));
    if (page >= r.pages) break;
  }
  return { ids, total };
}

/** What `vnews query` returns for the same filters, in its order. */
async function cliIds(args: string[]): Promise<string[]> {
  const run = await runCli(['query', '--out', s.out, ...args]);
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as ArticleRecord[]).map((r) => r.id);
}

describe('search', () => {
  it('lists every article, newest first, 20 to a page, in the order of vnews query', async () => {
    const first = await s.json<SearchJson>('/search.json');
    expect(first.total).toBe(stats.articles);
    expect(first.total).toBe(records.length);
    expect(first.results).toHaveLength(20);
    expect(first.results.map((r) => r.id)).toEqual(await cliIds(['--limit', '20']));
    const page = await s.page('/search');
    expect(page).toContain(`${stats.articles} articles`);
    for (const r of first.results) expect(page).toContain(`href="/article/${r.id}"`);
  });

  it('gives title, date, outlet and source of each result', async () => {
    const r = await s.json<SearchJson>(`/search.json?${qs({ text: 'trao giay khen', province: 'ha tinh' })}`);
    const hit = r.results.find((x) => x.source === fetchedUrl);
    expect(hit).toMatchObject({ title: 'Công an tỉnh Hà Tĩnh trao Giấy khen cho các tập thể', publishedAt: '2023-05-10', outlet: '127.0.0.1', url: `/article/${hit!.id}` });
    expect(hit!.matched).toEqual([
      { filter: 'province', values: ['Hà Tĩnh'] },
      { filter: 'text', values: ['trao Giấy khen'] },
    ]);
  });

  const filters: [Record<string, string>, string[]][] = [
    [{ text: 'bao ve an ninh' }, ['--text', 'bao ve an ninh']],
    [{ official: 'tran ba thieu' }, ['--official', 'tran ba thieu']],
    [{ official: 'van thanh' }, ['--official', 'van thanh']],
    [{ rank: 'dai ta' }, ['--rank', 'dai ta']],
    [{ province: 'nghe an' }, ['--province', 'nghe an']],
    [{ province: 'khanh hoa', successors: '1' }, ['--province', 'khanh hoa', '--successors']],
    [{ cluster: '5' }, ['--cluster', '5']],
    [{ from: '2020', to: '2020' }, ['--from', '2020', '--to', '2020']],
    [{ award: 'giay khen' }, ['--award', 'giay khen']],
    [{ province: 'tp hcm', rank: 'dai ta', text: 'cong an' }, ['--province', 'tp hcm', '--rank', 'dai ta', '--text', 'cong an']],
  ];
  it.each(filters)('finds what vnews query finds, typed without diacritics: %j', async (params, args) => {
    const { ids, total } = await allIds(params);
    const expected = await cliIds(args);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids).toEqual(expected);
    expect(total).toBe(expected.length);
  });

  it('finds the same with diacritics as without', async () => {
    expect((await allIds({ text: 'bảo vệ an ninh', province: 'Nghệ An' })).ids).toEqual((await allIds({ text: 'bao ve an ninh', province: 'nghe an' })).ids);
    expect((await allIds({ official: 'Trần Bá Thiều' })).ids).toEqual((await allIds({ official: 'TRAN BA THIEU' })).ids);
  });

  it('narrows by publication date alone with published_from/published_to', async () => {
    const year = stats.byYear.find((y) => y.year === '2024')!;
    const r = await allIds({ published_from: '2024', published_to: '2024' });
    expect(r.total).toBe(year.articles);
    for (const id of r.ids) expect(records.find((x) => x.id === id)!.publishedAt).toMatch(/^2024-/);
  });

  it('counts facets as vnews stats counts them', async () => {
    const f = (await s.json<SearchJson>('/search.json')).facets;
    const byLabel = (xs: { label: string; count: number }[]) => Object.fromEntries(xs.map((x) => [x.label, x.count]));
    expect(byLabel(f.year)).toEqual(Object.fromEntries(stats.byYear.map((y) => [y.year, y.articles])));
    expect(byLabel(f.cluster)).toEqual(Object.fromEntries(stats.byCluster.map((c) => [String(c.cluster), c.articles])));
    expect(byLabel(f.rank)).toEqual(Object.fromEntries(stats.byRank.map((r) => [r.rank, r.articles])));
    expect(byLabel(f.award)).toEqual(Object.fromEntries(stats.byAwardType.map((a) => [a.type, a.articles])));
    // Provinces: the same, except where a name stands for more than one unit (the 2025 "Huế"
    // is also the older Thừa Thiên Huế): its link finds both, and its count says so.
    const provinces = byLabel(f.province);
    expect(Object.keys(provinces).sort()).toEqual(stats.byProvince.map((p) => p.province).sort());
    for (const p of stats.byProvince) {
      const r = await s.json<SearchJson>(`/search.json?${qs({ province: p.province })}`);
      if (r.provinces!.length === 1) expect(provinces[p.province], p.province).toBe(p.articles);
      else expect(provinces[p.province], p.province).toBe(r.total);
    }
    expect(stats.byProvince.some((p) => provinces[p.province] !== p.articles)).toBe(true); // the case above occurs here
  });

  it.each<Record<string, string>>([{}, { province: 'ha noi' }, { text: 'an ninh', rank: 'dai ta' }])('makes every facet a link that returns as many articles as its count: %j', async (params) => {
    const r = await s.json<SearchJson>(`/search.json?${qs(params)}`);
    let followed = 0;
    for (const [name, values] of Object.entries(r.facets)) {
      for (const v of values) {
        if (v.url === null) continue;
        const url = new URL(v.url, 'http://x');
        expect(url.pathname).toBe('/search');
        // The link keeps the search it narrows.
        for (const [k, val] of Object.entries(params)) expect(url.searchParams.get(k), `${name} ${v.label}`).toBe(val);
        const narrowed = await s.json<SearchJson>(`/search.json${url.search}`);
        expect(narrowed.total, `${name} ${v.label}`).toBe(v.count);
        expect(narrowed.total).toBeLessThanOrEqual(r.total);
        followed++;
      }
    }
    expect(followed).toBeGreaterThan(5);
  });

  it('shows in the page the same facet links as in the JSON, and a removable chip per filter', async () => {
    const params = { province: 'ha noi', text: 'an ninh' };
    const page = await s.page(`/search?${qs(params)}`);
    const json = await s.json<SearchJson>(`/search.json?${qs(params)}`);
    const fromJson = Object.values(json.facets)
      .flat()
      .flatMap((v) => (v.url ? [v.url] : []));
    expect(links(page, ' data-facet="[a-z]+"').sort()).toEqual(fromJson.sort());
    expect(links(page)).toContain(`/search?${qs({ text: 'an ninh' })}`); // remove the province
    expect(links(page)).toContain(`/search?${qs({ province: 'ha noi' })}`); // remove the words
    expect(page).toContain(`href="/search.json?${qs({ text: 'an ninh', province: 'ha noi' }).replaceAll('&', '&amp;')}"`);
  });

  it('answers Accept: application/json on the page URL with the JSON', async () => {
    const url = `/search?${qs({ rank: 'dai ta' })}`;
    const viaAccept = await s.json(url, { headers: { accept: 'application/json' } });
    expect(viaAccept).toEqual(await s.json(`/search.json?${qs({ rank: 'dai ta' })}`));
    expect((await s.get(url)).headers.get('vary')).toContain('Accept');
  });

  it('pages through the results without gaps or repeats', async () => {
    const { ids } = await allIds({});
    expect(new Set(ids).size).toBe(stats.articles);
    expect(ids).toEqual(await cliIds([]));
    const pages = Math.ceil(stats.articles / 20);
    const last = await s.json<SearchJson>(`/search.json?page=${pages}`);
    expect(last.results).toHaveLength(stats.articles - (pages - 1) * 20);
    const past = await s.json<SearchJson>(`/search.json?page=${pages + 1}`);
    expect(past.results).toEqual([]);
    expect(past.total).toBe(stats.articles);
    const html = await s.page('/search?page=2');
    expect(links(html)).toContain('/search'); // back to the first page: no page=1 in the URL
    expect(links(html)).toContain('/search?page=3');
  });

  it.each([
    ['cluster=abc', /cluster takes a positive whole number, not "abc"/],
    ['from=2020-13', /from takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not "2020-13"/],
    ['from=2021&to=2020', /from 2021 is after to 2020/],
    ['published_from=hôm+qua', /published from takes a date/],
    ['page=0', /page takes a whole number from 1 to 5000, not "0"/],
    [`text=${'a'.repeat(201)}`, /text is longer than 200 characters/],
  ])('refuses %s with status 400 and says why', async (query, message) => {
    const page = await s.get(`/search?${query}`);
    expect(page.status).toBe(400);
    expect((await page.text()).replaceAll('&quot;', '"')).toMatch(message);
    const json = await s.get(`/search.json?${query}`);
    expect(json.status).toBe(400);
    expect(((await json.json()) as { error: string }).error).toMatch(message);
  });

  it('says so when no province in the archive has the typed name', async () => {
    const page = await s.page(`/search?${qs({ province: 'atlantis' })}`);
    expect(page).toContain('No province in the archive is called “atlantis”.');
    expect(page).toContain('0 articles');
  });
});

describe('article page', () => {
  it('highlights every mention of every record, each with its type, value and rules', async () => {
    for (const r of records) {
      const page = await s.page(`/article/${r.id}`);
      const firstPieces = [...page.matchAll(/<mark id="m\d+" class="m k-([a-z]+)" data-e="[a-z]+-(\d+)" data-tip="([^"]*)"/g)];
      const kinds = ['officials', 'provinces', 'clusters', 'periods', 'dates', 'awards'] as const;
      const expected = kinds.reduce((n, k) => n + (r[k] as { mentions: unknown[] }[]).reduce((m, e) => m + e.mentions.length, 0), 0) + r.warnings.filter((w) => w.start !== null).length;
      expect(firstPieces.length, r.source.location).toBe(expected);
      for (const [, kind, index, tip] of firstPieces) {
        if (kind === 'warnings') continue;
        const entity = (r[kind as (typeof kinds)[number]] as { foundBy: { rule: string }[] }[])[Number(index)]!;
        for (const f of entity.foundBy) expect(tip, r.source.location).toContain(f.rule);
      }
    }
  });

  it('shows the fields, the warnings and the source beside the text', async () => {
    const r = records.find((x) => x.warnings.length > 0 && x.officials.length > 0 && x.provinces.length > 0)!;
    const page = await s.page(`/article/${r.id}`);
    const esc = (t: string) => t.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;').replaceAll('<', '&lt;');
    for (const o of r.officials) expect(page).toContain(esc(o.name));
    for (const p of r.provinces) expect(page).toContain(`<b>${esc(p.name)}</b>`);
    for (const w of r.warnings) expect(page).toContain(esc(w.message));
    expect(page).toContain(`<code>${esc(r.source.location)}</code>`);
    expect(page).toContain(r.source.sha256);
  });

  it('names the WARC record in raw/ that a fetched article was read from', async () => {
    const r = records.find((x) => x.source.location === fetchedUrl)!;
    const page = await s.page(`/article/${r.id}`);
    const raw = (await readdir(path.join(s.out, 'raw'))).filter((n) => n.endsWith('.warc.gz'));
    expect(raw).toHaveLength(1);
    expect(page).toContain(`<a href="${fetchedUrl}" rel="noreferrer noopener external">`);
    expect(page).toContain(`<dt>fetched at</dt><dd>${r.source.fetchedAt}</dd>`);
    // Found through the CDXJ index the fetching run wrote beside its WARC file.
    expect(await readdir(path.join(s.out, 'raw'))).toContain(`${raw[0]}.cdxj`);
    const m = /<dt>WARC record<\/dt><dd><code>([^<]+)<\/code>, byte offset (\d+), (\d+) bytes<br><code>(&lt;urn:uuid:[0-9a-f-]+&gt;)<\/code>/.exec(page);
    expect(m).not.toBeNull();
    expect(m![1]).toBe(path.join('raw', raw[0]!));
    // The offset is where that record starts: the gzip member there holds it, with its id.
    const { gunzipSync } = await import('node:zlib');
    const bytes = await readFile(path.join(s.out, m![1]!));
    const member = gunzipSync(bytes.subarray(Number(m![2]), Number(m![2]) + Number(m![3]))).toString('latin1').slice(0, 2000);
    expect(member).toMatch(/^WARC\/1\.1\r\n/);
    expect(member).toMatch(/\r\nWARC-Type: response\r\n/);
    expect(member).toContain(`WARC-Record-ID: ${m![4]!.replace('&lt;', '<').replace('&gt;', '>')}`);
    expect(member).toContain(`WARC-Target-URI: ${fetchedUrl}`);
  });

  it('says how much of raw/ it searched when the record lies past what a page may read of a WARC without an index', async () => {
    const r = records.find((x) => x.source.location === fetchedUrl)!;
    const raw = (await readdir(path.join(s.out, 'raw'))).filter((n) => n.endsWith('.warc.gz'));
    const size = (await stat(path.join(s.out, 'raw', raw[0]!))).size;
    // The same WARC file in another folder, without its CDXJ index (as an older vnews left it).
    const other = await tempOut('serve-noindex-raw');
    await mkdir(path.join(other, 'raw'));
    await copyFile(path.join(s.out, 'raw', raw[0]!), path.join(other, 'raw', raw[0]!));
    const limited = await startServer({ outDir: s.out, port: 0, archive: { warc: rawLocator(other, { maxBytes: 100 }) } });
    try {
      const page = await (await fetch(`${limited.url}/article/${r.id}`)).text();
      expect(page).toContain('<dt>WARC record</dt><dd>not found in the WARC files of the runs that can hold it (a page reads at most 100 bytes of files without an index):');
      expect(page).toContain(`<li><code>${path.join('raw', raw[0]!)}</code>: the first 100 bytes of ${+(size / 1024).toFixed(1)} KB read (no index)</li>`);
    } finally {
      await limited.close();
    }
    const whole = await startServer({ outDir: s.out, port: 0, archive: { warc: rawLocator(other) } });
    try {
      const page = await (await fetch(`${whole.url}/article/${r.id}`)).text();
      expect(page).toMatch(/<dt>WARC record<\/dt><dd><code>[^<]+<\/code>, record \d+, byte offset \d+, \d+ bytes<br><code>&lt;urn:uuid:/);
    } finally {
      await whole.close();
    }
  });

  it('links each official to the registry entry that lists this article', async () => {
    const r = records.find((x) => x.source.location === fetchedUrl)!;
    const page = await s.page(`/article/${r.id}`);
    const officialLinks = links(page).filter((l) => l.startsWith('/official/'));
    // The registry keys a person on the name as written (lower case), diacritics and all.
    expect(officialLinks).toEqual([`/official/${encodeURIComponent('trần văn bình')}`]);
    const entry = await s.json<RegistryEntry>(`${officialLinks[0]}.json`);
    expect(entry.appearances.map((a) => a.articleId)).toContain(r.id);
  });

  it('returns the stored record as JSON', async () => {
    for (const r of records.slice(0, 10)) expect(await s.json(`/article/${r.id}.json`)).toEqual(await readRecord(s.out, r.id));
  });

  it.each(['/article/0000000000000000', '/article/0000000000000000.json', '/article/XYZ', '/article/' + 'a'.repeat(17)])('answers 404 for %s', async (p) => {
    expect((await s.get(p)).status).toBe(404);
  });
});

describe('officials', () => {
  let registry: RegistryEntry[];
  beforeAll(async () => {
    registry = await officialsRegistry(s.out);
  });

  it('finds officials by name without diacritics', async () => {
    const r = await s.json<{ officials: RegistryEntry[] }>('/officials.json?name=nguyen+van');
    expect(r.officials.map((e) => e.key)).toEqual((await officialsRegistry(s.out, 'nguyễn văn')).map((e) => e.key));
    const page = await s.page('/officials?name=nguyen+van');
    for (const e of r.officials) expect(page).toContain(`href="/official/${encodeURIComponent(e.key)}"`);
  });

  it('lists the names seen most often when no name is given', async () => {
    const r = await s.json<{ frequent: { name: string; appearances: number }[] }>('/officials.json');
    expect(r.frequent.length).toBeGreaterThan(10);
    const counts = r.frequent.map((f) => f.appearances);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('shows every appearance of an official in date order, with rank and posts, and the timeline', async () => {
    const several = registry.filter((e) => e.appearances.filter((a) => a.date).length >= 2);
    expect(several.length).toBeGreaterThan(3);
    for (const e of several) {
      const page = await s.page(`/official/${encodeURIComponent(e.key)}`);
      const articleLinks = links(page).filter((l) => l.startsWith('/article/'));
      expect(articleLinks).toEqual(e.appearances.map((a) => `/article/${a.articleId}`));
      expect(page).toMatch(/<svg [^>]*class="chart">/);
      for (const rank of e.ranks) expect(page).toContain(rank);
      expect(await s.json(`/official/${encodeURIComponent(e.key)}.json`)).toMatchObject(JSON.parse(JSON.stringify(e)));
    }
  });

  it('keeps namesakes apart, as the registry does, each page linking to the others', async () => {
    const second = registry.find((e) => e.key.endsWith('#2'));
    expect(second).toBeDefined();
    const first = registry.find((e) => e.key === second!.key.slice(0, -2))!;
    const page1 = await s.page(`/official/${encodeURIComponent(first.key)}`);
    const page2 = await s.page(`/official/${encodeURIComponent(second!.key)}`);
    expect(page1).toContain(`href="/official/${encodeURIComponent(second!.key)}"`);
    expect(page2).toContain(`href="/official/${encodeURIComponent(first.key)}"`);
    expect(page2).toContain('(person 2)');
  });

  it('still finds a person under a key without diacritics (an older link) when only one spelling has it', async () => {
    const entry = await s.json<RegistryEntry>('/official/tran%20van%20binh.json');
    expect(entry.key).toBe('trần văn bình');
  });

  it('answers 404 for a key the registry does not have', async () => {
    expect((await s.get('/official/khong%20co%20ai')).status).toBe(404);
    expect((await s.get('/official/khong%20co%20ai.json')).status).toBe(404);
    expect((await s.get(`/official/${encodeURIComponent('trần văn bình#9')}`)).status).toBe(404);
    expect((await s.get(`/official/${encodeURIComponent('tran van binh#9')}`)).status).toBe(404);
    expect((await s.get(`/official/${encodeURIComponent('trần văn binh')}`)).status).toBe(404);
  });
});

describe('overview', () => {
  it('counts articles per month, awards per province and year, and cluster members, consistently with the records', async () => {
    const o = await s.json<{
      articles: number;
      undated: number;
      perMonth: { month: string; articles: number }[];
      awards: { province: string; year: string; awards: number; collectives: number; individuals: number }[];
      awardsUnplaced: { awards: number; collectives: number; individuals: number };
      clusterMembers: { cluster: number; year: string; province: string; articles: number }[];
    }>('/overview.json');
    expect(o.articles).toBe(stats.articles);
    expect(o.undated).toBe(stats.byYear.find((y) => y.year === 'unknown')?.articles ?? 0);
    expect(o.perMonth.reduce((n, m) => n + m.articles, 0)).toBe(stats.articles - o.undated);
    const sum = (k: 'awards' | 'collectives' | 'individuals') => o.awards.reduce((n, a) => n + a[k], 0) + o.awardsUnplaced[k];
    expect(sum('awards')).toBe(stats.totals.awards);
    expect(sum('collectives')).toBe(stats.totals.collectives);
    expect(sum('individuals')).toBe(stats.totals.individuals);
    // Cluster membership straight from the records.
    const expected = new Set<string>();
    for (const r of records) if (r.publishedAt) for (const c of r.clusters) for (const m of c.members) expected.add(`${c.number}|${r.publishedAt.slice(0, 4)}|${m}`);
    expect(new Set(o.clusterMembers.map((c) => `${c.cluster}|${c.year}|${c.province}`))).toEqual(expected);
    expect(expected.size).toBeGreaterThan(0);
  });

  it('draws each chart as SVG beside a table, with no inline style or script', async () => {
    const page = await s.page('/overview');
    const charts = page.match(/<svg (?=[^>]*aria-label="[^"]+")(?=[^>]*role="img")[^>]*class="chart">/g) ?? [];
    expect(charts.length).toBeGreaterThanOrEqual(4);
    expect((page.match(/<table class="data">/g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(page).not.toContain('<style');
    expect(page).not.toMatch(/\sstyle="/);
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)/);
  });
});

describe('static files and the rest', () => {
  it('serves the stylesheet, the script and the icon from the package', async () => {
    for (const [p, type] of [
      ['/static/app.css', 'text/css'],
      ['/static/app.js', 'text/javascript'],
      ['/static/favicon.svg', 'image/svg+xml'],
    ]) {
      const res = await s.get(p!);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain(type);
      expect(await res.text()).toBe(await readFile(path.join('src/serve/assets', path.basename(p!)), 'utf8'));
    }
  });

  it('redirects / to the search and answers HEAD', async () => {
    const root = await s.get('/');
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/search');
    const head = await s.get('/overview', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('a store that changes while it is served', () => {
  it('shows an article ingested after the server started, in results, facets and its page', async () => {
    const before = await s.json<SearchJson>('/search.json?province=quang+tri');
    await s.page('/overview');
    const dir = await tempOut('serve-later');
    await writeFile(
      path.join(dir, 'quang-tri-moi.txt'),
      'Công an tỉnh Quảng Trị ra quân bảo đảm an ninh trật tự\n\nSáng 2/1/2026, Công an tỉnh Quảng Trị tổ chức lễ ra quân. Đại tá Hồ Văn Mười, Phó Giám đốc Công an tỉnh Quảng Trị, phát biểu chỉ đạo.\n',
    );
    const run = await ingest([path.join(dir, 'quang-tri-moi.txt')], { outDir: s.out });
    expect(run.written).toBe(1);
    const after = await s.json<SearchJson>('/search.json?province=quang+tri');
    expect(after.total).toBe(before.total + 1);
    const added = after.results.find((r) => !before.results.some((b) => b.id === r.id))!;
    expect(added.title).toBe('Công an tỉnh Quảng Trị ra quân bảo đảm an ninh trật tự');
    const all = await s.json<SearchJson>('/search.json');
    expect(all.total).toBe(records.length + 1);
    expect(all.facets.province.find((p) => p.label === 'Quảng Trị')!.count).toBe(after.total);
    expect(await s.page(`/article/${added.id}`)).toContain('Hồ Văn Mười');
    expect((await s.json<{ articles: number }>('/overview.json')).articles).toBe(records.length + 1);
  });
});

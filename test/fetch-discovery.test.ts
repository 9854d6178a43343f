/** Finding article URLs in feeds, sitemaps and listing pages, and reading the sources file. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFeed, readListing, readSitemap } from '../src/fetch/read-discovery.js';
import { parseSources, SourcesError } from '../src/fetch/read-sources.js';

const portal = (name: string): string => readFileSync(new URL(`../fixtures/portal/${name}`, import.meta.url), 'utf8').replaceAll('{{origin}}', 'https://congan.vidu.vn');
const A = (slug: string): string => `https://congan.vidu.vn/tin-tuc/${slug}.html`;

describe('readFeed', () => {
  it('RSS 2.0: item links, in order', () => {
    expect(readFeed(portal('rss.xml'), 'https://congan.vidu.vn/rss.xml')).toEqual([
      A('tong-ket-cong-tac-nam-2022-101'),
      A('trao-bang-khen-phong-trao-thi-dua-102'),
      A('cum-thi-dua-so-5-ky-ket-giao-uoc-103'),
    ]);
  });

  it('Atom: alternate links resolved against the feed URL', () => {
    expect(readFeed(portal('atom.xml'), 'https://congan.vidu.vn/atom.xml')).toEqual([
      A('cum-thi-dua-so-5-ky-ket-giao-uoc-103'),
      A('canh-sat-giao-thong-ra-quan-dip-tet-104'),
      A('so-ket-xay-dung-luc-luong-6-thang-2024-105'),
    ]);
  });

  it('RSS guid as permalink when link is missing; fragments dropped; duplicates once', () => {
    const xml = `<rss version="2.0"><channel><item><guid>https://a.vn/1#top</guid></item><item><link>https://a.vn/1</link></item><item><guid isPermaLink="false">x-1</guid></item></channel></rss>`;
    expect(readFeed(xml, 'https://a.vn/rss')).toEqual(['https://a.vn/1']);
  });

  it('Atom xml:base and entries without rel', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://b.vn/tin/"><entry><link href="a.html"/></entry><entry><link rel="enclosure" href="x.mp3"/><link rel="alternate" href="/b.html"/></entry></feed>`;
    expect(readFeed(xml, 'https://b.vn/atom')).toEqual(['https://b.vn/tin/a.html', 'https://b.vn/b.html']);
  });

  it('something else is an error naming what was expected', () => {
    expect(() => readFeed('<html><body>Trang chủ</body></html>', 'https://a.vn/rss')).toThrow('not an RSS or Atom feed');
  });
});

describe('readSitemap', () => {
  it('a sitemap index lists sitemaps', () => {
    expect(readSitemap(portal('sitemap.xml'), 'https://congan.vidu.vn/sitemap.xml')).toEqual({ urls: [], sitemaps: ['https://congan.vidu.vn/sitemap-tin-tuc.xml.gz'] });
  });
  it('a urlset lists pages', () => {
    const { urls, sitemaps } = readSitemap(portal('sitemap-tin-tuc.xml'), 'https://congan.vidu.vn/sitemap-tin-tuc.xml.gz');
    expect(sitemaps).toEqual([]);
    expect(urls).toHaveLength(5);
    expect(urls[0]).toBe(A('tong-ket-cong-tac-nam-2022-101'));
  });
  it('not a sitemap', () => {
    expect(() => readSitemap('<rss/>', 'https://a.vn/s.xml')).toThrow('not a sitemap');
  });
});

describe('readListing', () => {
  it('selected links, resolved against the page, in order', () => {
    const links = readListing(portal('tin-tuc/index.html'), 'https://congan.vidu.vn/tin-tuc/index.html', 'h3.tieude-tin a');
    expect(links).toEqual([
      A('tong-ket-cong-tac-nam-2022-101'),
      A('trao-bang-khen-phong-trao-thi-dua-102'),
      A('cum-thi-dua-so-5-ky-ket-giao-uoc-103'),
      A('canh-sat-giao-thong-ra-quan-dip-tet-104'),
      A('so-ket-xay-dung-luc-luong-6-thang-2024-105'),
    ]);
  });
  it('a selected block stands for the links inside it; <base href> and junk schemes', () => {
    const html = `<base href="https://c.vn/muc/"><div class="tin"><a href="a.html">A</a><a href="mailto:x@y">m</a></div><div class="tin"><a href="javascript:void(0)">j</a><a href="/b.html">B</a></div>`;
    expect(readListing(html, 'https://c.vn/', '.tin')).toEqual(['https://c.vn/muc/a.html', 'https://c.vn/b.html']);
  });
  it('a bad selector is a named error', () => {
    expect(() => readListing('<p>x</p>', 'https://c.vn/', 'h3 >>> a')).toThrow('bad CSS selector "h3 >>> a"');
  });
});

describe('parseSources', () => {
  it('reads the commented example of the README', () => {
    const text = `{
      "sources": [
        { "feed": "https://congan.vidu.vn/rss" },                          // RSS or Atom
        { "sitemap": "https://congan.vidu.vn/sitemap.xml" },
        { "page": "https://congan.vidu.vn/tin-tuc", "links": "h3 a" },    /* listing */
        { "url": "https://congan.vidu.vn/bai-viet.html?id=1//2" },
      ],
      "userAgent": "vnews (+lienhe@vidu.vn)",
      "concurrency": 8, "perHostConcurrency": 2, "perHostIntervalMs": 1000,
      "allowPrivateNetwork": false
    }`;
    const s = parseSources(text, 'sources.jsonc');
    expect(s.sources).toEqual([
      { feed: 'https://congan.vidu.vn/rss' },
      { sitemap: 'https://congan.vidu.vn/sitemap.xml' },
      { page: 'https://congan.vidu.vn/tin-tuc', links: 'h3 a' },
      { url: 'https://congan.vidu.vn/bai-viet.html?id=1//2' },
    ]);
    expect(s.userAgent).toBe('vnews (+lienhe@vidu.vn)');
    expect(s.perHostIntervalMs).toBe(1000);
  });

  it.each([
    ['{', 'f.json is not valid JSON'],
    ['{"sources":[{"feed":"ftp://x/rss"}]}', 'f.json: sources.0.feed: must be an absolute http(s) URL'],
    ['{"sources":[{"page":"https://x/"}]}', 'f.json: sources.0: each source is {"feed"}, {"sitemap"}, {"page", "links"} or {"url"}'],
    ['{"sources":[], "concurency": 4}', 'f.json: (top level): Unrecognized key: "concurency"'],
    ['{"sources":[], "concurrency": 0}', 'f.json: concurrency:'],
    ['{}', 'f.json: sources:'],
  ])('%s → %s', (text, message) => {
    expect(() => parseSources(text, 'f.json')).toThrow(SourcesError);
    expect(() => parseSources(text, 'f.json')).toThrow(message);
  });
});

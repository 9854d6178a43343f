/**
 * Finding article URLs in what a source returned: RSS 2.0 / RSS 1.0 / Atom feeds,
 * sitemaps (urlset and sitemap index), and listing pages with a CSS selector for their
 * article links. Pure functions: text in, absolute http(s) URLs out, in document order.
 */
import * as cheerio from 'cheerio';

/** Resolve `href` against `base`; null for anything that is not http(s) (mailto:, javascript:, junk). */
export function resolveHttpUrl(href: string | undefined | null, base: string): string | null {
  const h = href?.trim();
  if (!h) return null;
  try {
    const u = new URL(h, base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

const unique = (urls: Array<string | null>): string[] => [...new Set(urls.filter((u): u is string => u !== null))];

/** Article links of an RSS or Atom feed; throws when the document is neither. */
export function readFeed(xml: string, feedUrl: string): string[] {
  const $ = cheerio.load(xml, { xml: true });
  if ($('rss').length || $('rdf\\:RDF').length || $('RDF').length) {
    const base = feedUrl;
    return unique(
      $('item')
        .map((_, item) => {
          const el = $(item);
          const link = el.children('link').first().text();
          const guid = el.children('guid').first();
          const permalink = guid.attr('isPermaLink') !== 'false' ? guid.text() : '';
          return resolveHttpUrl(link || el.attr('rdf:about') || permalink, base);
        })
        .get(),
    );
  }
  const feed = $('feed').first();
  if (feed.length) {
    const base = resolveHttpUrl(feed.attr('xml:base'), feedUrl) ?? feedUrl;
    return unique(
      feed
        .children('entry')
        .map((_, entry) => {
          const links = $(entry).children('link');
          const alt = links.filter((_, l) => ($(l).attr('rel') ?? 'alternate') === 'alternate').first();
          const entryBase = resolveHttpUrl($(entry).attr('xml:base'), base) ?? base;
          return resolveHttpUrl((alt.length ? alt : links.first()).attr('href'), entryBase);
        })
        .get(),
    );
  }
  throw new Error('not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> element)');
}

export interface SitemapLinks {
  /** Page URLs (`urlset`). */
  urls: string[];
  /** Nested sitemaps (`sitemapindex`). */
  sitemaps: string[];
}

/** Entries of a sitemap or sitemap index; throws when the document is neither. */
export function readSitemap(xml: string, sitemapUrl: string): SitemapLinks {
  const $ = cheerio.load(xml, { xml: true });
  const locs = (sel: string): string[] =>
    unique(
      $(sel)
        .map((_, el) => resolveHttpUrl($(el).text(), sitemapUrl))
        .get(),
    );
  if ($('urlset').length) return { urls: locs('urlset > url > loc'), sitemaps: [] };
  if ($('sitemapindex').length) return { urls: [], sitemaps: locs('sitemapindex > sitemap > loc') };
  throw new Error('not a sitemap (no <urlset> or <sitemapindex> element)');
}

/**
 * Links of a listing page picked by `selector`. A selected element that is not a link
 * stands for the links inside it (`h3` → its `a[href]`). `<base href>` is honoured.
 */
export function readListing(html: string, pageUrl: string, selector: string): string[] {
  const $ = cheerio.load(html);
  const base = resolveHttpUrl($('base[href]').first().attr('href'), pageUrl) ?? pageUrl;
  let picked;
  try {
    picked = $(selector);
  } catch (e) {
    throw new Error(`bad CSS selector "${selector}": ${(e as Error).message}`);
  }
  const hrefs: Array<string | null> = [];
  picked.each((_, el) => {
    const node = $(el);
    if (node.is('a[href], area[href]')) hrefs.push(resolveHttpUrl(node.attr('href'), base));
    else node.find('a[href]').each((__, a) => void hrefs.push(resolveHttpUrl($(a).attr('href'), base)));
  });
  return unique(hrefs);
}

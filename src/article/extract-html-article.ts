/**
 * HTML article parts, by a cascade in which each stage fills only what the previous left
 * empty (after adbar/trafilatura and mozilla/readability):
 *
 *   1. JSON-LD `NewsArticle`/`Article`: headline, datePublished, author (not the outlet);
 *   2. OpenGraph and meta tags: og:title, article:published_time, pubdate,
 *      itemprop=datePublished, meta[name=author];
 *   3. the site profile (src/data/site-profiles.ts), chosen by host or by a layout selector:
 *      title, lead, date and byline selectors, the body container and the chrome inside it;
 *   4. generic content scoring (src/article/score-content.ts) for the body when no profile
 *      matched or its body selector found nothing, the first `h1` and `<title>` for the title.
 *
 * The page is parsed within bounds (src/article/parse-html.ts: length, nesting depth, element
 * count); past a bound what came before is read, with a warning, and a page with no article
 * text before it fails with the bound as its reason.
 *
 * Scripts, styles and page furniture (navigation, forms, captions, share bars, breadcrumbs,
 * comment and related-article boxes, hidden elements, caption and credit blocks, picture-only
 * figures: src/article/page-furniture.ts) are removed before the body is read. The lead (sapo)
 * is the body's first paragraph, without its outlet tag ("(Dân trí) - "). Lines that are
 * furniture in any language (src/data/page-boilerplate.ts: ad labels, widget headings, share
 * and newsletter prompts, credits, date lines …) leave the body wherever they stand, "By …"
 * lines at its edges, and the writer's biography at its end when the metadata names the
 * writer. The edges of the body are then trimmed like a text file's
 * (src/article/trim-article-edges.ts): a section header printed twice, a repeat of the title
 * and a bare date line at the top; the byline, "Theo …" sources, the CMS account and photo
 * credits at the bottom. Advertising slots (by class or id, src/data/article-chrome.ts
 * AD_BLOCK) go with the chrome. Paragraphs are joined by "\n\n".
 * A page with no article text gives body "" (the pipeline then fails the input).
 */
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { ArticleParts } from '../types.js';
import type { Warning } from '../record/schema.js';
import { AD_BLOCK, HTML_CHROME } from '../data/article-chrome.js';
import { SITE_PROFILES, type SiteProfile } from '../data/site-profiles.js';
import { isoFromParts, parseDateline, parseDateValue } from '../text/vietnam-date.js';
import { collectBlocks, isElement, isListing, textStats, type Block, type TextStats } from './html-blocks.js';
import { boilerplateRule, findFurniture, isEdgeByline } from './page-furniture.js';
import { splitAuthorNames } from '../text/author-names.js';
import { classifyTailLine, isCredit, isRelatedOpener } from './parse-byline.js';
import { decodeEntities, readPageMetadata, stripSiteName } from './read-page-metadata.js';
import { elementsUnder, findArticle } from './score-content.js';
import { parseHtml } from './parse-html.js';
import { trimArticleEdges } from './trim-article-edges.js';

// A paragraph mostly made of links is navigation ("Tin liên quan" lists), not prose.
const MAX_LINK_SHARE = 0.5;
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/iu;
// Below this much prose a page is a listing, an error page or a stub: no article.
const MIN_ARTICLE_CHARS = 80;
const MIN_PARAGRAPH_CHARS_FOR_PROSE = 40;
// "… phát biểu tại hội nghị. Ảnh: Hoàng Phong": a caption that escaped its figcaption.
const TRAILING_CREDIT = /(?:^|[\s.(])Ảnh\s*:\s*[^.:]{1,60}\)?\.?$/iu;
// "(CAND) - ", "TTO - ": an outlet tag opening the lead.
const OUTLET_TAG = /^\(\s*[\p{L}.\s]{2,30}\)\s*[-–—]\s*/u;

/** A profile's patterns, compiled once. */
interface ProfilePatterns {
  host: RegExp | null;
  leadPrefix: RegExp | null;
  urlDate: RegExp | null;
}
const compiledProfiles = new WeakMap<SiteProfile, ProfilePatterns>();
function patternsOf(p: SiteProfile): ProfilePatterns {
  let c = compiledProfiles.get(p);
  if (!c) {
    c = {
      host: p.hostPattern ? new RegExp(p.hostPattern, 'i') : null,
      leadPrefix: p.leadPrefix ? new RegExp(p.leadPrefix, 'iu') : null,
      urlDate: p.urlDate ? new RegExp(p.urlDate, 'u') : null,
    };
    compiledProfiles.set(p, c);
  }
  return c;
}
const CHROME_SELECTOR = HTML_CHROME.join(', ');
const AD_RE = new RegExp(AD_BLOCK, 'i');
// An ad slot holds a label and perhaps a line of ad copy; more text than this is not an ad slot
// (a page that wraps its article in a class named like one keeps it).
const MAX_AD_SLOT_CHARS = 300;

/**
 * Remove advertising slots (`div#sis_inread.banner-ads`, `div.ads-inread`): their label is not
 * body text. Outermost first, text sizes from one memo: linear however deep slots nest.
 */
function removeAdSlots($: CheerioAPI, root: AnyNode): void {
  const memo = new Map<AnyNode, TextStats>();
  const gone = new Set<AnyNode>();
  for (const el of elementsUnder(root)) {
    if (el.parent && gone.has(el.parent)) {
      gone.add(el);
      continue;
    }
    if (!el.attribs.class && !el.attribs.id) continue;
    const words = [...(el.attribs.class ?? '').split(/\s+/u), el.attribs.id ?? ''];
    if (!words.some((w) => w && AD_RE.test(w))) continue;
    if (el.name === 'body' || el.name === 'html' || textStats(el, memo).chars > MAX_AD_SLOT_CHARS) continue;
    gone.add(el);
    $(el).remove();
  }
}

function hostOf(url: string | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** The profile for a page: by host first, else by a selector only that layout has. */
export function pickProfile($: CheerioAPI, url?: string, profiles: readonly SiteProfile[] = SITE_PROFILES): SiteProfile | null {
  const host = hostOf(url);
  if (host) {
    for (const p of profiles) {
      if (p.hosts.some((h) => host === h || host.endsWith(`.${h}`)) || patternsOf(p).host?.test(host)) return p;
    }
  }
  for (const p of profiles) if (p.detect && $(p.detect).length) return p;
  return null;
}

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();

function firstText($: CheerioAPI, selectors: readonly string[] | undefined): { text: string; el: Element } | null {
  for (const sel of selectors ?? []) {
    for (const el of $(sel).toArray().filter(isElement)) {
      const text = squash($(el).text());
      if (text) return { text, el };
    }
  }
  return null;
}

function firstDate($: CheerioAPI, selectors: readonly string[] | undefined): string | null {
  for (const sel of selectors ?? []) {
    for (const el of $(sel).toArray().filter(isElement)) {
      const a = el.attribs;
      const d = parseDateValue(a.datetime) ?? parseDateValue(a.content) ?? parseDateValue(a.title) ?? parseDateValue(squash($(el).text()));
      if (d) return d;
    }
  }
  return null;
}

/** Names from a byline element's text ("Tin, ảnh: HOÀNG VŨ", "Anh Minh"). */
function bylineNames(text: string): string[] {
  const tail = classifyTailLine(text);
  if (tail) return tail.names;
  return text.length <= 60 ? splitAuthorNames(text) : [];
}

/** Paragraphs that are prose: not link lists, not captions or credits, not widget openers. */
function keepParagraph(b: Block): boolean {
  // a bare web address the story gives ("http://example.com/offer") is text the reader sees
  if (b.linkChars / b.text.length > MAX_LINK_SHARE && !BARE_URL.test(b.text)) return false;
  // page furniture first: "Related Articles" is shaped like a name but is a widget heading.
  // A date line the edge trimmer can read ("20/11/2020") is left to it: it dates the article.
  const furniture = boilerplateRule(b.text);
  if (furniture && !(furniture === 'date-line' && parseDateline(b.text))) return false;
  // "Tin, ảnh: HOÀNG VŨ" is a byline, for the edge trimmer, not a photo credit
  if (classifyTailLine(b.text)?.kind === 'byline') return true;
  if (isCredit(b.text) || (b.text.length <= 300 && TRAILING_CREDIT.test(b.text))) return false;
  return !(b.text.length <= 80 && isRelatedOpener(b.text));
}

// How many paragraphs about the writer may close the body, and how long each may be.
const MAX_AUTHOR_BIOS = 2;
const MAX_AUTHOR_BIO_CHARS = 400;

/**
 * A paragraph about the writer: it opens with the name of an author the page's metadata gives
 * (two words or more), then a verb of description or a possessive ("Jane Doe is a …",
 * "Jane Doe's book …", "Jane Doe writes about …").
 */
function isAuthorBio(text: string, authors: readonly string[]): boolean {
  if (text.length > MAX_AUTHOR_BIO_CHARS) return false;
  return authors.some((a) => {
    if (a.split(/\s+/u).length < 2 || !text.startsWith(a)) return false;
    return /^(?:\s+(?:is|was|has|writes|covers|reports|lives)\b|['’]s\s)/u.test(text.slice(a.length));
  });
}

// How many "By …" lines may stand at each edge of the body.
const MAX_EDGE_BYLINES = 2;
// How many short lines after the article container may be its byline, source or account.
const MAX_CLOSING_LINES = 3;
// How many elements before or after the headline may hold its date line.
const DATE_SIBLINGS = 3;

/** A date line next to the page's `h1` ("20/11/2020" under the title of a police portal). */
function dateNearHeading($: CheerioAPI): string | null {
  const h1 = $('h1').first();
  if (!h1.length) return null;
  const near = [...h1.nextAll().slice(0, DATE_SIBLINGS).toArray(), ...h1.prevAll().slice(0, DATE_SIBLINGS).toArray()];
  for (const el of near) {
    const text = squash($(el).text());
    const d = text.length <= 80 ? parseDateline(text) : null;
    if (d) return d;
  }
  return null;
}

/**
 * Content scoring keeps long blocks; a byline, a "Theo …" line or the CMS account printed
 * just after the article container is short, so it is added back here for the edge trimmer.
 */
function withClosingLines($: CheerioAPI, roots: Element[]): Element[] {
  const last = roots.at(-1);
  if (!last) return roots;
  const extra: Element[] = [];
  for (const el of $(last).nextAll().slice(0, MAX_CLOSING_LINES).toArray()) {
    const text = squash($(el).text());
    if (!text) continue;
    if (!classifyTailLine(text)) break;
    extra.push(el);
  }
  return extra.length ? [...roots, ...extra] : roots;
}

interface BodyParts {
  body: string;
  publishedAt: string | null;
  authors: string[];
}

/** Paragraphs under `roots` → body text, with the lead first and the edges trimmed. */
function readBody(roots: readonly AnyNode[], skip: ReadonlySet<AnyNode> | undefined, lead: string, title: string | null, minChars = MIN_ARTICLE_CHARS, authors: readonly string[] = []): BodyParts {
  const all = collectBlocks(roots, skip);
  if (isListing(all)) return { body: '', publishedAt: null, authors: [] };
  const blocks = all.filter(keepParagraph);
  // "By Jane Doe" at either edge
  for (let k = 0; k < MAX_EDGE_BYLINES && blocks.length && isEdgeByline(blocks[0]!.text); k++) blocks.shift();
  for (let k = 0; k < MAX_EDGE_BYLINES && blocks.length && isEdgeByline(blocks.at(-1)!.text); k++) blocks.pop();
  // the writer's biography after the story ("Jane Doe is a freelance writer living in …")
  for (let k = 0; k < MAX_AUTHOR_BIOS && blocks.length > 1 && isAuthorBio(blocks.at(-1)!.text, authors); k++) blocks.pop();
  if (lead && blocks[0]?.text !== lead) blocks.unshift({ text: lead, linkChars: 0 });
  const texts = blocks.map((b) => b.text);
  const edges = trimArticleEdges(texts, { findTitle: false, knownTitle: title, rightAligned: blocks.map((b) => !!b.right) });
  const paragraphs = texts.filter((_, i) => !edges.drop.has(i));
  const prose = paragraphs.filter((p) => p.length >= MIN_PARAGRAPH_CHARS_FOR_PROSE).reduce((n, p) => n + p.length, 0);
  const enough = minChars > 0 ? prose >= minChars : paragraphs.some((p) => p.trim());
  return { body: enough ? paragraphs.join('\n\n') : '', publishedAt: edges.publishedAt, authors: edges.authors };
}

/** The date a profile's URL pattern encodes ("…-20221224095943188.htm" on Dân trí). */
function dateFromUrl(url: string | undefined, profile: SiteProfile): string | null {
  const re = patternsOf(profile).urlDate;
  const m = re && url && hostOf(url) ? re.exec(url) : null;
  return m?.groups ? isoFromParts(+m.groups.y!, +m.groups.m!, +m.groups.d!) : null;
}

/** The page's `<title>` without the site's name. */
function documentTitle($: CheerioAPI): string | null {
  const t = squash(decodeEntities($('title').first().text()));
  return t ? stripSiteName(t) : null;
}

/** Split an HTML page into title, publication date, authors and body paragraphs. */
export interface HtmlExtractOptions {
  /** The page's address: picks a site profile by host, and dates a page by its URL. */
  url?: string;
  /** The site profiles to try (default: all of src/data/site-profiles.ts; [] for the generic cascade alone). */
  profiles?: readonly SiteProfile[];
}

export function extractHtmlArticle(html: string, opts: HtmlExtractOptions = {}): ArticleParts & { warnings: Warning[] } {
  const warnings: Warning[] = [];
  // A fragment (a JSON Lines `content` field) or a page cut short is taken as it is: the
  // minimum amount of prose that tells an article from a listing or an error page only
  // applies to whole pages.
  const wholePage = /<(?:!doctype|html|body)[\s>]/i.test(html.slice(0, 4096));
  const truncated = wholePage && !/<\/(?:html|body)\s*>/i.test(html.slice(-4096));
  const minChars = wholePage && !truncated ? MIN_ARTICLE_CHARS : 0;
  if (truncated) {
    warnings.push({ code: 'html-truncated', message: 'the page ends before </body> or </html>; extracted what was there', start: null, end: null, rule: 'article/html' });
  }
  const parsed = parseHtml(html);
  if (parsed.limit) warnings.push({ code: `html-too-${parsed.limit.kind === 'chars' ? 'long' : parsed.limit.kind === 'depth' ? 'deep' : 'large'}`, message: parsed.limit.message, start: null, end: null, rule: 'article/html-limits' });
  const $ = cheerio.load(parsed.document);
  const root = $('body')[0] ?? parsed.document;

  // 1–2: JSON-LD, then OpenGraph and meta tags (read before scripts go)
  const meta = readPageMetadata($);
  let { title, publishedAt } = meta;
  let authors = meta.authors;
  $('script, style, noscript, template').remove();

  // 3: the site profile's fields, read before the chrome goes (a title may sit in <header>)
  const profile = pickProfile($, opts.url, opts.profiles);
  if (profile) {
    if (profile.stamps?.length) $(profile.stamps.join(', ')).after(' - ');
    title ??= firstText($, profile.title)?.text ?? null;
    publishedAt ??= firstDate($, profile.date);
    const by = firstText($, profile.byline);
    if (by) {
      if (!authors.length) authors = bylineNames(by.text);
      // the byline is not body text, whichever stage gave the names
      if (classifyTailLine(by.text) || by.text.length <= 60) $(by.el).remove();
    }
  }
  // 4: generic title, and a bare date line beside it
  publishedAt ??= dateNearHeading($);
  title ??= squash($('h1').first().text()) || documentTitle($);

  const lead = profile ? firstText($, profile.lead) : null;
  if (lead) $(lead.el).remove();
  $(CHROME_SELECTOR).remove();
  removeAdSlots($, root);
  for (const el of findFurniture(root)) $(el).remove();

  let leadText = lead?.text ?? '';
  if (leadText && profile) leadText = leadText.replace(patternsOf(profile).leadPrefix ?? OUTLET_TAG, '');
  leadText = leadText.replace(OUTLET_TAG, '').trim();
  const read = (roots: readonly AnyNode[], skip?: ReadonlySet<AnyNode>): BodyParts => readBody(roots, skip, leadText, title, minChars, authors);

  let parts: BodyParts | null = null;
  if (profile?.body) {
    for (const sel of profile.body) {
      const found = $(sel).first();
      if (found.length && squash(found.text())) {
        if (profile.chrome?.length) found.find(profile.chrome.join(', ')).remove();
        parts = read(found.toArray());
        break;
      }
    }
    if (!parts) {
      warnings.push({ code: 'html-profile-miss', message: `the ${profile.name} layout was not found on this page; the body was found by content scoring`, start: null, end: null, rule: `article/profile/${profile.id}` });
    }
  }
  if (!parts) {
    // content scoring (readability's attempts), else the whole page
    const choice = findArticle(root);
    if (choice) parts = read(withClosingLines($, choice.roots), choice.skip);
    if (!parts?.body) parts = read([root]);
  }
  if (!parts.body && parsed.limit && parsed.limit.kind !== 'chars') throw new Error(`HTML page not read: ${parsed.limit.message}, and there is no article text before that`);
  publishedAt ??= parts.publishedAt;
  if (!authors.length) authors = parts.authors;
  if (!publishedAt && profile) publishedAt = dateFromUrl(opts.url, profile);
  return { title: title || null, publishedAt, authors, body: parts.body, warnings };
}

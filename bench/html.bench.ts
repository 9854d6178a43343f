/**
 * `npm run bench:html`: how well and how fast the HTML stage finds an article's body, beside
 * Mozilla Readability (a dev dependency used here only, on jsdom, the way the benchmark's own
 * `readability_js` runner calls it).
 *
 * Two sets, both read from ../shared (never copied into the repository, never read by tests):
 *  - the Article Extraction Benchmark (`bench/aeb`: 181 English news pages and their
 *    `articleBody`), scored with the benchmark's own metric (bench/shingle-metric.ts);
 *  - the real Vietnamese pages (`pages/`, see its manifest). They come without a written
 *    truth, so the truth is read from the structure the reference documents for each
 *    outlet (../shared/reference/html-structures.md): the lead (sapo) without its outlet tag,
 *    then the paragraphs, headings and list items of the body container, without figures
 *    and captions, related-article boxes, source lines and the author block. The reader
 *    below is written from that table, not from vnews's site profiles. The section front
 *    (kind "section-listing") must give no article at all.
 *
 * Prints precision, recall and F1 for both extractors, the pages where vnews loses most,
 * the pages that would give no record (empty body, or the same body as another page), and
 * per-page extraction time (wall and CPU, after a warm-up pass).
 *
 * Usage: npm run bench:html [-- --shared DIR] [--worst N] [--page ID] [--json FILE] [--no-readability]
 *   --page ID   print vnews's body and the truth for one page (an AEB id or a file name);
 *               with --generic, the body the cascade finds without site profiles
 *   --json FILE write every page's figures, to compare two runs
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as cheerio from 'cheerio';
import { extractHtmlArticle } from '../src/article/extract-html-article.js';
import { pageF1, pagePrecision, pageRecall, shingleCounts, summarise, type PageCounts } from './shingle-metric.js';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sharedDir = path.resolve(flag('--shared') ?? process.env.VNEWS_SHARED ?? path.join(import.meta.dirname, '..', '..', 'shared'));
const worstN = Number(flag('--worst') ?? 15);
const onePage = flag('--page');
const jsonOut = flag('--json');
const withReadability = !args.includes('--no-readability');

interface Page {
  id: string;
  set: 'aeb' | 'vi';
  url: string;
  html: string;
  /** The article body, or "" for a page that is no article. */
  truth: string;
}

interface Run {
  body: string;
  counts: PageCounts;
  wallMs: number;
  cpuMs: number;
}

// ---------------------------------------------------------------- the pages

function aebPages(): Page[] {
  const dir = path.join(sharedDir, 'bench', 'aeb');
  if (!existsSync(path.join(dir, 'ground-truth.json'))) return [];
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  return Object.entries(truth)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, t]) => ({ id, set: 'aeb' as const, url: t.url ?? '', html: readFileSync(path.join(dir, 'html', `${id}.html`), 'utf8'), truth: t.articleBody ?? '' }));
}

interface ManifestEntry {
  file: string;
  url: string;
  outlet: string;
  kind: string;
}

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** The article as html-structures.md describes each outlet's page (see the header). */
function structuralTruth(html: string, outlet: string): string {
  const $ = cheerio.load(html);
  $('script, style, noscript').remove();
  const out: string[] = [];
  const push = (s: string): void => {
    const t = squash(s);
    if (t) out.push(t);
  };
  if (outlet === 'dantri') {
    push($('.singular-sapo').first().text().replace(/^\s*\(\s*Dân\s*trí\s*\)\s*[-–—:]?\s*/u, ''));
    const body = $('.singular-content').first();
    body.find('figure, figcaption, .article-related, .singular-source, .author-wrap').remove();
    body.find('p, h2, h3, h4, h5, h6, li').each((_, el) => {
      if (!$(el).find('p, li').length) push($(el).text());
    });
  } else if (outlet === 'vnexpress') {
    push($('p.description').first().text());
    const body = $('article.fck_detail').first();
    body.find('figure, figcaption, .tplCaption, p.author_mail').remove();
    const paras = body.children('p.Normal, h2, h3').toArray();
    // the author's name is the last paragraph when set right-aligned (2025 pages)
    const last = paras.at(-1);
    if (last && /right/i.test(`${$(last).attr('align') ?? ''} ${$(last).attr('style') ?? ''}`)) paras.pop();
    for (const el of paras) push($(el).text());
  } else throw new Error(`no documented structure for outlet ${outlet}`);
  return out.join('\n\n');
}

function vietnamesePages(): Page[] {
  const dir = path.join(sharedDir, 'pages');
  if (!existsSync(path.join(dir, 'manifest.json'))) return [];
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as ManifestEntry[];
  return manifest.map((m) => {
    const html = readFileSync(path.join(dir, m.file), 'utf8');
    return { id: m.file, set: 'vi' as const, url: m.url, html, truth: m.kind === 'article' ? structuralTruth(html, m.outlet) : '' };
  });
}

// ---------------------------------------------------------------- the extractors

type Extractor = (html: string, url: string) => string;

const vnews: Extractor = (html, url) => extractHtmlArticle(html, url ? { url } : {}).body;
// the generic cascade alone (no site profile): what an outlet without a profile gets
const vnewsGeneric: Extractor = (html, url) => extractHtmlArticle(html, url ? { url, profiles: [] } : { profiles: [] }).body;

async function readability(): Promise<Extractor> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  const quiet = new VirtualConsole(); // CSS the parser cannot read is not our concern
  return (html, url) => {
    const dom = new JSDOM(html, { url: url || 'https://example.invalid/', virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    return article?.textContent ?? '';
  };
}

function runOne(extract: Extractor, page: Page): Run {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let body: string;
  try {
    body = extract(page.html, page.url);
  } catch (err) {
    console.error(`${page.id}: ${(err as Error).message}`);
    body = '';
  }
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  return { body, counts: shingleCounts(page.truth, body), wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function runAll(extract: Extractor, pages: readonly Page[]): Run[] {
  for (const p of pages.slice(0, 20)) runOne(extract, p); // warm-up: JIT, caches
  return pages.map((p) => runOne(extract, p));
}

// ---------------------------------------------------------------- report

const f3 = (x: number): string => x.toFixed(3);
const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : 0;
};
const avg = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

function scoreLine(name: string, runs: readonly Run[]): string {
  const s = summarise(runs.map((r) => r.counts));
  const wall = runs.map((r) => r.wallMs);
  const cpu = runs.map((r) => r.cpuMs);
  return `${name.padEnd(12)} F1 ${f3(s.f1)}  precision ${f3(s.precision)}  recall ${f3(s.recall)}   ms/page: mean ${avg(wall).toFixed(1)} (cpu ${avg(cpu).toFixed(1)}), median ${quantile(wall, 0.5).toFixed(1)}, p95 ${quantile(wall, 0.95).toFixed(1)}, max ${Math.max(...wall).toFixed(0)}`;
}

/** Pages that would give no record: an empty body, or a body another page also gave. */
function noRecord(pages: readonly Page[], runs: readonly Run[]): string[] {
  const seen = new Map<string, string>();
  const out: string[] = [];
  runs.forEach((r, i) => {
    const page = pages[i]!;
    const body = squash(r.body);
    if (!page.truth) return;
    if (!body) out.push(`${page.id}: no article text found`);
    else if (seen.has(body)) out.push(`${page.id}: same body as ${seen.get(body)}`);
    else seen.set(body, page.id);
  });
  return out;
}

function report(title: string, pages: readonly Page[], own: readonly Run[], other: readonly Run[] | null, generic: readonly Run[] | null): void {
  console.log(`\n== ${title}: ${pages.length} pages`);
  console.log(scoreLine('vnews', own));
  if (generic) console.log(scoreLine('  generic', generic));
  if (other) console.log(scoreLine('readability', other));
  const missing = noRecord(pages, own);
  console.log(`pages with no record: ${missing.length}${missing.length ? `\n  ${missing.join('\n  ')}` : ''}`);
  if (other) console.log(`pages where readability gives nothing or a duplicate: ${noRecord(pages, other).length}`);
  const negatives = pages.map((p, i) => ({ p, r: own[i]! })).filter(({ p }) => !p.truth);
  for (const { p, r } of negatives) console.log(`not an article: ${p.id} → ${r.body ? `gave ${r.body.length} characters (wrong)` : 'no record (right)'}`);
  const ranked = pages
    .map((p, i) => ({ p, own: own[i]!, other: other?.[i] }))
    .filter(({ p }) => p.truth)
    .sort((a, b) => pageF1(a.own.counts) - pageF1(b.own.counts))
    .slice(0, worstN);
  console.log(`\nwhere vnews loses most (per-page F1, precision/recall; readability's F1):`);
  for (const { p, own: o, other: r } of ranked) {
    const host = p.url ? new URL(p.url).hostname.replace(/^www\./, '') : '';
    console.log(
      `  ${pageF1(o.counts).toFixed(3)} (P ${pagePrecision(o.counts).toFixed(2)} R ${pageRecall(o.counts).toFixed(2)})` +
        `${r ? `  rd ${pageF1(r.counts).toFixed(3)}` : ''}  ${o.wallMs.toFixed(0).padStart(4)} ms  ${p.id.slice(0, 16)}  ${host}`,
    );
  }
}

// ---------------------------------------------------------------- main

const aeb = aebPages();
const vi = vietnamesePages();
if (!aeb.length && !vi.length) {
  console.log(`no benchmark pages under ${sharedDir} (bench/aeb, pages): nothing to measure`);
  process.exit(0);
}

if (onePage) {
  const page = [...aeb, ...vi].find((p) => p.id === onePage || p.id.startsWith(onePage));
  if (!page) throw new Error(`no page ${onePage}`);
  const r = runOne(args.includes('--generic') ? vnewsGeneric : vnews, page);
  console.log(`${page.id} ${page.url}\nF1 ${pageF1(r.counts).toFixed(3)} P ${pagePrecision(r.counts).toFixed(3)} R ${pageRecall(r.counts).toFixed(3)}\n`);
  console.log(`---- vnews\n${r.body}\n\n---- truth\n${page.truth}`);
  process.exit(0);
}

console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'}, load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
const rd = withReadability ? await readability() : null;
const result: Record<string, unknown> = {};
for (const [title, pages] of [
  ['Article Extraction Benchmark (English)', aeb],
  ['Vietnamese pages (truth from the documented structure)', vi],
] as const) {
  if (!pages.length) continue;
  const own = runAll(vnews, pages);
  const other = rd ? runAll(rd, pages) : null;
  // on the Vietnamese pages the truth follows the documented layout, which the profiles
  // encode too: the generic cascade's figure is the one that is not circular
  const generic = pages[0]?.set === 'vi' ? runAll(vnewsGeneric, pages) : null;
  report(title, pages, own, other, generic);
  result[title] = {
    vnews: summarise(own.map((r) => r.counts)),
    readability: other ? summarise(other.map((r) => r.counts)) : null,
    generic: generic ? summarise(generic.map((r) => r.counts)) : null,
    pages: pages.map((p, i) => ({ id: p.id, f1: pageF1(own[i]!.counts), readability: other ? pageF1(other[i]!.counts) : null, ms: own[i]!.wallMs })),
  };
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(result, null, 1));

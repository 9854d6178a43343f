/**
 * Charts drawn on the server with Observable Plot into a small DOM (linkedom) and sent as
 * SVG: they need no script in the browser and nothing from a CDN. Plot's own <style>
 * element and any style attribute are removed (the Content-Security-Policy allows the
 * package's stylesheet only; app.css styles `svg.chart`), and hover titles are native
 * <title> elements. Plot escapes the text it draws, and linkedom serialises it escaped.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { RANKS } from '../data/ranks.js';
import type { Appearance, ClusterYearMember, MonthCount, ProvinceYearAwards } from './archive.js';
import { fold } from '../text/fold.js';

const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');

/** The little of the DOM used here (linkedom's elements; the project compiles without the DOM library). */
interface Element {
  querySelectorAll(selector: string): Iterable<Element>;
  remove(): void;
  removeAttribute(name: string): void;
  setAttribute(name: string, value: string): void;
  readonly outerHTML: string;
}

/** Plot's SVG as markup the page may embed: no <style>, no style attributes, a class and an accessible name. */
function toSvg(plot: Element, label: string): string {
  for (const el of [...plot.querySelectorAll('style')]) el.remove();
  for (const el of [plot, ...plot.querySelectorAll('[style]')]) el.removeAttribute('style');
  plot.setAttribute('class', 'chart');
  plot.setAttribute('role', 'img');
  plot.setAttribute('aria-label', label);
  return plot.outerHTML;
}

/** Plot options shared by every chart: the DOM to draw in. */
const base = { document } as Partial<Plot.PlotOptions>;

/** The page's palette (app.css uses the same colours for the highlights of officials and clusters). */
const BLUE = '#2f62a8';
const TEAL = '#2a8a7a';

const monthDate = (m: string): Date => new Date(`${m}-01T00:00:00Z`);

/** Articles per month of publication, as bars. */
export function monthsChart(rows: MonthCount[]): string | null {
  if (!rows.length) return null;
  const plot = Plot.plot({
    ...base,
    width: 760,
    height: 240,
    marginLeft: 44,
    x: { type: 'utc', label: null },
    y: { label: 'articles', grid: true },
    marks: [
      Plot.rectY(rows, { x: (d: MonthCount) => monthDate(d.month), y: 'articles', interval: 'month', fill: BLUE, title: (d: MonthCount) => `${d.month}: ${d.articles}` }),
      Plot.ruleY([0]),
    ],
  }) as unknown as Element;
  return toSvg(plot, `Bar chart of articles per month, ${rows[0]!.month} to ${rows[rows.length - 1]!.month}; the table beside it has the numbers.`);
}

/** Award recipients per province and year, one cell per pair, darker for more. */
export function awardsChart(rows: ProvinceYearAwards[], measure: 'collectives' | 'individuals'): string | null {
  const data = rows.filter((r) => r[measure] > 0);
  if (!data.length) return null;
  const provinces = [...new Set(data.map((r) => r.province))].sort((a, b) => a.localeCompare(b, 'vi'));
  const years = [...new Set(data.map((r) => r.year))].sort();
  const max = Math.max(...data.map((d) => d[measure]));
  const plot = Plot.plot({
    ...base,
    width: Math.max(320, 150 + years.length * 44),
    height: 40 + provinces.length * 20,
    marginLeft: 140,
    padding: 0.06,
    x: { type: 'band', domain: years, label: null, axis: 'top' },
    y: { type: 'band', domain: provinces, label: null },
    color: { type: 'sqrt', scheme: measure === 'collectives' ? 'Greens' : 'Blues', legend: false },
    marks: [
      Plot.cell(data, { x: 'year', y: 'province', fill: measure, title: (d: ProvinceYearAwards) => `${d.province}, ${d.year}: ${d[measure]} ${measure} (${d.awards} awards)` }),
      // Numbers in white on the darker cells (the colour scale is a square root: dark from about a quarter of the largest).
      ...[false, true].map((dark) =>
        Plot.text(
          data.filter((d) => d[measure] > max / 4 === dark),
          { x: 'year', y: 'province', text: (d: ProvinceYearAwards) => String(d[measure]), fill: dark ? 'white' : '#1d2330', fontSize: 9 },
        ),
      ),
    ],
  }) as unknown as Element;
  return toSvg(plot, `Grid of ${measure} awarded, by province and year; the table beside it has the numbers.`);
}

/** The provinces listed as members of one cluster, by year. */
export function clusterChart(cluster: number, rows: ClusterYearMember[]): string | null {
  const data = rows.filter((r) => r.cluster === cluster);
  if (!data.length) return null;
  const provinces = [...new Set(data.map((r) => r.province))].sort((a, b) => a.localeCompare(b, 'vi'));
  const years = [...new Set(data.map((r) => r.year))].sort();
  const plot = Plot.plot({
    ...base,
    width: Math.max(260, 150 + years.length * 44),
    height: 36 + provinces.length * 20,
    marginLeft: 140,
    padding: 0.08,
    x: { type: 'band', domain: years, label: null, axis: 'top' },
    y: { type: 'band', domain: provinces, label: null },
    marks: [
      Plot.cell(data, { x: 'year', y: 'province', fill: TEAL, title: (d: ClusterYearMember) => `${d.province} in cluster ${d.cluster}, ${d.year} (${d.articles} articles)` }),
    ],
  }) as unknown as Element;
  return toSvg(plot, `Provinces listed as members of cluster ${cluster}, by year; the table beside it lists them.`);
}

/** Ranks from the lowest (bottom) to the highest (top), by their place on the ladder. */
const rankOrder = (rank: string): number => RANKS.find((r) => fold(r.canonical) === fold(rank) || r.variants.some((v) => fold(v) === fold(rank)))?.order ?? 99;

/** Both timeline charts share width and left margin, so their time axes line up. */
const TIMELINE_WIDTH = 900;
const TIMELINE_MARGIN = 290;

const dayOf = (d: string): Date => new Date(`${d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d}T00:00:00Z`);

/**
 * One official over time: the rank at each dated appearance as a step line (highest rank
 * on top), and below it each post as a bar from its first to its last dated appearance,
 * with a dot for every appearance. Both share the time axis.
 */
export function officialTimeline(apps: Appearance[]): { ranks: string | null; posts: string | null } {
  const dated = apps.filter((a): a is Appearance & { date: string } => a.date !== null);
  if (!dated.length) return { ranks: null, posts: null };
  const days = dated.map((a) => dayOf(a.date).getTime());
  const pad = 180 * 86_400_000;
  const xDomain = [new Date(Math.min(...days) - pad), new Date(Math.max(...days) + pad)];
  const withRank = dated.filter((a): a is typeof a & { rank: string } => a.rank !== null);
  const rankDomain = [...new Set(withRank.map((a) => a.rank))].sort((a, b) => rankOrder(a) - rankOrder(b));
  const ranks = withRank.length
    ? toSvg(
        Plot.plot({
          ...base,
          width: TIMELINE_WIDTH,
          height: 50 + rankDomain.length * 34,
          marginLeft: TIMELINE_MARGIN,
          x: { type: 'utc', domain: xDomain, label: null },
          y: { type: 'point', domain: rankDomain, label: null, padding: 0.6 },
          marks: [
            Plot.line(withRank, { x: (a: Appearance) => dayOf(a.date!), y: 'rank', curve: 'step-after', stroke: BLUE, strokeOpacity: 0.5 }),
            Plot.dot(withRank, { x: (a: Appearance) => dayOf(a.date!), y: 'rank', r: 4.5, fill: BLUE, title: (a: Appearance) => `${a.date}: ${a.rank}\n${a.title ?? a.articleId}` }),
          ],
        }) as unknown as Element,
        `Rank over time: ${rankDomain.join(', ')}; the table below lists every appearance.`,
      )
    : null;
  const postRows = dated.flatMap((a) => a.positions.map((p) => ({ post: p, at: dayOf(a.date), date: a.date, title: a.title })));
  const posts = [...new Set(postRows.map((p) => p.post))];
  const spans = posts.map((post) => {
    const at = postRows.filter((p) => p.post === post).map((p) => p.at.getTime());
    return { post, from: new Date(Math.min(...at)), to: new Date(Math.max(...at)) };
  });
  const short = (s: string) => (s.length > 52 ? `${s.slice(0, 51)}…` : s);
  const postsSvg = posts.length
    ? toSvg(
        Plot.plot({
          ...base,
          width: TIMELINE_WIDTH,
          height: 40 + posts.length * 28,
          marginLeft: TIMELINE_MARGIN,
          x: { type: 'utc', domain: xDomain, label: null },
          y: { type: 'band', domain: posts, label: null, tickFormat: short, padding: 0.3 },
          marks: [
            Plot.barX(spans, { x1: 'from', x2: 'to', y: 'post', fill: TEAL, fillOpacity: 0.35, insetTop: 4, insetBottom: 4 }),
            Plot.dot(postRows, { x: 'at', y: 'post', r: 3.5, fill: TEAL, title: (p: { post: string; date: string; title: string | null }) => `${p.date}: ${p.post}\n${p.title ?? ''}` }),
          ],
        }) as unknown as Element,
        `Posts over time, each from its first to its last dated appearance: ${posts.join('; ')}.`,
      )
    : null;
  return { ranks, posts: postsSvg };
}

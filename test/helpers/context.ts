/** Builds a real article view for recogniser tests (same normalisation and sentence stages as the pipeline) and runs recognisers on it. */
import type { Warning } from '../../src/record/schema.js';
import type { Award, Cluster, DateValue, Official, Period, Province } from '../../src/record/schema.js';
import { normalizeText } from '../../src/normalize/normalize-text.js';
import { splitSentences } from '../../src/parse/split-sentences.js';
import { createArticleView, type ArticleView, type Decision } from '../../src/extract/article-view.js';
import { runRecognisers } from '../../src/extract/extract-entities.js';
import type { ProvinceResult } from '../../src/extract/provinces/index.js';

export type TestView = ArticleView & { warnings: Warning[]; decisions: Decision[] };

function view(text: string, sentences: ArticleView['sentences'], paragraphs: ArticleView['paragraphs'], opts: { publishedAt?: string | null; language?: string }): TestView {
  const warnings: Warning[] = [];
  const decisions: Decision[] = [];
  const v = createArticleView({
    text, sentences, paragraphs, publishedAt: opts.publishedAt ?? null, language: opts.language ?? 'vie',
    warn: (w) => warnings.push(w), trace: (d) => decisions.push(d),
  });
  return Object.assign(v, { warnings, decisions });
}

/** A view of `raw` normalised and split as the pipeline does. */
export function makeContext(raw: string, opts: { publishedAt?: string | null; language?: string } = {}): TestView {
  const text = normalizeText(raw).text;
  const { sentences, paragraphs } = splitSentences(text);
  return view(text, sentences, paragraphs, opts);
}

/** A view of the text exactly as given (no normalisation, no sentences), to test spellings as written. */
export function rawContext(text: string, publishedAt: string | null = null): TestView {
  return view(text, [], [], { publishedAt });
}

/** The result of one recogniser (and those it needs) on a view. */
export function recognise<T>(ctx: ArticleView, id: string): T {
  return runRecognisers(ctx, [id]).get(id) as T;
}

export const provinceResult = (ctx: ArticleView): ProvinceResult => recognise<ProvinceResult>(ctx, 'provinces');
export const extractProvinces = (ctx: ArticleView): Province[] => provinceResult(ctx).provinces;
export const extractOfficials = (ctx: ArticleView): Official[] => recognise<Official[]>(ctx, 'officials');
export const extractClusters = (ctx: ArticleView): Cluster[] => recognise<Cluster[]>(ctx, 'clusters');
export const extractAwards = (ctx: ArticleView): Award[] => recognise<Award[]>(ctx, 'awards');
export const extractPeriodsAndDates = (ctx: ArticleView): { periods: Period[]; dates: DateValue[] } => recognise(ctx, 'periods');
/** What the English recogniser reads in an English article, and its provinces. */
export const extractEnglish = (ctx: ArticleView): { officials: Official[]; provinces: Province[]; clusters: Cluster[]; periods: Period[]; awards: Award[] } => ({
  ...recognise<{ officials: Official[]; clusters: Cluster[]; periods: Period[]; awards: Award[] }>(ctx, 'english'),
  provinces: extractProvinces(ctx),
});

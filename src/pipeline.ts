/**
 * The order of the stages, in one place:
 *   load or fetch → extract article (HTML or plain text) → normalise → parse (sentences)
 *   → language → entities → record → (store, done by the caller).
 * Text-rewriting stages run before parsing, so every offset in the record points into
 * the final normalised text. Stage modules never import each other; this file wires them.
 */
import { createHash } from 'node:crypto';
import { VFile } from 'vfile';
import { hasAstral, toCodePoints } from './text/code-points.js';
import { z } from 'zod';
import { extractHtmlArticle } from './article/extract-html-article.js';
import { extractPlainArticle } from './article/extract-plain-article.js';
import type { ArticleDecision } from './article/byline/rule.js';
import { normalizeText, type ToneStyle } from './normalize/normalize-text.js';
import { splitSentences } from './parse/split-sentences.js';
import { detectLanguage } from './language/detect-language.js';
import { extractEntities } from './extract/extract-entities.js';
import { createArticleView, type Decision } from './extract/article-view.js';
import { ArticleRecord, ENTITY_KEYS, SCHEMA_VERSION, type Warning } from './record/schema.js';
import { recordSourceDates } from './record/source-dates.js';
import type { ArticleParts, LoadedArticle, Span } from './types.js';
import type { Entities } from './extract/extract-entities.js';

export interface PipelineOptions {
  /** Tone-mark placement written into `text` (default `old`: hòa, thủy, ủy). */
  toneStyle?: ToneStyle;
}

declare module 'vfile' {
  interface DataMap {
    parts: ArticleParts;
    sentences: Span[];
    paragraphs: Span[];
    language: { code: string; confidence: number };
    entities: Entities;
    warnings: Warning[];
  }
}

/** Record id: first 16 hex digits of sha256 of the normalised body text. */
export const recordId = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);

/** One loaded article → one validated record. Throws with a readable reason when it cannot. */
export function processArticle(article: LoadedArticle, opts: PipelineOptions = {}): ArticleRecord {
  return run(article, opts, false).record;
}

/**
 * Like processArticle, and also the decisions the rules took about candidates they dropped (a
 * province read as a person's name, a proposal that is no award, a byline that is no
 * official …): each a message of the returned vfile with its `ruleId`, its `place` in the text
 * and the reason. `vnews explain` prints them.
 */
export function explainArticle(article: LoadedArticle, opts: PipelineOptions = {}): { record: ArticleRecord; file: VFile } {
  return run(article, opts, true);
}

/** Line and column (both from 1) of each offset of `text`, for vfile messages. */
function pointsOf(text: string): (offset: number) => { line: number; column: number; offset: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
  };
}

function run(article: LoadedArticle, opts: PipelineOptions, explain: boolean): { record: ArticleRecord; file: VFile } {
  const toneStyle = opts.toneStyle ?? 'old';
  const warnings: Warning[] = [...article.warnings];

  // extract article: page chrome, title, dateline and byline leave the body. Plain text is
  // normalised first (the line heuristics need clean lines); normalising again below is
  // idempotent and cheap, and keeps one path for both kinds.
  let extracted;
  let articleDecisions: ArticleDecision[] = [];
  if (article.kind === 'html') extracted = extractHtmlArticle(article.body, { url: article.url ?? article.source.location });
  else {
    const pre = normalizeText(article.body, { toneStyle });
    warnings.push(...pre.warnings);
    extracted = extractPlainArticle(pre.text);
    articleDecisions = extracted.decisions;
  }
  warnings.push(...extracted.warnings);

  // normalise: the text every offset points into
  const normalised = normalizeText(extracted.body, { toneStyle });
  warnings.push(...normalised.warnings);
  const file = new VFile({ path: article.source.location, value: normalised.text });
  const text = normalised.text;
  if (!text.trim()) throw new Error('no article text found');

  const tidy = (s: string | null | undefined): string | null => (s ? normalizeText(s, { toneStyle }).text || null : null);
  file.data.parts = {
    title: tidy(article.title) ?? tidy(extracted.title),
    publishedAt: article.publishedAt ?? extracted.publishedAt,
    authors: (article.authors?.length ? article.authors : extracted.authors).map((a) => tidy(a)).filter((a): a is string => !!a),
    body: text,
  };

  // parse
  const { sentences, paragraphs } = splitSentences(text);
  file.data.sentences = sentences;
  file.data.paragraphs = paragraphs;

  // language
  file.data.language = detectLanguage(text);

  // entities
  const decisions: Decision[] = [];
  const view = createArticleView({
    text,
    sentences,
    paragraphs,
    publishedAt: file.data.parts.publishedAt,
    language: file.data.language.code,
    warn: (w) => warnings.push(w),
    trace: explain ? (d) => decisions.push(d) : null,
  });
  file.data.entities = extractEntities(view);
  // the article stage's decisions (a glued byline a veto rejected), placed from the end of the body
  if (explain) {
    for (const d of articleDecisions) decisions.push({ rule: d.rule, reason: d.reason, start: Math.max(0, text.length - d.fromEnd), end: Math.max(0, text.length - d.toEnd) });
  }

  // record
  const made: ArticleRecord = {
    schemaVersion: SCHEMA_VERSION,
    id: recordId(text),
    source: { ...recordSourceDates(article.source, (w) => warnings.push(w)), alsoAt: [] },
    language: file.data.language,
    title: file.data.parts.title,
    publishedAt: file.data.parts.publishedAt,
    authors: file.data.parts.authors,
    text,
    ...file.data.entities,
    warnings: dedupeWarnings(warnings),
  };
  const checked = ArticleRecord.safeParse(made);
  if (!checked.success) throw new Error(`invalid record: ${z.prettifyError(checked.error).replace(/\n/g, '; ')}`);
  for (const key of ENTITY_KEYS) {
    for (const entity of checked.data[key]) {
      for (const m of entity.mentions) {
        if (text.slice(m.start, m.end) !== m.text) throw new Error(`invalid record: a ${key} mention at ${m.start}-${m.end} does not match the text`);
      }
    }
  }
  const record = inCodePoints(checked.data);
  if (explain) {
    const point = pointsOf(text);
    for (const d of decisions.sort((a, b) => a.start - b.start || a.end - b.end)) {
      file.info(`${d.reason}: '${text.slice(d.start, d.end)}'`, { place: { start: point(d.start), end: point(d.end) }, ruleId: d.rule, source: 'vnews' });
    }
  }
  return { record, file };
}

/**
 * The record with every offset (mentions, warnings) counted in code points instead of
 * UTF-16 units (see src/text/code-points.ts); the same object when the text has no
 * character beyond the BMP, which is nearly always.
 */
function inCodePoints(record: ArticleRecord): ArticleRecord {
  if (!hasAstral(record.text)) return record;
  const cp = toCodePoints(record.text);
  const out = { ...record } as Record<string, unknown> & ArticleRecord;
  for (const key of ENTITY_KEYS) {
    out[key] = (record[key] as Array<{ mentions: Array<{ start: number; end: number }> }>).map((e) => ({
      ...e,
      mentions: e.mentions.map((m) => ({ ...m, start: cp(m.start), end: cp(m.end) })),
    })) as never;
  }
  out.warnings = record.warnings.map((w) => ({ ...w, start: w.start === null ? null : cp(w.start), end: w.end === null ? null : cp(w.end) }));
  return out;
}


function dedupeWarnings(ws: Warning[]): Warning[] {
  const seen = new Set<string>();
  const out: Warning[] = [];
  for (const w of ws) {
    const k = `${w.code}|${w.start}|${w.end}|${w.message}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(w);
    }
  }
  return out;
}

/**
 * Plain-text article parts. A text file cut from a news page keeps some of the page's
 * furniture as lines: a section header printed twice, the title, a bare date line at the
 * top; the reporter's name, "Theo TTXVN" or the CMS account ("Admin") at the bottom, on a line
 * of its own or, as crawled text often has it, glued to the end of the last paragraph ("… theo
 * quy định của pháp luật. Thu Trang": src/article/byline/). Those become `title`,
 * `publishedAt` and `authors` and leave the body; everything else, photo captions included
 * (they name officials and places), stays as written.
 */
import type { ArticleParts } from '../types.js';
import type { Warning } from '../record/schema.js';
import type { ArticleDecision } from './byline/rule.js';
import { trimArticleEdges } from './trim-article-edges.js';

/** Split a normalised article text (NFC, trimmed lines) into title, date, authors and body. */
export function extractPlainArticle(text: string): ArticleParts & { warnings: Warning[]; decisions: ArticleDecision[] } {
  const lines = text.split('\n');
  const blockLine: number[] = [];
  const blocks: string[] = [];
  lines.forEach((l, n) => {
    const t = l.trim();
    if (t) {
      blocks.push(t);
      blockLine.push(n);
    }
  });
  const edges = trimArticleEdges(blocks, { findTitle: true, gluedTail: true });
  const dropLines = new Set([...edges.drop].map((b) => blockLine[b]!));
  const cutLines = new Map([...edges.cut].map(([b, head]) => [blockLine[b]!, head]));
  const body = lines
    .flatMap((l, n) => (dropLines.has(n) ? [] : [cutLines.get(n) ?? l]))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { title: edges.title, publishedAt: edges.publishedAt, authors: edges.authors, body, warnings: [], decisions: edges.decisions };
}

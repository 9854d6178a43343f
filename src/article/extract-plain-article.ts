/**
 * Plain-text article parts. A text file cut from a news page keeps some of the page's
 * furniture as lines: a section header printed twice, the title, a bare date line at the
 * top; the reporter's name, "Theo TTXVN" or the CMS account ("Admin") at the bottom. Those
 * lines become `title`, `publishedAt` and `authors` and leave the body; everything else,
 * photo captions included (they name officials and places), stays as written.
 */
import type { ArticleParts } from '../types.js';
import type { Warning } from '../record/schema.js';
import { trimArticleEdges } from './trim-article-edges.js';

/** Split a normalised article text (NFC, trimmed lines) into title, date, authors and body. */
export function extractPlainArticle(text: string): ArticleParts & { warnings: Warning[] } {
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
  const edges = trimArticleEdges(blocks, { findTitle: true });
  const dropLines = new Set([...edges.drop].map((b) => blockLine[b]!));
  const body = lines
    .filter((_, n) => !dropLines.has(n))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { title: edges.title, publishedAt: edges.publishedAt, authors: edges.authors, body, warnings: [] };
}

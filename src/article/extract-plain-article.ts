/** Plain-text article parts (minimal version): the whole text is the body. */
import type { ArticleParts } from '../types.js';
import type { Warning } from '../record/schema.js';

export function extractPlainArticle(text: string): ArticleParts & { warnings: Warning[] } {
  return { title: null, publishedAt: null, authors: [], body: text, warnings: [] };
}

/** HTML article extraction (minimal version): paragraphs of the page. */
import * as cheerio from 'cheerio';
import type { ArticleParts } from '../types.js';
import type { Warning } from '../record/schema.js';

export function extractHtmlArticle(html: string, _opts: { url?: string } = {}): ArticleParts & { warnings: Warning[] } {
  const $ = cheerio.load(html);
  $('script, style, noscript').remove();
  const title = $('h1').first().text().trim() || $('title').text().trim() || null;
  const body = $('p').map((_, p) => $(p).text().trim()).get().filter(Boolean).join('\n\n');
  return { title, publishedAt: null, authors: [], body, warnings: [] };
}

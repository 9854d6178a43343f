/**
 * The edges of an article, read as a list of blocks (lines of a text file, or paragraphs of
 * a page): at the top a section header printed twice, the title, a dateline; at the bottom
 * the byline, a source line, the CMS account, photo credits. Both extractors use it, so a
 * plain-text article and the page it was cut from give the same parts.
 */
import { CAPTION_OPENERS } from '../data/article-chrome.js';
import { fold } from '../text/fold.js';
import { parseDateline } from '../text/vietnam-date.js';
import { classifyTailLine } from './parse-byline.js';

/** What the edges gave, and which blocks (by index) leave the body. */
export interface ArticleEdges {
  drop: Set<number>;
  title: string | null;
  publishedAt: string | null;
  authors: string[];
}

export interface TrimOptions {
  /** Take the first block as the title when it looks like one (plain text only). */
  findTitle: boolean;
  /** A title already known (from page metadata): a block repeating it at the top is dropped. */
  knownTitle?: string | null;
  /** Which blocks a page sets right-aligned: a short one at the end is a signature or a source. */
  rightAligned?: readonly boolean[];
}

// How far from each edge to look: a header, a title and a dateline at the top; a byline,
// a source, an account and a credit or two at the bottom.
const MAX_TOP = 6;
const MAX_TAIL = 5;

const CAPTION_OPENER_RE = new RegExp(`^(?:${CAPTION_OPENERS.map(fold).sort((a, b) => b.length - a.length).join('|')})(?![a-z0-9])`, 'u');
const FINAL_PUNCT = /[.,;:…]$/u;
// A right-aligned closing line short enough to be a signature ("VnEconomy", "Theo Thanh Xuân").
const isSignature = (s: string): boolean => s.length <= 60 && s.split(/\s+/u).length <= 6 && !/[.!?:;,]$/u.test(s);
const key = (s: string): string => fold(s).replace(/[\s.:;!?…"“”'’]+$/u, '');

/** A short line that could be a title or a section header: no final punctuation, capitalised. */
function isHeadingShaped(s: string): boolean {
  if (s.length < 4 || s.length > 250 || FINAL_PUNCT.test(s)) return false;
  return /^[\p{Lu}\p{N}"“'‘(]/u.test(s);
}

/** The next block reads as body text (a long sentence) after a title candidate. */
function isBodyAfter(next: string, title: string): boolean {
  if (next.length < 60) return false;
  return next.length >= title.length * 1.3 || /[.!?…"”)]$/u.test(next);
}

function looksLikeTitle(line: string, next: string | undefined): boolean {
  if (!isHeadingShaped(line) || next === undefined) return false;
  const words = line.split(/\s+/u).length;
  if (words < 3 || words > 40) return false;
  if (CAPTION_OPENER_RE.test(fold(line))) return false;
  if (parseDateline(line) || classifyTailLine(line)) return false;
  return parseDateline(next) !== null || isBodyAfter(next, line);
}

/** Find the top and bottom furniture of an article given as non-empty blocks. */
export function trimArticleEdges(blocks: readonly string[], opts: TrimOptions): ArticleEdges {
  const drop = new Set<number>();
  let title: string | null = null;
  let publishedAt: string | null = null;
  const knownKey = opts.knownTitle ? key(opts.knownTitle) : null;

  // top: section header twice, a repeat of the known title, the title, the dateline
  let i = 0;
  for (let step = 0; step < MAX_TOP && i < blocks.length - 1; step++) {
    const cur = blocks[i]!;
    const next = blocks[i + 1];
    if (next !== undefined && isHeadingShaped(cur) && cur.length <= 150 && key(cur) === key(next) && key(cur) !== knownKey) {
      drop.add(i).add(i + 1);
      i += 2;
    } else if (knownKey && key(cur) === knownKey) {
      drop.add(i++);
    } else if (publishedAt === null && parseDateline(cur)) {
      publishedAt = parseDateline(cur);
      drop.add(i++);
    } else if (opts.findTitle && title === null && !knownKey && looksLikeTitle(cur, next)) {
      title = cur;
      drop.add(i++);
    } else break;
  }
  const firstBody = i;

  // bottom: byline, source, account, placeholder, credit, related-box opener
  const authors: string[] = [];
  for (let j = blocks.length - 1, step = 0; j > firstBody && step < MAX_TAIL; j--, step++) {
    const tail = classifyTailLine(blocks[j]!) ?? (opts.rightAligned?.[j] && isSignature(blocks[j]!) ? { kind: 'source', names: [] } : null);
    if (!tail) break;
    drop.add(j);
    authors.unshift(...tail.names);
  }
  const seen = new Set<string>();
  return {
    drop,
    title,
    publishedAt,
    authors: authors.filter((a) => !seen.has(fold(a)) && !!seen.add(fold(a))),
  };
}

/**
 * The edges of an article, read as a list of blocks (lines of a text file, or paragraphs of
 * a page): at the top a section header (printed twice, or once when it is a known section
 * name or sits over a dated title), the title, a dateline, a byline under either; at the bottom
 * the byline, a source line, the CMS account, photo credits. Both extractors use it, so a
 * plain-text article and the page it was cut from give the same parts.
 */
import { AD_LABELS, CAPTION_OPENERS, SECTION_NAMES } from '../data/article-chrome.js';
import { fold } from '../text/fold.js';
import { wordAlternation } from '../text/patterns.js';
import { parseDateline } from '../text/vietnam-date.js';
import { isNameShaped } from '../text/author-names.js';
import { classifyTailLine } from './parse-byline.js';
import { readGluedTail } from './byline/glued.js';
import type { ArticleDecision } from './byline/rule.js';

/** What the edges gave, and which blocks (by index) leave the body. */
export interface ArticleEdges {
  drop: Set<number>;
  title: string | null;
  publishedAt: string | null;
  authors: string[];
  /** Blocks that lose what was glued to their end (a byline, a source): block index → the text they keep. */
  cut: Map<number, string>;
  /** Glued-byline readings a veto rejected, placed from the end of the body (for `vnews explain`). */
  decisions: ArticleDecision[];
}

export interface TrimOptions {
  /** Take the first block as the title when it looks like one (plain text only). */
  findTitle: boolean;
  /** A title already known (from page metadata): a block repeating it at the top is dropped. */
  knownTitle?: string | null;
  /** Which blocks a page sets right-aligned: a short one at the end is a signature or a source. */
  rightAligned?: readonly boolean[];
  /**
   * Read a byline, source or credit glued to the end of the last paragraph ("… theo quy định.
   * Thu Trang"), as crawled text writes it (src/article/byline/glued.ts). Plain text only: a
   * page keeps its byline in an element of its own.
   */
  gluedTail?: boolean;
}

// How far from each edge to look: a header, a title and a dateline at the top; a byline,
// a source, an account and a credit or two at the bottom.
const MAX_TOP = 6;
const MAX_TAIL = 5;

// Compared with tone marks: folded, "Ảnh" would also open "Anh hùng lực lượng vũ trang …".
const CAPTION_OPENER_RE = new RegExp(`^(?:${wordAlternation(CAPTION_OPENERS, '\\s+')})(?![\\p{L}\\p{M}\\p{N}])`, 'iu');
const FINAL_PUNCT = /[.,;:…]$/u;
// A right-aligned closing line short enough to be a signature ("VnEconomy", "Theo Thanh Xuân").
const isSignature = (s: string): boolean => s.length <= 60 && s.split(/\s+/u).length <= 6 && !/[.!?:;,]$/u.test(s);
const key = (s: string): string => fold(s).replace(/[\s.:;!?…"“”'’]+$/u, '');

const SECTION_SET = new Set(SECTION_NAMES.map(key));
// A section header or kicker printed once above the title: short, a few words.
const MAX_SECTION_CHARS = 60;
const MAX_SECTION_WORDS = 8;
// A byline under the title: a name or two, nothing more ("QUANG ĐẠI (thực hiện)").
const MAX_TOP_BYLINE_CHARS = 50;

const TRUNCATED_TITLE = /\s*(?:\.{3}|…)$/u;
const MAX_TRUNCATED_TITLE_CHARS = 120;

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

/** The names of a byline printed under the title or its dateline, else null. */
function topBylineNames(line: string | undefined): string[] | null {
  if (line === undefined || line.length > MAX_TOP_BYLINE_CHARS) return null;
  const tail = classifyTailLine(line);
  return tail?.kind === 'byline' && tail.names.length ? tail.names : null;
}

/**
 * A photo-story title keeps its label ("Ảnh: Một ngày cùng …"): the label line opens the
 * text and a dateline follows it, and what follows the label is not a photographer's name.
 */
function isLabelledTitle(line: string, first: boolean, next: string): boolean {
  if (!first || parseDateline(next) === null) return false;
  const rest = line.replace(/^[^:]*:\s*/u, '');
  return rest !== line && !isNameShaped(rest) && rest.split(/\s+/u).length >= 3;
}

/**
 * `line` is the title: heading-shaped, not a caption, dateline or byline, and followed by a
 * dateline or body text (a byline may stand between them). `first` is true when nothing but
 * section headers comes before it.
 */
function looksLikeTitle(line: string, next: string | undefined, afterNext: string | undefined, first: boolean): boolean {
  // "Rút ngắn thời hạn bằng lái: Phiền nhiễu, không hiệu quả...": a headline the crawler cut
  // keeps its ellipsis; only the first line, and only a short one, is read so.
  const cut = first ? TRUNCATED_TITLE.exec(line) : null;
  if (cut && line.length - cut[0].length <= MAX_TRUNCATED_TITLE_CHARS) line = line.slice(0, cut.index);
  if (!isHeadingShaped(line) || next === undefined) return false;
  const words = line.split(/\s+/u).length;
  if (words < 3 || words > 40) return false;
  if (parseDateline(line)) return false;
  const labelled = isLabelledTitle(line, first, next);
  if (!labelled && (CAPTION_OPENER_RE.test(line) || classifyTailLine(line))) return false;
  if (topBylineNames(next) && afterNext !== undefined) next = afterNext;
  return parseDateline(next) !== null || isBodyAfter(next, line);
}

/** A section line above the title: a known section name, or a short line over a dated title. */
function isSectionLine(cur: string, next: string | undefined, afterNext: string | undefined): boolean {
  if (!isHeadingShaped(cur) || cur.length > MAX_SECTION_CHARS) return false;
  if (SECTION_SET.has(key(cur))) return true;
  if (cur.split(/\s+/u).length > MAX_SECTION_WORDS || next === undefined || afterNext === undefined) return false;
  return parseDateline(next) === null && parseDateline(afterNext) !== null && looksLikeTitle(next, afterNext, undefined, true);
}

// "Quảng cáo", "ADVERTISEMENT": the label of an ad slot, compared with its tone marks
const AD_LABEL_SET = new Set(AD_LABELS.map((w) => w.toLowerCase()));
const isAdLabel = (s: string): boolean => s.length <= 20 && AD_LABEL_SET.has(s.replace(/[\s:.]+$/u, '').replace(/\s+/gu, ' ').trim().toLowerCase());

/**
 * Find the top and bottom furniture of an article given as non-empty blocks. An ad label
 * ("Quảng cáo") leaves wherever it stands, and the edges are read as if it were not there.
 */
export function trimArticleEdges(blocks: readonly string[], opts: TrimOptions): ArticleEdges {
  const kept: number[] = [];
  const ads: number[] = [];
  blocks.forEach((b, n) => (isAdLabel(b) ? ads : kept).push(n));
  if (!ads.length) return trimEdges(blocks, opts);
  const edges = trimEdges(
    kept.map((n) => blocks[n]!),
    { ...opts, rightAligned: opts.rightAligned && kept.map((n) => opts.rightAligned![n]!) },
  );
  return {
    ...edges,
    drop: new Set([...ads, ...[...edges.drop].map((k) => kept[k]!)]),
    cut: new Map([...edges.cut].map(([k, v]) => [kept[k]!, v])),
  };
}

function trimEdges(blocks: readonly string[], opts: TrimOptions): ArticleEdges {
  const drop = new Set<number>();
  let title: string | null = null;
  let publishedAt: string | null = null;
  const knownKey = opts.knownTitle ? key(opts.knownTitle) : null;

  // top: section header (twice, or once when known), a repeat of the known title, the title,
  // the dateline, a byline under either
  const topAuthors: string[] = [];
  let i = 0;
  for (let step = 0; step < MAX_TOP && i < blocks.length - 1; step++) {
    const cur = blocks[i]!;
    const next = blocks[i + 1];
    const afterNext = blocks[i + 2];
    const atTop = title === null && publishedAt === null && topAuthors.length === 0;
    const byline = title !== null && topAuthors.length === 0 ? topBylineNames(cur) : null;
    if (next !== undefined && isHeadingShaped(cur) && cur.length <= 150 && key(cur) === key(next) && key(cur) !== knownKey) {
      drop.add(i).add(i + 1);
      i += 2;
    } else if (knownKey && key(cur) === knownKey) {
      drop.add(i++);
    } else if (publishedAt === null && parseDateline(cur)) {
      publishedAt = parseDateline(cur);
      drop.add(i++);
    } else if (atTop && opts.findTitle && key(cur) !== knownKey && isSectionLine(cur, next, afterNext)) {
      drop.add(i++);
    } else if (opts.findTitle && title === null && !knownKey && looksLikeTitle(cur, next, afterNext, publishedAt === null)) {
      title = cur;
      drop.add(i++);
    } else if (byline && next !== undefined && (parseDateline(next) !== null || isBodyAfter(next, cur))) {
      topAuthors.push(...byline);
      drop.add(i++);
    } else break;
  }
  const firstBody = i;

  // bottom: byline, source, account, placeholder, credit, related-box opener, each on a line
  // of its own or (plain text) glued to the end of the last paragraph
  const authors: string[] = [...topAuthors];
  const tailAt = authors.length;
  const cut = new Map<number, string>();
  const decisions: ArticleDecision[] = [];
  for (let j = blocks.length - 1, step = 0; j >= firstBody && step < MAX_TAIL; j--, step++) {
    const block = blocks[j]!;
    const alone = j > firstBody;
    const tail = alone ? classifyTailLine(block) ?? (opts.rightAligned?.[j] && isSignature(block) ? { kind: 'source', names: [] } : null) : null;
    // glued: only while no byline has been read below (a caption's "Ảnh: Đức Anh" above the byline line stays)
    if (opts.gluedTail && authors.length === tailAt && (!tail || tail.kind === 'credit')) {
      const glued = readGluedTail(block, () => blocks.slice(firstBody, j).join('\n'), tail ? undefined : decisions);
      if (glued) {
        authors.splice(tailAt, 0, ...glued.names);
        // "Video: Cảnh sát tuần tra. Quang Huy" on a line of its own: the credit line leaves whole
        if (tail || (alone && classifyTailLine(glued.head))) {
          drop.add(j);
          continue;
        }
        cut.set(j, glued.head);
        break;
      }
    }
    if (!tail) break;
    drop.add(j);
    authors.splice(tailAt, 0, ...tail.names);
  }
  const seen = new Set<string>();
  return {
    drop,
    title,
    publishedAt,
    authors: authors.filter((a) => !seen.has(fold(a)) && !!seen.add(fold(a))),
    cut,
    decisions,
  };
}

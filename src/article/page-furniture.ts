/**
 * Page furniture that no site profile or class list names: elements a reader never sees
 * (hidden by an attribute or an inline style), caption and credit blocks, figures that hold
 * only a picture and its caption, and the lines of src/data/page-boilerplate.ts (ad labels,
 * widget headings, share and newsletter prompts, credits, reading times, date lines).
 */
import type { AnyNode, Element } from 'domhandler';
import { BOILERPLATE_LINES, CAPTION_BLOCK, EDGE_BYLINE, EMBED_BLOCK } from '../data/page-boilerplate.js';
import { textStats, type TextStats } from './html-blocks.js';
import { elementsUnder } from './score-content.js';

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
const CAPTION_RE = new RegExp(CAPTION_BLOCK, 'i');
const EMBED_RE = new RegExp(EMBED_BLOCK, 'i');
// A caption block longer than this is not a caption (a page that calls its article a "caption-…").
const MAX_CAPTION_CHARS = 500;
// Tags that make a figure content (a quotation, a table, code, an embedded post) rather than a picture.
const FIGURE_CONTENT = new Set(['blockquote', 'table', 'pre', 'code', 'ul', 'ol']);

const compiled = BOILERPLATE_LINES.map((r) => ({
  id: r.id,
  re: new RegExp(`^(?:${r.pattern})$`, 'iu'),
  must: r.mustContain ? new RegExp(r.mustContain, 'iu') : null,
  max: r.maxChars ?? 120,
}));
const EDGE_BYLINE_RE = new RegExp(`^(?:${EDGE_BYLINE})$`, 'u');
const MAX_EDGE_BYLINE_CHARS = 80;

/** The id of the boilerplate rule a line matches, or null for a line of the article. */
export function boilerplateRule(line: string): string | null {
  const s = line.replace(/\s+/gu, ' ').trim();
  if (!s) return null;
  for (const r of compiled) {
    if (s.length > r.max) continue;
    if (r.re.test(s) && (!r.must || r.must.test(s))) return r.id;
  }
  return null;
}

/** A byline line ("By Jane Doe, Reuters"): furniture at the top or the bottom of the body. */
export function isEdgeByline(line: string): boolean {
  const s = line.replace(/\s+/gu, ' ').trim();
  return s.length <= MAX_EDGE_BYLINE_CHARS && EDGE_BYLINE_RE.test(s);
}

/** An element hidden from the reader: the `hidden` attribute or an inline `display: none` / `visibility: hidden`. */
export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined) return true;
  if (a.style && HIDDEN_STYLE.test(a.style)) return true;
  return false;
}

/** An element marking an embedded post (a tweet, an Instagram card): part of the story. */
export const isEmbeddedPost = (el: Element): boolean => EMBED_RE.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`);

/**
 * Furniture elements under `root`, outermost first: hidden elements, caption blocks, and
 * figures holding no quotation, table, code or list. One walk; `memo` caches text sizes.
 */
export function findFurniture(root: AnyNode, memo: Map<AnyNode, TextStats> = new Map()): Element[] {
  const out: Element[] = [];
  const gone = new Set<Element>();
  const all = elementsUnder(root);
  // which elements hold figure content, bottom-up
  const holdsContent = new Set<Element>();
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    if (FIGURE_CONTENT.has(el.name) || holdsContent.has(el) || isEmbeddedPost(el)) {
      const p = el.parent;
      if (p && p.type === 'tag') holdsContent.add(p as Element);
    }
  }
  for (const el of all) {
    const p = el.parent;
    if (p && p.type === 'tag' && gone.has(p as Element)) {
      gone.add(el);
      continue;
    }
    const name = el.name;
    if (name === 'body' || name === 'html') continue;
    const cls = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
    const furniture =
      isHidden(el) ||
      (name === 'figure' && !holdsContent.has(el)) ||
      (cls.trim() !== '' && CAPTION_RE.test(cls) && !holdsContent.has(el) && textStats(el, memo).chars <= MAX_CAPTION_CHARS);
    if (furniture) {
      gone.add(el);
      out.push(el);
    }
  }
  return out;
}

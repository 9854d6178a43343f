/**
 * Generic content scoring, the last stage of the HTML cascade (after mozilla/readability):
 * blocks that are almost never the article are removed, every paragraph gives points to its
 * ancestors (more for length and commas), class and id words add or subtract, a container's
 * score shrinks with its link density, and the best container is the article, with those of
 * its siblings that score nearly as well. Class word lists are data (src/data/article-chrome.ts).
 */
import type { AnyNode, Element } from 'domhandler';
import { MAYBE_BLOCK, NEGATIVE_BLOCK, POSITIVE_BLOCK, UNLIKELY_BLOCK } from '../data/article-chrome.js';
import { BLOCK_TAGS, textOf, textStats, type TextStats } from './html-blocks.js';

const UNLIKELY_RE = new RegExp(UNLIKELY_BLOCK, 'i');
const MAYBE_RE = new RegExp(MAYBE_BLOCK, 'i');
const POSITIVE_RE = new RegExp(POSITIVE_BLOCK, 'i');
const NEGATIVE_RE = new RegExp(NEGATIVE_BLOCK, 'i');
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'banner', 'contentinfo']);
const KEEP_TAGS = new Set(['html', 'body', 'article', 'main', 'a']);
const SCORED_TAGS = new Set(['p', 'pre', 'td', 'section', 'h2', 'h3', 'h4', 'h5', 'h6']);

// Points for the kind of container (readability's initial scores).
const TAG_SCORE: Record<string, number> = {
  div: 5, article: 5, main: 5, section: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};
const CLASS_WEIGHT = 25;
const MIN_PARAGRAPH_CHARS = 25;
const ANCESTOR_LEVELS = 5;

const classAndId = (el: Element): string => `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;

function classWeight(el: Element): number {
  const s = classAndId(el);
  if (!s.trim()) return 0;
  let w = 0;
  if (NEGATIVE_RE.test(s)) w -= CLASS_WEIGHT;
  if (POSITIVE_RE.test(s)) w += CLASS_WEIGHT;
  return w;
}

const hasBlockChild = (el: Element): boolean => el.children.some((c) => c.type === 'tag' && BLOCK_TAGS.has((c as Element).name.toLowerCase()));

/**
 * The elements under `root` in document order, without descending into `skip`. Iterative:
 * the tree may be as deep as the parser allows (src/article/parse-html.ts).
 */
export function elementsUnder(root: AnyNode, skip: ReadonlySet<AnyNode> = new Set()): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [];
  const pushChildren = (n: AnyNode): void => {
    const kids = 'children' in n ? (n.children as AnyNode[]) : [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  };
  pushChildren(root);
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type !== 'tag' || skip.has(n)) continue;
    out.push(n as Element);
    pushChildren(n);
  }
  return out;
}

/** Elements under `root` that are almost never the article (menus, comments, sidebars, share bars). */
export function findUnlikely(root: AnyNode): Set<Element> {
  const out = new Set<Element>();
  for (const el of elementsUnder(root)) {
    if (KEEP_TAGS.has(el.name.toLowerCase())) continue;
    const role = (el.attribs.role ?? '').toLowerCase();
    const s = classAndId(el);
    if (UNLIKELY_ROLES.has(role) || (UNLIKELY_RE.test(s) && !MAYBE_RE.test(s))) out.add(el);
  }
  return out;
}

/**
 * The elements holding the article in document order, or [] when nothing scores.
 * Paragraphs inside `skip` (the unlikely blocks) give no points.
 */
export function findContent(root: AnyNode, skip: ReadonlySet<Element> = new Set()): Element[] {
  const memo = new Map<AnyNode, TextStats>();
  const scores = new Map<Element, number>();
  const init = (el: Element): void => {
    if (!scores.has(el)) scores.set(el, (TAG_SCORE[el.name.toLowerCase()] ?? 0) + classWeight(el));
  };

  for (const el of elementsUnder(root, skip)) {
    const tag = el.name.toLowerCase();
    // a div without block children reads as a paragraph
    if (!SCORED_TAGS.has(tag) && !((tag === 'div' || tag === 'section') && !hasBlockChild(el))) continue;
    const st = textStats(el, memo);
    if (st.chars < MIN_PARAGRAPH_CHARS) continue;
    const points = 1 + st.commas + Math.min(Math.floor(st.chars / 100), 3);
    let node = el.parent;
    for (let level = 0; level < ANCESTOR_LEVELS && node && node.type === 'tag'; level++) {
      const anc = node as Element;
      if (anc.name === 'html') break;
      init(anc);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(anc, scores.get(anc)! + points / divider);
      node = anc.parent;
    }
  }

  let top: Element | null = null;
  let topScore = -Infinity;
  const finalScore = new Map<Element, number>();
  for (const [el, s] of scores) {
    if (skip.has(el)) continue;
    const st = textStats(el, memo);
    const density = st.chars ? st.linkChars / st.chars : 1;
    const f = s * (1 - density);
    finalScore.set(el, f);
    if (f > topScore) {
      topScore = f;
      top = el;
    }
  }
  if (!top || topScore <= 0) return [];

  // siblings that score nearly as well, or that are plain prose, belong to the article too
  const parent = top.parent;
  if (!parent || parent.type !== 'tag') return [top];
  const threshold = Math.max(10, topScore * 0.2);
  const out: Element[] = [];
  for (const c of (parent as Element).children) {
    if (c.type !== 'tag') continue;
    const sib = c as Element;
    if (skip.has(sib)) continue;
    if (sib === top) {
      out.push(sib);
      continue;
    }
    const bonus = classAndId(sib).trim() && classAndId(sib) === classAndId(top) ? topScore * 0.2 : 0;
    const f = (finalScore.get(sib) ?? -Infinity) + bonus;
    if (f >= threshold) out.push(sib);
    else if (sib.name.toLowerCase() === 'p') {
      const st = textStats(sib, memo);
      const density = st.chars ? st.linkChars / st.chars : 1;
      if ((st.chars > 80 && density < 0.25) || (st.chars > 0 && st.chars <= 80 && density === 0 && /[.!?…]\s*$/u.test(textOf(sib)))) out.push(sib);
    }
  }
  return out;
}

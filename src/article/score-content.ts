/**
 * Generic content scoring, the last stage of the HTML cascade, after mozilla/readability's
 * `_grabArticle`: every paragraph gives points to its five nearest ancestors (more for length
 * and commas), class and id words add or subtract, a container's score shrinks with its link
 * density; the best container is promoted to a common ancestor when several near-best ones
 * share it, or to its parent when the parent scores higher; then its siblings that score
 * nearly as well (an article cut in chunks by ads) or read as prose join it.
 *
 * Like readability it runs up to three times: first without the blocks that are almost never
 * the article (menus, comments, sidebars), then with them, then without class weights, and
 * keeps the first result with enough text (else the longest). Inside the result, blocks that
 * look like furniture (a negative class, mostly links, a byline, a share bar, more inputs than
 * paragraphs) are passed over when the body is read ("clean conditionally").
 *
 * Everything walks the tree iteratively and touches each element a bounded number of times:
 * the tree may be as deep as src/article/parse-html.ts allows. Class word lists are data
 * (src/data/article-chrome.ts).
 */
import type { AnyNode, Element } from 'domhandler';
import { EMBED_BLOCK } from '../data/page-boilerplate.js';
import { BYLINE_BLOCK, MAYBE_BLOCK, NEGATIVE_BLOCK, POSITIVE_BLOCK, SHARE_BLOCK, UNLIKELY_BLOCK } from '../data/article-chrome.js';
import { collectBlocks, isListing, textOf, textStats, type TextStats } from './html-blocks.js';

const UNLIKELY_RE = new RegExp(UNLIKELY_BLOCK, 'i');
const MAYBE_RE = new RegExp(MAYBE_BLOCK, 'i');
const POSITIVE_RE = new RegExp(POSITIVE_BLOCK, 'i');
const NEGATIVE_RE = new RegExp(NEGATIVE_BLOCK, 'i');
const BYLINE_RE = new RegExp(BYLINE_BLOCK, 'i');
const SHARE_RE = new RegExp(SHARE_BLOCK, 'i');
const EMBED_RE = new RegExp(EMBED_BLOCK, 'i');
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'banner', 'contentinfo', 'search']);
const KEEP_TAGS = new Set(['html', 'body', 'article', 'main', 'a']);
const SCORED_TAGS = new Set(['p', 'pre', 'h2', 'h3', 'h4', 'h5', 'h6']);
// Containers that read as a paragraph only when they hold no block (readability scores them
// always, so a <section> wrapping a whole article gave its points to <body>).
const LEAF_SCORED_TAGS = new Set(['div', 'section', 'td']);
// A div holding none of these (at any depth) reads as a paragraph.
const DIV_TO_P = new Set(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul', 'section', 'article', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
// Tags that are cleaned conditionally inside the article.
const CONDITIONAL_TAGS = new Set(['div', 'section', 'ul', 'ol', 'table', 'form', 'fieldset', 'dl']);

// Points for the kind of container (readability's initial scores; article and main count as div).
const TAG_SCORE: Record<string, number> = {
  div: 5, article: 5, main: 5, section: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};
const COMMAS = /[,،、，﹐︐︑⹁⸴⸲]/gu;
const CLASS_WEIGHT = 25;
const MIN_PARAGRAPH_CHARS = 25;
const ANCESTOR_LEVELS = 5;
const TOP_CANDIDATES = 5;
// An article shorter than this is retried with fewer exclusions (readability's charThreshold).
const ENOUGH_CHARS = 500;
const MAX_BYLINE_CHARS = 100;
const MAX_SHARE_CHARS = 500;

const classAndId = (el: Element): string => `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
const tagOf = (el: Element): string => el.name.toLowerCase();
const parentElement = (n: AnyNode): Element | null => (n.parent && n.parent.type === 'tag' ? (n.parent as Element) : null);
const childElements = (el: Element): Element[] => el.children.filter((c): c is Element => c.type === 'tag');

/** Readability's class weight: class and id each add 25 for a content word, subtract 25 for a furniture word. */
export function classWeight(el: Element): number {
  let w = 0;
  for (const s of [el.attribs.class, el.attribs.id]) {
    if (!s) continue;
    if (NEGATIVE_RE.test(s)) w -= CLASS_WEIGHT;
    if (POSITIVE_RE.test(s)) w += CLASS_WEIGHT;
  }
  return w;
}

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
  const inTable = new Set<Element>();
  const all = elementsUnder(root);
  const posts = postHolders(all);
  for (const el of all) {
    if (posts.has(el)) continue;
    const parent = parentElement(el);
    if (parent && (inTable.has(parent) || tagOf(parent) === 'table')) inTable.add(el);
    if (KEEP_TAGS.has(tagOf(el))) continue;
    const role = (el.attribs.role ?? '').toLowerCase();
    const s = classAndId(el);
    if (UNLIKELY_ROLES.has(role) || (UNLIKELY_RE.test(s) && !MAYBE_RE.test(s) && !inTable.has(el))) out.add(el);
  }
  return out;
}

/** Embedded posts (tweets, Instagram cards) and every element holding one, bottom-up. */
function postHolders(all: readonly Element[]): Set<Element> {
  const out = new Set<Element>();
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    if (!out.has(el) && !EMBED_RE.test(classAndId(el))) continue;
    out.add(el);
    for (let p = parentElement(el); p && !out.has(p); p = parentElement(p)) out.add(p);
  }
  return out;
}

/** What content scoring chose: the article's containers in document order, and the blocks inside them to pass over. */
export interface ContentChoice {
  roots: Element[];
  skip: Set<AnyNode>;
}

interface Attempt extends ContentChoice {
  chars: number;
}

/** Which elements hold a block-level descendant (readability's `_hasChildBlockElement`), bottom-up in one pass. */
function blockHolders(all: readonly Element[]): Set<Element> {
  const out = new Set<Element>();
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    if (!DIV_TO_P.has(tagOf(el)) && !out.has(el)) continue;
    for (let p = parentElement(el); p && !out.has(p); p = parentElement(p)) out.add(p);
  }
  return out;
}

/**
 * A div whose only child is one paragraph, with no text of its own: readability reads it as the
 * paragraph itself, so the paragraph's points go to the div's parent.
 */
function isParagraphWrapper(el: Element): boolean {
  if (tagOf(el) !== 'div') return false;
  let only: Element | null = null;
  for (const c of el.children) {
    if (c.type === 'text') {
      if ((c as unknown as { data: string }).data.trim()) return false;
    } else if (c.type === 'tag') {
      if (only) return false;
      only = c as Element;
    }
  }
  return !!only && tagOf(only) === 'p';
}

function linkDensity(el: AnyNode, memo: Map<AnyNode, TextStats>): number {
  const st = textStats(el, memo);
  return st.chars ? st.linkChars / st.chars : 0;
}

function scoreAndPick(root: AnyNode, skip: ReadonlySet<AnyNode>, weightClasses: boolean, memo: Map<AnyNode, TextStats>): ContentChoice | null {
  const all = elementsUnder(root, skip);
  const holders = blockHolders(all);
  const scores = new Map<Element, number>();
  const init = (el: Element): void => {
    if (!scores.has(el)) scores.set(el, (TAG_SCORE[tagOf(el)] ?? 0) + (weightClasses ? classWeight(el) : 0));
  };
  const give = (first: Element | null, points: number): void => {
    let node = first;
    for (let level = 0; level < ANCESTOR_LEVELS && node; level++) {
      if (tagOf(node) === 'html') break;
      init(node);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(node, scores.get(node)! + points / divider);
      node = parentElement(node);
    }
  };
  // a point for the paragraph, one per comma-separated part, one per 100 characters up to 3
  const pointsFor = (chars: number, commas: number): number => 1 + commas + 1 + Math.min(Math.floor(chars / 100), 3);

  for (const el of all) {
    const tag = tagOf(el);
    const paragraph = SCORED_TAGS.has(tag) || (LEAF_SCORED_TAGS.has(tag) && !holders.has(el));
    if (paragraph) {
      const st = textStats(el, memo);
      if (st.chars < MIN_PARAGRAPH_CHARS) continue;
      let parent = parentElement(el);
      if (tag === 'p' && parent && isParagraphWrapper(parent)) parent = parentElement(parent);
      give(parent, pointsFor(st.chars, st.commas));
    } else if (tag === 'div' && holders.has(el)) {
      // text straight inside a div among block children: readability wraps each run in a <p>
      let run = '';
      const flush = (): void => {
        const t = run.replace(/\s+/gu, ' ').trim();
        if (t.length >= MIN_PARAGRAPH_CHARS) give(el, pointsFor(t.length, t.match(COMMAS)?.length ?? 0));
        run = '';
      };
      for (const c of el.children) {
        if (c.type === 'text') run += (c as unknown as { data: string }).data;
        else if (c.type === 'tag' && !DIV_TO_P.has(tagOf(c as Element)) && !holders.has(c as Element)) {
          if (!skip.has(c)) run += textOf(c);
        } else flush();
      }
      flush();
    }
  }

  // the best candidates, after the link-density penalty
  const final = new Map<Element, number>();
  const top: Element[] = [];
  for (const [el, s] of scores) {
    const f = s * (1 - linkDensity(el, memo));
    final.set(el, f);
    let i = top.findIndex((t) => f > final.get(t)!);
    if (i < 0) i = top.length;
    if (i < TOP_CANDIDATES) {
      top.splice(i, 0, el);
      if (top.length > TOP_CANDIDATES) top.pop();
    }
  }
  let best = top[0];
  if (!best || tagOf(best) === 'body') return null;
  const scoreOf = (el: Element): number => final.get(el) ?? scores.get(el) ?? 0;
  const isBody = (el: Element | null): boolean => !el || tagOf(el) === 'body' || tagOf(el) === 'html';

  // several near-best candidates under one ancestor: the ancestor is the article
  const near = top.slice(1).filter((t) => scoreOf(t) / scoreOf(best!) >= 0.75);
  if (near.length >= 3) {
    const chains = near.map((t) => {
      const s = new Set<Element>();
      for (let p = parentElement(t); p; p = parentElement(p)) s.add(p);
      return s;
    });
    for (let p = parentElement(best); !isBody(p); p = parentElement(p!)) {
      if (chains.filter((c) => c.has(p!)).length >= 3) {
        best = p!;
        break;
      }
    }
  }
  // a parent scoring higher than the candidate holds more of the article
  {
    let last = scoreOf(best);
    const floor = last / 3;
    for (let p = parentElement(best); !isBody(p); p = parentElement(p!)) {
      if (!final.has(p!)) continue;
      const ps = scoreOf(p!);
      if (ps < floor) break;
      if (ps > last) {
        best = p!;
        break;
      }
      last = ps;
    }
  }
  // an only child stands for its parent, so that the parent's siblings are looked at
  for (let p = parentElement(best); !isBody(p) && childElements(p!).length === 1; p = parentElement(p!)) best = p!;

  // siblings that score nearly as well, or that are plain prose, belong to the article too
  const parent = parentElement(best);
  if (!parent) return { roots: [best], skip: new Set(skip) };
  const bestScore = scoreOf(best);
  const threshold = Math.max(10, bestScore * 0.2);
  const roots: Element[] = [];
  for (const sib of childElements(parent)) {
    if (skip.has(sib)) continue;
    if (sib === best) {
      roots.push(sib);
      continue;
    }
    const bonus = sib.attribs.class && sib.attribs.class === best.attribs.class ? bestScore * 0.2 : 0;
    // a sibling that reads as a list of linked headlines is a feed of other stories
    if (scores.has(sib) && scoreOf(sib) + bonus >= threshold) {
      if (!isFeed(sib, memo) && !isListing(collectBlocks([sib], skip))) roots.push(sib);
    }
    // a chunk of the same article (same class) whose paragraphs sit too deep to score it
    else if (bonus && !scores.has(sib) && isProseChunk(sib, memo) && !isFeed(sib, memo)) roots.push(sib);
    else if (tagOf(sib) === 'h2' && roots.length === 0 && isLeadHeading(sib, memo)) roots.push(sib);
    else if ((tagOf(sib) === 'p' || isParagraphWrapper(sib)) && classWeight(sib) >= 0) {
      const st = textStats(sib, memo);
      const density = st.chars ? st.linkChars / st.chars : 1;
      if ((st.chars > 80 && density < 0.25) || (st.chars > 0 && st.chars <= 80 && density === 0 && /\.(?:\s|$)/u.test(textOf(sib)))) roots.push(sib);
    }
  }
  return { roots, skip: cleanConditionally(roots, skip, memo) };
}

// A feed of other stories: at least this many linked headings, with little text for each.
const MIN_FEED_HEADLINES = 4;
const MAX_FEED_CHARS_PER_HEADLINE = 600;
const MIN_HEADLINE_WORDS = 3;

/**
 * A block of teasers (a "more stories" grid after the article): linked headings (h2–h4 that
 * are mostly a link of three words or more), at least four, and less than 600 characters
 * of text per heading (a kicker, the headline, a line of summary).
 */
function isFeed(el: Element, memo: Map<AnyNode, TextStats>): boolean {
  let headlines = 0;
  for (const d of elementsUnder(el)) {
    if (!/^h[2-4]$/.test(tagOf(d))) continue;
    const st = textStats(d, memo);
    if (st.chars && st.linkChars / st.chars > 0.5 && textOf(d).trim().split(/\s+/u).length >= MIN_HEADLINE_WORDS) headlines++;
  }
  return headlines >= MIN_FEED_HEADLINES && textStats(el, memo).chars / headlines < MAX_FEED_CHARS_PER_HEADLINE;
}

// A chunk of an article cut by ad rails: this much text, little of it in links.
const MIN_CHUNK_CHARS = 200;
const MAX_CHUNK_LINK_DENSITY = 0.3;

function isProseChunk(el: Element, memo: Map<AnyNode, TextStats>): boolean {
  const st = textStats(el, memo);
  return st.chars >= MIN_CHUNK_CHARS && st.linkChars / st.chars < MAX_CHUNK_LINK_DENSITY;
}

// A lead set as a heading before the article (Dân trí's `h2.singular-sapo`): a sentence or more.
const MIN_LEAD_HEADING_CHARS = 100;

/** A heading just before the article that reads as its lead paragraph: long, and ending a sentence. */
function isLeadHeading(el: Element, memo: Map<AnyNode, TextStats>): boolean {
  const st = textStats(el, memo);
  if (st.chars < MIN_LEAD_HEADING_CHARS || st.linkChars > st.chars * 0.1) return false;
  return /[.!?…"”)]\s*$/u.test(textOf(el));
}

interface Counts {
  p: number;
  img: number;
  li: number;
  input: number;
  embed: number;
  /** Characters inside the outermost lists. */
  listChars: number;
}

const COUNTED: Record<string, keyof Counts> = { p: 'p', img: 'img', li: 'li', input: 'input', select: 'input', textarea: 'input', button: 'input', iframe: 'embed', embed: 'embed', object: 'embed' };

/**
 * Furniture inside the chosen containers, to pass over when the body is read. One walk down
 * (which ancestors are a figure or code) and one up (tag counts per subtree): linear.
 */
function cleanConditionally(roots: readonly Element[], skip: ReadonlySet<AnyNode>, memo: Map<AnyNode, TextStats>): Set<AnyNode> {
  const out = new Set<AnyNode>(skip);
  for (const r of roots) {
    const all = elementsUnder(r, skip);
    all.unshift(r);
    const counts = new Map<Element, Counts>();
    for (let i = all.length - 1; i >= 0; i--) {
      const el = all[i]!;
      const c = counts.get(el) ?? { p: 0, img: 0, li: 0, input: 0, embed: 0, listChars: 0 };
      counts.set(el, c);
      const tag = tagOf(el);
      const key = COUNTED[tag];
      if (key) c[key]++;
      if (tag === 'ul' || tag === 'ol') c.listChars = textStats(el, memo).chars;
      const parent = el === r ? null : parentElement(el);
      if (!parent) continue;
      const pc = counts.get(parent) ?? { p: 0, img: 0, li: 0, input: 0, embed: 0, listChars: 0 };
      counts.set(parent, pc);
      pc.p += c.p;
      pc.img += c.img;
      pc.li += c.li;
      pc.input += c.input;
      pc.embed += c.embed;
      pc.listChars += c.listChars;
    }
    // top-down: ancestors that exempt or that were dropped already
    const posts = postHolders(all);
    const sheltered = new Set<Element>(); // inside a figure or code
    for (const el of all) {
      const parent = el === r ? null : parentElement(el);
      if (parent && (out.has(parent) && parent !== r)) {
        out.add(el);
        continue;
      }
      const tag = tagOf(el);
      if (parent && (sheltered.has(parent) || tagOf(parent) === 'figure' || tagOf(parent) === 'code' || tagOf(parent) === 'pre')) sheltered.add(el);
      if (el === r || posts.has(el)) continue;
      const s = classAndId(el);
      const rel = (el.attribs.rel ?? '').toLowerCase();
      const itemprop = (el.attribs.itemprop ?? '').toLowerCase();
      const st = textStats(el, memo);
      // a byline block ("By …", the author's card) and a share bar
      if ((rel === 'author' || itemprop.includes('author') || (s.trim() && BYLINE_RE.test(s))) && st.chars < MAX_BYLINE_CHARS && tag !== 'p') out.add(el);
      else if (s.trim() && SHARE_RE.test(s) && st.chars < MAX_SHARE_CHARS) out.add(el);
      else if (/^h[1-6]$/.test(tag) && classWeight(el) < 0) out.add(el);
      else if (CONDITIONAL_TAGS.has(tag) && !sheltered.has(el) && shouldDrop(el, tag, st, counts.get(el)!)) out.add(el);
    }
  }
  return out;
}

/** Readability's `_cleanConditionally` checks, for one container inside the article. */
function shouldDrop(el: Element, tag: string, st: TextStats, c: Counts): boolean {
  const weight = classWeight(el);
  if (weight < 0) return true;
  if (st.commas >= 10) return false;
  const isList = tag === 'ul' || tag === 'ol' || (st.chars > 0 && c.listChars / st.chars > 0.9);
  const density = st.chars ? st.linkChars / st.chars : 0;
  if (c.img > 1 && c.p / c.img < 0.5 && st.chars < 200) return true;
  if (!isList && c.li - 100 > c.p) return true;
  if (c.input > Math.floor(c.p / 3)) return true;
  if (!isList && weight < 25 && density > 0.2 && st.chars < 1000) return true;
  if (weight >= 25 && density > 0.5) return true;
  if ((c.embed === 1 && st.chars < 75) || c.embed > 1) return st.chars < 200;
  return false;
}

/** Characters of text under `roots`, outside `skip`. */
function visibleChars(roots: readonly Element[], skip: ReadonlySet<AnyNode>): number {
  let n = 0;
  const stack: AnyNode[] = [...roots];
  while (stack.length) {
    const x = stack.pop()!;
    if (x.type === 'text') n += (x as unknown as { data: string }).data.replace(/\s+/gu, ' ').trim().length;
    else if (x.type === 'tag' && !skip.has(x)) stack.push(...(x as Element).children);
  }
  return n;
}

/**
 * The article under `root`: readability's three attempts (without unlikely blocks, with
 * them, without class weights), the first with enough text, else the longest. Null when
 * nothing scores (the caller then reads the whole page).
 */
export function findArticle(root: AnyNode): ContentChoice | null {
  const memo = new Map<AnyNode, TextStats>();
  const unlikely = findUnlikely(root);
  const attempts: Attempt[] = [];
  for (const [skip, weights] of [
    [unlikely, true],
    [new Set<AnyNode>(), true],
    [new Set<AnyNode>(), false],
  ] as const) {
    if (attempts.length && skip.size === 0 && weights && unlikely.size === 0) continue; // same as the first
    const choice = scoreAndPick(root, skip, weights, memo);
    if (!choice) continue;
    const chars = visibleChars(choice.roots, choice.skip);
    if (chars >= ENOUGH_CHARS) return choice;
    attempts.push({ ...choice, chars });
  }
  attempts.sort((a, b) => b.chars - a.chars);
  return attempts[0] ?? null;
}

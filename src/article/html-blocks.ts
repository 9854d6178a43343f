/**
 * Paragraphs of an HTML subtree as a reader sees them: a block element or a `<br>` ends a
 * paragraph, inline elements run on. Each paragraph records how much of its text sits in
 * links, so lists of related links can be told from prose.
 */
import type { AnyNode, Element } from 'domhandler';

/** One paragraph of a page. */
export interface Block {
  text: string;
  /** Characters of `text` inside `<a>` elements. */
  linkChars: number;
  /** Set right (`align=right`, `text-align: right`): where pages put signatures and sources. */
  right?: boolean;
}

const RIGHT_ALIGNED = /text-align\s*:\s*right/i;
const alignsRight = (el: Element): boolean => (el.attribs.align ?? '').toLowerCase() === 'right' || RIGHT_ALIGNED.test(el.attribs.style ?? '');

/** Elements that start and end a paragraph. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul', 'body', 'html',
]);

const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'img', 'picture', 'source', 'video', 'audio', 'iframe', 'object', 'embed', 'canvas', 'button', 'select', 'textarea', 'input']);

/** True for an element node (domhandler gives script and style their own node types). */
export const isElement = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

/** The paragraphs under `roots`, in document order, white space collapsed, empty ones left out; subtrees in `skip` are passed over. */
export function collectBlocks(roots: readonly AnyNode[], skip: ReadonlySet<AnyNode> = new Set()): Block[] {
  const out: Block[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let linkDepth = 0;
  let rightDepth = 0;

  const flush = (): void => {
    if (!parts.length) return;
    const raw = parts.join('');
    const text = raw.replace(/\s+/gu, ' ').trim();
    if (text) {
      // link characters were counted on raw text; scale to the collapsed length
      const ratio = raw.length ? text.length / raw.length : 1;
      const block: Block = { text, linkChars: Math.min(text.length, Math.round(linkChars * ratio)) };
      if (rightDepth > 0) block.right = true;
      out.push(block);
    }
    parts = [];
    linkChars = 0;
  };

  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      parts.push(data);
      if (linkDepth > 0) linkChars += data.length;
      return;
    }
    if (node.type === 'root') {
      for (const child of (node as unknown as { children: AnyNode[] }).children) walk(child);
      return;
    }
    if (!isElement(node) || skip.has(node)) return;
    const name = node.name.toLowerCase();
    if (SKIP_TAGS.has(name)) return;
    if (name === 'br') {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(name);
    if (block) flush();
    const right = alignsRight(node);
    if (right) rightDepth++;
    if (name === 'a') linkDepth++;
    for (const child of node.children) walk(child);
    if (name === 'a') linkDepth--;
    if (block) flush();
    if (right) rightDepth--;
  };

  for (const r of roots) walk(r);
  flush();
  return out;
}

// A paragraph mostly made of links is navigation, not prose.
const MAX_LINK_SHARE = 0.5;
// A listing: at least this many linked headlines, and this many per excerpt.
const MIN_LISTING_LINKS = 5;
const LISTING_LINK_SHARE = 0.6;
const MIN_HEADLINE_WORDS = 3;

/**
 * A section front or search page: as many linked headlines as excerpts. An article has a
 * few link lists at most (related articles), far fewer than its paragraphs.
 */
export function isListing(blocks: readonly Block[]): boolean {
  let links = 0;
  let prose = 0;
  for (const b of blocks) {
    if (b.text.length < 20) continue;
    if (b.linkChars / b.text.length > MAX_LINK_SHARE) {
      // a headline has words; a bare address ("http://example.com/x") is a link the story gives
      if (b.text.split(' ').length >= MIN_HEADLINE_WORDS) links++;
    } else prose++;
  }
  return links >= MIN_LISTING_LINKS && links >= prose * LISTING_LINK_SHARE;
}

/** Text and link statistics of a subtree, for content scoring. */
export interface TextStats {
  chars: number;
  linkChars: number;
  commas: number;
}

/** Count text characters (white space runs as one), link characters and commas under `node`. */
export function textStats(node: AnyNode, memo: Map<AnyNode, TextStats>): TextStats {
  const hit = memo.get(node);
  if (hit) return hit;
  let stats: TextStats;
  if (node.type === 'text') {
    const data = (node as unknown as { data: string }).data.replace(/\s+/gu, ' ');
    stats = { chars: data.trim() ? data.length : 0, linkChars: 0, commas: (data.match(/[,،、，]/gu) ?? []).length };
  } else if (isElement(node) && !SKIP_TAGS.has(node.name.toLowerCase())) {
    stats = { chars: 0, linkChars: 0, commas: 0 };
    const isLink = node.name.toLowerCase() === 'a';
    for (const c of node.children) {
      const s = textStats(c, memo);
      stats.chars += s.chars;
      stats.linkChars += isLink ? s.chars : s.linkChars;
      stats.commas += s.commas;
    }
  } else stats = { chars: 0, linkChars: 0, commas: 0 };
  memo.set(node, stats);
  return stats;
}

/** The text under `node` (all text nodes, in order), without recursion. */
export function textOf(node: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') parts.push((n as unknown as { data: string }).data);
    else if ('children' in n) {
      const kids = n.children as AnyNode[];
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return parts.join('');
}

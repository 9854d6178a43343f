/**
 * The HTML parser of the article stage, with bounds. htmlparser2 builds the tree (the
 * tolerant streaming parser cheerio ships with; several times faster than parse5 on news
 * pages and without parse5's tree-construction scans), and the reading stops at the first of:
 *
 *  - `maxChars` characters of HTML: a page longer than that is read up to there;
 *  - an element nested deeper than `maxDepth` levels (Blink caps its tree at 512 levels too);
 *    the parser's own stack costs O(depth) per tag, so a deeper page would take quadratic time;
 *  - `maxElements` elements: a million `<p>` would otherwise take gigabytes.
 *
 * What was read before the limit stays a well-formed tree, and the caller says so with a
 * warning (or, when nothing usable came before the limit, fails the page with the reason).
 * Real news pages stay far inside the bounds: the deepest of the 195 benchmark pages nests
 * 51 levels and the largest holds about 1,600 elements in 1.5 MB.
 */
import { Parser } from 'htmlparser2';
import { DomHandler, type Document } from 'domhandler';

/** The documented bounds of the HTML stage (README, "Limits"). */
export const HTML_LIMITS = {
  maxChars: 10_000_000,
  maxDepth: 512,
  maxElements: 50_000,
} as const;

export type HtmlLimits = { maxChars: number; maxDepth: number; maxElements: number };

/** Which bound stopped the reading, and where. */
export interface HtmlLimitHit {
  kind: 'chars' | 'depth' | 'elements';
  /** Character offset in the HTML where reading stopped. */
  at: number;
  /** One line for a warning or a failure: what the page exceeded. */
  message: string;
}

export interface ParsedHtml {
  document: Document;
  limit: HtmlLimitHit | null;
}

class StopReading extends Error {}

/** A DomHandler that refuses to open an element past the depth or count bound. */
class BoundedHandler extends DomHandler {
  elements = 0;
  hit: 'depth' | 'elements' | null = null;

  constructor(private readonly limits: HtmlLimits) {
    super(undefined, { withStartIndices: false, withEndIndices: false, xmlMode: false });
  }

  override onopentag(name: string, attribs: { [key: string]: string }, ...rest: unknown[]): void {
    // tagStack holds the document too: its length is the depth of the element being opened
    if (this.tagStack.length > this.limits.maxDepth) this.hit = 'depth';
    else if (++this.elements > this.limits.maxElements) this.hit = 'elements';
    if (this.hit) throw new StopReading();
    (super.onopentag as (...a: unknown[]) => void)(name, attribs, ...rest);
  }
}

const grouped = (n: number): string => n.toLocaleString('en-US');

/** Parse `html` into a DOM, within `limits` (default HTML_LIMITS). Never throws on bad markup. */
export function parseHtml(html: string, limits: HtmlLimits = HTML_LIMITS): ParsedHtml {
  const handler = new BoundedHandler(limits);
  const parser = new Parser(handler, { decodeEntities: true });
  const input = html.length > limits.maxChars ? html.slice(0, limits.maxChars) : html;
  let limit: HtmlLimitHit | null = null;
  try {
    parser.end(input);
  } catch (err) {
    if (!(err instanceof StopReading)) throw err;
    const at = parser.startIndex;
    limit =
      handler.hit === 'depth'
        ? { kind: 'depth', at, message: `the page nests elements deeper than ${grouped(limits.maxDepth)} levels; read up to character ${grouped(at)}` }
        : { kind: 'elements', at, message: `the page has more than ${grouped(limits.maxElements)} elements; read up to character ${grouped(at)}` };
  }
  if (!limit && input.length < html.length) {
    limit = { kind: 'chars', at: input.length, message: `the page is longer than ${grouped(limits.maxChars)} characters; read up to there` };
  }
  return { document: handler.root, limit };
}

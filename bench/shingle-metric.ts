/**
 * The Article Extraction Benchmark's body metric, as its `evaluate.py` defines it, so the
 * figures here compare with the published table:
 *  - tokens are runs of word characters (Python's `\w+`, Unicode: letters, digits, `_`),
 *    case kept;
 *  - shingles are the token 4-grams (a text of fewer than 4 tokens is one shingle of what it
 *    has; an empty text has none), counted as a multiset;
 *  - per page, tp/fp/fn are the multiset overlaps, then divided by their sum so that a long
 *    page weighs no more than a short one;
 *  - precision is averaged over the pages with tp+fp > 0 (a page that gave nothing does not
 *    lower it), recall over the pages with tp+fn > 0, and F1 is the harmonic mean of the two
 *    averages (not an average of per-page F1s).
 */

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + n);
    if (!gram.length) continue;
    const key = gram.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Normalised tp/fp/fn of one page (they sum to 1, or are all 0 when both texts are empty). */
export function shingleCounts(truth: string, pred: string): PageCounts {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp, fp, fn };
}

export function pagePrecision({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** Per-page F1 (for ranking the pages that lose most; the headline figure is `summarise`'s). */
export function pageF1(c: PageCounts): number {
  const p = pagePrecision(c);
  const r = pageRecall(c);
  return p + r ? (2 * p * r) / (p + r) : 0;
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Precision, recall and F1 over pages, the way the benchmark averages them. */
export function summarise(pages: readonly PageCounts[]): { precision: number; recall: number; f1: number } {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(pageRecall));
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/**
 * The article view: what every recogniser reads, built once per article by the pipeline. The
 * normalised text, its lower-case and folded twins (same length, so an offset means the same
 * in all three), the one tokenisation of the text, the sentences and paragraphs of the parse
 * stage, the article date and language, a per-article memo, and the two ways a recogniser
 * reports: `warn` (a warning of the record) and `trace` (a decision such as a veto, for
 * `vnews explain`; null when nobody asks, so reporting costs nothing then).
 *
 * Nothing here is shared between articles: a recogniser that wants to remember an answer
 * keeps it in `memo`, which lives as long as the view.
 */
import type { Span } from '../types.js';
import type { Warning } from '../record/schema.js';
import type { Tokens } from '../text/tokens.js';
import { foldAligned } from '../text/fold.js';
import { tokenize } from '../text/tokens.js';
import { lexicon } from './lexicon/index.js';

/** A decision a rule took about a candidate, for `vnews explain` (a veto, or a candidate a refiner dropped). */
export interface Decision {
  /** The rule that decided (`province/not-person`, `award/not-award` …). */
  rule: string;
  /** The candidate's span in the text. */
  start: number;
  end: number;
  /** Why, in words ("read 'Đinh' folded as 'Định'; the text differs in case or tone marks"). */
  reason: string;
}

/** A key of the per-article memo; its name is for debugging only. */
export interface MemoKey<T> {
  readonly name: string;
  /** Phantom: the type of the value kept under this key. */
  readonly _type?: T;
}

export const memoKey = <T>(name: string): MemoKey<T> => ({ name });

export interface ArticleView {
  /** The normalised body text; every offset points into it. */
  readonly text: string;
  /** `text` lower-cased, one UTF-16 unit per unit (same offsets). */
  readonly lower: string;
  /** `foldAligned(text)`: same length, lower case, no diacritics, đ → d. */
  readonly folded: string;
  /** The one tokenisation of `text` (keys numbered by the lexicon). */
  readonly tokens: Tokens;
  /** Sentence spans from the parse stage, in order. */
  readonly sentences: readonly Span[];
  /** Paragraph spans (one per non-blank line), in order. */
  readonly paragraphs: readonly Span[];
  /** Article date (ISO) if known: gives the year to spans that omit it, and the 2025 map. */
  readonly publishedAt: string | null;
  /** ISO 639-3 code from the language stage. */
  readonly language: string;
  /** The value `make` computes for `key`, computed at most once per article. */
  memo<T>(key: MemoKey<T>, make: () => T): T;
  /** Reports a diagnostic of the record (a typo read through, an ambiguous name …). */
  warn(w: Warning): void;
  /** Reports a decision for `vnews explain`; null unless someone listens. */
  readonly trace: ((d: Decision) => void) | null;
}

export interface ViewInput {
  text: string;
  sentences: readonly Span[];
  paragraphs: readonly Span[];
  publishedAt?: string | null;
  language?: string;
  warn?: (w: Warning) => void;
  trace?: ((d: Decision) => void) | null;
}

/** `text` lower-cased keeping its length: the few characters that grow when lower-cased (İ) stay as they are. */
export function lowerAligned(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Builds the view of one article: folds, lower-cases and tokenises the text once. */
export function createArticleView(input: ViewInput): ArticleView {
  const { text } = input;
  const folded = foldAligned(text);
  const memo = new Map<MemoKey<unknown>, unknown>();
  return {
    text,
    lower: lowerAligned(text),
    folded,
    tokens: tokenize(text, folded, lexicon().syllables),
    sentences: input.sentences,
    paragraphs: input.paragraphs,
    publishedAt: input.publishedAt ?? null,
    language: input.language ?? 'vie',
    memo<T>(key: MemoKey<T>, make: () => T): T {
      if (memo.has(key)) return memo.get(key) as T;
      const v = make();
      memo.set(key, v);
      return v;
    },
    warn: input.warn ?? (() => {}),
    trace: input.trace ?? null,
  };
}

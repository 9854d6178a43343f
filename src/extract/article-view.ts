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
 *
 * Reading mode: a Vietnamese article written without diacritics ("Dai ta Ho Van Tu, Pho Giam
 * doc Cong an tinh Nghe An") is read as such, decided once for the whole article
 * (src/text/diacritics.ts): `unaccented` is set, on the view and on its tokens, so that the
 * lexicon's lookups accept a word written with no mark as any listed word it folds to
 * (./lexicon/spelling.ts), and `lower` holds the text with the lexicon's words written with
 * their marks (./lexicon/restore-marks.ts) for the rules that scan it with patterns. The record
 * gets a `no-diacritics` warning. In accented text nothing of this applies.
 */
import type { Span } from '../types.js';
import type { Warning } from '../record/schema.js';
import type { Tokens } from '../text/tokens.js';
import { foldAligned } from '../text/fold.js';
import { tokenize } from '../text/tokens.js';
import { readsWithoutDiacritics } from '../text/diacritics.js';
import { lexicon } from './lexicon/index.js';
import { restoreMarks } from './lexicon/restore-marks.js';

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
  /**
   * `text` lower-cased, one UTF-16 unit per unit (same offsets). In an article read without
   * diacritics, the words and phrases of the lexicon are written here with their marks ("bang
   * khen cho 5 tap the" → "bằng khen cho 5 tập thể"), so patterns written with marks read them.
   */
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
  /** The article is Vietnamese written without diacritics (see the module comment); the same as `tokens.unaccented`. */
  readonly unaccented: boolean;
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

/**
 * Builds the view of one article: folds, lower-cases and tokenises the text once, and decides
 * whether a Vietnamese article is read as written without diacritics (with its warning).
 */
export function createArticleView(input: ViewInput): ArticleView {
  const { text } = input;
  const folded = foldAligned(text);
  const memo = new Map<MemoKey<unknown>, unknown>();
  const language = input.language ?? 'vie';
  const tokens = tokenize(text, folded, lexicon().syllables);
  const unaccented = language === 'vie' && readsWithoutDiacritics(tokens);
  let lower = lowerAligned(text);
  if (unaccented) {
    tokens.unaccented = true;
    lower = restoreMarks(tokens, lower);
    input.warn?.({ code: 'no-diacritics', message: 'the text is written without diacritics: words were matched without their marks, names are kept as written', start: null, end: null });
  }
  return {
    text,
    lower,
    folded,
    tokens,
    sentences: input.sentences,
    paragraphs: input.paragraphs,
    publishedAt: input.publishedAt ?? null,
    language,
    unaccented,
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

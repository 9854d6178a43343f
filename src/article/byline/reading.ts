/** What a glued-byline reading is, as its vetoes see it. */
import type { TailKind } from '../parse-byline.js';
import { ALL_UNITS } from '../../data/provinces.js';
import { fold } from '../../text/fold.js';

export interface GluedReading {
  /** The paragraph up to the cut, as it stays in the body ("… theo quy định của pháp luật ."). */
  head: string;
  /** What stands after the last sentence's end ("Thu Trang", "Minh Khôi/VOV"). */
  tail: string;
  /** The word and mark that end the sentence before the tail ("luật.", "TP.", "./."). */
  before: string;
  /** The word before `before`, if any ("Văn" in "Nguyễn Văn T. Quang Huy"). */
  wordBefore: string;
  kind: TailKind;
  /** The person names the tail gives (a byline only). */
  names: string[];
  /** The article's text before the tail: the earlier paragraphs and the head. */
  story: () => string;
}

/** Lower case with tone marks kept, white space collapsed: how the byline vetoes compare words. */
export const lowerKey = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();

/** True when `text` (lower-cased) starts with one of `words` as whole words. */
export function startsWithWord(text: string, words: Iterable<string>): string | null {
  const t = lowerKey(text);
  let best: string | null = null;
  for (const w of words) {
    if (t.startsWith(w) && !/[\p{L}\p{M}\p{N}]/u.test(t.charAt(w.length)) && (!best || w.length > best.length)) best = w;
  }
  return best;
}

const PROVINCE_KEYS = new Set(ALL_UNITS.flatMap((u) => [u.name, ...u.variants]).map(fold));

/** True when `name` is a province's name or a variant of it (compared folded). */
export const isProvinceName = (name: string): boolean => PROVINCE_KEYS.has(fold(name));

/**
 * Reading a Vietnamese numeral written in words ("ba mươi tám" → 38) from the numeral words of
 * src/data/number-words.ts.
 */
import { NUMBER_WORDS, type NumberWord } from '../data/number-words.js';

const BY_WORD = new Map(NUMBER_WORDS.map((w) => [w.word, w]));

/** True when `word` (lower case NFC) is a numeral word. */
export function isNumberWord(word: string): boolean {
  return BY_WORD.has(word);
}

type Tok = NumberWord;

/** Reads 0–999 from `toks[i]`: [D trăm] [mười U | D mươi U | linh U | D]. Returns [value, next] or null. */
function readTriple(toks: readonly Tok[], i: number): [number, number] | null {
  const start = i;
  let value = 0;
  const at = (k: number): Tok | undefined => toks[k];
  // Hundreds: "một trăm", "không trăm" (inside "hai nghìn không trăm linh năm").
  if (at(i)?.role === 'digit' && at(i + 1)?.role === 'hundred') {
    value += at(i)!.value * 100;
    i += 2;
    if (at(i)?.role === 'zero-tens') {
      // "linh năm" / "lẻ tư": a single unit must follow.
      const u = at(i + 1);
      if (!u || (u.role !== 'digit' && u.role !== 'late-unit') || u.word === 'mốt' || u.value === 0) return null;
      return [value + u.value, i + 2];
    }
  }
  const t = at(i);
  if (t?.role === 'ten') {
    // "mười", "mười một", "mười lăm", "mười tư"; mốt never follows mười.
    value += 10;
    i += 1;
    const u = at(i);
    if (u && (u.role === 'digit' || u.role === 'late-unit') && u.word !== 'mốt' && u.value > 0) {
      value += u.value;
      i += 1;
    }
    return [value, i];
  }
  if (t?.role === 'digit' && at(i + 1)?.role === 'tens') {
    if (t.value < 2) return null; // "một mươi" is not Vietnamese
    value += t.value * 10;
    i += 2;
    const u = at(i);
    if (u && (u.role === 'digit' || u.role === 'late-unit') && u.value > 0) {
      value += u.value;
      i += 1;
    }
    return [value, i];
  }
  if (t?.role === 'digit') {
    // A bare digit after "trăm" ("một trăm năm" = 105 colloquially is ambiguous; read as 100 + 5).
    return [value + t.value, i + 1];
  }
  return i > start ? [value, i] : null;
}

/**
 * Reads a Vietnamese numeral written in words: "hai" → 2, "ba mươi tám" → 38,
 * "mười lăm" → 15, "hai mươi mốt" → 21, "một trăm linh năm" → 105,
 * "hai nghìn không trăm hai mươi" → 2020, "một vạn" → 10000.
 * Returns null unless every word belongs to one well-formed numeral.
 */
export function parseVietnameseNumber(words: string | readonly string[]): number | null {
  const list = typeof words === 'string' ? words.normalize('NFC').toLowerCase().trim().split(/\s+/) : words;
  const toks: Tok[] = [];
  for (const w of list) {
    const t = BY_WORD.get(w);
    if (!t) return null;
    toks.push(t);
  }
  if (toks.length === 0) return null;
  let total = 0;
  let lastMultiplier = Infinity;
  let i = 0;
  while (i < toks.length) {
    const triple = readTriple(toks, i);
    if (!triple) return null;
    const [value, next] = triple;
    i = next;
    const m = toks[i];
    if (m?.role === 'multiplier') {
      // Multipliers must fall: "ba triệu hai trăm nghìn", never "hai nghìn ba triệu".
      if (m.value >= lastMultiplier || value === 0) return null;
      total += value * m.value;
      lastMultiplier = m.value;
      i += 1;
    } else {
      if (i < toks.length) return null;
      total += value;
    }
  }
  return total;
}

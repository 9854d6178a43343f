/**
 * Reading a Vietnamese numeral written in words ("ba mươi tám" → 38) from the numeral words of
 * src/data/number-words.ts.
 */
import { NUMBER_WORDS, type NumberWord } from '../data/number-words.js';
import { foldAligned } from './fold.js';

const BY_WORD = new Map(NUMBER_WORDS.map((w) => [w.word, w]));

/** Numeral words by their folded spelling, for text written without diacritics ("muoi" is mười or mươi). */
const BY_FOLDED = new Map<string, NumberWord[]>();
for (const w of NUMBER_WORDS) {
  const f = foldAligned(w.word);
  BY_FOLDED.set(f, [...(BY_FOLDED.get(f) ?? []), w]);
}

/** Most readings of a run of folded words tried (each ambiguous word doubles them). */
const MAX_READINGS = 64;

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
 * Returns null unless every word belongs to one well-formed numeral. `folded`: the words may
 * be written without diacritics ("ba muoi tam" → 38): each folded word stands for every numeral
 * word it folds to, and the first reading that is a well-formed numeral counts ("muoi lam" is
 * mười lăm, "hai muoi" is hai mươi).
 */
export function parseVietnameseNumber(words: string | readonly string[], folded = false): number | null {
  const list = typeof words === 'string' ? words.normalize('NFC').toLowerCase().trim().split(/\s+/) : words;
  if (!folded) {
    const toks: Tok[] = [];
    for (const w of list) {
      const t = BY_WORD.get(w);
      if (!t) return null;
      toks.push(t);
    }
    return readNumber(toks);
  }
  const options: Tok[][] = [];
  let readings = 1;
  for (const w of list) {
    const exact = BY_WORD.get(w);
    const o = exact ? [exact] : (BY_FOLDED.get(foldAligned(w)) ?? []);
    if (o.length === 0) return null;
    options.push(o);
    readings *= o.length;
    if (readings > MAX_READINGS) return null;
  }
  for (let r = 0; r < readings; r++) {
    let rest = r;
    const toks = options.map((o) => {
      const t = o[rest % o.length]!;
      rest = Math.floor(rest / o.length);
      return t;
    });
    const v = readNumber(toks);
    if (v !== null) return v;
  }
  return null;
}

/** The value of a run of numeral words, or null unless they make one well-formed numeral. */
function readNumber(toks: readonly Tok[]): number | null {
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

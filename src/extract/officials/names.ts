/**
 * Reading a person's name: right after a lead, at the end of a capitalised run that follows an
 * organisation or a place ("Chủ tịch UBND tỉnh Gia Lai Võ Ngọc Thành"), and telling a list of
 * places from a person ("Hà Tĩnh, Quảng Bình …").
 */
import { CAPITALISED, GAP_NEWLINE } from '../../text/tokens.js';
import { C_HISTORICAL, MAX_BARE_NAME, MAX_LEAD_NAME, type NameSpan, type Reader } from './reader.js';
import { isFamilyName } from './vocabulary.js';

/**
 * What the last piece of a position was: 0 nothing special, 1 a province-level place word
 * ("tỉnh", "thành phố", "TP"), 2 a local place word ("xã", "phường", "huyện" …).
 */
export type PlaceLevel = 0 | 1 | 2;

/** The name at the end of a run, after at least one other word: it begins with a family name, 2–4 syllables (3 preferred). */
function familySplit(r: Reader, run: NameSpan): NameSpan | null {
  const len = run.to - run.from;
  let best: NameSpan | null = null;
  let bestScore = 0;
  const pref: Record<number, number> = { 3: 3, 4: 2, 2: 1 };
  for (let i = 1; i < len; i++) {
    const n = len - i;
    const score = pref[n] ?? 0;
    if (score > bestScore && isFamilyName(r.t, run.from + i)) {
      best = { from: run.from + i, to: run.to };
      bestScore = score;
    }
  }
  return best;
}

/**
 * The person's name inside a capitalised run found after an organisation: "Gia Lai Võ Ngọc
 * Thành" → "Võ Ngọc Thành", "Nguyễn Đức Trung" → all of it, "Hà Tĩnh" → none.
 */
export function nameInRun(r: Reader, run: NameSpan, place: PlaceLevel, afterCountry = false): NameSpan | null {
  const len = run.to - run.from;
  // After "xã", "phường", "huyện" …, the run begins with the place's name ("xã Ea Kar",
  // "phường Trần Hưng Đạo"): a person's name can only follow it.
  if (place === 2) return familySplit(r, run);
  const afterPlaceWord = place === 1;
  // A province right before a surname: "tỉnh Hà Tĩnh Đặng Quốc Khánh".
  for (let i = 1; i <= len - 2; i++) {
    if (len - i > 4 || !isFamilyName(r.t, run.from + i)) continue;
    if (r.isPlace(run.from, run.from + i)) return { from: run.from + i, to: run.to };
  }
  if (r.isPlace(run.from, run.to)) return null;
  if (r.m(run.from, C_HISTORICAL)) return null;
  if (isFamilyName(r.t, run.from) && len >= 3 && len <= 4) return run;
  // Two syllables: "Bộ trưởng Bộ Công an Tô Lâm", "Chủ tịch nước Tô Lâm" — but not after a
  // place word, where two capitalised syllables are the place ("huyện Lâm Hà").
  if (isFamilyName(r.t, run.from) && len === 2 && !afterPlaceWord) return run;
  const split = familySplit(r, run);
  if (split) return split;
  // Foreign names: "Interpol Jürgen Stock" (the body is read before the run); never right
  // after a place word, where the words are the place ("tỉnh Kharkov").
  if (!afterPlaceWord) {
    let f = run.to;
    while (f > run.from && r.isForeignWord(f - 1)) f--;
    if (run.to - f >= 2 && run.to - f <= 4) return { from: f, to: run.to };
  }
  // After a country, a transcribed name: "Chủ tịch Trung Quốc Tập Cận Bình".
  if (afterCountry && len >= 2 && len <= MAX_LEAD_NAME && !r.isPlace(run.from, run.to)) return run;
  return null;
}

/**
 * The name right after a lead. `strong`: after a rank or "đồng chí", where an uncommon surname
 * is accepted too; after a position the run must begin with a known surname or be foreign.
 * One syllable is a short form ("Thứ trưởng Thành"), merged later only when unambiguous.
 */
export function nameAfterLead(r: Reader, k: number, strong: boolean): NameSpan | 'historical' | null {
  const t = r.t;
  if (k >= r.limit || !t.word[k] || t.kase[k] !== CAPITALISED || t.gap[k] === GAP_NEWLINE) return null;
  if (r.m(k, C_HISTORICAL)) return 'historical';
  if (r.startsUnit(k)) return null;
  const run = r.run(k);
  const len = run.to - run.from;
  if (len > MAX_LEAD_NAME) return null;
  // A long run is a name only when it ends the phrase (a comma, a dot, a bracket), not in a
  // capitalised headline.
  if (len > MAX_BARE_NAME && run.to < r.limit && t.word[run.to] && t.gap[run.to] !== GAP_NEWLINE) return null;
  if (len === 1) return run;
  if (isFamilyName(t, k)) return run;
  if (r.allForeign(run)) return run;
  if (strong && !r.isPlace(run.from, run.to)) return run;
  return null;
}

/** The run begins with a province ("Hà Tĩnh, Quảng Bình …" in a list is not a person). */
export function isPlaceStart(r: Reader, run: NameSpan): boolean {
  for (let e = run.from + 1; e <= run.to; e++) if (r.isPlace(run.from, e)) return true;
  return false;
}

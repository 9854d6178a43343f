/**
 * Reading a person's name: right after a lead, at the end of a capitalised run that follows an
 * organisation or a place ("Chủ tịch UBND tỉnh Gia Lai Võ Ngọc Thành"), and telling a list of
 * places from a person ("Hà Tĩnh, Quảng Bình …").
 */
import { ALL_CAPS, CAPITALISED, GAP_NEWLINE, GAP_SPACE, LOWER } from '../../text/tokens.js';
import { FORMER_PROVINCES } from '../../data/positions.js';
import { ALL_UNITS } from '../../data/provinces.js';
import { fold } from '../../text/fold.js';
import { toneKey } from '../lexicon/tone-key.js';
import { C_HISTORICAL, MAX_BARE_NAME, MAX_LEAD_NAME, type NameSpan, type Reader } from './reader.js';
import { isFamilyName } from './vocabulary.js';

const FORMER_PROVINCE_KEYS = new Set(FORMER_PROVINCES.map((p) => toneKey(p)));
const PROVINCE_FOLDS = new Set(ALL_UNITS.map((u) => fold(u.name)));

/**
 * What the last piece of a position was: 0 nothing special, 1 a province-level place word
 * that may also name a city of a province ("thành phố", "TP"), 2 a local place word ("xã",
 * "phường", "huyện" …), 3 "tỉnh", after which only a province's name stands.
 */
export type PlaceLevel = 0 | 1 | 2 | 3;

/**
 * A foreign name that a lost line break ran into the next sentence: in "Giám đốc CIA Gina
 * Haspel Ứng viên tiếp theo …" the run "Gina Haspel Ứng" ends in one or two Vietnamese
 * syllables that a lower-case word follows (they open a sentence). The foreign words before
 * them (2–4) are the name. null when the run is not of that shape.
 */
export function foreignBeforeBreak(r: Reader, run: NameSpan): NameSpan | null {
  const t = r.t;
  const nx = run.to;
  if (nx >= r.limit || !t.word[nx] || t.kase[nx] !== LOWER || t.gap[nx] !== GAP_SPACE) return null;
  // One or two capitalised Vietnamese syllables, each a word of its own (not "in" of "Jae-in").
  let b = run.to;
  while (b > run.from && run.to - b < 2 && t.word[b - 1] && t.kase[b - 1] === CAPITALISED && t.gap[b - 1] === GAP_SPACE && !r.isForeignWord(b - 1)) b--;
  if (b === run.to || b === run.from || !t.word[b - 1] || !r.isForeignWord(b - 1)) return null;
  let a = b;
  while (a > run.from && r.isForeignWord(a - 1)) a--;
  return b - a >= 2 && b - a <= 4 ? { from: a, to: b } : null;
}

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
  const afterPlaceWord = place === 1 || place === 3;
  // A province right before a surname: "tỉnh Hà Tĩnh Đặng Quốc Khánh".
  for (let i = 1; i <= len - 2; i++) {
    if (len - i > 4 || !isFamilyName(r.t, run.from + i)) continue;
    if (r.isPlace(run.from, run.from + i)) return { from: run.from + i, to: run.to };
  }
  if (r.isPlace(run.from, run.to)) return null;
  if (r.m(run.from, C_HISTORICAL)) return null;
  if (isFamilyName(r.t, run.from) && len >= 3 && len <= 4) return run;
  // Two syllables: "Bộ trưởng Bộ Công an Tô Lâm", "Chủ tịch nước Tô Lâm" — but not after a
  // place word, where two capitalised syllables are the place ("huyện Lâm Hà", "TP Cao
  // Lãnh"); after "tỉnh" only a province stands, so a run that is none is the person ("Phó
  // Chủ tịch UBND tỉnh Lê Hòa"), unless it is a province of an older map ("tỉnh Hà Bắc").
  if (isFamilyName(r.t, run.from) && len === 2 && (!afterPlaceWord || (place === 3 && !isFormerProvince(r, run)))) return run;
  const split = familySplit(r, run);
  if (split) return split;
  // Foreign names: "Interpol Jürgen Stock" (the body is read before the run); never right
  // after a place word, where the words are the place ("tỉnh Kharkov").
  if (!afterPlaceWord) {
    let f = run.to;
    while (f > run.from && r.isForeignPart(f - 1)) f--;
    while (f < run.to && !r.t.word[f]) f++;
    const foreign = { from: f, to: run.to };
    if (r.words(foreign) >= 2 && r.words(foreign) <= 4 && r.allForeign(foreign)) return foreign;
    const cut = foreignBeforeBreak(r, run);
    if (cut) return cut;
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
  if (k >= r.limit || !t.word[k] || t.gap[k] === GAP_NEWLINE) return null;
  // "Đại tá LÊ TẤN TẢO, Phó Tổng cục trưởng …": a name in capitals after a lead that is not.
  if (t.kase[k] === ALL_CAPS) {
    const caps = r.capsRun(k);
    return caps && isFamilyName(t, k) && !r.isPlace(caps.from, caps.to) ? caps : null;
  }
  if (t.kase[k] !== CAPITALISED) return null;
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
  const cut = foreignBeforeBreak(r, run);
  if (cut && cut.from === run.from) return cut;
  if (strong && !r.isPlace(run.from, run.to)) return run;
  return null;
}

/**
 * The run is a province of an older map (src/data/positions.ts FORMER_PROVINCES: "Hà Bắc",
 * "Cao Lạng"), or a province written with other tone marks ("Hà Tỉnh" for Hà Tĩnh).
 */
function isFormerProvince(r: Reader, run: NameSpan): boolean {
  const text = r.nameText(run);
  return FORMER_PROVINCE_KEYS.has(toneKey(text)) || PROVINCE_FOLDS.has(fold(text));
}

/** The run begins with a province ("Hà Tĩnh, Quảng Bình …" in a list is not a person). */
export function isPlaceStart(r: Reader, run: NameSpan): boolean {
  for (let e = run.from + 1; e <= run.to; e++) if (r.isPlace(run.from, e)) return true;
  return false;
}

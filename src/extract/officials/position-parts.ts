/**
 * Pieces a stated position is made of, each a small reader: a ministry's short name or a
 * country after the head, a link word ("của", "tại") that continues it, a misspelt head word,
 * a dash tail in lower case, a parent unit after a comma, a birth detail in brackets.
 */
import { JaroWinklerDistance, LevenshteinDistance } from 'natural/lib/natural/distance/index.js';
import { foldAligned } from '../../text/fold.js';
import { ALL_CAPS, GAP_NEWLINE, GAP_NONE, GAP_SPACE, LOWER, phrase, raw } from '../../text/tokens.js';
import { HEAD_FUZZY_THRESHOLD, NAMED_UNIT_WORDS, PARENT_UNITS } from '../../data/positions.js';
import { toneKey } from '../lexicon/tone-key.js';
import { spells } from '../lexicon/spelling.js';
import {
  C_AGE, C_BIRTH, C_BIRTH_AGE, C_LINK, C_MINISTRY_COUNTRY, C_ORGANISATION_ABBREVIATION, C_PLACE_TYPE_ABBREVIATION,
  C_RANK_HONORIFIC_HEAD_PREFIX, C_UNIT_ORGANISATION, type Reader,
} from './reader.js';
import { cats, isFamilyName, officialIndexes, type Match } from './vocabulary.js';
import type { Typo } from './mention.js';

// Words after a spaced dash that never continue a unit's name ("- Giám đốc …" begins a post).
const NOT_AFTER_DASH_MASK = cats('end', 'head', 'prefix', 'rank', 'honorific', 'joiner', 'name-link');

/**
 * A ministry's short name or a country at token k, read as part of a position ("Bộ trưởng Tài
 * chính", "Thủ tướng Singapore"). Not when a longer vocabulary entry begins there ("Quốc phòng
 * và An ninh") or a province does ("Lào Cai"). `first`: right after the head, where a
 * one-syllable country followed by a lower-case word is a short name ("Thứ trưởng Đức đề nghị").
 */
export function bodyAt(r: Reader, k: number, limit: number, first: boolean): Match | null {
  const t = r.t;
  if (t.kase[k] === LOWER) return null;
  const b = r.m(k, C_MINISTRY_COUNTRY);
  if (!b || b.end > limit) return null;
  const longest = r.matches(k)[0]!;
  if (longest.end > b.end && longest.end <= limit) return null;
  if (b.entry.cat === 'country') {
    if (r.provinceAt(k, limit) !== null) return null;
    const nx = b.end;
    if (first && nx - k === 1 && nx < limit && t.word[nx] && t.kase[nx] === LOWER && t.gap[nx] !== GAP_NEWLINE && !r.m(nx, C_LINK)) return null;
  }
  return b;
}

/** "của"/"tại" at k continues the position: an organisation or a capitalised name follows. */
export function linkContinues(r: Reader, link: Match, foreign: boolean, limit: number): boolean {
  const t = r.t;
  if (link.entry.foreignOnly && !foreign) return false;
  const nx = link.end;
  if (nx >= limit || !t.word[nx] || t.gap[nx] !== GAP_SPACE) return false;
  if (t.kase[nx] !== LOWER) return !isFamilyName(t, nx) && !r.m(nx, C_RANK_HONORIFIC_HEAD_PREFIX);
  return !link.entry.foreignOnly && !!r.m(nx, C_UNIT_ORGANISATION);
}

/**
 * After "(" or a name's comma: the birth year, birth date or age that comes before a post ("SN
 * 1985,", "sinh ngày 2/3/1970,", "45 tuổi,"); the token after its comma.
 */
export function birthDetail(r: Reader, q: number): number | null {
  let e: number | null = null;
  const b = r.m(q, C_BIRTH);
  if (b && r.isNumber(b.end)) {
    // A date is numbers joined by "/", "-" or "." with no space: "2/3/1970", "2-3-1970".
    e = b.end + 1;
    while (r.isPunct(e, '/', '-', '.') && r.t.gap[e] === GAP_NONE && r.isNumber(e + 1) && r.t.gap[e + 1] === GAP_NONE) e += 2;
  } else if (r.isNumber(q)) {
    const a = r.m(q + 1, C_AGE);
    if (a) e = a.end;
  }
  return e !== null && r.isPunct(e, ',') ? e + 1 : null;
}

export interface FuzzyHead {
  match: Match;
  score: number;
  typo: Typo;
}

/**
 * A misspelt head word of two or more syllables at k ("Giám đôc" for "Giám đốc"): the first
 * syllable written exactly, the same number of syllables, Jaro-Winkler (natural) on the
 * lower-case written form at least HEAD_FUZZY_THRESHOLD, and the letters without diacritics at
 * most one edit apart (natural's Levenshtein). Asked only where no head matched.
 */
export function fuzzyHeadAt(r: Reader, k: number, limit: number): FuzzyHead | null {
  const t = r.t;
  const cands = t.word[k] ? officialIndexes().multiSyllableHeads.get(t.key[k]!) : undefined;
  if (!cands) return null;
  let best: FuzzyHead | null = null;
  let bestEdits = Infinity;
  for (const c of cands) {
    const n = c.syllables.length;
    if (k + n > limit || !spells(t, raw(t, k), toneKey(c.syllables[0]!))) continue;
    let ok = true;
    for (let p = 1; p < n && ok; p++) ok = !!t.word[k + p] && t.gap[k + p] === GAP_SPACE;
    if (!ok) continue;
    const written = phrase(t, k, k + n);
    const score = JaroWinklerDistance(written.toLowerCase(), c.entry.canonical.toLowerCase());
    if (score < HEAD_FUZZY_THRESHOLD) continue;
    // A misspelling loses or changes a mark, or at most one letter: "chủ tiệm" (a shop's owner)
    // is another word than "chủ nhiệm", however close the two look.
    const edits = LevenshteinDistance(foldAligned(written.toLowerCase()), foldAligned(c.entry.canonical.toLowerCase()));
    if (edits > 1) continue;
    // The fewest letters changed wins, then the closer spelling: "thủ tưởng" is "Thủ tướng" (a
    // mark), not "Thủ trưởng" (a letter), though Jaro-Winkler puts the two close.
    if (best && (edits > bestEdits || (edits === bestEdits && score <= best.score))) continue;
    bestEdits = edits;
    const read = t.kase[k] === LOWER ? c.entry.canonical[0]!.toLowerCase() + c.entry.canonical.slice(1) : c.entry.canonical;
    best = {
      match: { entry: c.entry, end: k + n, match: 'folded' }, score: Math.round(score * 1000) / 1000,
      typo: { start: t.start[k]!, end: t.end[k + n - 1]!, written, read },
    };
  }
  return best;
}

/** After a spaced dash at k, 1–3 lower-case words then punctuation or the line's end: the token after them, else null. */
export function dashContinues(r: Reader, k: number, limit: number): number | null {
  const t = r.t;
  if (!r.isSpacedDash(k)) return null;
  let q = k + 1;
  while (q < limit && t.word[q] && t.kase[q] === LOWER && t.gap[q] === GAP_SPACE) {
    if (q - k > 3 || r.m(q, NOT_AFTER_DASH_MASK)) return null;
    q++;
  }
  if (q === k + 1) return null;
  return q >= limit || !t.word[q] || t.gap[q] === GAP_NEWLINE ? q : null;
}

/** A parent unit begins at k ("Bộ Công an", "Công an tỉnh …", "CA huyện …"). */
export function parentUnitAt(r: Reader, k: number, limit: number): boolean {
  const t = r.t;
  if (k >= limit || !t.word[k] || t.kase[k] === LOWER || t.gap[k] !== GAP_SPACE) return false;
  const o = r.m(k, C_ORGANISATION_ABBREVIATION);
  if (!o || o.end >= limit) return false;
  const u = PARENT_UNITS.find((p) => p.canonical === o.entry.canonical);
  if (!u) return false;
  if (!u.needsPlace) return true;
  const pl = r.m(o.end, C_PLACE_TYPE_ABBREVIATION);
  return !!pl && (pl.entry.cat === 'place-type' || pl.entry.abbreviation!.role === 'place');
}

/**
 * A bracket at k holding only years, ages or birth words ("(1940-2023)", "(SN 1985)", "(45
 * tuổi)", "(sinh năm 1960)"): the token after its ")", else null.
 */
export function birthBracketEnd(r: Reader, k: number): number | null {
  if (!r.isPunct(k, '(')) return null;
  let q = k + 1;
  let numbers = 0;
  while (q < r.limit && q - k <= 8) {
    if (r.isPunct(q, ')')) return numbers > 0 ? q + 1 : null;
    if (r.isNumber(q)) {
      numbers++;
      q++;
      continue;
    }
    if (r.isPunct(q, '-', '–', '—', '/', ',')) {
      q++;
      continue;
    }
    const w = r.m(q, C_BIRTH_AGE);
    if (!w) return null;
    q = w.end;
  }
  return null;
}

const C_PLACE_TYPE = cats('place-type');
export const NAMED_UNITS = new Set(NAMED_UNIT_WORDS.map((w) => w.toLowerCase()));

/** "(huyện Gia Lộc, tỉnh Hải Dương)" at k, opening with a place word or a province and followed by a capitalised word: the token after ")", or null. */
export function placeBracketEnd(r: Reader, k: number, limit: number): number | null {
  const t = r.t;
  if (!(r.m(k + 1, C_PLACE_TYPE) || r.provinceAt(k + 1, limit) !== null)) return null;
  for (let q = k + 2; q < limit && q - k <= 16 && t.gap[q] !== GAP_NEWLINE; q++) {
    if (t.word[q]) continue;
    const p = raw(t, q);
    if (p === ')') return q + 1 < limit && t.word[q + 1] && t.kase[q + 1] !== LOWER ? q + 1 : null;
    if (p !== ',' && p !== '-' && p !== '–' && p !== '.') return null;
  }
  return null;
}

/**
 * "(ĐB)" at k, right after the words it abbreviates ("Đại biểu (ĐB)"): the token after ")",
 * or null. The letters must be the initials of the words just before the bracket.
 */
export function glossEnd(r: Reader, k: number, limit: number): number | null {
  const t = r.t;
  if (k + 2 >= limit || !t.word[k + 1] || t.kase[k + 1] !== ALL_CAPS || raw(t, k + 2) !== ')') return null;
  const letters = t.key[k + 1]!;
  if (letters.length < 2 || letters.length > 6 || k < letters.length) return null;
  for (let i = 0; i < letters.length; i++) {
    const w = k - letters.length + i;
    if (!t.word[w] || t.key[w]![0] !== letters[i]) return null;
  }
  return k + 3;
}

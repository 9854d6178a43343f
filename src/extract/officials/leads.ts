/**
 * What may stand before a name: an honorific (a misspelling such as "Đồng trí" read through
 * with a typo), a rank (a suffix such as "QNCN" and a force word such as "cảnh sát" may
 * follow), an academic title ("GS.TS"). Each reader returns where it ends, or null.
 */
import { JaroWinklerDistance } from 'natural/lib/natural/distance/index.js';
import { CAPITALISED, GAP_SPACE, LOWER, phrase } from '../../text/tokens.js';
import { HONORIFIC_FUZZY_THRESHOLD, type Honorific } from '../../data/honorifics.js';
import { C_ACADEMIC, C_HONORIFIC, C_RANK, C_RANK_FORCE, C_RANK_SUFFIX, type Reader } from './reader.js';
import { officialIndexes, rhyme } from './vocabulary.js';
import type { MatchKind, Typo } from './mention.js';

export interface HonorificLead {
  h: Honorific;
  end: number;
  match: MatchKind;
  score?: number;
  typo?: Typo;
}

export interface RankLead {
  canonical: string;
  end: number;
  match: MatchKind;
}

/** An honorific at token k, exact or (for the fuzzy ones) misspelt. */
export function honorificAt(r: Reader, k: number): HonorificLead | null {
  const m = r.m(k, C_HONORIFIC);
  if (m) return { h: m.entry.honorific!, end: m.end, match: m.match };
  const t = r.t;
  for (const f of officialIndexes().fuzzy) {
    const n = f.keys.length;
    if (n < 2 || k + n > r.limit || t.key[k] !== f.keys[0]) continue;
    let ok = true;
    for (let p = 1; p < n && ok; p++) ok = !!t.word[k + p] && t.kase[k + p] === LOWER && t.gap[k + p] === GAP_SPACE;
    if (!ok) continue;
    const lastKey = t.key[k + n - 1]!;
    if (rhyme(lastKey) !== f.lastRhyme) continue;
    const cand = t.key.slice(k, k + n).join(' ');
    const score = JaroWinklerDistance(cand, f.folded);
    if (score < HONORIFIC_FUZZY_THRESHOLD) continue;
    const written = phrase(t, k, k + n);
    const read = t.kase[k] === CAPITALISED ? f.h.canonical[0]!.toUpperCase() + f.h.canonical.slice(1) : f.h.canonical;
    return {
      h: f.h, end: k + n, match: 'fuzzy', score: Math.round(score * 1000) / 1000,
      typo: { start: t.start[k]!, end: t.end[k + n - 1]!, written, read },
    };
  }
  return null;
}

/** A rank at token k ("Đại tá", "thượng tướng", "Thiếu tướng cảnh sát" before a name). */
export function rankAt(r: Reader, k: number): RankLead | null {
  const m = r.m(k, C_RANK);
  if (!m) return null;
  const rank = m.entry.rank!;
  if (rank.notFollowedBy && m.end < r.limit && rank.notFollowedBy.includes(r.t.key[m.end]!)) return null;
  let end = m.end;
  const s = r.m(end, C_RANK_SUFFIX);
  if (s) end = s.end;
  // "Thiếu tướng cảnh sát Jaafar Mahad": a force word, only when a name follows it.
  const f = r.m(end, C_RANK_FORCE);
  const t = r.t;
  if (f && f.end < r.limit && t.word[f.end] && t.kase[f.end] === CAPITALISED && t.gap[f.end] === GAP_SPACE) end = f.end;
  return { canonical: rank.canonical, end, match: m.match };
}

/** The token after an academic title at k, or null. */
export function academicAt(r: Reader, k: number): number | null {
  const a = r.m(k, C_ACADEMIC);
  return a ? a.end : null;
}

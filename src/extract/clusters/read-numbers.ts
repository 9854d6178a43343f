/**
 * Reading a cluster mention at an anchor: the head ("cụm thi đua", unaccented or misspelt, or
 * a bare "cụm") and the numbers listed after it ("số 4, số 5", "số 6 và 7", "5-BCA", "III").
 */
import { JaroWinklerDistance, DamerauLevenshteinDistance } from 'natural/lib/natural/distance/index.js';
import { MAX_CLUSTER_NUMBER, TYPO_TOLERANCE } from '../../data/clusters.js';
import { toneKey } from '../lexicon/tone-key.js';
import { isBare } from '../lexicon/spelling.js';
import { gapBefore as wordGap, wordIs, wordKey, type Words } from '../words.js';
import { COUNT_FIRST, LIST_W, NOT_TYPOS, NUMBER_W, PHRASE_FOLDED, PHRASE_KEY, PHRASE_WORDS, romanValue } from './vocabulary.js';

export interface Head {
  first: number;
  last: number;
  kind: 'full' | 'bare';
  match: 'exact' | 'folded' | 'fuzzy';
  score?: number;
  /** Written without marks in an article read without diacritics: folded, and no typo. */
  unmarked?: true;
}

export interface Num {
  value: number;
  roman: boolean;
  tok: number;
}

/** The number written at token i (Arabic 1..MAX or a canonical capital Roman numeral), or null. */
export function numberAt(text: string, t: Words, i: number): Num | null {
  if (i >= t.length) return null;
  const len = t.ends[i]! - t.starts[i]!;
  if (len > 4) return null;
  const w = wordKey(t, i);
  if (/^\d{1,2}$/.test(w)) {
    const v = Number(w);
    return v >= 1 && v <= MAX_CLUSTER_NUMBER ? { value: v, roman: false, tok: i } : null;
  }
  const r = romanValue(text.slice(t.starts[i], t.ends[i]));
  return r !== null && r <= MAX_CLUSTER_NUMBER ? { value: r, roman: true, tok: i } : null;
}


/** Is token i the start of a count noun ("tỉnh", "đơn vị", "tháng")? */
export function countNounAt(folded: string, t: Words, i: number): boolean {
  if (i >= t.length || wordGap(t, i) !== ' ') return false;
  const cands = COUNT_FIRST.get(wordKey(t, i));
  if (!cands) return false;
  return cands.some((words) => words.every((w, k) => wordIs(t, i + k, w) && (k === 0 || wordGap(t, i + k) === ' ')));
}

/** A three-token head at `first` that reads as "cụm thi đua", exactly, unaccented, or within typo tolerance. */
export function phraseHead(text: string, folded: string, t: Words, first: number): Head | null {
  if (first < 0 || first + 2 >= t.length) return null;
  if (wordGap(t, first + 1) !== ' ' || wordGap(t, first + 2) !== ' ') return null;
  const words = [wordKey(t, first), wordKey(t, first + 1), wordKey(t, first + 2)];
  const joined = words.join(' ');
  if (words.every((w, k) => w === PHRASE_WORDS[k])) {
    const orig = text.slice(t.starts[first], t.ends[first + 2]);
    const key = orig.split(' ').map(toneKey).join(' ');
    if (key === PHRASE_KEY) return { first, last: first + 2, kind: 'full', match: 'exact' };
    return { first, last: first + 2, kind: 'full', match: 'folded', ...(t.t.unaccented && isBare(orig) ? { unmarked: true as const } : {}) };
  }
  if (NOT_TYPOS.has(joined) || joined.length > PHRASE_FOLDED.length + TYPO_TOLERANCE.maxEdits) return null;
  const score = JaroWinklerDistance(joined, PHRASE_FOLDED);
  if (score < TYPO_TOLERANCE.minJaroWinkler) return null;
  if (DamerauLevenshteinDistance(joined, PHRASE_FOLDED) > TYPO_TOLERANCE.maxEdits) return null;
  return { first, last: first + 2, kind: 'full', match: 'fuzzy', score: Math.round(score * 1000) / 1000 };
}

export interface Group {
  head: Head;
  numbers: { num: Num; start: number; end: number; listed: boolean }[];
}

/**
 * The number list after a head: "số 4, số 5", "số 6 và 7", "5-BCA" (5 only), "III"; 'count'
 * when the number is a count ("cụm 3 xã", "Cụm thi đua 6 tháng đầu năm").
 */
export function numbersAfter(text: string, folded: string, t: Words, head: Head): Group | 'count' | null {
  let i = head.last + 1;
  if (i >= t.length || wordGap(t, i) !== ' ') return null;
  let hasSo = false;
  if (wordIs(t, i, NUMBER_W)) {
    hasSo = true;
    i++;
    if (i >= t.length || wordGap(t, i) !== ' ') return null;
  }
  const first = numberAt(text, t, i);
  if (!first) return null;
  // Without "số" a number may be a count: "Cụm thi đua 6 tháng đầu năm", "cụm 3 xã".
  if (!hasSo && countNounAt(folded, t, i + 1)) return 'count';
  const group: Group = { head, numbers: [{ num: first, start: t.starts[head.first]!, end: t.ends[i]!, listed: false }] };
  for (;;) {
    let j = group.numbers[group.numbers.length - 1]!.num.tok + 1;
    if (j >= t.length) break;
    const sep = wordGap(t, j);
    let joined = /^\s*[,&;]\s*$/.test(sep);
    const dash = /^\s*[-–]\s*$/.test(sep);
    if (!joined && !dash && sep !== ' ') break;
    if (!dash && LIST_W.has(wordKey(t, j)) && j + 1 < t.length && wordGap(t, j + 1) === ' ') {
      joined = true;
      j++;
    }
    const itemStart = t.starts[j]!;
    let so = false;
    if (!dash && wordIs(t, j, NUMBER_W) && j + 1 < t.length && wordGap(t, j + 1) === ' ') {
      so = true;
      j++;
    }
    // "số 4 số 5" needs its "số"; a bare space before a number is not a list.
    if (!joined && !dash && !so) break;
    const n = numberAt(text, t, j);
    if (!n || (!so && countNounAt(folded, t, j + 1))) break;
    // "5-BCA" stops at the letters; "số 6-7" lists 7, but not "6-7 tháng".
    if (dash && j + 1 < t.length && /^[-–/]$/.test(wordGap(t, j + 1).trim())) break;
    group.numbers.push({ num: n, start: itemStart, end: t.ends[j]!, listed: true });
  }
  return group;
}


/**
 * Veto `province/not-person`: a province name that is part of a person's name. Two checks, one
 * id:
 * - it ends a run of capitalised syllables opened by a common family name or a middle name
 *   ("Nguyễn Bình Định", "Bà Nguyễn Thị Huế", "GS.TS Nguyễn Văn Huế"), when only titles stand
 *   before the family name, or a lower-case word that is no place word ("ông Nguyễn Bình Định"
 *   but "huyện Lục Ngạn Bắc Giang", "sân bay Chu Lai Quảng Nam"). A name has at most four
 *   syllables, so the family name is at most three words back; not when the previous word
 *   closes another province ("Quảng Nam Đà Nẵng"). A sentence-initial place run with no place
 *   word ("Chu Lai Quảng Nam đón …") is therefore lost.
 * - it follows a form of address ("chị Huế", "ông Thái Bình").
 */
import type { ProvinceVeto } from '../candidate.js';
import { DATA } from '../candidate.js';
import { gazetteer, isCapitalised, isNameOpener, isTitle, wordsEndAt } from '../gazetteer.js';
import { gapBefore, wordText, type Words } from '../../words.js';

const info = {
  id: 'province/not-person',
  entity: 'provinces' as const,
  description: 'Rejects a name that ends a capitalised run opened by a family name (after an honorific or title, not after a place word), or follows an honorific',
  example: 'Ông Nguyễn Bình Định, GS.TS Nguyễn Văn Huế, chị Huế',
  data: `${DATA}, src/data/family-names.ts, src/data/honorifics.ts`,
  kind: 'veto' as const,
};

/**
 * Does the name opener at word j open a person's name? Yes when only capitalised titles ("Bà",
 * "GS.TS") stand between it and the start of the text, a punctuation mark or a lower-case word,
 * unless that word is a place word. No when another capitalised word precedes it ("TP Cao Lãnh
 * Đồng Tháp", "Phủ Lý Hà Nam").
 */
function opensPersonName(W: Words, j: number): boolean {
  // Titles before a name are a few words ("Bà", "GS.TS", "Đại tá"): the walk back stops after MAX_TITLES.
  for (let p = j - 1; p >= W.lo && p >= j - MAX_TITLES; p--) {
    const gap = gapBefore(W, p + 1);
    if (gap === ' ') {
      if (!isCapitalised(wordText(W, p))) return !wordsEndAt(gazetteer().placeByLast, W, p);
      if (!isTitle(W, p)) return false;
    } else if (!(gap === '.' && isTitle(W, p) && isTitle(W, p + 1))) {
      return true;
    }
  }
  return true;
}

/** Most words the walk back from a family name reads. */
const MAX_TITLES = 8;

export const notPersonRun: ProvinceVeto = {
  info,
  check({ W, i, form, prevMatchEnd }) {
    if (i - 1 < W.lo || gapBefore(W, i) !== ' ' || prevMatchEnd === i - 1) return null;
    const minK = Math.max(W.lo, i + form.words.length - 4);
    for (let k = i - 1; k >= minK; k--) {
      if (gapBefore(W, k + 1) !== ' ' || !isCapitalised(wordText(W, k))) break;
      if (isNameOpener(wordText(W, k)) && opensPersonName(W, k)) return { verdict: 'reject', reason: `"${wordText(W, k)} … ${form.text}" is a person's name` };
    }
    return null;
  },
};

export const notPersonHonorific: ProvinceVeto = {
  info,
  check({ W, i, form }) {
    const start = W.starts[i]!;
    if (gazetteer().honorificRe.test(W.t.text.slice(Math.max(0, start - 10), start))) return { verdict: 'reject', reason: `"${form.text}" follows a form of address: a person's name` };
    return null;
  },
};

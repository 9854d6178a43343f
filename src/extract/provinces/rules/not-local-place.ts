/**
 * Veto `province/not-local-place`: a name right after a sub-provincial place word is a local
 * place of that name ("ấp Hòa Bình", "phường Hòa Bình", "đường Hà Giang", "huyện Điện Biên"),
 * unless a province or city prefix ends there ("thành phố Hà Tĩnh", "TP Hòa Bình": GOLD counts a
 * provincial city of the province's name).
 */
import type { ProvinceVeto } from '../candidate.js';
import { DATA } from '../candidate.js';
import { gazetteer, hasPrefix, wordsEndAt } from '../gazetteer.js';
import { gapBefore, wordText } from '../../words.js';

export const notLocalPlace: ProvinceVeto = {
  info: {
    id: 'province/not-local-place',
    entity: 'provinces',
    description: 'Rejects a name right after a sub-provincial place word (a local place of that name), unless a city or province prefix stands there',
    example: 'ấp Hòa Bình, phường Hòa Bình, đường Hà Giang, huyện Điện Biên (not read); thành phố Hà Tĩnh (read)',
    data: 'src/data/place-words.ts',
    kind: 'veto',
  },
  check({ W, i, form }) {
    if (i - 1 < W.lo || gapBefore(W, i) !== ' ') return null;
    if (wordsEndAt(gazetteer().localByLast, W, i - 1) && !hasPrefix(W, i, 'place')) return { verdict: 'reject', reason: `"${wordText(W, i - 1)} ${form.text}" is a local place` };
    return null;
  },
};

/**
 * Veto `province/not-other-place`: a form right before or after a listed word is part of
 * another name (CONTEXT_TRAPS of the data: "Điện Biên Phủ", "Thái Bình Dương", "Hà Nội Mới",
 * "Thủ đô Viêng Chăn").
 */
import type { ProvinceVeto } from '../candidate.js';
import { DATA } from '../candidate.js';
import { trapKey } from '../../lexicon/province-forms.js';
import { isCapitalised } from '../gazetteer.js';
import { gapBefore, wordText } from '../../words.js';

export const notOtherPlace: ProvinceVeto = {
  info: {
    id: 'province/not-other-place',
    entity: 'provinces',
    description: 'Rejects a name that is part of another name (battle, ocean, newspaper, foreign capital)',
    example: 'chiến thắng Điện Biên Phủ, Thái Bình Dương',
    data: DATA,
    kind: 'veto',
  },
  check({ W, i, form, last }) {
    const next = last + 1;
    if (form.followedBy.length && next < W.hi && gapBefore(W, next) === ' ') {
      const w = wordText(W, next);
      if (isCapitalised(w) && (form.followedBy.includes('*') || form.followedBy.includes(trapKey(w)))) return { verdict: 'reject', reason: `"${form.text} ${w}" names something else` };
    }
    if (form.precededBy.length && i - 1 >= W.lo && gapBefore(W, i) === ' ') {
      const w = wordText(W, i - 1);
      if (isCapitalised(w) && form.precededBy.includes(trapKey(w))) return { verdict: 'reject', reason: `"${w} ${form.text}" names something else` };
    }
    return null;
  },
};

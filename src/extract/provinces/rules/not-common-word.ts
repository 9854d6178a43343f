/**
 * Veto `province/not-common-word`: in a line written all in capitals, a name that is also a
 * common word (Hòa Bình "peace", Thái Bình, Bình Định, Long An, Hải Dương) needs a place prefix
 * or a list ("VÌ HÒA BÌNH" and "HÒA BÌNH: BẮT …" are not read, "CÔNG AN TỈNH HÒA BÌNH" is).
 */
import type { ProvinceVeto } from '../candidate.js';
import { DATA } from '../candidate.js';
import { isAllCaps } from '../../lexicon/province-forms.js';
import { gazetteer, hasPrefix } from '../gazetteer.js';

const HAS_LOWER = /\p{Ll}/u;

/** Is [start, end) in a line with no lower-case letter outside it (a headline in capitals)? */
function inCapitalLine(text: string, start: number, end: number): boolean {
  if (!isAllCaps(text.slice(start, end))) return false;
  let s = start;
  while (s > 0 && text[s - 1] !== '\n') s--;
  let e = end;
  while (e < text.length && text[e] !== '\n') e++;
  return !HAS_LOWER.test(text.slice(s, start)) && !HAS_LOWER.test(text.slice(end, e));
}

export const notCommonWord: ProvinceVeto = {
  info: {
    id: 'province/not-common-word',
    entity: 'provinces',
    description: 'In a line all in capitals, a name that is also a common word needs a place prefix or a list',
    example: 'VÌ HÒA BÌNH (not read), CÔNG AN TỈNH HÒA BÌNH (read)',
    data: DATA,
    kind: 'veto',
  },
  check({ W, i, form, last }) {
    if (!gazetteer().commonWordUnits.has(form.unit)) return null;
    if (inCapitalLine(W.t.text, W.starts[i]!, W.ends[last]!) && !hasPrefix(W, i, 'place')) return { verdict: 'needs-prefix', reason: `"${form.text}" is also a common word, and this line is in capitals` };
    return null;
  },
};

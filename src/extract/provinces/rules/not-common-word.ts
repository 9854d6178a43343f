/**
 * Veto `province/not-common-word`: in a line written all in capitals, a name that is also a
 * common word (Hòa Bình "peace", Thái Bình, Bình Định, Long An, Hải Dương) needs a place prefix
 * or a list ("VÌ HÒA BÌNH" and "HÒA BÌNH: BẮT …" are not read, "CÔNG AN TỈNH HÒA BÌNH" is).
 */
import type { ProvinceVeto } from '../candidate.js';
import { DATA, type Lines } from '../candidate.js';
import { isAllCaps } from '../../lexicon/province-forms.js';
import { gazetteer, hasPrefix } from '../gazetteer.js';

const HAS_LOWER = /\p{Ll}/u;

/**
 * Is [start, end), written in capitals, in a line with no lower-case letter (a headline in
 * capitals)? Each line is read once per text (`lines`: line start → whether it has one).
 */
function inCapitalLine(text: string, start: number, end: number, lines: Lines): boolean {
  if (!isAllCaps(text.slice(start, end))) return false;
  if (!lines.starts) {
    lines.starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.starts.push(i + 1);
  }
  // The line holding `start` (binary search over line starts).
  let lo = 0;
  let hi = lines.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines.starts[mid]! <= start) lo = mid;
    else hi = mid - 1;
  }
  const s = lines.starts[lo]!;
  let lower = lines.hasLower.get(s);
  if (lower === undefined) {
    const e = lo + 1 < lines.starts.length ? lines.starts[lo + 1]! - 1 : text.length;
    lines.hasLower.set(s, (lower = HAS_LOWER.test(text.slice(s, e))));
  }
  return !lower;
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
  check({ W, i, form, last, lines }) {
    if (!gazetteer().commonWordUnits.has(form.unit)) return null;
    if (inCapitalLine(W.t.text, W.starts[i]!, W.ends[last]!, lines) && !hasPrefix(W, i, 'place')) return { verdict: 'needs-prefix', reason: `"${form.text}" is also a common word, and this line is in capitals` };
    return null;
  },
};

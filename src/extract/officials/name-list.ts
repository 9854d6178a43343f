/**
 * A list of full names ("Nguyễn Văn A, Trần Văn B và Lê Văn C"), as `official/comrade-list`
 * and `official/position-list` read it: each item a known surname and two to five syllables,
 * no place, separated by "," or "và".
 */
import { CAPITALISED, GAP_NEWLINE, LOWER } from '../../text/tokens.js';
import { MAX_BARE_NAME, type NameSpan, type Reader } from './reader.js';
import { isPlaceStart } from './names.js';
import { isFamilyName } from './vocabulary.js';

/** Most names read in one list. */
const MAX_ITEMS = 30;

/** A full name of a list at k: a known surname, 2–5 syllables, no place, no organisation. */
export function listItem(r: Reader, k: number): NameSpan | null {
  const t = r.t;
  if (k >= r.limit || !t.word[k] || t.kase[k] !== CAPITALISED || t.gap[k] === GAP_NEWLINE || !isFamilyName(t, k) || r.startsUnit(k)) return null;
  const run = r.run(k);
  const n = r.words(run);
  if (n < 2 || n > MAX_BARE_NAME || isPlaceStart(r, run)) return null;
  return run;
}

/** The separator of a list at q: the token after "," or "và", else null. */
function separator(r: Reader, q: number): number | null {
  if (r.isPunct(q, ',')) return q + 1;
  return r.t.word[q] && r.t.key[q] === 'va' && r.t.kase[q] === LOWER ? q + 1 : null;
}

/** The names listed after `first` (which is included), in order. */
export function listAfter(r: Reader, first: NameSpan): NameSpan[] {
  const names: NameSpan[] = [first];
  for (let q = first.to; names.length < MAX_ITEMS; ) {
    const s = separator(r, q);
    const n = s === null ? null : listItem(r, s);
    if (!n) break;
    names.push(n);
    q = n.to;
  }
  return names;
}

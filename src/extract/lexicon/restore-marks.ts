/**
 * The lower-cased text of an article written without diacritics, with the lexicon's words and
 * phrases written with their marks: "bang khen cho 5 tap the, 12 ca nhan" → "bằng khen cho 5
 * tập thể, 12 cá nhân". The rules that scan `view.lower` with patterns written with marks
 * (awards) then read such text as they read accented text, offsets unchanged: folding keeps one
 * UTF-16 unit per unit, so a word and its marked spelling have the same length.
 *
 * What is restored: at each word, the longest listed phrase that starts there and has ONE
 * marked spelling (tone-mark placement aside). Names are not restored: a family or middle name
 * gives no spelling, and a capitalised word that may be one ("Nguyen": Nguyễn, or nguyên
 * "former") stays as written unless a phrase decides it ("Bang khen"). Neither is a word whose
 * listed spellings differ ("thu truong" is Thứ trưởng or Thủ trưởng, "qua" is qua or quà, "toi"
 * is tới or tối): such words stay bare unless a longer phrase decides them. Words that already
 * carry marks are left as they are.
 */
import { GAP_NEWLINE, LOWER, type Tokens } from '../../text/tokens.js';
import { foldAligned } from '../../text/fold.js';
import { tokenize } from '../../text/tokens.js';
import { kindBit, lexicon, type Entry, type TagKind } from './index.js';
import { rootNode } from './lexicon.js';
import { isBare } from './spelling.js';
import { toneKey } from './tone-key.js';

/** Tags whose spelling is not restored: names keep the spelling the article gives them. */
const NOT_RESTORED: ReadonlySet<TagKind> = new Set<TagKind>(['family-name', 'middle-name']);

const NAME_KINDS = kindBit('family-name') | kindBit('middle-name');

/** The marked spelling of each token of an entry (lower case), or null when it has none or more than one. */
const restorations = new WeakMap<Entry, readonly string[] | null>();

function restorationOf(e: Entry): readonly string[] | null {
  const cached = restorations.get(e);
  if (cached !== undefined) return cached;
  let chosen: string | null = null;
  let chosenKey: string | null = null;
  let ambiguous = false;
  for (let i = 0; i < e.tags.length && !ambiguous; i++) {
    if (NOT_RESTORED.has(e.tags[i]!.kind)) continue;
    const w = e.written[i]!.toLowerCase();
    const key = toneKey(w);
    if (chosenKey === null) {
      chosen = w;
      chosenKey = key;
    } else if (key !== chosenKey) ambiguous = true;
  }
  let out: readonly string[] | null = null;
  if (!ambiguous && chosen !== null && !isBare(chosen)) {
    const t = tokenize(chosen, foldAligned(chosen));
    const parts: string[] = [];
    for (let k = 0; k < t.n; k++) parts.push(chosen.slice(t.start[k]!, t.end[k]!));
    // The spelling cuts into the entry's keys one for one (it is one of the forms the entry was built from).
    if (parts.length === e.keys.length) out = parts;
  }
  restorations.set(e, out);
  return out;
}

/** `lower` (the lower-cased text of `t`) with the lexicon's words written with their marks (see the module comment). */
export function restoreMarks(t: Tokens, lower: string): string {
  const lex = lexicon();
  let out = '';
  let copied = 0;
  for (let k = 0; k < t.n; ) {
    let node = t.word[k] ? rootNode(lex, t.id[k]!) : null;
    let best = -1;
    let bestParts: readonly string[] | null = null;
    for (let j = k; node; ) {
      const parts = node.entry ? restorationOf(node.entry) : null;
      if (parts) {
        best = j + 1;
        bestParts = parts;
      }
      j++;
      if (j >= t.n || t.gap[j] === GAP_NEWLINE) break;
      node = node.next.get(t.key[j]!) ?? null;
    }
    if (!bestParts) {
      k++;
      continue;
    }
    // A single capitalised word that is also a name ("Nguyen": Nguyễn or nguyên) is the name:
    // left as written. In a phrase ("Bang khen") the phrase decides.
    if (best === k + 1 && t.kase[k] !== LOWER && (rootNode(lex, t.id[k]!)!.entry!.kinds & NAME_KINDS) !== 0) {
      k++;
      continue;
    }
    for (let p = k; p < best; p++) {
      const a = t.start[p]!;
      const b = t.end[p]!;
      const marked = bestParts[p - k]!;
      if (marked.length !== b - a || !isBare(t.text.slice(a, b))) continue;
      out += lower.slice(copied, a) + marked;
      copied = b;
    }
    k = best;
  }
  return copied === 0 ? lower : out + lower.slice(copied);
}

/**
 * Veto `province/not-capitalised`: a folded hit stands only when the original text has every
 * syllable in the case the data writes it and the same tone marks, up to their placement
 * ("năm Đinh Dậu" is not Nam Định, "hòa bình" is not Hòa Bình, "Thanh Hoá" is Thanh Hóa).
 * So matching on folded text never invents a place. In an article written without diacritics
 * a syllable with no mark at all has no tone marks to compare ("Nghe An" is Nghệ An); the case
 * still counts ("nam dinh" is not read).
 */
import type { RuleInfo } from '../../rule.js';
import { DATA } from '../candidate.js';
import { caseOk, type ProvinceForm } from '../../lexicon/province-forms.js';
import { spells } from '../../lexicon/spelling.js';
import { wordText, type Words } from '../../words.js';

export const notCapitalised: RuleInfo = {
  id: 'province/not-capitalised',
  entity: 'provinces',
  description: 'Rejects a folded match whose original is not capitalised or has other tone marks',
  example: 'năm Đinh Dậu, hòa bình',
  data: DATA,
  kind: 'veto',
};

/** Why the words from i do not verify as form `f` (case or tone marks), or null when they do. */
export function verifyCase(W: Words, i: number, f: ProvinceForm): string | null {
  for (let k = 0; k < f.words.length; k++) {
    const orig = wordText(W, i + k);
    if (!caseOk(f.caseRules[k]!, orig)) return `"${orig}" is not written in the case of "${f.text}"`;
    if (!spells(W.t, orig, f.keys[k]!)) return `"${orig}" has other tone marks than "${f.text}"`;
  }
  return null;
}

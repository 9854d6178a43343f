/**
 * Veto `byline/not-abbreviation`: the full stop before the capitalised words ends an
 * abbreviation ("TP. Hồ Chí Minh", "Tp.Cần Thơ", "ThS. Nguyễn Văn A") or the initial of a
 * place after a common word ("quận Q. Bình Thạnh"), not a sentence: the words finish the
 * sentence. An initial after a name ("… đối tượng Nguyễn Văn T. Quang Huy") does end it, and so
 * does "TP." used as a noun before a two-syllable person's name that is no place ("… trở lại
 * TP. Lê Khoa").
 */
import { PLACE_TYPE_ABBREVIATIONS, SENTENCE_ABBREVIATIONS, TOWNS_NAMED_LIKE_PERSONS } from '../../data/sentence-abbreviations.js';
import { FAMILY_NAMES } from '../../data/family-names.js';
import { fold } from '../../text/fold.js';
import type { BylineRuleInfo, BylineVeto } from './rule.js';
import { isProvinceName, type GluedReading } from './reading.js';

const info: BylineRuleInfo = {
  id: 'byline/not-abbreviation',
  entity: 'authors',
  description: 'The words after an abbreviation\'s full stop finish the sentence: no byline there ("TP. Hồ Chí Minh")',
  example: '… tổ chức tại TP. Hồ Chí Minh',
  data: 'src/data/sentence-abbreviations.ts',
  kind: 'veto',
};

const ABBREVIATIONS = new Set(SENTENCE_ABBREVIATIONS);
const PLACE_TYPES = new Set(PLACE_TYPE_ABBREVIATIONS);
const FAMILY = new Set(FAMILY_NAMES.map((f) => f.name));
const TOWNS = new Set(TOWNS_NAMED_LIKE_PERSONS.map(fold));

/**
 * "… chưa trở lại TP. Lê Khoa": "TP." standing alone as a noun ends the sentence when what
 * follows is a person's two-syllable name (a family name first) and no place.
 */
function personAfterPlaceType(r: GluedReading, word: string): boolean {
  if (!PLACE_TYPES.has(word) || r.names.length !== 1) return false;
  const name = r.names[0]!;
  const words = name.split(' ');
  return words.length === 2 && FAMILY.has(words[0]!) && !isProvinceName(name) && !TOWNS.has(fold(name));
}
const LONE_CAPITAL = /^\p{Lu}\.$/u;
const CAPITALISED = /^\p{Lu}/u;

function check(r: GluedReading): BylineVeto | null {
  const word = r.before.replace(/^.*[\s(]/su, '');
  if (ABBREVIATIONS.has(word) && !personAfterPlaceType(r, word)) return { rule: info.id, reason: `"${word}" is an abbreviation, not the end of a sentence` };
  if (LONE_CAPITAL.test(word) && !CAPITALISED.test(r.wordBefore)) return { rule: info.id, reason: `"${word}" is an initial inside the sentence, not its end` };
  return null;
}

export const notAbbreviation = { info, check };

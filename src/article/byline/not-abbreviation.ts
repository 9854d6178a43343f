/**
 * Veto `byline/not-abbreviation`: the full stop before the capitalised words ends an
 * abbreviation ("TP. Hồ Chí Minh", "Tp.Cần Thơ", "ThS. Nguyễn Văn A") or the initial of a
 * place after a common word ("quận Q. Bình Thạnh"), not a sentence: the words finish the
 * sentence. An initial after a name ("… đối tượng Nguyễn Văn T. Quang Huy") does end it.
 */
import { SENTENCE_ABBREVIATIONS } from '../../data/sentence-abbreviations.js';
import type { BylineRuleInfo, BylineVeto } from './rule.js';
import type { GluedReading } from './reading.js';

const info: BylineRuleInfo = {
  id: 'byline/not-abbreviation',
  entity: 'authors',
  description: 'The words after an abbreviation\'s full stop finish the sentence: no byline there ("TP. Hồ Chí Minh")',
  example: '… tổ chức tại TP. Hồ Chí Minh',
  data: 'src/data/sentence-abbreviations.ts',
  kind: 'veto',
};

const ABBREVIATIONS = new Set(SENTENCE_ABBREVIATIONS);
const LONE_CAPITAL = /^\p{Lu}\.$/u;
const CAPITALISED = /^\p{Lu}/u;

function check(r: GluedReading): BylineVeto | null {
  const word = r.before.replace(/^.*[\s(]/su, '');
  if (ABBREVIATIONS.has(word)) return { rule: info.id, reason: `"${word}" is an abbreviation, not the end of a sentence` };
  if (LONE_CAPITAL.test(word) && !CAPITALISED.test(r.wordBefore)) return { rule: info.id, reason: `"${word}" is an initial inside the sentence, not its end` };
  return null;
}

export const notAbbreviation = { info, check };

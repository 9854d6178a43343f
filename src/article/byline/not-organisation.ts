/**
 * Veto `byline/not-organisation`: a glued name that opens with an organisation or place word
 * ("Sở Tư Pháp", "Tỉnh Nghệ An", "UBND Huyện") is a unit or a place ending the text, not a
 * reporter.
 */
import { NOT_NAME_OPENERS } from '../../data/article-chrome.js';
import type { BylineRuleInfo, BylineVeto } from './rule.js';
import { lowerKey, startsWithWord, type GluedReading } from './reading.js';

const info: BylineRuleInfo = {
  id: 'byline/not-organisation',
  entity: 'authors',
  description: 'A glued name that opens with an organisation or place word is a unit or a place, not a reporter',
  example: '… theo quy định. Sở Tư Pháp (not a byline)',
  data: 'src/data/article-chrome.ts',
  kind: 'veto',
};

const OPENERS = NOT_NAME_OPENERS.map(lowerKey);

function check(r: GluedReading): BylineVeto | null {
  for (const name of r.names) {
    const w = startsWithWord(name, OPENERS);
    if (w) return { rule: info.id, reason: `"${name}" opens with "${w}": an organisation or a place, not a reporter` };
  }
  return null;
}

export const notOrganisation = { info, check };

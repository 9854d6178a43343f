/**
 * Rule `english/official-title`: a capitalised English title before a name ("Minister To Lam",
 * "Deputy Minister Nguyen Van Thanh"), the title kept as a position. Read in the same pass as
 * `english/official-rank` (rules/official-rank.ts), since a title and a rank may stand together
 * before one name; a name after a title alone is this rule's.
 */
import type { RuleInfo } from '../../rule.js';

export const officialTitle: RuleInfo = {
  id: 'english/official-title',
  entity: 'officials',
  description: 'Capitalised English title + name, the title kept as a position',
  example: 'Minister To Lam',
  data: 'src/data/english-titles.ts, src/data/provinces.ts',
};

/**
 * Rule `cluster/typo`: "cụm thi đua" unaccented or misspelt, read through with a `typo`
 * warning: the three words folded are within TYPO_TOLERANCE of the phrase (natural's
 * Jaro–Winkler, whose score goes in `foundBy`, and at most two edits), unless they are a
 * listed word of their own ("cụm thi đấu").
 */
import type { RuleInfo } from '../../rule.js';

export const typo: RuleInfo = {
  id: 'cluster/typo',
  entity: 'clusters',
  description: 'Misspelt or unaccented "cụm thi đua" read through (Jaro–Winkler score in foundBy, warning "typo")',
  example: 'cụm thu đua số 5',
  data: 'src/data/clusters.ts (reference/clusters.md)',
};

/** Rule `cluster/numbered`: "cụm thi đua" followed by a number, with or without "số", whatever suffix follows ("Cụm thi đua số 5-BCA"). */
import type { RuleInfo } from '../../rule.js';

export const numbered: RuleInfo = {
  id: 'cluster/numbered',
  entity: 'clusters',
  description: '"cụm thi đua" followed by a number (with or without "số"), any suffix',
  example: 'Cụm thi đua số 5-BCA',
  data: 'src/data/clusters.ts (reference/clusters.md)',
};

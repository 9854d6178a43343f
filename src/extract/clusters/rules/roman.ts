/** Rule `cluster/roman`: a cluster number in canonical Roman numerals ("Cụm thi đua số III", "Cụm II"; not "IIII"). */
import type { RuleInfo } from '../../rule.js';

export const roman: RuleInfo = {
  id: 'cluster/roman',
  entity: 'clusters',
  description: 'Cluster number in Roman numerals',
  example: 'Cụm thi đua số III, Cụm II',
  data: 'src/data/clusters.ts (reference/clusters.md)',
};

/** Rule `cluster/list`: further numbers listed after the first ("cụm thi đua số 4, số 5"; "số 6 và 7"; "số 6-7" but not "6-7 tháng"). */
import type { RuleInfo } from '../../rule.js';

export const list: RuleInfo = {
  id: 'cluster/list',
  entity: 'clusters',
  description: 'Further numbers listed after the first',
  example: 'cụm thi đua số 4, số 5; số 6 và 7',
  data: 'src/data/clusters.ts (reference/clusters.md)',
};

/**
 * Rule `cluster/short`: a bare "cụm" + number ("Cụm trưởng cụm 8"), only in an article about
 * emulation (it names "thi đua" somewhere); elsewhere `cluster/not-emulation` vetoes it.
 */
import type { RuleInfo } from '../../rule.js';

export const short: RuleInfo = {
  id: 'cluster/short',
  entity: 'clusters',
  description: 'Bare "cụm" + number, only in an article about emulation ("thi đua") and not a count ("cụm 3 xã")',
  example: 'Cụm trưởng cụm 8',
  data: 'src/data/clusters.ts (reference/clusters.md)',
};

export const notEmulation: RuleInfo = {
  id: 'cluster/not-emulation',
  entity: 'clusters',
  description: 'Rejects a bare "cụm" + number in an article that never mentions "thi đua" (a cluster of anything else)',
  example: 'cụm 8 nhà trọ (in an article with no "thi đua")',
  kind: 'veto',
};

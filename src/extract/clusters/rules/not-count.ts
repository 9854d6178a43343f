/**
 * Veto `cluster/not-count`: a number written after "cụm" or "cụm thi đua" without "số" and
 * followed by a counted noun (COUNT_NOUNS) is a count, not a cluster number ("cụm 3 xã",
 * "Cụm thi đua 6 tháng đầu năm").
 */
import type { RuleInfo } from '../../rule.js';

export const notCount: RuleInfo = {
  id: 'cluster/not-count',
  entity: 'clusters',
  description: 'Rejects a number that counts what follows it ("cụm 3 xã", "6 tháng")',
  example: 'Cụm thi đua 6 tháng đầu năm, cụm 3 xã',
  data: 'src/data/clusters.ts (reference/clusters.md)',
  kind: 'veto',
};

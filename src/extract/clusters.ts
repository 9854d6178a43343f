/** Placeholder until the clusters recogniser lands: finds nothing. */
import type { ExtractContext, RuleInfo } from './context.js';
import type { Cluster, Official, Province, Award } from '../record/schema.js';

export const clusterRules: RuleInfo[] = [];

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function extractClusters(ctx: ExtractContext, provinces: Province[]): Cluster[] {
  return [];
}

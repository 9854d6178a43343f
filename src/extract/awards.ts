/** Placeholder until the awards recogniser lands: finds nothing. */
import type { ExtractContext, RuleInfo } from './context.js';
import type { Cluster, Official, Province, Award } from '../record/schema.js';

export const awardRules: RuleInfo[] = [];

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function extractAwards(ctx: ExtractContext): Award[] {
  return [];
}

/** Placeholder until the provinces recogniser lands: finds nothing. */
import type { ExtractContext, RuleInfo } from './context.js';
import type { Cluster, Official, Province, Award } from '../record/schema.js';

export const provinceRules: RuleInfo[] = [];

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function extractProvinces(ctx: ExtractContext): Province[] {
  return [];
}

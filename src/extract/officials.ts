/** Placeholder until the officials recogniser lands: finds nothing. */
import type { ExtractContext, RuleInfo } from './context.js';
import type { Cluster, Official, Province, Award } from '../record/schema.js';

export const officialRules: RuleInfo[] = [];

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function extractOfficials(ctx: ExtractContext): Official[] {
  return [];
}

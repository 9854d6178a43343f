/** Placeholder until the periods recogniser lands: finds nothing. */
import type { ExtractContext, RuleInfo } from './context.js';
import type { DateValue, Period } from '../record/schema.js';

export const periodRules: RuleInfo[] = [];

export function extractPeriodsAndDates(_ctx: ExtractContext): { periods: Period[]; dates: DateValue[] } {
  return { periods: [], dates: [] };
}

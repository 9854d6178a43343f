/** Placeholder until the English-article recogniser lands: finds nothing. */
import type { ExtractContext, RuleInfo } from './context.js';
import type { Entities } from './extract-entities.js';

export const englishRules: RuleInfo[] = [];

export function extractEnglish(_ctx: ExtractContext): Partial<Entities> {
  return {};
}

/**
 * The entity stage: runs the recognisers in dependency order (provinces first: clusters
 * and officials look provinces up) and returns every entity array of the record.
 */
import type { ArticleRecord } from '../record/schema.js';
import type { ExtractContext, RuleInfo } from './context.js';
import { extractProvinces, provinceRules } from './provinces.js';
import { extractClusters, clusterRules } from './clusters.js';
import { extractOfficials, officialRules } from './officials.js';
import { extractPeriodsAndDates, periodRules } from './periods.js';
import { extractAwards, awardRules } from './awards.js';
import { extractEnglish, englishRules } from './english.js';

export type Entities = Pick<ArticleRecord, 'officials' | 'provinces' | 'clusters' | 'periods' | 'dates' | 'awards'>;

/** Every rule family, for the README table and for tests. */
export const rules: RuleInfo[] = [...officialRules, ...provinceRules, ...clusterRules, ...periodRules, ...awardRules, ...englishRules];

export function extractEntities(ctx: ExtractContext): Entities {
  if (ctx.language === 'eng') return { officials: [], provinces: [], clusters: [], periods: [], dates: [], awards: [], ...extractEnglish(ctx) };
  if (ctx.language !== 'vie') return { officials: [], provinces: [], clusters: [], periods: [], dates: [], awards: [] };
  const provinces = extractProvinces(ctx);
  const clusters = extractClusters(ctx, provinces);
  const officials = extractOfficials(ctx);
  const { periods, dates } = extractPeriodsAndDates(ctx);
  const awards = extractAwards(ctx);
  return { officials, provinces, clusters, periods, dates, awards };
}

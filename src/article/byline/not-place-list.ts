/**
 * Veto `byline/not-place-list`: several glued "names" of which two or more are provinces
 * ("… các địa phương sau. Hà Giang, Lào Cai, Yên Bái") are a list of places. One province
 * name alone is a byline ("… ./. Thái Bình"), and leaves the body with it.
 */
import type { BylineRuleInfo, BylineVeto } from './rule.js';
import { isProvinceName, type GluedReading } from './reading.js';

const info: BylineRuleInfo = {
  id: 'byline/not-place-list',
  entity: 'authors',
  description: 'Two or more glued names that are provinces are a list of places, not reporters (one alone is a byline)',
  example: '… các địa phương sau. Hà Giang, Lào Cai, Yên Bái (not a byline)',
  data: 'src/data/provinces.ts',
  kind: 'veto',
};

function check(r: GluedReading): BylineVeto | null {
  const places = r.names.filter(isProvinceName);
  return places.length >= 2 ? { rule: info.id, reason: `${places.join(', ')} are provinces: a list of places` } : null;
}

export const notPlaceList = { info, check };

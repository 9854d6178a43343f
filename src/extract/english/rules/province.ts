/**
 * Rule `english/province`: provinces of an English article in Vietnamese, ASCII or English form
 * ("Nghe An province", "Ho Chi Minh City", "HCMC", "Hanoi", "Thua Thien-Hue"). The province
 * recogniser reads them (it runs for English too, with the English forms of
 * src/data/provinces.ts) and names this rule in `foundBy`; the English recogniser receives them
 * for the provinces of officials' positions and for cluster members.
 */
import type { RuleInfo } from '../../rule.js';

export const province: RuleInfo = {
  id: 'english/province',
  entity: 'provinces',
  description: 'Province in Vietnamese, ASCII or English form',
  example: 'Nghe An province, Ho Chi Minh City, HCMC, Hanoi',
  data: 'src/data/english-titles.ts, src/data/provinces.ts',
};

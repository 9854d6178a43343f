/** Rule `province/variant`: a press spelling or an abbreviation of a unit ("TP.HCM", "TTH", "Đắc Lắc"). */
import type { RuleInfo } from '../../rule.js';
import { DATA } from '../candidate.js';

export const variant: RuleInfo = {
  id: 'province/variant',
  entity: 'provinces',
  description: 'Press spelling variant or abbreviation of a unit',
  example: 'TP.HCM, TT-Huế, TTH, BR-VT, Đắc Lắc',
  data: DATA,
};

/** Rule `province/name`: the short official name of a unit, any tone-mark placement, also inside organisation names. */
import type { RuleInfo } from '../../rule.js';
import { DATA } from '../candidate.js';

export const name: RuleInfo = {
  id: 'province/name',
  entity: 'provinces',
  description: 'Short official name of a unit, any tone-mark placement, also inside organisation names',
  example: 'Công an tỉnh Thanh Hoá',
  data: DATA,
};

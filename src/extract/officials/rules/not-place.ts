/** Veto `official/not-place`: a capitalised run that begins with a province is a list of places, not a person ("Hà Tĩnh, Quảng Bình …"). */
import type { RuleInfo } from '../../rule.js';

export const notPlace: RuleInfo = {
  id: 'official/not-place',
  entity: 'officials',
  description: 'Rejects a bare name that begins with a province: a list of places, not a person',
  example: 'Hà Tĩnh, Giám đốc … (not read)',
  kind: 'veto',
};

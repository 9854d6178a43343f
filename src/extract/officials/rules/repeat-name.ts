/** Refiner `official/repeat-name`: a later bare full name of a known official is one more mention (never in a byline line). */
import type { RuleInfo } from '../../rule.js';

export const repeatName: RuleInfo = {
  id: 'official/repeat-name',
  entity: 'officials',
  description: 'A later bare full name of a known official is one more mention (never in a byline line)',
  example: 'Nguyễn Văn Thành nhấn mạnh …',
  kind: 'refine',
};

/**
 * Refiner `official/short-name`: a shorter form after a lead ("ông Thành", "Đại tá Hùng",
 * "Văn Thành", a two-syllable name) joins the one full name it ends; when two people share that
 * ending (seed 001 has Nguyễn Văn Thành and Võ Ngọc Thành) it is left out with an
 * `ambiguous-name` warning.
 */
import type { RuleInfo } from '../../rule.js';

export const shortName: RuleInfo = {
  id: 'official/short-name',
  entity: 'officials',
  description: 'A shorter form after a lead ("ông Thành", "Đại tá Hùng", "Văn Thành") joins the one full name it ends; ambiguous forms are left out with a warning',
  example: 'ông Thành → Võ Ngọc Thành',
  kind: 'refine',
};

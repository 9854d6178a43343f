/**
 * Rule `official/honorific-name`: "đồng chí", "đ/c", "Ngài" before a name (alone enough);
 * "ông", "bà" only with a position; a misspelling ("Đồng trí") read through with a typo warning.
 */
import type { RuleInfo } from '../../rule.js';
import type { ReadRule } from '../read.js';
import { readAfterLead } from './lead-name.js';

const info: RuleInfo = {
  id: 'official/honorific-name',
  entity: 'officials',
  description: '"đồng chí", "đ/c", "Ngài" before a name (alone enough); "ông", "bà" only with a position; misspellings read through with a typo warning',
  example: 'Đồng trí Nguyễn Ngọc Thạch, Phó chủ tịch UBND tỉnh',
  data: 'src/data/honorifics.ts',
};

const read: ReadRule = (r, lead, floor) => {
  if (!lead.hon || lead.rank) return undefined;
  return readAfterLead(r, lead, floor, { rule: info.id, match: lead.hon.match, ...(lead.hon.score !== undefined ? { score: lead.hon.score } : {}) });
};

export const honorificName = { info, read };

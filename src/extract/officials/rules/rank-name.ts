/**
 * Rule `official/rank-name`: a rank (CAND or army, any case, "uý"/"úy", "sỹ"/"sĩ"; a force word
 * such as "cảnh sát" may follow), possibly after an honorific, before a name; then the
 * positions stated after it.
 */
import type { RuleInfo } from '../../rule.js';
import type { ReadRule } from '../read.js';
import { readAfterLead } from './lead-name.js';

const info: RuleInfo = {
  id: 'official/rank-name',
  entity: 'officials',
  description: 'A rank (CAND or army, any case, "uý"/"úy", "sỹ"/"sĩ"; "nguyên" before it and a force word such as "cảnh sát" after it may stand) before a name (one in capitals is capitalised as a name: "Đại tá LÊ VĂN AN"), then the positions stated after it',
  example: 'Thượng tướng Nguyễn Văn Thành, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an',
  data: 'src/data/ranks.ts',
};

const read: ReadRule = (r, lead, floor) => (lead.rank ? readAfterLead(r, lead, floor, { rule: info.id, match: lead.rank.match }) : undefined);

export const rankName = { info, read };

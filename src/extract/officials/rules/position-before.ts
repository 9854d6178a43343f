/**
 * Rule `official/position-before`: a position written before "[,] [honorific|rank] NAME" is
 * that person's, unless "thay mặt", "thừa ủy quyền" … (on whose behalf) or "của", "trao" …
 * come before it.
 */
import { GAP_NEWLINE, GAP_NONE, GAP_SPACE } from '../../../text/tokens.js';
import type { RuleInfo } from '../../rule.js';
import { C_BLOCKER, C_HEAD_PREFIX, MAX_TAIL, type Reader } from '../reader.js';
import { position } from '../position.js';
import type { ReadPosition } from '../mention.js';

const info: RuleInfo = {
  id: 'official/position-before',
  entity: 'officials',
  description: 'A position written before "[,] [honorific|rank] NAME" is that person\'s, unless "thay mặt", "thừa ủy quyền" … (on whose behalf) come before it',
  example: 'Thứ trưởng Bộ Công an, Thượng tướng Lê Quý Vương; Q.GĐ CA tỉnh Bắc Ninh Đại tá Phạm Văn Nam',
  data: 'src/data/positions.ts',
  kind: 'refine',
};

/**
 * A position written before "[,] [honorific|rank] NAME", not already read for someone else:
 * "Thứ trưởng Bộ Công an, Thượng tướng X", or with no comma "Q.GĐ CA tỉnh Bắc Ninh Đại tá X"
 * (then the position must run right up to the lead). Not when "thay mặt", "thừa ủy quyền" …
 * (on whose behalf) or "của", "trao" … come before it.
 */
function read(r: Reader, lead: number, floor: number): ReadPosition | null {
  const t = r.t;
  const hasComma = lead > 0 && r.isPunct(lead - 1, ',');
  const comma = hasComma ? lead - 1 : lead;
  if (comma <= floor || (!hasComma && (!t.word[lead - 1] || t.gap[lead] !== GAP_SPACE))) return null;
  let s = comma;
  // Back over words and joined punctuation ("5-BCA"; the dot of "Q. GĐ" too, read whole by the lexicon).
  while (s > floor && comma - s < MAX_TAIL + 4 && t.gap[s] !== GAP_NEWLINE && (t.word[s - 1] || (t.gap[s - 1] === GAP_NONE && (t.gap[s] === GAP_NONE || r.isPunct(s - 1, '.'))))) s--;
  for (let h = s; h < comma; h++) {
    if (!r.m(h, C_HEAD_PREFIX)) continue;
    const p = position(r, h, 'after-name', comma);
    if (!p || p.to !== comma || p.weak || p.historical) continue;
    for (let b = Math.max(0, h - 3); b <= h; b++) {
      const bl = r.m(b, C_BLOCKER);
      if (bl && bl.end >= h) return null;
    }
    return p;
  }
  return null;
}

export const positionBefore = { info, read };

/**
 * Veto `official/not-historical`: historical references are never officials of the article:
 * "Chủ tịch Hồ Chí Minh", "Bác Hồ", "tư tưởng Hồ Chí Minh", and anyone whose position says he
 * is dead ("cố Tổng Bí thư …").
 */
import type { RuleInfo } from '../../rule.js';

export const notHistorical: RuleInfo = {
  id: 'official/not-historical',
  entity: 'officials',
  description: 'Rejects historical references: a historical name after a lead or a position, and a position held by the late ("cố …")',
  example: 'Chủ tịch Hồ Chí Minh, Bác Hồ, cố Tổng Bí thư Nguyễn Phú Trọng',
  data: 'src/data/honorifics.ts, src/data/positions.ts',
  kind: 'veto',
};

/**
 * Rule `award/other-recipient`: recipients counted by another person or unit noun than "tập
 * thể", "cá nhân" and their kin ("khen thưởng 3 tài xế", "310 bà mẹ được phong tặng …", "Giấy
 * khen cho 43 công đoàn cơ sở"; GOLD "Decided in the second round"). Those nouns also count
 * people and places that receive nothing ("… vì đã giúp đỡ 3 người dân", "tại 12 xã"), so a
 * group counted only by them is read where the award is plainly theirs: right after the type
 * (over "cho", "đột xuất", "của <issuer>"), or as the subject of a passive award, standing at
 * the start of its clause or after "có", "trong đó" … (not after a verb: "đã cứu 3 người dân,
 * được …").
 */
import type { RuleInfo } from '../../rule.js';
import type { CountGroup } from './count.js';
import type { TypeHit } from '../types.js';
import { SUBJECT_LEAD_RE } from '../patterns.js';

export const otherRecipient: RuleInfo = {
  id: 'award/other-recipient',
  entity: 'awards',
  description: 'Recipients counted by another person or unit noun (tài xế, bà mẹ, công đoàn cơ sở …), right after the type or as the subject of a passive award',
  example: 'khen thưởng 3 tài xế; Toàn tỉnh có 310 bà mẹ được phong tặng danh hiệu Bà mẹ Việt Nam anh hùng',
  data: 'src/data/awards.ts',
};

/** Between the type and the counts it gives: "cho", an adverb, the issuer ("Bằng khen của Chủ tịch UBND tỉnh cho"). */
const DIRECT_GAP_RE = /^\s*(?:(?:đột\s+xuất|kịp\s+thời|ngay|nóng)\s+)?(?:của\s+[^,;:.\n]{1,60}?\s+)?(?:cho\s*)?$/u;

/** How far back the words before a passive subject are read. */
const LEAD_WINDOW = 40;

/** Whether a group counted only by other nouns receives the award `type` (found before or after it). */
export function otherRecipientReceives(lower: string, group: CountGroup, type: TypeHit, active: boolean, sentenceStart: number): boolean {
  if (active) return DIRECT_GAP_RE.test(lower.slice(type.end, group.start));
  const before = lower.slice(Math.max(sentenceStart, group.start - LEAD_WINDOW), group.start);
  return (group.start - sentenceStart <= LEAD_WINDOW && before.trim() === '') || SUBJECT_LEAD_RE.test(before);
}

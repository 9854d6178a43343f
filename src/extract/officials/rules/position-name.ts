/**
 * Rule `official/position-name`: a position, possibly with its organisation, ministry, country
 * and place, right before a name ("Chủ tịch UBND TP Đà Nẵng Lê Trung Chinh", "Thủ tướng
 * Singapore Lawrence Wong"). A historical reference read this way ("Chủ tịch Hồ Chí Minh",
 * "cố Tổng Bí thư …") is vetoed by `official/not-historical`.
 */
import type { RuleInfo } from '../../rule.js';
import { C_HISTORICAL } from '../reader.js';
import { finish, headAt, type ReadRule } from '../read.js';
import { notHistorical } from './not-historical.js';

const info: RuleInfo = {
  id: 'official/position-name',
  entity: 'officials',
  description: 'A position, possibly with its organisation, ministry, country and place, right before a name (after "tỉnh", two syllables that name no province; a foreign name with initials or a hyphen)',
  example: 'Chủ tịch UBND TP Đà Nẵng Lê Trung Chinh; Phó Chủ tịch UBND tỉnh Lê Hòa; Tổng thống John F. Kennedy',
  data: 'src/data/positions.ts, src/data/police-abbreviations.ts',
};

const read: ReadRule = (r, lead, floor) => {
  if (lead.hon || lead.rank || lead.academic || !headAt(r, lead.i)) return undefined;
  const p = lead.before(r);
  if (p?.name && (p.name === 'historical' || p.historical)) {
    // "Chủ tịch Hồ Chí Minh", "cố Tổng Bí thư …": a historical reference, never an official.
    const e = p.name === 'historical' ? r.m(p.to, C_HISTORICAL)?.end ?? p.to : p.name.to;
    const next = Math.max(e, lead.i + 1);
    const t = r.t;
    return { mention: null, next, veto: { rule: notHistorical.id, reason: 'a historical reference, not an official of the article', start: t.start[lead.i]!, end: t.end[next - 1]! } };
  }
  if (p?.name && !p.weak) return finish(r, lead, p.name, p, { rule: info.id, match: p.match }, floor);
  return undefined;
};

export const positionName = { info, read };

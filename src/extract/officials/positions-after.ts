/**
 * The positions stated after a name: ", P1, P2 kiêm P3", " - P1", " (P1)", or after a link
 * word such as "giữ chức", "là".
 */
import { GAP_SPACE, LOWER } from '../../text/tokens.js';
import { C_HEAD, C_HEAD_PREFIX, C_JOINER, C_NAME_LINK, C_PREFIX, type Reader } from './reader.js';
import { birthBracketEnd, birthDetail, fuzzyHeadAt } from './position-parts.js';
import { position } from './position.js';
import type { ReadPosition } from './mention.js';

/** Most positions read after one name (real ones hold a handful; a list of hundreds is no person's). */
const MAX_POSITIONS = 24;

/** Positions stated after a name: ", P1, P2 kiêm P3", " - P1, P2", " (P1)"; a birth bracket before them is skipped. */
export function positionsAfter(r: Reader, k: number): { positions: ReadPosition[]; end: number } {
  const t = r.t;
  const positions: ReadPosition[] = [];
  // "Trung tướng Trần Quang Vinh (1940-2023), nguyên Thứ trưởng …": the dates say who, not what.
  const skip = birthBracketEnd(r, k);
  if (skip !== null) {
    const after = positionsAfter(r, skip);
    if (after.positions.length) return after;
  }
  let end = k;
  let paren = false;
  let p = k + 1;
  if (r.isPunct(k, '(')) paren = true;
  else if (!r.isPunct(k, ',') && !r.isSpacedDash(k)) {
    // "thiếu tướng X giữ chức Giám đốc …", "ông X là Chủ tịch …": a link word, then a head.
    const l = t.gap[k] === GAP_SPACE ? r.m(k, C_NAME_LINK) : null;
    if (!l || !(r.m(l.end, C_HEAD_PREFIX) || fuzzyHeadAt(r, l.end, r.limit))) return { positions, end };
    p = l.end;
  }
  // "Nguyễn Văn A (SN 1985, Giám đốc Công ty X)": the birth year or age before the post.
  if (paren) p = birthDetail(r, p) ?? p;
  while (positions.length < MAX_POSITIONS) {
    const pos = position(r, p, 'after-name');
    if (!pos || pos.nameFollows || pos.historical) break;
    positions.push(pos);
    end = pos.to;
    p = pos.to;
    // Separators between positions: "," ";" "kiêm", a spaced dash or "và" before a head word.
    if (r.isPunct(p, ',', ';') || r.isSpacedDash(p) || r.m(p, C_JOINER)) p = r.isPunct(p, ',', ';') || r.isSpacedDash(p) ? p + 1 : r.m(p, C_JOINER)!.end;
    else if (t.key[p] === 'va' && t.kase[p] === LOWER && (r.m(p + 1, C_HEAD) || r.m(p + 1, C_PREFIX))) p = p + 1;
    else break;
  }
  if (paren && positions.length && r.isPunct(end, ')')) end++;
  return { positions, end };
}

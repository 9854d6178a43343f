/**
 * The positions stated after a name: ", P1, P2 kiêm P3", " - P1", " (P1)", or after a link
 * word such as "giữ chức", "là". What may come between the name and its posts is read through:
 * a birth bracket ("(1940-2023)"), a birth date or an age in apposition (", sinh ngày
 * 2/3/1970,"), a bracket of other details ("(trú tại …)"), and a rank, former or not ("(nguyên
 * trung tá, điều tra viên …)"), which is the person's rank.
 */
import { GAP_NEWLINE, GAP_SPACE, LOWER } from '../../text/tokens.js';
import { C_HEAD, C_HEAD_PREFIX, C_JOINER, C_NAME_LINK, C_PREFIX, type Reader } from './reader.js';
import { birthBracketEnd, birthDetail, fuzzyHeadAt } from './position-parts.js';
import { position } from './position.js';
import { rankAt, type RankLead } from './leads.js';
import type { ReadPosition } from './mention.js';

/** Most positions read after one name (real ones hold a handful; a list of hundreds is no person's). */
const MAX_POSITIONS = 24;
/** Most tokens of a bracket of details read through before a post ("(trú tại TP. Nam Định, tỉnh Nam Định)"). */
const MAX_DETAILS = 40;

export interface PositionsAfter {
  positions: ReadPosition[];
  /** Token after the last thing read. */
  end: number;
  /** A rank stated after the name ("(nguyên trung tá, …)", ", Thượng tá, …"). */
  rank?: RankLead;
}

/** A dash between a name and a post, spaced on at least one side ("Trần Châu- Phó Chủ tịch …", "X - Giám đốc …"). */
function looseDash(r: Reader, k: number): boolean {
  const t = r.t;
  return r.isPunct(k, '-', '–', '—') && k + 1 < r.limit && (t.gap[k] === GAP_SPACE || t.gap[k + 1] === GAP_SPACE) && t.gap[k + 1] !== GAP_NEWLINE;
}

/**
 * A rank stated in apposition at q, "nguyên"/"cựu" allowed before it (a former rank is the
 * rank): ", nguyên trung tá, điều tra viên …", "(Thượng tá, Phó trưởng phòng …)". Only when a
 * comma, a bracket, the end or a post follows it: "X, Đại tá Y" names another person.
 */
function rankInApposition(r: Reader, q: number): { rank: RankLead; next: number } | null {
  let k = q;
  const p = r.m(k, C_PREFIX);
  if (p && ['nguyên', 'cựu'].includes(p.entry.canonical)) k = p.end;
  const rank = rankAt(r, k);
  if (!rank) return null;
  const e = rank.end;
  if (r.isPunct(e, ',', ';')) return { rank, next: e + 1 };
  if (e >= r.limit || r.isPunct(e, ')', '.') || r.t.gap[e] === GAP_NEWLINE) return { rank, next: e };
  if (r.m(e, C_HEAD_PREFIX)) return { rank, next: e };
  return null;
}

/** After "(": the ")" closing a bracket of details on the same line (no bracket inside), or null. */
function closingBracket(r: Reader, k: number): number | null {
  const t = r.t;
  for (let q = k + 1; q < r.limit && q - k <= MAX_DETAILS; q++) {
    if (t.gap[q] === GAP_NEWLINE || r.isPunct(q, '(')) return null;
    if (r.isPunct(q, ')')) return q;
  }
  return null;
}

/** Words opening where a person lives, as crime reports write it: "trú ở", "trú tại", "ngụ tại", "ở". */
const RESIDENCE_OPENERS = new Set(['tru', 'ngu', 'o']);

/**
 * ", trú ở huyện An Dương, Hải Phòng, Giám đốc …": from a residence at q, the token after the
 * comma that a post follows, or null (no post after it on the same sentence).
 */
function residenceEnd(r: Reader, q: number): number | null {
  const t = r.t;
  if (q >= r.limit || t.kase[q] !== LOWER || !RESIDENCE_OPENERS.has(t.key[q]!)) return null;
  for (let k = q + 1; k < r.limit && k - q <= MAX_DETAILS && t.gap[k] !== GAP_NEWLINE; k++) {
    if (t.word[k]) continue;
    if (!r.isPunct(k, ',')) return null;
    if (r.m(k + 1, C_HEAD_PREFIX)) return k + 1;
  }
  return null;
}

/** Positions stated after a name: ", P1, P2 kiêm P3", " - P1, P2", " (P1)"; see the module comment. */
export function positionsAfter(r: Reader, k: number): PositionsAfter {
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
  let rank: RankLead | undefined;
  let p = k + 1;
  if (r.isPunct(k, '(')) paren = true;
  else if (r.isPunct(k, ',')) {
    // "ông Phạm Quốc Bảo, sinh ngày 2/3/1970, nguyên Giám đốc …": a birth date or an age first.
    p = birthDetail(r, p) ?? p;
    // "X (34 tuổi), trú ở huyện A, tỉnh B, Giám đốc Công ty …": where the person lives, then the post.
    p = residenceEnd(r, p) ?? p;
  } else if (!r.isSpacedDash(k) && !(looseDash(r, k) && (r.m(k + 1, C_HEAD_PREFIX) || rankAt(r, k + 1)))) {
    // "thiếu tướng X giữ chức Giám đốc …", "ông X là Chủ tịch …": a link word, then a head.
    const l = t.gap[k] === GAP_SPACE ? r.m(k, C_NAME_LINK) : null;
    if (!l || !(r.m(l.end, C_HEAD_PREFIX) || fuzzyHeadAt(r, l.end, r.limit))) return { positions, end };
    p = l.end;
  }
  // "Nguyễn Văn A (SN 1985, Giám đốc Công ty X)": the birth year or age before the post.
  if (paren) p = birthDetail(r, p) ?? p;
  if (paren || r.isPunct(k, ',')) {
    const rk = rankInApposition(r, p);
    if (rk) {
      rank = rk.rank;
      end = rk.rank.end;
      p = rk.next;
    }
  }
  while (positions.length < MAX_POSITIONS) {
    const pos = position(r, p, 'after-name');
    if (!pos || pos.nameFollows || pos.historical) break;
    positions.push(pos);
    end = pos.to;
    p = pos.to;
    // Separators between positions: "," ";" "kiêm", a spaced dash or "và" before a head word;
    // after a comma a link word may come first (", giữ chức Giám đốc Sở …").
    if (r.isPunct(p, ',', ';') || r.isSpacedDash(p) || r.m(p, C_JOINER)) p = r.isPunct(p, ',', ';') || r.isSpacedDash(p) ? p + 1 : r.m(p, C_JOINER)!.end;
    else if (t.key[p] === 'va' && t.kase[p] === LOWER && (r.m(p + 1, C_HEAD) || r.m(p + 1, C_PREFIX))) p = p + 1;
    else break;
    const l = r.isPunct(p - 1, ',') ? r.m(p, C_NAME_LINK) : null;
    if (l && r.m(l.end, C_HEAD_PREFIX)) p = l.end;
  }
  if (paren && (positions.length || rank) && r.isPunct(end, ')')) end++;
  // "Trần Văn Trung (trú tại …) - Giám đốc Chi nhánh …", "ông X (32 tuổi, ở …), Trưởng ban …":
  // a bracket of other details, then the post.
  if (paren && !positions.length && !rank) {
    const close = closingBracket(r, k);
    if (close !== null && (r.isPunct(close + 1, ',') || looseDash(r, close + 1))) {
      const after = positionsAfter(r, close + 1);
      if (after.positions.length || after.rank) return after;
    }
  }
  return { positions, end, ...(rank ? { rank } : {}) };
}

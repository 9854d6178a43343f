/**
 * Rules `award/type-before` and `award/type-after`: the award type a group of counts
 * receives. Active frame: the nearest type before the counts in the sentence ("Giám đốc
 * trao tặng Giấy khen cho 38 tập thể"). Passive frame: the counts, then "được"/"nhận"/"đạt",
 * then the type ("2 tập thể và 4 cá nhân được tặng thưởng Huân chương Chiến công").
 */
import { key, startsWord } from '../periods/pattern-tools.js';
import type { CountGroup } from './find-counts.js';
import { AWARD_TYPES } from '../../data/awards.js';
import {
  CLASS_BY_ALIAS,
  CONTEST_CONTEXT_RE,
  MEDAL_BY_ALIAS,
  MEDAL_HEAD,
  ORDER_BY_ALIAS,
  ORDER_HEAD,
  PASSIVE_RE,
  RECIPIENT_NOUN_RE,
  TITLE_BY_ALIAS,
  TYPE_BY_ALIAS,
  TYPE_RE,
} from './patterns.js';

/** Types that are contest prizes in a contest's sentence ("trao thưởng" at a hội thi). */
const CONTEST_PRIZE_TYPES = new Set(AWARD_TYPES.filter((t) => t.contestPrize === true).map((t) => t.canonical));

export interface TypeHit {
  start: number;
  end: number;
  /** Canonical type ("Huân chương Chiến công hạng Nhất", "Thưởng"). */
  type: string;
  /** True when the written form differs from the canonical one ("hạng I", "thưởng nóng"). */
  alias: boolean;
  /** A contest prize: a medal colour ("huy chương vàng"), or an unnamed medal or a cash reward in a contest's sentence. */
  contest?: boolean;
}

export interface Frame {
  rule: 'award/type-before' | 'award/type-after';
  type: TypeHit;
}

/** Canonical "<head>[ <name>][ hạng <class>]" for orders and medals. */
function decorated(head: string, name: string | undefined, cls: string | undefined): string {
  return [head, name, cls === undefined ? undefined : `hạng ${cls}`].filter(Boolean).join(' ');
}

function typeOf(g: Record<string, string | undefined>): string | null {
  if (g.order !== undefined) {
    return decorated(ORDER_HEAD.canonical, g.oname && ORDER_BY_ALIAS.get(key(g.oname))?.canonical, g.ocls && CLASS_BY_ALIAS.get(g.ocls)?.canonical);
  }
  if (g.medal !== undefined) {
    return decorated(MEDAL_HEAD.canonical, g.mname && MEDAL_BY_ALIAS.get(key(g.mname))?.canonical, g.mcls && CLASS_BY_ALIAS.get(g.mcls)?.canonical);
  }
  if (g.title !== undefined) return TITLE_BY_ALIAS.get(key(g.title))?.canonical ?? null;
  if (g.btitle !== undefined) return TITLE_BY_ALIAS.get(key(g.btitle))?.canonical ?? null;
  if (g.plain !== undefined) return TYPE_BY_ALIAS.get(key(g.plain))?.canonical ?? null;
  if (g.bare !== undefined) return 'Thưởng';
  return null;
}

/** Every award type written in [from, to) of the lower-cased text (a sentence). */
export function typesIn(lower: string, from: number, to: number): TypeHit[] {
  const out: TypeHit[] = [];
  const slice = lower.slice(from, to);
  TYPE_RE.lastIndex = 0;
  for (let m = TYPE_RE.exec(slice); m; m = TYPE_RE.exec(slice)) {
    if (!startsWord(slice, m.index)) {
      TYPE_RE.lastIndex = m.index + 1;
      continue;
    }
    const type = typeOf(m.groups!);
    if (type === null) continue;
    const g = m.groups!;
    // A title after "danh hiệu" keeps the whole phrase as its mention; a bare one may be quoted.
    const alias = g.btitle !== undefined ? key(g.btitle) !== type.toLowerCase() : key(m[0]) !== type.toLowerCase() && g.title === undefined;
    const contest = g.medal !== undefined
      ? g.mcolour !== undefined || (g.mname === undefined && CONTEST_CONTEXT_RE.test(slice))
      : CONTEST_PRIZE_TYPES.has(type) && CONTEST_CONTEXT_RE.test(slice);
    out.push({ start: from + m.index, end: from + m.index + m[0].length, type, alias, ...(contest ? { contest } : {}) });
  }
  return out;
}

/** How far a passive cue may follow the counts ("… cá nhân lập thành tích xuất sắc được …"). */
const PASSIVE_CUE_WINDOW = 80;
/** How far the type may follow the passive cue ("được Chủ tịch nước ký quyết định tặng thưởng …"). */
const PASSIVE_TYPE_WINDOW = 60;
/** How far before the counts an active type may stand. */
const ACTIVE_WINDOW = 200;
/** Without "cho", a type governs counts only across a few words and no punctuation ("khen thưởng đột xuất 5 tập thể"). */
const DIRECT_OBJECT_WINDOW = 25;

/** True when the type before the counts gives them the award: "… cho …", or directly with no clause between. */
function governs(gap: string): boolean {
  return /(?:^|\s)cho(?:\s|:|$)/u.test(gap) || (gap.length <= DIRECT_OBJECT_WINDOW && !/[,;:.]/u.test(gap));
}

/** "… cho" closing the gap between a type and the counts after it. */
const CHO_END_RE = /(?:^|\s)cho\s*:?\s*$/u;

/**
 * The frame of one group: `types` are the types of its sentence, `limit` where the
 * counts' own tail ends (the sentence end or the next group); `nextGroup` is true when it is
 * the next group's start.
 */
export function frameOf(lower: string, group: CountGroup, types: readonly TypeHit[], limit: number, nextGroup = false): Frame | null {
  let before: TypeHit | undefined;
  for (const t of types) if (t.end <= group.start && group.start - t.end <= ACTIVE_WINDOW) before = t;
  const gap = before ? lower.slice(before.end, group.start) : '';
  // "… Giấy khen cho 38 tập thể": "cho" right before the counts settles it.
  if (before && CHO_END_RE.test(gap)) return { rule: 'award/type-before', type: before };
  const cue = PASSIVE_RE.exec(lower.slice(group.end, Math.min(limit, group.end + PASSIVE_CUE_WINDOW)));
  if (cue) {
    const cueEnd = group.end + cue.index + cue[0].length;
    // The last type before the next group that gives it "cho" belongs to that group ("12 tập thể
    // được công nhận, danh hiệu A cho 30 cá nhân").
    let owned: TypeHit | undefined;
    if (nextGroup) for (const t of types) if (t.end <= limit) owned = t;
    if (owned && !CHO_END_RE.test(lower.slice(owned.end, limit))) owned = undefined;
    const after = types.find((t) => t.start >= cueEnd && t.end <= limit && t !== owned);
    // "5 cá nhân được cử đi học, đơn vị được tặng Bằng khen": the type has another subject.
    const between = after ? lower.slice(cueEnd, after.start) : '';
    if (after && between.length <= PASSIVE_TYPE_WINDOW && !/[;.]/u.test(between) && !RECIPIENT_NOUN_RE.test(between)) {
      return { rule: 'award/type-after', type: after };
    }
  }
  return before && governs(gap) ? { rule: 'award/type-before', type: before } : null;
}

/** The award types written in a sentence ("Huân chương Chiến công hạng Nhất", "Bằng khen", "thưởng nóng"). */
import { key, startsWord } from '../pattern-tools.js';
import { AWARD_TYPES } from '../../data/awards.js';
import {
  CLASS_BY_ALIAS,
  CONTEST_CONTEXT_RE,
  MEDAL_BY_ALIAS,
  MEDAL_HEAD,
  ORDER_BY_ALIAS,
  ORDER_HEAD,
  TITLE_BY_ALIAS,
  TYPE_BY_ALIAS,
  TYPE_RE,
} from './patterns.js';
import { dropVerbsOfTypes } from './rules/verb-of-title.js';

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
  return dropVerbsOfTypes(lower, out);
}


/**
 * Rule `official/position-list`: one position for several people, written before a list of
 * their names: after a plural ("các Phó Viện trưởng Trần Văn B, Lê Văn C", "hai Phó Chủ tịch
 * UBND tỉnh B và C") or before a colon or "gồm" ("Phó Giám đốc Sở: Trần Văn B, Lê Văn C",
 * "Các phó giám đốc gồm: đại tá B (nguyên Giám đốc …), đại tá C"). Each name (a rank may
 * stand before it, its own posts after it) is an official holding that position. Staff of an
 * institute are often listed so.
 */
import { raw } from '../../../text/tokens.js';
import { LIST_LEADS, PLURAL_MARKERS } from '../../../data/positions.js';
import { toneKey } from '../../lexicon/tone-key.js';
import type { RuleInfo } from '../../rule.js';
import type { RawMention, ReadPosition } from '../mention.js';
import { listItem } from '../name-list.js';
import { position } from '../position.js';
import { positionsAfter } from '../positions-after.js';
import { rankAt, type RankLead } from '../leads.js';
import type { NameSpan, Reader } from '../reader.js';
import { headAt, type ReadRule } from '../read.js';

const info: RuleInfo = {
  id: 'official/position-list',
  entity: 'officials',
  description: 'A position after a plural ("các", "hai" …) or before a colon or "gồm", then a list of names (a rank before each, posts after it): each name holds the position',
  example: 'các Phó Viện trưởng Trần Văn Bình, Lê Văn Cường; Các phó giám đốc gồm: đại tá Trần Văn Bình, thượng tá Lê Văn Cường',
  data: 'src/data/positions.ts',
};

/** Most names read in one list. */
const MAX_ITEMS = 30;

const PLURAL_KEYS = new Set(PLURAL_MARKERS.map((w) => toneKey(w)));
const LEAD_KEYS = new Set(LIST_LEADS.map((w) => toneKey(w)));

/** A name of the list, from its rank when one stands before it, with its own posts after it. */
interface Item {
  from: number;
  rank: RankLead | null;
  name: NameSpan;
  positions: ReadPosition[];
  /** Token after the item (its posts included). */
  end: number;
}

/** Token k - 1 is a plural marker or a number. */
function pluralBefore(r: Reader, k: number): boolean {
  const t = r.t;
  if (k === 0 || !t.word[k - 1]) return false;
  const w = raw(t, k - 1);
  return /^\d+$/.test(w) || PLURAL_KEYS.has(toneKey(w));
}

/** After a position ending at k: "gồm", "gồm có", "là" and/or ":" before the list; the list's first token, else null. */
function listStart(r: Reader, k: number): number | null {
  const t = r.t;
  let q = k;
  for (let n = 1; n <= 2 && q + n <= r.limit; n++) {
    if (LEAD_KEYS.has(toneKey(t.text.slice(t.start[q]!, t.end[q + n - 1]!)))) {
      q += n;
      break;
    }
  }
  if (r.isPunct(q, ':')) return q + 1;
  return q > k ? q : null;
}

/** An item at k: [rank] NAME [its posts]. */
function itemAt(r: Reader, k: number, withPosts: boolean): Item | null {
  const rank = rankAt(r, k);
  const name = listItem(r, rank ? rank.end : k);
  if (!name) return null;
  const after = withPosts ? positionsAfter(r, name.to) : null;
  const positions = after?.positions ?? [];
  return { from: k, rank, name, positions, end: positions.length ? after!.end : name.to };
}

/** The items from k, separated by ",", ";" or "và". */
function items(r: Reader, k: number, withPosts: boolean): Item[] {
  const t = r.t;
  const out: Item[] = [];
  for (let q: number | null = k; q !== null && out.length < MAX_ITEMS; ) {
    const it = itemAt(r, q, withPosts);
    if (!it) break;
    out.push(it);
    const e = it.end;
    q = r.isPunct(e, ',', ';') ? e + 1 : t.word[e] && t.key[e] === 'va' ? e + 1 : null;
  }
  return out;
}

const read: ReadRule = (r, lead) => {
  if (lead.hon || lead.rank || lead.academic || !headAt(r, lead.i)) return undefined;
  const t = r.t;
  let pos: ReadPosition | null = null;
  let list: Item[] = [];
  const before = pluralBefore(r, lead.i) ? lead.before(r) : null;
  if (before?.name) {
    // "các Phó Viện trưởng Trần Văn B, Lê Văn C": the position ran into the first name.
    if (before.name === 'historical' || before.weak || before.historical) return undefined;
    pos = before;
    list = items(r, before.name.from, false);
    if (list.length < 2) return undefined;
  } else {
    const p = position(r, lead.i, 'after-name');
    const start = p && !p.weak && !p.historical ? listStart(r, p.to) : null;
    if (start === null) return undefined;
    pos = p;
    list = items(r, start, true);
    if (!list.length) return undefined;
  }
  const mentions: RawMention[] = list.map((x, i) => ({
    kind: 'official', start: t.start[i === 0 ? lead.i : x.from]!, end: t.end[x.end - 1]!,
    name: r.nameText(x.name), rank: x.rank ? { canonical: x.rank.canonical, match: x.rank.match } : null, honorific: null,
    positions: [pos!, ...x.positions], foundBy: [{ rule: info.id, match: pos!.match }],
  }));
  return { mention: mentions[0]!, also: mentions.slice(1), next: list[list.length - 1]!.end };
};

export const positionList = { info, read };

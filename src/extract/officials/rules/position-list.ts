/**
 * Rule `official/position-list`: one position for several people, written before a list of
 * their names: after a plural ("các Phó Viện trưởng Trần Văn B, Lê Văn C", "hai Phó Chủ tịch
 * UBND tỉnh B và C") or before a colon ("Phó Giám đốc Sở: Trần Văn B, Lê Văn C"). Each name
 * (a rank may stand before it) is an official holding that position. Staff of an institute are
 * often listed so.
 */
import { raw } from '../../../text/tokens.js';
import { PLURAL_MARKERS } from '../../../data/positions.js';
import { toneKey } from '../../lexicon/tone-key.js';
import type { RuleInfo } from '../../rule.js';
import type { RawMention, ReadPosition } from '../mention.js';
import { listAfter, listItem } from '../name-list.js';
import { position } from '../position.js';
import { rankAt, type RankLead } from '../leads.js';
import type { NameSpan, Reader } from '../reader.js';
import { headAt, type ReadRule } from '../read.js';

const info: RuleInfo = {
  id: 'official/position-list',
  entity: 'officials',
  description: 'A position after a plural ("các", "hai" …) or before a colon, then a list of names: each name holds the position',
  example: 'các Phó Viện trưởng Trần Văn Bình, Lê Văn Cường; Phó Giám đốc Sở: Trần Văn Bình, Lê Văn Cường',
  data: 'src/data/positions.ts',
};

const PLURAL_KEYS = new Set(PLURAL_MARKERS.map((w) => toneKey(w)));

/** Token k - 1 is a plural marker or a number. */
function pluralBefore(r: Reader, k: number): boolean {
  const t = r.t;
  if (k === 0 || !t.word[k - 1]) return false;
  const w = raw(t, k - 1);
  return /^\d+$/.test(w) || PLURAL_KEYS.has(toneKey(w));
}

/** A list item at k with an optional rank before it ("Đại tá Trần Văn B"). */
function rankedItem(r: Reader, k: number): Item | null {
  const rank = rankAt(r, k);
  const name = listItem(r, rank ? rank.end : k);
  return name ? { from: k, rank, name } : null;
}

/** A name of the list, from its rank when one stands before it. */
interface Item {
  from: number;
  rank: RankLead | null;
  name: NameSpan;
}

const read: ReadRule = (r, lead) => {
  if (lead.hon || lead.rank || lead.academic || !headAt(r, lead.i)) return undefined;
  const t = r.t;
  let pos: ReadPosition | null = null;
  let items: Item[] = [];
  const before = pluralBefore(r, lead.i) ? lead.before(r) : null;
  if (before?.name) {
    if (before.name === 'historical' || before.weak || before.historical) return undefined;
    pos = before;
    items = listAfter(r, before.name).map((name) => ({ from: name.from, rank: null, name }));
    if (items.length < 2) return undefined;
  } else {
    const p = position(r, lead.i, 'after-name');
    if (!p || p.weak || p.historical || !r.isPunct(p.to, ':')) return undefined;
    const first = rankedItem(r, p.to + 1);
    if (!first) return undefined;
    pos = p;
    items = [first];
    // Further items, each with its own rank or none.
    for (let q = first.name.to; items.length < 30; ) {
      const sep = r.isPunct(q, ',', ';') ? q + 1 : t.word[q] && t.key[q] === 'va' ? q + 1 : null;
      const n = sep === null ? null : rankedItem(r, sep);
      if (!n) break;
      items.push(n);
      q = n.name.to;
    }
    // Without a rank, the names are one list: read them as such.
    if (!items.some((x) => x.rank)) items = listAfter(r, first.name).map((name) => ({ from: name.from, rank: null, name }));
  }
  const mentions: RawMention[] = items.map((x, i) => ({
    kind: 'official', start: t.start[i === 0 ? lead.i : x.from]!, end: t.end[x.name.to - 1]!,
    name: r.nameText(x.name), rank: x.rank ? { canonical: x.rank.canonical, match: x.rank.match } : null, honorific: null,
    positions: [pos!], foundBy: [{ rule: info.id, match: pos!.match }],
  }));
  return { mention: mentions[0]!, also: mentions.slice(1), next: items[items.length - 1]!.name.to };
};

export const positionList = { info, read };

/**
 * Rule `official/comrade-list`: "đồng chí" (or "các đồng chí:") before a list of full names,
 * "đồng chí Phan Văn A, Nguyễn Văn B, Đào Văn C", makes each of them an official with the
 * honorific (GOLD.md: "các đồng chí: A, B, C" → each is an official). Each item is a full name
 * (a known surname, two to five syllables) followed by ",", "và", the end of the phrase or the
 * last one's posts; a first name followed by its post is an apposition, read by
 * `official/honorific-name`.
 */
import type { RuleInfo } from '../../rule.js';
import { listAfter, listItem } from '../name-list.js';
import { positionsAfter } from '../positions-after.js';
import type { RawMention } from '../mention.js';
import type { ReadRule } from '../read.js';

const info: RuleInfo = {
  id: 'official/comrade-list',
  entity: 'officials',
  description: '"đồng chí" or "các đồng chí:" before a list of full names: each name is an official',
  example: 'các đồng chí: Nguyễn Văn Bình, Lê Văn Hùng và Trần Quang Minh',
  data: 'src/data/honorifics.ts, src/data/family-names.ts',
};

const read: ReadRule = (r, lead) => {
  const { hon } = lead;
  if (!hon || lead.rank || lead.academic || !hon.h.standalone || hon.h.canonical !== 'đồng chí') return undefined;
  const t = r.t;
  const k = r.isPunct(lead.j, ':') ? lead.j + 1 : lead.j;
  const first = listItem(r, k);
  if (!first) return undefined;
  const names = listAfter(r, first);
  if (names.length < 2) return undefined;
  const last = names[names.length - 1]!;
  const after = positionsAfter(r, last.to);
  const honorific = { canonical: hon.h.canonical, standalone: true };
  const mentions: RawMention[] = names.map((n, x) => {
    const isLast = x === names.length - 1;
    const end = isLast && after.positions.length ? after.end : n.to;
    return {
      kind: 'official', start: t.start[x === 0 ? lead.i : n.from]!, end: t.end[end - 1]!, name: r.nameText(n), rank: null, honorific,
      positions: isLast ? after.positions : [], foundBy: [{ rule: info.id, match: hon.match === 'fuzzy' ? 'fuzzy' : 'exact' }],
      ...(x === 0 && hon.typo ? { typo: hon.typo } : {}),
    };
  });
  return { mention: mentions[0]!, also: mentions.slice(1), next: Math.max(last.to, after.positions.length ? after.end : last.to) };
};

export const comradeList = { info, read };

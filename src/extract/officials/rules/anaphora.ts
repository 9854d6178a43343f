/**
 * Rule `official/anaphora`: "Đồng chí" + a position with no name ("Đồng chí Thứ trưởng cũng
 * đề nghị …") is read here; the merge binds it to the only official holding that position.
 */
import type { RuleInfo } from '../../rule.js';
import { position } from '../position.js';
import { headAt, type ReadRule } from '../read.js';

const info: RuleInfo = {
  id: 'official/anaphora',
  entity: 'officials',
  description: '"Đồng chí" + a position with no name is one more mention of the only official holding that position',
  example: 'Đồng chí Thứ trưởng cũng đề nghị …',
};

const read: ReadRule = (r, lead) => {
  const { hon } = lead;
  if (!hon || lead.rank || lead.academic || !hon.h.standalone || !headAt(r, lead.j)) return undefined;
  if (lead.before(r)?.name) return undefined;
  const q = position(r, lead.j, 'after-name');
  if (!q || q.weak) return undefined;
  const t = r.t;
  return {
    mention: {
      kind: 'anaphora', start: t.start[lead.i]!, end: t.end[q.to - 1]!, name: null, rank: null,
      honorific: { canonical: hon.h.canonical, standalone: true }, positions: [q],
      foundBy: [{ rule: info.id, match: 'inferred' }],
      ...(hon.typo ? { typo: hon.typo } : {}),
    },
    next: q.to,
  };
};

export const anaphora = { info, read };

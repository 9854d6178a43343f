/**
 * Rule `official/deputy`: a bare "Đại biểu" / "ĐB" before a name is a deputy (an office) only
 * when the name is followed by its delegation, "(đoàn Bắc Giang)" or the province alone in
 * brackets ("(Quảng Nam)", as debate reports write it), or by a stated post
 * ("Đại biểu Nguyễn Văn A, nguyên Chánh tòa …"). Otherwise "đại biểu" is anyone attending a
 * meeting, and nothing is read (GOLD.md, second round) — except in an article about a session of
 * the National Assembly or a People's Council, where "ĐB Nguyễn Văn A chất vấn" is a deputy. "Đại biểu Quốc hội", "Đại biểu HĐND"
 * are posts of their own, read by `official/position-name`.
 */
import { phrase } from '../../../text/tokens.js';
import type { RuleInfo } from '../../rule.js';
import type { Reader } from '../reader.js';
import type { ReadPosition } from '../mention.js';
import { positionsAfter } from '../positions-after.js';
import { finish, type ReadRule } from '../read.js';
import { ASSEMBLY_WORDS } from '../../../data/positions.js';
import { foldAligned } from '../../../text/fold.js';

const ASSEMBLY_RE = new RegExp(`(?<![a-z0-9])(?:${ASSEMBLY_WORDS.map((w) => foldAligned(w.toLowerCase())).join('|')})(?![a-z0-9])`, 'iu');

const info: RuleInfo = {
  id: 'official/deputy',
  entity: 'officials',
  description: 'A bare "Đại biểu"/"ĐB" before a name is a deputy when the delegation ("(đoàn …)", or a province alone in brackets) or a stated post follows the name, or when the article is about an assembly session; else a delegate, not read',
  example: 'ĐB Lê Thị Hoa (đoàn Bắc Giang); Đại biểu Trần Văn Bình (Hà Tĩnh); Đại biểu Nguyễn Văn A, nguyên Chánh tòa Hình sự',
  data: 'src/data/positions.ts',
};

/** "(đoàn Bắc Giang)" or "(Bắc Giang)" at k: the token after ")" and the delegation's words, or null. */
function delegation(r: Reader, k: number): { end: number; text: string } | null {
  if (!r.isPunct(k, '(')) return null;
  if (r.t.key[k + 1] !== 'doan') {
    // the province alone: "(Quảng Nam)"
    const end = r.provinceAt(k + 1, r.limit);
    return end !== null && r.isPunct(end, ')') ? { end: end + 1, text: phrase(r.t, k + 1, end) } : null;
  }
  for (let q = k + 2; q < r.limit && q - k <= 8; q++) {
    if (r.isPunct(q, ')')) return q > k + 2 ? { end: q + 1, text: phrase(r.t, k + 1, q) } : null;
    if (!r.t.word[q] && !r.isPunct(q, '-', '–', '.')) return null;
  }
  return null;
}

/**
 * The article reports a session of the National Assembly or a People's Council ("Quốc hội",
 * "HĐND", "phiên chất vấn"): there a bare "Đại biểu"/"ĐB" before a name is a deputy speaking.
 * Asked once per article.
 */
const ASSEMBLY = Symbol('about an assembly session');
const aboutAssembly = (r: Reader): boolean => r.once(ASSEMBLY, () => ASSEMBLY_RE.test(r.t.folded));

const read: ReadRule = (r, lead, floor) => {
  if (lead.hon || lead.rank || lead.academic) return undefined;
  const p = lead.before(r);
  if (!p?.deputy || !p.name || p.name === 'historical') return undefined;
  const name = p.name;
  if (name.to - name.from < 2) return null;
  const d = delegation(r, name.to);
  if (d) {
    const t = r.t;
    const pos: ReadPosition = { ...p, to: d.end, text: `${p.text} ${d.text}` };
    const reading = finish(r, lead, name, pos, { rule: info.id, match: p.match }, floor);
    if (reading?.mention && reading.next < d.end) {
      reading.mention.end = t.end[d.end - 1]!;
      reading.next = d.end;
    }
    return reading;
  }
  if (!positionsAfter(r, name.to).positions.some((q) => !q.weak) && !aboutAssembly(r)) {
    const t = r.t;
    return {
      mention: null, next: name.to,
      veto: { rule: info.id, reason: 'a delegate named with no delegation and no post: not an office', start: t.start[lead.i]!, end: t.end[name.to - 1]! },
    };
  }
  return finish(r, lead, name, p, { rule: info.id, match: p.match }, floor);
};

export const deputy = { info, read };

/**
 * Rule `official/name-position`: a bare name followed by a stated position ("Nguyễn Văn A (SN
 * 1985, Giám đốc Công ty X)", "Paolo Ardoino, Giám đốc công nghệ của Bitfinex"). The name
 * begins with a known surname, or is a foreign name of 2–4 non-Vietnamese words opening a
 * clause (then its post must name an organisation); a final initial keeps its dot ("Đỗ Văn
 * H."). A bare name with no post is remembered for `official/repeat-name`; a run that begins
 * with a province is a list of places (`official/not-place`).
 */
import { CAPITALISED, LOWER } from '../../../text/tokens.js';
import { listItem } from '../name-list.js';
import type { ReadPosition } from '../mention.js';
import type { RuleInfo } from '../../rule.js';
import { C_HISTORICAL, C_ORGANISATION, MAX_BARE_NAME, type NameSpan, type Reader } from '../reader.js';
import { isPlaceStart } from '../names.js';
import { positionsAfter } from '../positions-after.js';
import { isFamilyName } from '../vocabulary.js';
import type { ReadRule } from '../read.js';
import { notPlace } from './not-place.js';
import { checkMatches } from '../../limits.js';

const info: RuleInfo = {
  id: 'official/name-position',
  entity: 'officials',
  description: 'A name (a known surname, or a foreign name opening a clause; a final initial keeps its dot, "Đỗ Văn H.") followed by a comma, a dash, a parenthesis or a link word ("giữ chức", "là") and a stated position or rank; a birth date, an age, a bracket of details or a residence may come between; two names joined by "và" before two posts joined by "và" hold them in order',
  example: 'Nguyễn Văn A (SN 1985, Giám đốc Công ty X)',
  data: 'src/data/family-names.ts, src/data/positions.ts',
};

/**
 * "Lữ Thị B và Đặng Văn C, nguyên Tổng giám đốc và Phó tổng giám đốc": two names joined by "và",
 * then two posts joined by "và", each name holding its post in order. The first name's post,
 * or null when the shape is not that one (a single post after the pair says nothing sure of the
 * first name).
 */
function respectively(r: Reader, run: NameSpan): ReadPosition | null {
  const t = r.t;
  const q = run.to;
  if (!(t.word[q] && t.key[q] === 'va' && t.kase[q] === LOWER)) return null;
  const second = listItem(r, q + 1);
  if (!second) return null;
  const after = positionsAfter(r, second.to).positions;
  if (after.length !== 2 || after.some((p) => p.weak)) return null;
  const [a, b] = after as [ReadPosition, ReadPosition];
  if (b.from !== a.to + 1 || t.key[a.to] !== 'va') return null;
  return a;
}

const read: ReadRule = (r, lead) => {
  if (lead.hon || lead.rank) return undefined;
  const t = r.t;
  const { i } = lead;
  const k = lead.academic ? lead.j : i;
  if (t.kase[k] !== CAPITALISED) return null;
  const foreign = k === i && lead.foreignLead;
  if (!foreign && !isFamilyName(t, k)) return null;
  // "Đoàn Thanh niên …": an organisation that begins with a family name.
  const org = r.m(k, C_ORGANISATION);
  if (org) return { mention: null, next: org.end };
  const run = r.withInitial(r.run(k));
  const len = run.to - run.from;
  const hist = r.m(k, C_HISTORICAL);
  if (hist) return { mention: null, next: hist.end };
  if (len < 2 || len > MAX_BARE_NAME) return null;
  if (foreign && (len > 4 || !r.allForeign(run))) return null;
  const after = positionsAfter(r, run.to);
  // A foreign run needs a post with its organisation: "London Stock Exchange, Giám đốc
  // điều hành cho biết" names the company, not a person.
  const strong = after.positions.filter((p) => !p.weak && (!foreign || p.text !== p.head));
  // "bị cáo Nguyễn Văn A (nguyên trung tá, điều tra viên …)": a rank in apposition counts too.
  const rank = foreign ? null : (after.rank ?? null);
  if (!strong.length && !rank) {
    const pair = foreign ? null : respectively(r, run);
    if (pair) {
      return {
        mention: {
          kind: 'official', start: t.start[i]!, end: t.end[run.to - 1]!, name: r.nameText(run), rank: null, honorific: null,
          positions: [pair], foundBy: [{ rule: info.id, match: pair.match }],
        },
        next: run.to,
      };
    }
    r.bareRuns.push(run);
    checkMatches('official/repeat-name', r.bareRuns.length);
    return { mention: null, next: run.to };
  }
  // Checked last (it is the costly test): "Hà Tĩnh, Quảng Bình …" is a list of places.
  if (isPlaceStart(r, run)) {
    return { mention: null, next: run.to, veto: { rule: notPlace.id, reason: `"${r.nameText(run)}" begins with a province: a list of places`, start: t.start[i]!, end: t.end[after.end - 1]! } };
  }
  return {
    mention: {
      kind: 'official', start: t.start[i]!, end: t.end[after.end - 1]!, name: r.nameText(run),
      rank: rank ? { canonical: rank.canonical, match: rank.match } : null, honorific: null,
      positions: after.positions, foundBy: [{ rule: info.id, match: strong[0]?.match ?? rank!.match }],
    },
    next: after.end,
  };
};

export const namePosition = { info, read };

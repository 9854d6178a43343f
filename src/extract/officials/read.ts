/**
 * One left-to-right pass over an article's tokens. At a token that may begin a reading (a lead
 * word, a family name, or a foreign name opening a clause), the lead is read once (honorific,
 * rank, academic title), then the reading rules are asked in order; the first that applies
 * decides (it may read a mention, veto one, or read nothing). Readings never overlap: the next
 * one starts after the previous one's end.
 */
import { CAPITALISED, raw } from '../../text/tokens.js';
import type { Veto } from '../rule.js';
import { checkMatches } from '../limits.js';
import { C_HEAD_PREFIX, C_HISTORICAL, C_PERSONA, C_PREFIX, type NameSpan, type Reader } from './reader.js';
import { fuzzyHeadAt } from './position-parts.js';
import { academicAt, honorificAt, rankAt, type HonorificLead, type RankLead } from './leads.js';
import { position } from './position.js';
import { positionsAfter } from './positions-after.js';
import { mayLead, officialIndexes, START_FAMILY, START_LEAD } from './vocabulary.js';
import type { MatchKind, PositionReading, RawMention, ReadPosition } from './mention.js';
import { positionBefore } from './rules/position-before.js';
import { notHistorical } from './rules/not-historical.js';
import { notPersona } from './rules/not-persona.js';
import { rankName } from './rules/rank-name.js';
import { anaphora } from './rules/anaphora.js';
import { honorificName } from './rules/honorific-name.js';
import { positionName } from './rules/position-name.js';
import { namePosition } from './rules/name-position.js';
import { comradeList } from './rules/comrade-list.js';
import { deputy } from './rules/deputy.js';
import { positionList } from './rules/position-list.js';

/** What was read at token i before any rule is asked. */
export class Lead {
  private beforeRead: PositionReading | null | undefined;

  constructor(
    readonly i: number,
    /** A family name written with a capital. */
    readonly family: boolean,
    /** A foreign word opening a clause. */
    readonly foreignLead: boolean,
    readonly hon: HonorificLead | null,
    readonly rank: RankLead | null,
    readonly academic: boolean,
    /** Token after the lead (honorific, rank, academic title). */
    readonly j: number,
  ) {}

  /** `position(j, 'before-name')`, read once when a rule asks. */
  before(r: Reader): PositionReading | null {
    if (this.beforeRead === undefined) this.beforeRead = position(r, this.j, 'before-name');
    return this.beforeRead;
  }
}

/** A rule's answer: a mention (or a veto) and where reading resumes; null: the rule applies but reads nothing. */
export interface Reading {
  mention: RawMention | null;
  /** Further mentions the same reading gives ("đồng chí A, B, C": one per name). */
  also?: RawMention[];
  next: number;
  veto?: Veto & { start: number; end: number };
}

/** A reading rule: `undefined` when it does not apply at this lead, so the next rule is asked. */
export type ReadRule = (r: Reader, lead: Lead, floor: number) => Reading | null | undefined;

/** The reading rules, in the order they are asked. */
const RULES: readonly ReadRule[] = [rankName.read, anaphora.read, comradeList.read, honorificName.read, deputy.read, positionList.read, positionName.read, namePosition.read];

/** A misspelt head before a name, perhaps after its prefixes ("Phó thủ tưởng", "Giám đôc"). */
function misspeltHeadAt(r: Reader, i: number): boolean {
  let k = i;
  for (let p = r.m(k, C_PREFIX); p && p.end < r.limit; p = r.m(k, C_PREFIX)) k = p.end;
  return !!officialIndexes().multiSyllableHeads.get(r.t.key[k]!) && fuzzyHeadAt(r, k, r.limit) !== null;
}

function leadAt(r: Reader, i: number): Lead | null {
  const t = r.t;
  if (!t.word[i]) return null;
  // Most tokens can begin nothing: not a lead word, not a fuzzy honorific, not a surname.
  const flags = officialIndexes().startFlags[t.id[i]!] ?? 0;
  const leadWord = (flags & START_LEAD) !== 0;
  const family = t.kase[i] === CAPITALISED && (flags & START_FAMILY) !== 0;
  // A foreign name in apposition may open a clause: "Paolo Ardoino, Giám đốc công nghệ …".
  const foreignLead = !leadWord && !family && t.kase[i] === CAPITALISED && r.opensClause(i) && r.isForeignWord(i);
  const lead = leadWord && (mayLead(t, i) || misspeltHeadAt(r, i));
  if (!lead && !family && !foreignLead) return null;
  let j = i;
  const hon = honorificAt(r, j);
  if (hon) j = hon.end;
  const rank = rankAt(r, j);
  if (rank) j = rank.end;
  let academic = false;
  const a = academicAt(r, j) ?? (rank && r.isPunct(j, ',') ? academicAt(r, j + 1) : null);
  if (a !== null && a < r.limit && t.kase[a] === CAPITALISED) {
    j = a;
    academic = true;
  }
  return new Lead(i, family, foreignLead, hon, rank, academic, j);
}

/**
 * The mention a rule read, once it has the name: the positions after the name (and, after a
 * rank or honorific, the one written before the lead), the kind of mention, or a veto when a
 * position says the person is dead.
 */
export function finish(
  r: Reader, lead: Lead, name: NameSpan | 'historical' | null, before: ReadPosition | null, how: { rule: string; match: MatchKind; score?: number }, floor: number,
): Reading | null {
  const t = r.t;
  const { i, hon, j } = lead;
  if (!name) return null;
  if (name === 'historical') {
    const h = r.m(j, C_HISTORICAL);
    const next = h ? h.end : j + 1;
    return { mention: null, next, veto: { rule: notHistorical.id, reason: 'a historical reference, not an official of the article', start: t.start[i]!, end: t.end[next - 1]! } };
  }
  name = r.withInitial(name);
  const after = positionsAfter(r, name.to);
  // "bị cáo Nguyễn Văn A (nguyên trung tá, …)": a rank stated after the name is the person's.
  const rank = lead.rank ?? after.rank ?? null;
  const positions = before ? [before, ...after.positions] : after.positions;
  const foundBy: RawMention['foundBy'] = [{ rule: how.rule, match: how.match, ...(how.score !== undefined ? { score: how.score } : {}) }];
  let start = t.start[i]!;
  // "Thứ trưởng Bộ Công an, Thượng tướng Lê Quý Vương": the position written before the lead.
  if (hon || lead.rank) {
    const pb = positionBefore.read(r, i, floor);
    if (pb) {
      positions.unshift(pb);
      start = t.start[pb.from]!;
      foundBy.push({ rule: positionBefore.info.id, match: pb.match });
    }
  }
  const next = Math.max(name.to, after.end);
  const end = t.end[next - 1]!;
  const syllables = name.to - name.from;
  const stated = positions.filter((p) => !p.weak);
  let kind: RawMention['kind'];
  let alone = false;
  if (syllables === 1) {
    kind = 'short';
    // "Thượng tá K'Brơi": after a rank or an honorific, one word is a whole name when it cannot
    // be a Vietnamese given name. A given name ("ông Bình (nguyên Phó Cục trưởng …)") or an
    // initial ("Trung úy H.") only joins a full name the article gives (`official/short-name`).
    const w = raw(t, name.from);
    alone = !!(rank || hon) && !!(rank || hon?.h.standalone || stated.length) &&
      (/['’]/.test(w) || (w.length > 1 && r.isForeignWord(name.from)));
  } else if (rank || hon?.h.standalone || stated.length) kind = 'official';
  else kind = 'weak';
  if (positions.some((p) => p.historical)) {
    return { mention: null, next, veto: { rule: notHistorical.id, reason: 'a position of someone dead ("cố …")', start, end } };
  }
  return {
    mention: {
      kind, ...(alone ? { alone } : {}), start, end, name: r.nameText(name), rank: rank ? { canonical: rank.canonical, match: rank.match } : null,
      honorific: hon ? { canonical: hon.h.canonical, standalone: hon.h.standalone } : null,
      positions, foundBy, ...(hon?.typo ? { typo: hon.typo } : {}),
    },
    next,
  };
}

/** Whether a lead or a head word begins at token k (a rule's cheap first test). */
/** A head or prefix at k, or a misspelt head ("Giám đôc", "Phó thủ tưởng"). */
export const headAt = (r: Reader, k: number): boolean => !!r.m(k, C_HEAD_PREFIX) || misspeltHeadAt(r, k);

/** All raw mentions of the reader's tokens from token `from`, in text order; vetoes go to `onVeto`. */
export function readAll(r: Reader, onVeto: ((v: Veto, start: number, end: number) => void) | null, from = 0): RawMention[] {
  const out: RawMention[] = [];
  let consumed = from;
  for (let i = from; i < r.limit; ) {
    const lead = leadAt(r, i);
    let reading: Reading | null | undefined;
    if (lead) for (const rule of RULES) if ((reading = rule(r, lead, consumed)) !== undefined) break;
    if (reading) {
      if (reading.veto && onVeto) onVeto(reading.veto, reading.veto.start, reading.veto.end);
      if (reading.mention) {
        // "giả danh Thiếu tá X, cán bộ Công an …": an invented persona, read but not kept.
        const persona = notPersona.before(r, i, C_PERSONA);
        if (!persona) {
          for (const m of [reading.mention, ...(reading.also ?? [])]) {
            out.push(m);
            checkMatches(m.foundBy[0]!.rule, out.length);
          }
        }
        else onVeto?.({ rule: notPersona.info.id, reason: `"${persona}" before it: an invented persona` }, reading.mention.start, reading.mention.end);
        consumed = reading.next;
      }
      i = Math.max(reading.next, i + 1);
    } else i++;
  }
  return out;
}

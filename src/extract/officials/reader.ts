/**
 * The state of one article's reading and the token questions every officials rule asks: which
 * vocabulary matches at a token, punctuation, capitalised runs, foreign words, places. The
 * rules (./rules/) and the phrase readers (leads.ts, names.ts, position.ts) are functions of it.
 */
import { fold } from '../../text/fold.js';
import { CAPITALISED, GAP_NEWLINE, GAP_NONE, GAP_SPACE, phrase, raw, type Tokens } from '../../text/tokens.js';
import { isVietnameseSyllable } from '../../text/vietnamese-syllable.js';
import type { ProvinceResult } from '../provinces/index.js';
import { mayStartProvince } from '../lexicon/index.js';
import { cats, matchesAt, type Match } from './vocabulary.js';

/** A person's name inside the tokens: [from, to). */
export interface NameSpan {
  from: number;
  to: number;
}

export const MAX_TAIL = 14;
export const MAX_RUN = 8;
/** Syllables of a bare name (Vietnamese names: 2–5). */
export const MAX_BARE_NAME = 5;
/** Syllables of a name introduced by a lead: Lao and other transcribed names run to 6–7 ("Phết Sa Vẳn Phôm Ma Chắc"). */
export const MAX_LEAD_NAME = 7;

// Category masks asked by the readers (built once).
export const C_ACADEMIC = cats('academic');
export const C_AGE = cats('age');
export const C_BIRTH = cats('birth');
export const C_BIRTH_AGE = cats('birth', 'age');
export const C_BLOCKER = cats('blocker');
export const C_HEAD = cats('head');
export const C_HEAD_PREFIX = cats('head', 'prefix');
export const C_HISTORICAL = cats('historical');
export const C_HONORIFIC = cats('honorific');
export const C_JOINER = cats('joiner');
export const C_LINK = cats('link');
export const C_MINISTRY_COUNTRY = cats('ministry', 'country');
export const C_NAME_LINK = cats('name-link');
export const C_ORGANISATION = cats('organisation');
export const C_ORGANISATION_ABBREVIATION = cats('organisation', 'abbreviation');
export const C_PERSONA = cats('persona');
export const C_PLACE_TYPE_ABBREVIATION = cats('place-type', 'abbreviation');
export const C_PREFIX = cats('prefix');
export const C_RANK = cats('rank');
export const C_RANK_FORCE = cats('rank-force');
export const C_RANK_HONORIFIC_HEAD_PREFIX = cats('rank', 'honorific', 'head', 'prefix');
export const C_RANK_SUFFIX = cats('rank-suffix');
export const C_SUFFIX = cats('suffix');
export const C_UNIT_ORGANISATION = cats('unit', 'organisation');
const C_RUN_CUTTERS = cats('head', 'organisation', 'rank', 'abbreviation', 'foreign-body');
const C_UNIT_STARTS = cats('unit', 'organisation', 'head', 'foreign-body', 'abbreviation', 'rank', 'historical');

// Punctuation after which a new clause (and a foreign name in apposition) may begin.
const CLAUSE_OPENERS = new Set([',', '.', '!', '?', ':', ';', '"', '“', '(']);

/** One article's reading: its tokens, what was asked already, and where reading stops. */
export class Reader {
  /** Per token: the officials' matches (see matchesAt). */
  private readonly memo: (Match[] | undefined)[];
  /** Per token: end of the province named from it (-1 none). */
  private readonly provinceMemo: (number | undefined)[];
  private readonly foreign = new Map<string, boolean>();
  /** Capitalised runs that may repeat a full name later: [from, to). */
  readonly bareRuns: NameSpan[] = [];
  /** Token index where reading stops (the start of a trailing byline line, if any). */
  readonly limit: number;

  constructor(
    readonly t: Tokens,
    readonly provinces: ProvinceResult,
    limit: number,
  ) {
    this.memo = new Array(t.n);
    this.provinceMemo = new Array(t.n);
    this.limit = Math.min(limit, t.n);
  }

  /** Every verified match at token k, longest first. */
  matches(k: number): Match[] {
    return matchesAt(this.t, k, this.memo);
  }

  /** The longest verified match at token k of a category in `mask` (see `cats`), or null. */
  m(k: number, mask: number): Match | null {
    if (k >= this.limit) return null;
    const ms = matchesAt(this.t, k, this.memo);
    for (let x = 0; x < ms.length; x++) if ((ms[x]!.entry.bit & mask) !== 0) return ms[x]!;
    return null;
  }

  isPunct(k: number, ...chars: string[]): boolean {
    return k < this.limit && !this.t.word[k] && chars.includes(raw(this.t, k));
  }

  /** A dash with spaces around it: the apposition separator of "Đại tá X - Giám đốc …". */
  isSpacedDash(k: number): boolean {
    return this.isPunct(k, '-', '–', '—') && this.t.gap[k] !== GAP_NONE && k + 1 < this.limit && this.t.gap[k + 1] !== GAP_NONE;
  }

  isForeignWord(k: number): boolean {
    const w = raw(this.t, k);
    let v = this.foreign.get(w);
    if (v === undefined) {
      v = !isVietnameseSyllable(w);
      this.foreign.set(w, v);
    }
    return v;
  }

  allForeign(n: NameSpan): boolean {
    for (let p = n.from; p < n.to; p++) if (!this.isForeignWord(p)) return false;
    return true;
  }

  isNumber(k: number): boolean {
    return k < this.limit && !!this.t.word[k] && /^\d+$/.test(raw(this.t, k));
  }

  /** Token k begins a clause: the text or a line starts, or punctuation such as "," comes before it. */
  opensClause(k: number): boolean {
    const t = this.t;
    return k === 0 || t.gap[k] === GAP_NEWLINE || (!t.word[k - 1] && CLAUSE_OPENERS.has(raw(t, k - 1)));
  }

  /**
   * The token after the province named from token k ("Bà Rịa – Vũng Tàu", "Hà Tĩnh"), or null.
   * The province recogniser decides, so every variant it knows stays whole.
   */
  provinceAt(k: number, limit: number): number | null {
    const t = this.t;
    if (!mayStartProvince(t.id[k]!)) return null;
    let res = this.provinceMemo[k];
    if (res === undefined) {
      res = -1;
      let last = k;
      while (last + 1 < Math.min(k + 6, limit) && t.gap[last + 1] !== GAP_NEWLINE) last++;
      const m = this.provinces.within(t.start[k]!, t.end[last]!)[0];
      if (m && m.start === t.start[k]) {
        let e = k;
        while (e <= last && t.end[e]! <= m.end) e++;
        if (t.end[e - 1] === m.end) res = e;
      }
      this.provinceMemo[k] = res;
    }
    return res < 0 ? null : res;
  }

  /** Whether a capitalised run may not continue at token k (a position, rank or organisation begins). */
  cutsRun(k: number): boolean {
    if (this.m(k, C_RUN_CUTTERS)) return true;
    const p = this.m(k, C_PREFIX);
    return !!p && !!this.m(p.end, C_HEAD);
  }

  startsUnit(k: number): boolean {
    return !!this.m(k, C_UNIT_STARTS) || (!!this.m(k, C_PREFIX) && !!this.m(k + 1, C_HEAD));
  }

  /** The run of capitalised syllables starting at k (single spaces between them). */
  run(k: number): NameSpan {
    const t = this.t;
    let e = k;
    while (
      e < this.limit && e - k < MAX_RUN && t.word[e] && t.kase[e] === CAPITALISED &&
      (e === k || (t.gap[e] === GAP_SPACE && !this.cutsRun(e)))
    ) e++;
    return { from: k, to: e };
  }

  /** Tokens [a, b) name a province (as the province recogniser reads a phrase) or a historical name. */
  isPlace(a: number, b: number): boolean {
    const hist = this.m(a, C_HISTORICAL);
    if (hist && hist.end === b) return true;
    const text = phrase(this.t, a, b);
    const p = this.provinces.inPhrase(text);
    return !!p && fold(p.name) === fold(text);
  }

  /**
   * The name with the dot of a final initial: "Đỗ Văn H." (a single capital letter right
   * before "." at the end of a name of two or more syllables is an initial, kept as written).
   */
  withInitial(n: NameSpan): NameSpan {
    const t = this.t;
    const last = n.to - 1;
    if (n.to - n.from >= 2 && t.end[last]! - t.start[last]! === 1 && t.kase[last] === CAPITALISED && this.isPunct(n.to, '.') && t.gap[n.to] === GAP_NONE) {
      return { from: n.from, to: n.to + 1 };
    }
    return n;
  }

  nameText(n: NameSpan): string {
    return phrase(this.t, n.from, n.to);
  }
}

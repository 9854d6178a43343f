/**
 * The state of one article's reading and the token questions every officials rule asks: which
 * vocabulary matches at a token, punctuation, capitalised runs, foreign words, places. The
 * rules (./rules/) and the phrase readers (leads.ts, names.ts, position.ts) are functions of it.
 */
import { fold } from '../../text/fold.js';
import { ALL_CAPS, CAPITALISED, GAP_NEWLINE, GAP_NONE, GAP_SPACE, LOWER, phrase, raw, type Tokens } from '../../text/tokens.js';
import { isVietnameseSyllable } from '../../text/vietnamese-syllable.js';
import type { ProvinceResult } from '../provinces/index.js';
import { mayStartProvince } from '../lexicon/index.js';
import { cats, matchesAt, type Match } from './vocabulary.js';
import { SENTENCE_OPENERS, TIME_WORDS } from '../../data/family-names.js';
import { toneKey } from '../lexicon/tone-key.js';

// Tone keys of the words a name never runs into (src/data/family-names.ts).
const OPENER_KEYS = new Set(SENTENCE_OPENERS.filter((w) => !w.includes(' ')).map((w) => toneKey(w)));
const TIME_KEYS = new Set(TIME_WORDS.map((w) => toneKey(w)));

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
  /** Answers a rule computes once per article (see `once`). */
  private readonly answers = new Map<symbol, unknown>();
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

  /**
   * Token k may be part of a foreign name inside a run: a word that is no Vietnamese syllable,
   * an initial (one capital letter: "F" of "John F. Kennedy") or the punctuation a run joins on.
   */
  isForeignPart(k: number): boolean {
    const t = this.t;
    return !t.word[k] || (t.end[k]! - t.start[k]! === 1 && t.kase[k] === CAPITALISED) || this.isForeignWord(k);
  }

  /** Every token of the span may belong to a foreign name, and one word is plainly foreign (not only initials). */
  allForeign(n: NameSpan): boolean {
    let word = false;
    for (let p = n.from; p < n.to; p++) {
      if (!this.isForeignPart(p)) return false;
      if (this.t.word[p] && this.t.end[p]! - this.t.start[p]! > 1) word = true;
    }
    return word;
  }

  /** Words (not punctuation) in the span. */
  words(n: NameSpan): number {
    let c = 0;
    for (let p = n.from; p < n.to; p++) if (this.t.word[p]) c++;
    return c;
  }

  isNumber(k: number): boolean {
    return k < this.limit && !!this.t.word[k] && /^\d+$/.test(raw(this.t, k));
  }

  /** Token k begins a clause: the text or a line starts, or punctuation such as "," comes before it. */
  opensClause(k: number): boolean {
    const t = this.t;
    return k === 0 || t.gap[k] === GAP_NEWLINE || (!t.word[k - 1] && CLAUSE_OPENERS.has(raw(t, k - 1)));
  }

  /** A rule's question about the whole article, answered once per reading. */
  once<T>(key: symbol, answer: () => T): T {
    if (!this.answers.has(key)) this.answers.set(key, answer());
    return this.answers.get(key) as T;
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

  /**
   * Token e cannot continue a name: a word that opens a sentence ("Theo", "Trong"), or a word
   * of time before a number ("Năm 1934", "Ngày 20/9"). Crawled text loses line breaks, so "…
   * đồng chí Phan Văn A Năm 1934, …" is a name and the next sentence.
   */
  breaksName(e: number): boolean {
    const t = this.t;
    const key = toneKey(raw(t, e));
    if (OPENER_KEYS.has(key)) return true;
    return TIME_KEYS.has(key) && e + 1 < t.n && t.gap[e + 1] !== GAP_NEWLINE && /^\d/.test(t.key[e + 1]!);
  }

  /**
   * Joining punctuation inside a foreign name, at token e: an initial's dot before the next
   * name ("John F. Kennedy", "Sergei A.Ivanov") or a hyphen between two parts ("Kim
   * Yong-Chol"), when a word that is no Vietnamese syllable stands beside it. The token after
   * the join (the next capitalised word, included), else e.
   */
  private joinAt(e: number, k: number): number {
    const t = this.t;
    if (e <= k || e + 1 >= this.limit || t.word[e] || t.gap[e] !== GAP_NONE) return e;
    const nx = e + 1;
    const c = raw(t, e);
    // "Kim Jong-un", "Moon Jae-in": a foreign given name's second part may be in lower case.
    if (c === '-' && t.word[nx] && t.kase[nx] === LOWER && t.gap[nx] === GAP_NONE && this.isForeignWord(e - 1)) return nx + 1;
    if (!t.word[nx] || t.kase[nx] !== CAPITALISED || t.gap[nx] === GAP_NEWLINE || this.cutsRun(nx)) return e;
    if (c === '.') {
      const initial = t.end[e - 1]! - t.start[e - 1]! === 1 && t.kase[e - 1] === CAPITALISED;
      return initial && e - 1 > k && this.isForeignWord(nx) ? nx + 1 : e;
    }
    if (c === '-' && t.gap[nx] === GAP_NONE && (this.isForeignWord(nx) || this.isForeignWord(e - 1))) return nx + 1;
    return e;
  }

  /** The run of capitalised syllables starting at k (single spaces between them; see joinAt and breaksName). */
  run(k: number): NameSpan {
    const t = this.t;
    let e = k;
    while (e < this.limit && e - k < MAX_RUN) {
      if (t.word[e] && t.kase[e] === CAPITALISED && (e === k || (t.gap[e] === GAP_SPACE && !this.cutsRun(e) && !this.breaksName(e)))) {
        e++;
        continue;
      }
      const j = this.joinAt(e, k);
      if (j === e) break;
      e = j;
    }
    return { from: k, to: e };
  }

  /**
   * A name written in capitals after a lead written otherwise ("Đại tá LÊ TẤN TẢO, …"): 2–4
   * capitalised Vietnamese syllables from k, the first a family name, ending before anything
   * that is not such a word (a headline in capitals is no name). null when there is none.
   */
  capsRun(k: number): NameSpan | null {
    const t = this.t;
    if (k === 0 || t.kase[k - 1] === ALL_CAPS || t.kase[k] !== ALL_CAPS) return null;
    let e = k;
    while (e < this.limit && e - k <= 4 && t.word[e] && t.kase[e] === ALL_CAPS && (e === k || t.gap[e] === GAP_SPACE) && !this.isForeignWord(e)) e++;
    const len = e - k;
    if (len < 2 || len > 4) return null;
    if (e < this.limit && t.word[e] && t.gap[e] !== GAP_NEWLINE && t.kase[e] === ALL_CAPS) return null;
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

  /** The name as the record states it: as written, a name in capitals capitalised as a name ("LÊ TẤN TẢO" → "Lê Tấn Tảo"). */
  nameText(n: NameSpan): string {
    const text = phrase(this.t, n.from, n.to);
    if (this.t.kase[n.from] !== ALL_CAPS) return text;
    return text.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
  }
}

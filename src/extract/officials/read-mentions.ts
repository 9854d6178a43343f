/**
 * Reads person mentions in one article, left to right over its tokens: a lead (honorific,
 * rank, academic title or a position), the name, and the positions stated after it. Each
 * reading is a raw mention; merge-officials.ts turns them into one entry per person.
 *
 * Shapes read (ids as in officials.ts):
 * - `[honorific] [rank] [, academic] NAME [, position …]`   official/honorific-name, official/rank-name
 * - `position NAME`, also with an organisation between      official/position-name
 * - `NAME, position …` / `NAME - position …` / `NAME (position)` official/name-position
 * - `position, [honorific|rank] NAME`                        official/position-before
 * - `đồng chí + position` with no name (refers back)         official/anaphora
 */
import { JaroWinklerDistance } from 'natural/lib/natural/distance/index.js';
import { foldAligned, fold } from '../../text/fold.js';
import { isVietnameseSyllable } from '../../data/vietnamese-syllables.js';
import { HONORIFICS, HONORIFIC_FUZZY_THRESHOLD, type Honorific } from '../../data/honorifics.js';
import { HEAD_FUZZY_THRESHOLD, PARENT_UNITS } from '../../data/positions.js';
import { findProvinceMentions } from '../provinces.js';
import { provinceOfPhrase } from './province-cache.js';
import { cats, matchesAt, isFamilyName, FAMILY_FOLDED_KEYS, mayBeProvinceStart, toneKey, LEAD_FIRST_KEYS, MULTI_SYLLABLE_HEADS, type Match, type Category } from './lexicon.js';
import { type Tokens, MAX_INTERNED, phrase, raw, LOWER, CAPITALISED, GAP_NONE, GAP_SPACE, GAP_NEWLINE } from './tokens.js';

type MatchKind = 'exact' | 'alias' | 'folded' | 'fuzzy' | 'inferred';

/** A stated position as read. */
export interface ReadPosition {
  /** Token span of the position as written. */
  from: number;
  to: number;
  /** Canonical text: abbreviations expanded, known words in canonical case. */
  text: string;
  /** Canonical head word with its modifiers ("Phó Giám đốc"). */
  head: string;
  weak: boolean;
  /** "cố …": the person is dead, a historical reference. */
  historical: boolean;
  match: PositionMatch;
  /** Misspelt head word read through ("Giám đôc" as "Giám đốc"). */
  typo?: RawMention['typo'];
  score?: number;
}

type PositionMatch = 'exact' | 'alias' | 'folded' | 'fuzzy';

/** A person's name inside the tokens. */
export interface NameSpan {
  from: number;
  to: number;
}

/** One mention as read, before merging. */
export interface RawMention {
  kind: 'official' | 'weak' | 'short' | 'anaphora' | 'repeat';
  /**
   * A one-word name that is clearly a whole name ("Thượng tá K'Brơi", "đồng chí Hùng, Phó Giám
   * đốc …"): it stands as its own person when no longer name ends with it.
   */
  alone?: boolean;
  /** Character span of the whole reading (lead, name, positions). */
  start: number;
  end: number;
  /** Name as written (syllables joined by one space); null for anaphora. */
  name: string | null;
  rank: { canonical: string; match: MatchKind } | null;
  honorific: { canonical: string; standalone: boolean } | null;
  positions: ReadPosition[];
  foundBy: { rule: string; match: MatchKind; score?: number }[];
  /** Misspelt honorific read through. */
  typo?: { start: number; end: number; written: string; read: string };
}

const MAX_TAIL = 14;
const MAX_RUN = 8;
/** Syllables of a bare name (Vietnamese names: 2–5). */
const MAX_BARE_NAME = 5;
/** Syllables of a name introduced by a lead: Lao and other transcribed names run to 6–7 ("Phết Sa Vẳn Phôm Ma Chắc"). */
const MAX_LEAD_NAME = 7;

/**
 * What the last piece of a position was: 0 nothing special, 1 a province-level place word
 * ("tỉnh", "thành phố", "TP"), 2 a local place word ("xã", "phường", "huyện" …).
 */
type PlaceLevel = 0 | 1 | 2;

// Vocabulary read by its own rule in a position tail, never as a plain piece.
const NOT_PLAIN_IN_TAIL = new Set<Category>(['prefix', 'suffix', 'rank-force', 'country', 'ministry', 'link', 'birth', 'age', 'name-link', 'persona']);

// Words after a spaced dash that never continue a unit's name ("- Giám đốc …" begins a post).
const NOT_AFTER_DASH_MASK = cats('end', 'head', 'prefix', 'rank', 'honorific', 'joiner', 'name-link');

// Category masks asked by the reader (built once).
const C_ACADEMIC = cats('academic');
const C_AGE = cats('age');
const C_BIRTH = cats('birth');
const C_BIRTH_AGE = cats('birth', 'age');
const C_BLOCKER = cats('blocker');
const C_HEAD = cats('head');
const C_RUN_CUTTERS = cats('head', 'organisation', 'rank', 'abbreviation', 'foreign-body');
const C_HEAD_PREFIX = cats('head', 'prefix');
const C_HISTORICAL = cats('historical');
const C_HONORIFIC = cats('honorific');
const C_JOINER = cats('joiner');
const C_LINK = cats('link');
const C_MINISTRY_COUNTRY = cats('ministry', 'country');
const C_NAME_LINK = cats('name-link');
const C_ORGANISATION = cats('organisation');
const C_ORGANISATION_ABBREVIATION = cats('organisation', 'abbreviation');
const C_PERSONA = cats('persona');
const C_PLACE_TYPE_ABBREVIATION = cats('place-type', 'abbreviation');
const C_PREFIX = cats('prefix');
const C_RANK = cats('rank');
const C_RANK_FORCE = cats('rank-force');
const C_RANK_HONORIFIC_HEAD_PREFIX = cats('rank', 'honorific', 'head', 'prefix');
const C_RANK_SUFFIX = cats('rank-suffix');
const C_SUFFIX = cats('suffix');
const C_UNIT_ORGANISATION = cats('unit', 'organisation');
const C_UNIT_STARTS = cats('unit', 'organisation', 'head', 'foreign-body', 'abbreviation', 'rank', 'historical');

// Punctuation after which a new clause (and a foreign name in apposition) may begin.
const CLAUSE_OPENERS = new Set([',', '.', '!', '?', ':', ';', '"', '“', '(']);

const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];

/** The rhyme of a folded syllable: what follows its onset ("tri" → "i"). */
function rhyme(s: string): string {
  for (const o of ONSETS) if (s.startsWith(o) && s.length > o.length) return s.slice(o.length);
  return s;
}

interface FuzzyHonorific {
  h: Honorific;
  keys: string[];
  folded: string;
  lastRhyme: string;
}

const FUZZY: FuzzyHonorific[] = HONORIFICS.filter((h) => h.fuzzy).map((h) => {
  const folded = foldAligned(h.canonical);
  const keys = folded.split(' ');
  return { h, keys, folded, lastRhyme: rhyme(keys[keys.length - 1]!) };
});

const FUZZY_FIRST = new Set(FUZZY.map((f) => f.keys[0]!));

// Per folded word, what it may begin (one lookup per token instead of three): 1 a lead (a
// lead word or the first word of a fuzzy honorific), 2 a family name.
const START_LEAD = 1;
const START_FAMILY = 2;
const START_FLAGS = new Map<string, number>();
for (const k of [...LEAD_FIRST_KEYS, ...FUZZY_FIRST]) START_FLAGS.set(k, START_LEAD);
for (const k of FAMILY_FOLDED_KEYS) START_FLAGS.set(k, (START_FLAGS.get(k) ?? 0) | START_FAMILY);
// START_FLAGS by key number (Tokens.id), plus one; 0 not asked yet.
const startById = new Uint8Array(MAX_INTERNED);

interface Piece {
  text: string;
  tok: number;
  /** A link word ("của", "tại"): dropped when nothing of the position follows it. */
  link?: boolean;
}

function joinPieces(t: Tokens, pieces: Piece[]): string {
  let s = '';
  pieces.forEach((p, i) => {
    if (i > 0 && t.gap[p.tok] !== GAP_NONE) s += ' ';
    s += p.text;
  });
  return s;
}

function worst(a: PositionMatch, b: PositionMatch): PositionMatch {
  const order = { exact: 0, alias: 1, folded: 2, fuzzy: 3 };
  return order[a] >= order[b] ? a : b;
}

const foreignCache = new Map<string, boolean>();

/** Reads the raw mentions of one article. */
export class MentionReader {
  private readonly memo: (Match[] | undefined)[];
  /** Token index where reading stops (the start of a trailing byline line, if any). */
  private readonly limit: number;
  /** Capitalised runs that may repeat a full name later: [from, to). */
  readonly bareRuns: NameSpan[] = [];
  /** Per token: end of the province named from it (-1 none), asked of the province matcher once. */
  private readonly provinceMemo: (number | undefined)[];

  constructor(
    private readonly t: Tokens,
    private readonly publishedAt: string | null,
    limit: number,
  ) {
    this.memo = new Array(t.n);
    this.provinceMemo = new Array(t.n);
    this.limit = Math.min(limit, t.n);
  }

  /** All raw mentions, in text order. */
  readAll(): RawMention[] {
    const out: RawMention[] = [];
    let consumed = 0;
    for (let i = 0; i < this.limit; ) {
      const r = this.readAt(i, consumed);
      if (r) {
        if (r.mention) {
          // "giả danh Thiếu tá X, cán bộ Công an …": an invented persona, read but not kept.
          if (!this.personaBefore(i)) out.push(r.mention);
          consumed = r.next;
        }
        i = Math.max(r.next, i + 1);
      } else i++;
    }
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // Token helpers

  /** A persona cue ("giả danh", "tự xưng là") ends right before token i. */
  private personaBefore(i: number): boolean {
    for (let b = Math.max(0, i - 4); b < i; b++) {
      const p = this.m(b, C_PERSONA);
      if (p && p.end === i) return true;
    }
    return false;
  }

  /** The longest verified match at token k of a category in `mask` (see `cats`), or null. */
  private m(k: number, mask: number): Match | null {
    if (k >= this.limit) return null;
    const ms = matchesAt(this.t, k, this.memo);
    for (let x = 0; x < ms.length; x++) if ((ms[x]!.entry.bit & mask) !== 0) return ms[x]!;
    return null;
  }

  private isPunct(k: number, ...chars: string[]): boolean {
    return k < this.limit && !this.t.word[k] && chars.includes(raw(this.t, k));
  }

  /** A dash with spaces around it: the apposition separator of "Đại tá X - Giám đốc …". */
  private isSpacedDash(k: number): boolean {
    return this.isPunct(k, '-', '–', '—') && this.t.gap[k] !== GAP_NONE && k + 1 < this.limit && this.t.gap[k + 1] !== GAP_NONE;
  }

  private isForeignWord(k: number): boolean {
    const w = raw(this.t, k);
    let v = foreignCache.get(w);
    if (v === undefined) {
      v = !isVietnameseSyllable(w);
      // Capitalised words repeat across articles: a bounded cache spares the syllable parse.
      if (foreignCache.size > 20000) foreignCache.clear();
      foreignCache.set(w, v);
    }
    return v;
  }

  private allForeign(n: NameSpan): boolean {
    for (let p = n.from; p < n.to; p++) if (!this.isForeignWord(p)) return false;
    return true;
  }

  private isNumber(k: number): boolean {
    return k < this.limit && !!this.t.word[k] && /^\d+$/.test(raw(this.t, k));
  }

  /** Token k begins a clause: the text or a line starts, or punctuation such as "," comes before it. */
  private opensClause(k: number): boolean {
    const t = this.t;
    return k === 0 || t.gap[k] === GAP_NEWLINE || (!t.word[k - 1] && CLAUSE_OPENERS.has(raw(t, k - 1)));
  }

  /**
   * The token after the province named from token k ("Bà Rịa – Vũng Tàu", "Hà Tĩnh"), or null.
   * The province matcher of provinces.ts decides, so every variant it knows stays whole.
   */
  private provinceAt(k: number, limit: number): number | null {
    const t = this.t;
    if (!mayBeProvinceStart(t.key[k]!)) return null;
    let res = this.provinceMemo[k];
    if (res === undefined) {
      res = -1;
      let last = k;
      while (last + 1 < Math.min(k + 6, limit) && t.gap[last + 1] !== GAP_NEWLINE) last++;
      const m = findProvinceMentions(t.text, t.folded, t.start[k]!, t.end[last]!)[0];
      if (m && m.start === t.start[k]) {
        let e = k;
        while (e <= last && t.end[e]! <= m.end) e++;
        if (t.end[e - 1] === m.end) res = e;
      }
      this.provinceMemo[k] = res;
    }
    return res < 0 ? null : res;
  }

  /**
   * A ministry's short name or a country at token k, read as part of a position ("Bộ trưởng Tài
   * chính", "Thủ tướng Singapore"). Not when a longer vocabulary entry begins there ("Quốc phòng
   * và An ninh") or a province does ("Lào Cai"). `first`: right after the head, where a
   * one-syllable country followed by a lower-case word is a short name ("Thứ trưởng Đức đề nghị").
   */
  private bodyAt(k: number, limit: number, first: boolean): Match | null {
    const t = this.t;
    if (t.kase[k] === LOWER) return null;
    const b = this.m(k, C_MINISTRY_COUNTRY);
    if (!b || b.end > limit) return null;
    const longest = matchesAt(t, k, this.memo)[0]!;
    if (longest.end > b.end && longest.end <= limit) return null;
    if (b.entry.cat === 'country') {
      if (this.provinceAt(k, limit) !== null) return null;
      const nx = b.end;
      if (first && nx - k === 1 && nx < limit && t.word[nx] && t.kase[nx] === LOWER && t.gap[nx] !== GAP_NEWLINE && !this.m(nx, C_LINK)) return null;
    }
    return b;
  }

  /** "của"/"tại" at k continues the position: an organisation or a capitalised name follows. */
  private linkContinues(link: Match, foreign: boolean, limit: number): boolean {
    const t = this.t;
    if (link.entry.foreignOnly && !foreign) return false;
    const nx = link.end;
    if (nx >= limit || !t.word[nx] || t.gap[nx] !== GAP_SPACE) return false;
    if (t.kase[nx] !== LOWER) return !isFamilyName(t, nx) && !this.m(nx, C_RANK_HONORIFIC_HEAD_PREFIX);
    return !link.entry.foreignOnly && !!this.m(nx, C_UNIT_ORGANISATION);
  }

  /** After "(": the birth year or age that comes before a post ("SN 1985,", "45 tuổi,"); the token after its comma. */
  private birthDetail(q: number): number | null {
    let e: number | null = null;
    const b = this.m(q, C_BIRTH);
    if (b && this.isNumber(b.end)) e = b.end + 1;
    else if (this.isNumber(q)) {
      const a = this.m(q + 1, C_AGE);
      if (a) e = a.end;
    }
    return e !== null && this.isPunct(e, ',') ? e + 1 : null;
  }

  /** Whether a capitalised run may not continue at token k (a position, rank or organisation begins). */
  private cutsRun(k: number): boolean {
    const m = this.m(k, C_RUN_CUTTERS);
    if (m) return true;
    const p = this.m(k, C_PREFIX);
    return !!p && !!this.m(p.end, C_HEAD);
  }

  private startsUnit(k: number): boolean {
    return !!this.m(k, C_UNIT_STARTS) || (!!this.m(k, C_PREFIX) && !!this.m(k + 1, C_HEAD));
  }

  /** The run of capitalised syllables starting at k (single spaces between them). */
  private run(k: number): NameSpan {
    const t = this.t;
    let e = k;
    while (
      e < this.limit && e - k < MAX_RUN && t.word[e] && t.kase[e] === CAPITALISED &&
      (e === k || (t.gap[e] === GAP_SPACE && !this.cutsRun(e)))
    ) e++;
    return { from: k, to: e };
  }

  private isPlace(a: number, b: number): boolean {
    const hist = this.m(a, C_HISTORICAL);
    if (hist && hist.end === b) return true;
    const text = phrase(this.t, a, b);
    const p = provinceOfPhrase(text, this.publishedAt);
    return !!p && fold(p.name) === fold(text);
  }

  /**
   * The person's name inside a capitalised run found after an organisation: "Gia Lai Võ Ngọc
   * Thành" → "Võ Ngọc Thành", "Nguyễn Đức Trung" → all of it, "Hà Tĩnh" → none.
   */
  private nameInRun(r: NameSpan, place: PlaceLevel, afterCountry = false): NameSpan | null {
    const len = r.to - r.from;
    // After "xã", "phường", "huyện" …, the run begins with the place's name ("xã Ea Kar",
    // "phường Trần Hưng Đạo"): a person's name can only follow it.
    if (place === 2) return this.familySplit(r);
    const afterPlaceWord = place === 1;
    // A province right before a surname: "tỉnh Hà Tĩnh Đặng Quốc Khánh".
    for (let i = 1; i <= len - 2; i++) {
      if (len - i > 4 || !isFamilyName(this.t, r.from + i)) continue;
      if (this.isPlace(r.from, r.from + i)) return { from: r.from + i, to: r.to };
    }
    if (this.isPlace(r.from, r.to)) return null;
    if (this.m(r.from, C_HISTORICAL)) return null;
    if (isFamilyName(this.t, r.from) && len >= 3 && len <= 4) return r;
    // Two syllables: "Bộ trưởng Bộ Công an Tô Lâm", "Chủ tịch nước Tô Lâm" — but not after a
    // place word, where two capitalised syllables are the place ("huyện Lâm Hà").
    if (isFamilyName(this.t, r.from) && len === 2 && !afterPlaceWord) return r;
    const split = this.familySplit(r);
    if (split) return split;
    // Foreign names: "Interpol Jürgen Stock" (the body is read before the run); never right
    // after a place word, where the words are the place ("tỉnh Kharkov").
    if (!afterPlaceWord) {
      let f = r.to;
      while (f > r.from && this.isForeignWord(f - 1)) f--;
      if (r.to - f >= 2 && r.to - f <= 4) return { from: f, to: r.to };
    }
    // After a country, a transcribed name: "Chủ tịch Trung Quốc Tập Cận Bình".
    if (afterCountry && len >= 2 && len <= MAX_LEAD_NAME && !this.isPlace(r.from, r.to)) return r;
    return null;
  }

  /** The name at the end of a run, after at least one other word: it begins with a family name, 2–4 syllables (3 preferred). */
  private familySplit(r: NameSpan): NameSpan | null {
    const len = r.to - r.from;
    let best: NameSpan | null = null;
    let bestScore = 0;
    const pref: Record<number, number> = { 3: 3, 4: 2, 2: 1 };
    for (let i = 1; i < len; i++) {
      const n = len - i;
      const score = pref[n] ?? 0;
      if (score > bestScore && isFamilyName(this.t, r.from + i)) {
        best = { from: r.from + i, to: r.to };
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * The name right after a lead. `strong`: after a rank or "đồng chí", where an uncommon surname
   * is accepted too; after a position the run must begin with a known surname or be foreign.
   * One syllable is a short form ("Thứ trưởng Thành"), merged later only when unambiguous.
   */
  private nameAfterLead(k: number, strong: boolean): NameSpan | 'historical' | null {
    const t = this.t;
    if (k >= this.limit || !t.word[k] || t.kase[k] !== CAPITALISED || t.gap[k] === GAP_NEWLINE) return null;
    if (this.m(k, C_HISTORICAL)) return 'historical';
    if (this.startsUnit(k)) return null;
    const r = this.run(k);
    const len = r.to - r.from;
    if (len > MAX_LEAD_NAME) return null;
    // A long run is a name only when it ends the phrase (a comma, a dot, a bracket), not in a
    // capitalised headline.
    if (len > MAX_BARE_NAME && r.to < this.limit && t.word[r.to] && t.gap[r.to] !== GAP_NEWLINE) return null;
    if (len === 1) return r;
    if (isFamilyName(t, k)) return r;
    if (this.allForeign(r)) return r;
    if (strong && !this.isPlace(r.from, r.to)) return r;
    return null;
  }

  /**
   * The name with the dot of a final initial: "Đỗ Văn H." (a single capital letter right
   * before "." at the end of a name of two or more syllables is an initial, kept as written).
   */
  private withInitial(n: NameSpan): NameSpan {
    const t = this.t;
    const last = n.to - 1;
    if (n.to - n.from >= 2 && t.end[last]! - t.start[last]! === 1 && t.kase[last] === CAPITALISED && this.isPunct(n.to, '.') && t.gap[n.to] === GAP_NONE) {
      return { from: n.from, to: n.to + 1 };
    }
    return n;
  }

  private nameText(n: NameSpan): string {
    return phrase(this.t, n.from, n.to);
  }

  // -------------------------------------------------------------------------------------------
  // Leads

  private honorificAt(k: number): { h: Honorific; end: number; match: MatchKind; score?: number; typo?: RawMention['typo'] } | null {
    const m = this.m(k, C_HONORIFIC);
    if (m) return { h: m.entry.honorific!, end: m.end, match: m.match };
    const t = this.t;
    for (const f of FUZZY) {
      const n = f.keys.length;
      if (n < 2 || k + n > this.limit || t.key[k] !== f.keys[0]) continue;
      let ok = true;
      for (let p = 1; p < n && ok; p++) ok = !!t.word[k + p] && t.kase[k + p] === LOWER && t.gap[k + p] === GAP_SPACE;
      if (!ok) continue;
      const lastKey = t.key[k + n - 1]!;
      if (rhyme(lastKey) !== f.lastRhyme) continue;
      const cand = t.key.slice(k, k + n).join(' ');
      const score = JaroWinklerDistance(cand, f.folded);
      if (score < HONORIFIC_FUZZY_THRESHOLD) continue;
      const written = phrase(t, k, k + n);
      const read = t.kase[k] === CAPITALISED ? f.h.canonical[0]!.toUpperCase() + f.h.canonical.slice(1) : f.h.canonical;
      return {
        h: f.h, end: k + n, match: 'fuzzy', score: Math.round(score * 1000) / 1000,
        typo: { start: t.start[k]!, end: t.end[k + n - 1]!, written, read },
      };
    }
    return null;
  }

  private rankAt(k: number): { canonical: string; end: number; match: MatchKind } | null {
    const m = this.m(k, C_RANK);
    if (!m) return null;
    const r = m.entry.rank!;
    if (r.notFollowedBy && m.end < this.limit && r.notFollowedBy.includes(this.t.key[m.end]!)) return null;
    let end = m.end;
    const s = this.m(end, C_RANK_SUFFIX);
    if (s) end = s.end;
    // "Thiếu tướng cảnh sát Jaafar Mahad": a force word, only when a name follows it.
    const f = this.m(end, C_RANK_FORCE);
    const t = this.t;
    if (f && f.end < this.limit && t.word[f.end] && t.kase[f.end] === CAPITALISED && t.gap[f.end] === GAP_SPACE) end = f.end;
    return { canonical: r.canonical, end, match: m.match };
  }

  private academicAt(k: number): number | null {
    const a = this.m(k, C_ACADEMIC);
    return a ? a.end : null;
  }

  // -------------------------------------------------------------------------------------------
  // Positions

  /**
   * A position starting at token k: [prefix …] head [suffix …] [organisation …].
   * mode `before-name`: the organisation part must end in a person's name, returned as `name`.
   * mode `after-name`: it ends before a clause word, punctuation, a new person, or `limit`.
   */
  private position(k: number, mode: 'before-name' | 'after-name', limit = this.limit): (ReadPosition & { name?: NameSpan | 'historical'; nameFollows?: boolean }) | null {
    const t = this.t;
    const from = k;
    const pieces: Piece[] = [];
    let historical = false;
    let match: PositionMatch = 'exact';
    const headParts: string[] = [];
    for (;;) {
      const p = this.m(k, C_PREFIX);
      if (!p || !this.m(p.end, C_HEAD_PREFIX)) break;
      if (k > 0 && p.entry.modifier!.notAfter?.includes(t.key[k - 1]!)) break;
      pieces.push({ text: p.entry.canonical, tok: k });
      headParts.push(p.entry.canonical);
      if (p.entry.modifier!.historical) historical = true;
      match = worst(match, p.match);
      k = p.end;
    }
    const fuzzy = this.m(k, C_HEAD) ? null : this.fuzzyHeadAt(k, limit);
    const h = fuzzy?.match ?? this.m(k, C_HEAD);
    if (!h || h.end > limit) return null;
    const head = h.entry.head!;
    pieces.push({ text: h.entry.canonical, tok: k });
    headParts.push(h.entry.canonical);
    match = fuzzy ? 'fuzzy' : worst(match, h.match);
    k = h.end;
    for (let s = this.m(k, C_SUFFIX); s && s.end <= limit; s = this.m(k, C_SUFFIX)) {
      pieces.push({ text: s.entry.canonical, tok: k });
      k = s.end;
    }
    const headEnd = k;
    let tail = 0;
    // The last piece read was a place word ("tỉnh", "huyện", "TP"): a place name follows.
    let place: PlaceLevel = 0;
    // A foreign post ("Đại sứ", or a country read): "tại" + place continues it.
    let foreign = head.kind === 'foreign';
    let afterCountry = false;
    let name: NameSpan | 'historical' | undefined;
    let nameFollows = false;
    while (k < limit) {
      if (t.gap[k] === GAP_NEWLINE) break;
      if (!t.word[k]) {
        // "5-BCA", "Hậu cần-Kỹ thuật", "TP.Vinh": joining punctuation stays inside the position.
        const c = raw(t, k);
        const joins = (c === '-' || c === '/' || c === '.' || c === '&') && t.gap[k] === GAP_NONE && k + 1 < limit && t.gap[k + 1] === GAP_NONE && !!t.word[k + 1] && tail > 0;
        if (joins) {
          pieces.push({ text: c, tok: k });
          k++;
          continue;
        }
        // "Đội Cảnh sát giao thông - trật tự": a spaced dash before lower-case words continues the unit's name.
        const dashEnd = tail > 0 && mode === 'after-name' ? this.dashContinues(k, limit) : null;
        if (dashEnd !== null) {
          pieces.push({ text: c, tok: k });
          for (let q = k + 1; q < dashEnd; q++) pieces.push({ text: raw(t, q), tok: q });
          tail += dashEnd - k;
          k = dashEnd;
          continue;
        }
        // "Đội trưởng Đội CSGT, Công an TP Móng Cái": the parent unit after a comma.
        if (c === ',' && tail > 0 && mode === 'after-name' && this.parentUnitAt(k + 1, limit)) {
          pieces.push({ text: c, tok: k });
          place = 0;
          k++;
          continue;
        }
        break;
      }
      // A ministry or a country: "Bộ trưởng Tài chính …", "Thủ tướng Singapore …".
      const body = place === 0 ? this.bodyAt(k, limit, tail === 0) : null;
      if (body) {
        pieces.push({ text: body.entry.canonical, tok: k });
        afterCountry = body.entry.cat === 'country';
        if (afterCountry) foreign = true;
        k = body.end;
        tail++;
        continue;
      }
      // Right after the head, the name: "Thứ trưởng Nguyễn Văn Thành", "Bộ trưởng Tô Lâm".
      if (tail === 0) {
        let n = this.nameAfterLead(k, false);
        // "Bí thư Hà Tĩnh …": a province is the post's, not the start of a name.
        if (n && n !== 'historical' && n.to - n.from >= 2 && this.provinceAt(k, limit) !== null) n = null;
        if (n && mode === 'before-name') {
          name = n;
          break;
        }
        if (n && n !== 'historical' && n.to - n.from >= 2) {
          // After a name, foreign words right after the head name the company: "Jeffrey Sica,
          // CEO Circle Squared Alternative Investments". A Vietnamese name there starts a list.
          if (!isFamilyName(t, n.from) && this.allForeign(n)) {
            pieces.push({ text: phrase(t, n.from, n.to), tok: n.from });
            tail += n.to - n.from;
            k = n.to;
            continue;
          }
          nameFollows = true;
          break;
        }
      }
      const ms = matchesAt(t, k, this.memo);
      const best = ms.find((x) => x.end <= limit && !NOT_PLAIN_IN_TAIL.has(x.entry.cat));
      const cat = best?.entry.cat;
      if (cat === 'end') {
        // "CEO của công ty Nexo", "Đại sứ Nhật Bản tại Việt Nam": a link word that continues the post.
        const link = this.m(k, C_LINK);
        if (link && this.linkContinues(link, foreign, limit)) {
          pieces.push({ text: raw(t, k), tok: k, link: true });
          place = 0;
          afterCountry = false;
          k = link.end;
          tail++;
          continue;
        }
        break;
      }
      if (cat === 'joiner' || cat === 'rank') break;
      if (cat === 'honorific' && t.kase[k] === LOWER) break;
      if (cat === 'prefix' && this.m(best!.end, C_HEAD)) break;
      if (cat === 'separated-name' || cat === 'organisation' || cat === 'foreign-body') {
        pieces.push({ text: best!.entry.canonical, tok: k });
        place = 0;
        afterCountry = cat === 'foreign-body';
        if (afterCountry) foreign = true;
        k = best!.end;
        tail++;
        continue;
      }
      if (cat === 'abbreviation') {
        pieces.push({ text: best!.entry.canonical, tok: k });
        const a = best!.entry.abbreviation!;
        // "TP" = thành phố (province level), "TX" = thị xã (local); "TP.HCM" is a whole place.
        place = a.role !== 'place' ? 0 : a.expansion === 'thành phố' ? 1 : a.expansion === 'thị xã' ? 2 : 0;
        afterCountry = false;
        k = best!.end;
        tail++;
        continue;
      }
      if (cat === 'place-type') {
        pieces.push({ text: phrase(t, k, best!.end), tok: k });
        place = best!.entry.provinceLevel ? 1 : 2;
        afterCountry = false;
        k = best!.end;
        tail++;
        continue;
      }
      if (cat === 'historical' || cat === 'unit' || (cat === 'head' && tail > 0)) {
        pieces.push({ text: phrase(t, k, best!.end), tok: k });
        place = 0;
        afterCountry = false;
        k = best!.end;
        tail++;
        continue;
      }
      if (t.kase[k] === CAPITALISED) {
        // A province, whole and as written: "tỉnh Bà Rịa – Vũng Tàu", "tỉnh Hà Tĩnh Đặng Quốc Khánh".
        const pe = place !== 2 ? this.provinceAt(k, limit) : null;
        if (pe !== null) {
          pieces.push({ text: phrase(t, k, pe), tok: k });
          place = 0;
          afterCountry = false;
          tail += pe - k;
          k = pe;
          continue;
        }
        const r = this.run(k);
        const n = this.nameInRun(r, place, afterCountry);
        if (n) {
          if (n.from > r.from) pieces.push({ text: phrase(t, r.from, n.from), tok: r.from });
          if (mode === 'before-name') name = n;
          else nameFollows = true;
          k = n.from;
          tail++;
          break;
        }
        pieces.push({ text: phrase(t, r.from, r.to), tok: r.from });
        place = 0;
        afterCountry = false;
        k = r.to;
        tail += r.to - r.from;
        continue;
      }
      // "Giám đốc Công an tỉnh ôn lại …": after a place word a place name is capitalised (or a
      // number: "phường 5"); a lower-case word is the verb of the sentence and ends the post.
      if (place !== 0 && t.kase[k] === LOWER && !/^\d/.test(t.key[k]!)) break;
      pieces.push({ text: raw(t, k), tok: k });
      place = 0;
      afterCountry = false;
      k++;
      if (++tail > MAX_TAIL) {
        if (mode === 'before-name') return null;
        break;
      }
    }
    if (mode === 'before-name' && !name) return null;
    const lastPiece = pieces[pieces.length - 1]!;
    if (lastPiece.link) {
      pieces.pop();
      if (!name && !nameFollows) k = lastPiece.tok;
    }
    if (head.needsTail && k === headEnd) return null;
    // The position ends where its last piece ends (a name that follows is not part of it).
    let to = k;
    while (to > from && !t.word[to - 1]) to--;
    const text = joinPieces(t, pieces).replace(/[\s.\-/]+$/, '');
    return {
      from, to, text, head: headParts.join(' '), weak: !!head.weak, historical, match,
      ...(fuzzy ? { typo: fuzzy.typo, score: fuzzy.score } : {}),
      ...(name ? { name } : {}), ...(nameFollows ? { nameFollows } : {}),
    };
  }

  /**
   * A misspelt head word of two or more syllables at k ("Giám đôc" for "Giám đốc"): the first
   * syllable written exactly, the same number of syllables, Jaro-Winkler (natural) on the
   * lower-case written form at least HEAD_FUZZY_THRESHOLD. Asked only where no head matched.
   */
  private fuzzyHeadAt(k: number, limit: number): { match: Match; score: number; typo: NonNullable<RawMention['typo']> } | null {
    const t = this.t;
    const cands = t.word[k] ? MULTI_SYLLABLE_HEADS.get(t.key[k]!) : undefined;
    if (!cands) return null;
    let best: { match: Match; score: number; typo: NonNullable<RawMention['typo']> } | null = null;
    for (const c of cands) {
      const n = c.syllables.length;
      if (k + n > limit || toneKey(raw(t, k)) !== toneKey(c.syllables[0]!)) continue;
      let ok = true;
      for (let p = 1; p < n && ok; p++) ok = !!t.word[k + p] && t.gap[k + p] === GAP_SPACE;
      if (!ok) continue;
      const written = phrase(t, k, k + n);
      const score = JaroWinklerDistance(written.toLowerCase(), c.entry.canonical.toLowerCase());
      if (score < HEAD_FUZZY_THRESHOLD || (best && score <= best.score)) continue;
      const read = t.kase[k] === LOWER ? c.entry.canonical[0]!.toLowerCase() + c.entry.canonical.slice(1) : c.entry.canonical;
      best = {
        match: { entry: c.entry, end: k + n, match: 'folded' }, score: Math.round(score * 1000) / 1000,
        typo: { start: t.start[k]!, end: t.end[k + n - 1]!, written, read },
      };
    }
    return best;
  }

  /** After a spaced dash at k, 1–3 lower-case words then punctuation or the line's end: the token after them, else null. */
  private dashContinues(k: number, limit: number): number | null {
    const t = this.t;
    if (!this.isSpacedDash(k)) return null;
    let q = k + 1;
    while (q < limit && t.word[q] && t.kase[q] === LOWER && t.gap[q] === GAP_SPACE) {
      if (q - k > 3 || this.m(q, NOT_AFTER_DASH_MASK)) return null;
      q++;
    }
    if (q === k + 1) return null;
    return q >= limit || !t.word[q] || t.gap[q] === GAP_NEWLINE ? q : null;
  }

  /** A parent unit begins at k ("Bộ Công an", "Công an tỉnh …", "CA huyện …"). */
  private parentUnitAt(k: number, limit: number): boolean {
    const t = this.t;
    if (k >= limit || !t.word[k] || t.kase[k] === LOWER || t.gap[k] !== GAP_SPACE) return false;
    const o = this.m(k, C_ORGANISATION_ABBREVIATION);
    if (!o || o.end >= limit) return false;
    const u = PARENT_UNITS.find((p) => p.canonical === o.entry.canonical);
    if (!u) return false;
    if (!u.needsPlace) return true;
    const pl = this.m(o.end, C_PLACE_TYPE_ABBREVIATION);
    return !!pl && (pl.entry.cat === 'place-type' || pl.entry.abbreviation!.role === 'place');
  }

  /**
   * A bracket at k holding only years, ages or birth words ("(1940-2023)", "(SN 1985)", "(45
   * tuổi)", "(sinh năm 1960)"): the token after its ")", else null.
   */
  private birthBracketEnd(k: number): number | null {
    if (!this.isPunct(k, '(')) return null;
    let q = k + 1;
    let numbers = 0;
    while (q < this.limit && q - k <= 8) {
      if (this.isPunct(q, ')')) return numbers > 0 ? q + 1 : null;
      if (this.isNumber(q)) {
        numbers++;
        q++;
        continue;
      }
      if (this.isPunct(q, '-', '–', '—', '/', ',')) {
        q++;
        continue;
      }
      const w = this.m(q, C_BIRTH_AGE);
      if (!w) return null;
      q = w.end;
    }
    return null;
  }

  /** Positions stated after a name: ", P1, P2 kiêm P3", " - P1, P2", " (P1)"; a birth bracket before them is skipped. */
  private positionsAfter(k: number): { positions: ReadPosition[]; end: number } {
    const t = this.t;
    const positions: ReadPosition[] = [];
    // "Trung tướng Trần Quang Vinh (1940-2023), nguyên Thứ trưởng …": the dates say who, not what.
    const skip = this.birthBracketEnd(k);
    if (skip !== null) {
      const after = this.positionsAfter(skip);
      if (after.positions.length) return after;
    }
    let end = k;
    let paren = false;
    let p = k + 1;
    if (this.isPunct(k, '(')) paren = true;
    else if (!this.isPunct(k, ',') && !this.isSpacedDash(k)) {
      // "thiếu tướng X giữ chức Giám đốc …", "ông X là Chủ tịch …": a link word, then a head.
      const l = t.gap[k] === GAP_SPACE ? this.m(k, C_NAME_LINK) : null;
      if (!l || !(this.m(l.end, C_HEAD_PREFIX) || this.fuzzyHeadAt(l.end, this.limit))) return { positions, end };
      p = l.end;
    }
    // "Nguyễn Văn A (SN 1985, Giám đốc Công ty X)": the birth year or age before the post.
    if (paren) p = this.birthDetail(p) ?? p;
    for (;;) {
      const pos = this.position(p, 'after-name');
      if (!pos || pos.nameFollows || pos.historical) break;
      positions.push(pos);
      end = pos.to;
      p = pos.to;
      // Separators between positions: "," ";" "kiêm", a spaced dash or "và" before a head word.
      if (this.isPunct(p, ',', ';') || this.isSpacedDash(p) || this.m(p, C_JOINER)) p = this.isPunct(p, ',', ';') || this.isSpacedDash(p) ? p + 1 : this.m(p, C_JOINER)!.end;
      else if (t.key[p] === 'va' && t.kase[p] === LOWER && (this.m(p + 1, C_HEAD) || this.m(p + 1, C_PREFIX))) p = p + 1;
      else break;
    }
    if (paren && positions.length && this.isPunct(end, ')')) end++;
    return { positions, end };
  }

  /**
   * A position written before "[,] [honorific|rank] NAME", not already read for someone else:
   * "Thứ trưởng Bộ Công an, Thượng tướng X", or with no comma "Q.GĐ CA tỉnh Bắc Ninh Đại tá X"
   * (then the position must run right up to the lead).
   */
  private positionBefore(lead: number, floor: number): ReadPosition | null {
    const t = this.t;
    const hasComma = lead > 0 && this.isPunct(lead - 1, ',');
    const comma = hasComma ? lead - 1 : lead;
    if (comma <= floor || (!hasComma && (!t.word[lead - 1] || t.gap[lead] !== GAP_SPACE))) return null;
    let s = comma;
    // Back over words and joined punctuation ("5-BCA"; the dot of "Q. GĐ" too, read whole by the lexicon).
    while (s > floor && comma - s < MAX_TAIL + 4 && t.gap[s] !== GAP_NEWLINE && (t.word[s - 1] || (t.gap[s - 1] === GAP_NONE && (t.gap[s] === GAP_NONE || this.isPunct(s - 1, '.'))))) s--;
    for (let h = s; h < comma; h++) {
      if (!this.m(h, C_HEAD_PREFIX)) continue;
      const p = this.position(h, 'after-name', comma);
      if (!p || p.to !== comma || p.weak || p.historical) continue;
      for (let b = Math.max(0, h - 3); b <= h; b++) {
        const bl = this.m(b, C_BLOCKER);
        if (bl && bl.end >= h) return null;
      }
      return p;
    }
    return null;
  }

  // -------------------------------------------------------------------------------------------
  // One reading

  private readAt(i: number, floor: number): { mention: RawMention | null; next: number } | null {
    const t = this.t;
    if (!t.word[i]) return null;
    // Most tokens can begin nothing: not a lead word, not a fuzzy honorific, not a surname.
    const key = t.key[i]!;
    const id = t.id[i]!;
    let flags: number;
    if (id >= 0) {
      flags = startById[id]! - 1;
      if (flags < 0) {
        flags = START_FLAGS.get(key) ?? 0;
        startById[id] = flags + 1;
      }
    } else flags = START_FLAGS.get(key) ?? 0;
    const lead = (flags & START_LEAD) !== 0;
    const family = t.kase[i] === CAPITALISED && (flags & START_FAMILY) !== 0;
    // A foreign name in apposition may open a clause: "Paolo Ardoino, Giám đốc công nghệ …".
    const foreignLead = !lead && !family && t.kase[i] === CAPITALISED && this.opensClause(i) && this.isForeignWord(i);
    if (!lead && !family && !foreignLead) return null;
    let j = i;
    const hon = this.honorificAt(j);
    if (hon) j = hon.end;
    const rank = this.rankAt(j);
    if (rank) j = rank.end;
    let academic = false;
    const a = this.academicAt(j) ?? (rank && this.isPunct(j, ',') ? this.academicAt(j + 1) : null);
    if (a !== null && a < this.limit && t.kase[a] === CAPITALISED) {
      j = a;
      academic = true;
    }
    let before: ReadPosition | null = null;
    let name: NameSpan | 'historical' | null = null;
    let rule: string;
    let ruleMatch: MatchKind;
    let score: number | undefined;

    if (hon || rank) {
      rule = rank ? 'official/rank-name' : 'official/honorific-name';
      ruleMatch = rank ? rank.match : hon!.match;
      score = rank ? undefined : hon!.score;
      // "đồng chí Phó Chủ tịch UBND tỉnh Nguyễn Văn A", or "Đồng chí Thứ trưởng" with no name.
      if (!academic && this.m(j, C_HEAD_PREFIX)) {
        const p = this.position(j, 'before-name');
        if (p?.name) {
          name = p.name;
          if (p.name !== 'historical') before = p;
        } else if (hon?.h.standalone && !rank) {
          const q = this.position(j, 'after-name');
          if (q && !q.weak) {
            return {
              mention: {
                kind: 'anaphora', start: t.start[i]!, end: t.end[q.to - 1]!, name: null, rank: null,
                honorific: { canonical: hon.h.canonical, standalone: true }, positions: [q],
                foundBy: [{ rule: 'official/anaphora', match: 'inferred' }],
                ...(hon.typo ? { typo: hon.typo } : {}),
              },
              next: q.to,
            };
          }
        }
      }
      name ??= this.nameAfterLead(j, true);
    } else {
      rule = 'official/position-name';
      ruleMatch = 'exact';
      if (!academic && this.m(i, C_HEAD_PREFIX)) {
        const p = this.position(i, 'before-name');
        if (p?.name && (p.name === 'historical' || p.historical)) {
          // "Chủ tịch Hồ Chí Minh", "cố Tổng Bí thư …": a historical reference, never an official.
          const e = p.name === 'historical' ? this.m(p.to, C_HISTORICAL)?.end ?? p.to : p.name.to;
          return { mention: null, next: Math.max(e, i + 1) };
        }
        if (p?.name && !p.weak) {
          name = p.name;
          before = p;
          ruleMatch = p.match;
        }
      }
      if (!name) {
        // A bare name: counts only with a position after it ("Nguyễn Văn A, Giám đốc …"), or a
        // foreign name of 2–4 words, none Vietnamese, opening a clause ("Paolo Ardoino, CEO …").
        const k = academic ? j : i;
        if (t.kase[k] !== CAPITALISED) return null;
        const foreign = k === i && foreignLead;
        if (!foreign && !isFamilyName(t, k)) return null;
        // "Đoàn Thanh niên …": an organisation that begins with a family name.
        const org = this.m(k, C_ORGANISATION);
        if (org) return { mention: null, next: org.end };
        const r = this.withInitial(this.run(k));
        const len = r.to - r.from;
        if (this.m(k, C_HISTORICAL)) return { mention: null, next: this.m(k, C_HISTORICAL)!.end };
        if (len < 2 || len > MAX_BARE_NAME) return null;
        if (foreign && (len > 4 || !this.allForeign(r))) return null;
        const after = this.positionsAfter(r.to);
        // A foreign run needs a post with its organisation: "London Stock Exchange, Giám đốc
        // điều hành cho biết" names the company, not a person.
        const strongPositions = after.positions.filter((p) => !p.weak && (!foreign || p.text !== p.head));
        if (!strongPositions.length) {
          this.bareRuns.push(r);
          return { mention: null, next: r.to };
        }
        // Checked last (it is the costly test): "Hà Tĩnh, Quảng Bình …" is a list of places.
        if (this.isPlaceStart(r)) return { mention: null, next: r.to };
        return {
          mention: {
            kind: 'official', start: t.start[i]!, end: t.end[after.end - 1]!, name: this.nameText(r), rank: null, honorific: null,
            positions: after.positions, foundBy: [{ rule: 'official/name-position', match: strongPositions[0]!.match }],
          },
          next: after.end,
        };
      }
    }

    if (!name) return null;
    if (name === 'historical') {
      const h = this.m(j, C_HISTORICAL);
      return { mention: null, next: h ? h.end : j + 1 };
    }
    name = this.withInitial(name);
    const after = this.positionsAfter(name.to);
    const positions = before ? [before, ...after.positions] : after.positions;
    const foundBy: RawMention['foundBy'] = [{ rule, match: ruleMatch, ...(score !== undefined ? { score } : {}) }];
    let start = t.start[i]!;
    // "Thứ trưởng Bộ Công an, Thượng tướng Lê Quý Vương": the position written before the lead.
    if (hon || rank) {
      const pb = this.positionBefore(i, floor);
      if (pb) {
        positions.unshift(pb);
        start = t.start[pb.from]!;
        foundBy.push({ rule: 'official/position-before', match: pb.match });
      }
    }
    const lastTok = Math.max(name.to, after.end) - 1;
    const end = t.end[lastTok]!;
    const syllables = name.to - name.from;
    const stated = positions.filter((p) => !p.weak);
    let kind: RawMention['kind'];
    let alone = false;
    if (syllables === 1) {
      kind = 'short';
      // "Thượng tá K'Brơi", "đồng chí Hùng, Phó Giám đốc …": after a rank or an honorific, one
      // word is a whole name when it cannot be a Vietnamese given name or a post follows it.
      alone = !!(rank || hon) && !!(rank || hon?.h.standalone || stated.length) &&
        (stated.length > 0 || /['’]/.test(raw(t, name.from)) || this.isForeignWord(name.from));
    } else if (rank || hon?.h.standalone || stated.length) kind = 'official';
    else kind = 'weak';
    if (positions.some((p) => p.historical)) return { mention: null, next: Math.max(name.to, after.end) };
    return {
      mention: {
        kind, ...(alone ? { alone } : {}), start, end, name: this.nameText(name), rank: rank ? { canonical: rank.canonical, match: rank.match } : null,
        honorific: hon ? { canonical: hon.h.canonical, standalone: hon.h.standalone } : null,
        positions, foundBy, ...(hon?.typo ? { typo: hon.typo } : {}),
      },
      next: Math.max(name.to, after.end),
    };
  }

  /** The run begins with a province ("Hà Tĩnh, Quảng Bình …" in a list is not a person). */
  private isPlaceStart(r: NameSpan): boolean {
    for (let e = r.from + 1; e <= r.to; e++) if (this.isPlace(r.from, e)) return true;
    return false;
  }
}

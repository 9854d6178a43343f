/**
 * Reading one stated position: [prefix …] head [suffix …] [organisation …], as the record
 * states it (abbreviations expanded, known words in canonical case: "PGĐ" → "Phó Giám đốc",
 * "Tổng cục Trưởng tổng cục" → "Tổng cục trưởng Tổng cục"). Mode `before-name`: the
 * organisation part must end in a person's name, returned as `name`. Mode `after-name`: it
 * ends before a clause word, punctuation, a new person, or `limit`.
 *
 * Inside a position: a ministry's short name or a country right after the head ("Bộ trưởng Tài
 * chính", "Thủ tướng Singapore"); a province kept whole as the province recogniser reads it
 * ("tỉnh Bà Rịa – Vũng Tàu"); the place name after "xã"/"phường"/"huyện" … ("xã Ea Kar");
 * "của"/"tại" before an organisation or a place; joining punctuation ("5-BCA", "TP.Vinh"); a
 * dash before lower-case words ("Đội CSGT - trật tự"); a parent unit after a comma
 * (", Công an TP Móng Cái", ", Bộ Công an").
 */
import { CAPITALISED, GAP_NEWLINE, GAP_NONE, LOWER, phrase, raw, type Tokens } from '../../text/tokens.js';
import type { Category } from './vocabulary.js';
import { isFamilyName } from './vocabulary.js';
import { C_HEAD, C_HEAD_PREFIX, C_LINK, C_PREFIX, C_SUFFIX, MAX_TAIL, type NameSpan, type Reader } from './reader.js';
import { cats } from './vocabulary.js';

const C_END_JOINER = cats('end', 'joiner');
/** Tokens an organisation part may run to (pieces of several words included), whatever it reads. */
const MAX_TAIL_TOKENS = 60;
import { nameAfterLead, nameInRun, type PlaceLevel } from './names.js';
import { bodyAt, dashContinues, fuzzyHeadAt, glossEnd, linkContinues, NAMED_UNITS, parentUnitAt, placeBracketEnd } from './position-parts.js';
import { worst, type PositionMatch, type PositionReading } from './mention.js';

// Vocabulary read by its own rule in a position tail, never as a plain piece.
const NOT_PLAIN_IN_TAIL = new Set<Category>(['prefix', 'suffix', 'rank-force', 'country', 'ministry', 'link', 'birth', 'age', 'name-link', 'persona']);

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

/** The state of the tail (organisation part) while it is read. */
interface Tail {
  k: number;
  pieces: Piece[];
  count: number;
  place: PlaceLevel;
  /** A foreign post ("Đại sứ", or a country read): "tại" + place continues it. */
  foreign: boolean;
  afterCountry: boolean;
  name?: NameSpan | 'historical';
  nameFollows: boolean;
  /** The last piece was a province, whole: a lower-case word after it is the sentence's verb. */
  afterProvince?: boolean;
}

/** Joining punctuation, a lower-case dash tail or a parent unit at a punctuation token: true when read into the position. */
function punctuationInTail(r: Reader, s: Tail, mode: 'before-name' | 'after-name', limit: number): boolean {
  const t = r.t;
  const k = s.k;
  // "5-BCA", "Hậu cần-Kỹ thuật", "TP.Vinh": joining punctuation stays inside the position.
  const c = raw(t, k);
  const joins = (c === '-' || c === '/' || c === '.' || c === '&') && t.gap[k] === GAP_NONE && k + 1 < limit && t.gap[k + 1] === GAP_NONE && !!t.word[k + 1] && s.count > 0;
  if (joins) {
    s.pieces.push({ text: c, tok: k });
    s.k++;
    return true;
  }
  // "Bộ Nông nghiệp & Phát triển nông thôn": a spaced ampersand inside a unit's name.
  if (c === '&' && s.count > 0 && k + 1 < limit && !!t.word[k + 1] && t.gap[k + 1] !== GAP_NEWLINE) {
    s.pieces.push({ text: c, tok: k });
    s.k++;
    return true;
  }
  // "Đội Cảnh sát giao thông - trật tự": a spaced dash before lower-case words continues the unit's name.
  const dashEnd = s.count > 0 && mode === 'after-name' ? dashContinues(r, k, limit) : null;
  if (dashEnd !== null) {
    s.pieces.push({ text: c, tok: k });
    for (let q = k + 1; q < dashEnd; q++) s.pieces.push({ text: raw(t, q), tok: q });
    s.count += dashEnd - k;
    s.k = dashEnd;
    return true;
  }
  // "Chủ tịch UBND tỉnh Bến Tre- Cao Văn A": a dash between the post and the name it introduces.
  if ((c === '-' || c === '–') && mode === 'before-name' && s.count > 0 && k + 1 < limit && t.kase[k + 1] === CAPITALISED && isFamilyName(t, k + 1) && t.gap[k + 1] !== GAP_NEWLINE) {
    s.k++;
    return true;
  }
  // "Trưởng công an xã X (huyện Y, tỉnh Z) Trần Văn A": where the unit is, in brackets before the name, is skipped.
  const where = c === '(' && mode === 'before-name' && s.count > 0 ? placeBracketEnd(r, k, limit) : null;
  if (where !== null) {
    s.k = where;
    return true;
  }
  // "Đại biểu (ĐB) Võ Văn A": the post's own abbreviation in brackets is skipped.
  const gloss = c === '(' ? glossEnd(r, k, limit) : null;
  if (gloss !== null) {
    s.k = gloss;
    return true;
  }
  // "Đội trưởng Đội CSGT, Công an TP Móng Cái": the parent unit after a comma.
  if (c === ',' && s.count > 0 && mode === 'after-name' && parentUnitAt(r, k + 1, limit)) {
    s.pieces.push({ text: c, tok: k });
    s.place = 0;
    s.k++;
    return true;
  }
  return false;
}

/** Adds a piece read at the tail's current token and moves past it. */
function push(s: Tail, text: string, end: number, place: PlaceLevel, afterCountry: boolean, count = 1): 'go' {
  s.pieces.push({ text, tok: s.k });
  s.afterProvince = false;
  s.place = place;
  s.afterCountry = afterCountry;
  s.k = end;
  s.count += count;
  return 'go';
}

/** Reads one piece of the tail at a word token: 'go' on, 'stop' the position, or 'fail' (no position). */
function wordInTail(r: Reader, s: Tail, mode: 'before-name' | 'after-name', limit: number): 'go' | 'stop' | 'fail' {
  const t = r.t;
  const k = s.k;
  // "Giám đốc Công an tỉnh Hà Tĩnh cảm ơn …": the unit is whole once its province is read; a
  // lower-case word after it is the sentence going on (a link word such as "của" aside).
  if (s.afterProvince && t.kase[k] === LOWER && !r.m(k, C_LINK)) return 'stop';
  // "… Công an tỉnh Hà Tĩnh Sáng 4/6, …": a lost line break; the next sentence is no unit's name.
  if (s.count > 0 && t.kase[k] === CAPITALISED && r.breaksName(k)) return 'stop';
  // A ministry or a country: "Bộ trưởng Tài chính …", "Thủ tướng Singapore …".
  const body = s.place === 0 ? bodyAt(r, k, limit, s.count === 0) : null;
  if (body) {
    if (body.entry.cat === 'country') s.foreign = true;
    return push(s, body.entry.canonical, body.end, s.place, body.entry.cat === 'country');
  }
  // Right after the head, the name: "Thứ trưởng Nguyễn Văn Thành", "Bộ trưởng Tô Lâm".
  if (s.count === 0) {
    let n = nameAfterLead(r, k, false);
    // "Bí thư Hà Tĩnh …": a province is the post's, not the start of a name.
    if (n && n !== 'historical' && n.to - n.from >= 2 && r.provinceAt(k, limit) !== null) n = null;
    // "Thứ trưởng Thành phát biểu" is a short name; in "Trưởng ban Quản lý dự án" the word is
    // the unit's: one word is a name only where the phrase ends after it (punctuation, a
    // clause word or a verb of the genre).
    if (n && n !== 'historical' && n.to - n.from === 1 && !endsAfter(r, n.to, limit)) n = null;
    if (n && mode === 'before-name') {
      s.name = n;
      return 'stop';
    }
    if (n && n !== 'historical' && n.to - n.from >= 2) {
      // After a name, foreign words right after the head name the company: "Jeffrey Sica,
      // CEO Circle Squared Alternative Investments". A Vietnamese name there starts a list.
      if (!isFamilyName(t, n.from) && r.allForeign(n)) return push(s, phrase(t, n.from, n.to), n.to, s.place, s.afterCountry, n.to - n.from);
      s.nameFollows = true;
      return 'stop';
    }
  }
  const best = r.matches(k).find((x) => x.end <= limit && !NOT_PLAIN_IN_TAIL.has(x.entry.cat));
  const cat = best?.entry.cat;
  if (cat === 'end') {
    // "CEO của công ty Nexo", "Đại sứ Nhật Bản tại Việt Nam": a link word that continues the post.
    const link = r.m(k, C_LINK);
    if (link && linkContinues(r, link, s.foreign, limit)) {
      s.pieces.push({ text: raw(t, k), tok: k, link: true });
      s.place = 0;
      s.afterCountry = false;
      s.k = link.end;
      s.count++;
      return 'go';
    }
    return 'stop';
  }
  if (cat === 'joiner' || cat === 'rank') return 'stop';
  if (cat === 'honorific' && t.kase[k] === LOWER) return 'stop';
  if (cat === 'prefix' && r.m(best!.end, C_HEAD)) return 'stop';
  if (cat === 'separated-name' || cat === 'organisation' || cat === 'foreign-body') {
    if (cat === 'foreign-body') s.foreign = true;
    return push(s, best!.entry.canonical, best!.end, 0, cat === 'foreign-body');
  }
  if (cat === 'abbreviation') {
    const a = best!.entry.abbreviation!;
    // "TP" = thành phố (province level), "TX" = thị xã (local); "TP.HCM" is a whole place.
    return push(s, best!.entry.canonical, best!.end, a.role !== 'place' ? 0 : a.expansion === 'thành phố' ? 1 : a.expansion === 'thị xã' ? 2 : 0, false);
  }
  // "tỉnh" is followed by a province only (3); "thành phố", "TP" also by a province's city (1).
  if (cat === 'place-type') return push(s, phrase(t, k, best!.end), best!.end, best!.entry.provinceLevel ? (best!.entry.canonical === 'tỉnh' ? 3 : 1) : 2, false);
  if (cat === 'historical' || cat === 'unit' || (cat === 'head' && s.count > 0)) return push(s, phrase(t, k, best!.end), best!.end, 0, false);
  if (t.kase[k] === CAPITALISED) {
    // A province, whole and as written: "tỉnh Bà Rịa – Vũng Tàu", "tỉnh Hà Tĩnh Đặng Quốc Khánh".
    const pe = s.place !== 2 ? r.provinceAt(k, limit) : null;
    if (pe !== null) {
      push(s, phrase(t, k, pe), pe, 0, false, pe - k);
      s.afterProvince = true;
      return 'go';
    }
    const run = r.run(k);
    let n = nameInRun(r, run, s.place, s.afterCountry);
    // "Giám đốc Công ty Hoàng Long cho biết": the run is the company's name, not a person's.
    if (n && n.from === run.from && s.pieces.length && NAMED_UNITS.has(s.pieces[s.pieces.length - 1]!.text.toLowerCase())) n = null;
    if (n) {
      if (n.from > run.from) s.pieces.push({ text: phrase(t, run.from, n.from), tok: run.from });
      if (mode === 'before-name') s.name = n;
      else s.nameFollows = true;
      s.k = n.from;
      s.count++;
      return 'stop';
    }
    return push(s, phrase(t, run.from, run.to), run.to, 0, false, run.to - run.from);
  }
  // "Giám đốc Công an tỉnh ôn lại …": after a place word a place name is capitalised (or a
  // number: "phường 5"); a lower-case word is the verb of the sentence and ends the post.
  if (s.place !== 0 && t.kase[k] === LOWER && !/^\d/.test(t.key[k]!)) return 'stop';
  push(s, raw(t, k), k + 1, 0, false, 0);
  if (++s.count > MAX_TAIL) return mode === 'before-name' ? 'fail' : 'stop';
  return 'go';
}

/** The phrase ends at token k: the text or line ends, punctuation, or a clause word or verb (an apposition ender). */
function endsAfter(r: Reader, k: number, limit: number): boolean {
  const t = r.t;
  return k >= limit || !t.word[k] || t.gap[k] === GAP_NEWLINE || !!r.m(k, C_END_JOINER);
}

/** The position starting at token k (see the module comment), or null. */
export function position(r: Reader, k: number, mode: 'before-name' | 'after-name', limit = r.limit): PositionReading | null {
  const t = r.t;
  const from = k;
  const pieces: Piece[] = [];
  let historical = false;
  let match: PositionMatch = 'exact';
  const headParts: string[] = [];
  for (;;) {
    const p = r.m(k, C_PREFIX);
    // "Phó thủ tưởng": a prefix before a misspelt head is read as before the head itself
    if (!p || !(r.m(p.end, C_HEAD_PREFIX) || fuzzyHeadAt(r, p.end, limit))) break;
    if (k > 0 && p.entry.modifier!.notAfter?.includes(t.key[k - 1]!)) break;
    pieces.push({ text: p.entry.canonical, tok: k });
    headParts.push(p.entry.canonical);
    if (p.entry.modifier!.historical) historical = true;
    match = worst(match, p.match);
    k = p.end;
  }
  const fuzzy = r.m(k, C_HEAD) ? null : fuzzyHeadAt(r, k, limit);
  const h = fuzzy?.match ?? r.m(k, C_HEAD);
  if (!h || h.end > limit) return null;
  const head = h.entry.head!;
  pieces.push({ text: h.entry.canonical, tok: k });
  headParts.push(h.entry.canonical);
  match = fuzzy ? 'fuzzy' : worst(match, h.match);
  k = h.end;
  for (let s = r.m(k, C_SUFFIX); s && s.end <= limit; s = r.m(k, C_SUFFIX)) {
    pieces.push({ text: s.entry.canonical, tok: k });
    k = s.end;
  }
  const headEnd = k;
  const s: Tail = { k, pieces, count: 0, place: 0, foreign: head.kind === 'foreign', afterCountry: false, nameFollows: false };
  while (s.k < limit) {
    if (t.gap[s.k] === GAP_NEWLINE) break;
    // No organisation part is this long (real press: under 25 tokens); without a bound a text
    // repeating "Phó Giám đốc Công an tỉnh …" is read to its end from every head, in quadratic time.
    if (s.k - headEnd > MAX_TAIL_TOKENS) {
      if (mode === 'before-name') return null;
      break;
    }
    if (!t.word[s.k]) {
      if (punctuationInTail(r, s, mode, limit)) continue;
      break;
    }
    const step = wordInTail(r, s, mode, limit);
    if (step === 'fail') return null;
    if (step === 'stop') break;
  }
  k = s.k;
  const { name, nameFollows } = s;
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
    from, to, text, head: headParts.join(' '), weak: !!head.weak || (!!head.deputy && mode === 'after-name'), historical, match,
    ...(head.deputy ? { deputy: true } : {}),
    ...(fuzzy ? { typo: fuzzy.typo, score: fuzzy.score } : {}),
    ...(name ? { name } : {}), ...(nameFollows ? { nameFollows } : {}),
  };
}

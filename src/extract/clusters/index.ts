/**
 * Emulation-cluster recogniser: "cụm thi đua số 4, số 5", "Cụm thi đua số 5-BCA", "số 6 và 7",
 * "Cụm thi đua số III", "cụm 8", even "cụm thu đua số 5" (read through with a warning). One
 * entry per number; members only where the article lists them right after the cluster (a
 * year may stand between, "Cụm thi đua số 3 năm 2025 gồm …", and bracketed notes after a member,
 * "Quảng Trị (Cụm trưởng), …", are skipped).
 *
 * A member list may also follow an unnumbered "Cụm" / "Cụm thi đua" later in the article
 * ("… Cụm thi đua số 9 tổ chức hội nghị. Dự có lãnh đạo Công an 8 tỉnh trong Cụm gồm: Sóc Trăng, …").
 * Such a list is bound to the article's one numbered cluster. When the article names two or
 * more numbers it is ambiguous, and the list is bound only if exactly one number was named in
 * the same sentence (before the "Cụm") or the sentence before; otherwise to none.
 *
 * It reuses the syllable tokens that the province recogniser already cut, jumps to the few
 * "cụm" / "số" tokens (one regex scan), and reads a head ("cụm thi đua", its typo, or a bare
 * "cụm") followed by a number list.
 */
import { JaroWinklerDistance, DamerauLevenshteinDistance } from 'natural/lib/natural/distance/index.js';
import type { Cluster, Province, Provenance } from '../../record/schema.js';
import { foldAligned } from '../../text/fold.js';
import type { ArticleView } from '../article-view.js';
import type { Recogniser, RuleInfo } from '../rule.js';
import type { ProvinceResult } from '../provinces/index.js';
import { toneKey } from '../lexicon/tone-key.js';
import { gapBefore as wordGap, viewWords, wordAtOrAfter, wordIs, wordKey, type Words } from '../words.js';
import {
  CLUSTER_PHRASE, CLUSTER_WORD, COUNT_NOUNS, LIST_WORDS, MAX_CLUSTER_NUMBER, MEMBER_LEADS, NUMBER_WORD,
  ROMAN_DIGITS, TYPO_TOLERANCE, CLUSTER_SUFFIXES, MEMBER_UNIT_WORDS, MEMBER_LEVEL_WORDS, CLUSTER_YEAR_WORD, MAX_MEMBER_NOTE,
} from '../../data/clusters.js';
import { escapeRegExp } from '../../text/patterns.js';

const DATA = 'src/data/clusters.ts (reference/clusters.md)';

/** Rule families of this recogniser (README table; ids appear in `foundBy` and warnings). */
export const clusterRules: RuleInfo[] = [
  { id: 'cluster/numbered', entity: 'clusters', description: '"cụm thi đua" followed by a number (with or without "số"), any suffix', example: 'Cụm thi đua số 5-BCA', data: DATA },
  { id: 'cluster/roman', entity: 'clusters', description: 'Cluster number in Roman numerals', example: 'Cụm thi đua số III, Cụm II', data: DATA },
  { id: 'cluster/list', entity: 'clusters', description: 'Further numbers listed after the first', example: 'cụm thi đua số 4, số 5; số 6 và 7', data: DATA },
  { id: 'cluster/short', entity: 'clusters', description: 'Bare "cụm" + number, only in an article about emulation ("thi đua") and not a count ("cụm 3 xã")', example: 'Cụm trưởng cụm 8', data: DATA },
  { id: 'cluster/typo', entity: 'clusters', description: 'Misspelt or unaccented "cụm thi đua" read through (Jaro–Winkler score in foundBy, warning "typo")', example: 'cụm thu đua số 5', data: DATA },
  { id: 'cluster/members', entity: 'clusters', description: 'Member provinces listed right after a single cluster', example: 'Cụm thi đua số 5-BCA gồm Công an các đơn vị: Thanh Hoá, Nghệ An …', data: DATA },
  { id: 'cluster/members-bound', entity: 'clusters', description: 'Members listed after an unnumbered "Cụm" / "Cụm thi đua", bound to the one cluster of the article (or the only one named in that or the previous sentence)', example: 'Cụm thi đua số 9 họp. … trong Cụm gồm: Sóc Trăng, Cà Mau …', data: DATA },
];

// ---------------------------------------------------------------------------------------------
// Vocabulary, prepared once

const f = (s: string) => foldAligned(s.normalize('NFC'));
const PHRASE_FOLDED = f(CLUSTER_PHRASE);
const PHRASE_WORDS = PHRASE_FOLDED.split(' ');
const PHRASE_KEY = CLUSTER_PHRASE.split(' ').map(toneKey).join(' ');
const CLUSTER_W = f(CLUSTER_WORD);
const NUMBER_W = f(NUMBER_WORD);
const LIST_W = new Set(LIST_WORDS.map(f));
const NOT_TYPOS = new Set(TYPO_TOLERANCE.notTypos.map(f));
const COUNT_FIRST = new Map<string, string[][]>();
for (const n of COUNT_NOUNS) {
  const words = f(n).split(' ');
  const list = COUNT_FIRST.get(words[0]!) ?? [];
  list.push(words);
  COUNT_FIRST.set(words[0]!, list);
}
const esc = escapeRegExp;
// "-BCA gồm", " - Bộ Công an, gồm", " (gồm", ": gồm có", " năm 2025 gồm"
const MEMBER_LEAD_RE = new RegExp(
  `^(?:\\s*[-–]\\s*(?:${CLUSTER_SUFFIXES.map((s) => esc(f(s))).join('|')}))?(?:\\s*,?\\s*${esc(f(CLUSTER_YEAR_WORD))}\\s+\\d{4})?\\s*[,:(]?\\s*(?:${[...MEMBER_LEADS].sort((a, b) => b.length - a.length).map((s) => esc(f(s))).join('|')})(?![\\p{L}\\p{M}\\p{N}])\\s*:?`,
  'u',
);
// Between two listed members: ", ", " và ", "; ", optionally "Công an tỉnh " / "CA TP. " before the next.
const alt = (list: readonly string[]) => list.map((s) => esc(f(s))).join('|');
const MEMBER_GAP_RE = new RegExp(
  `^\\s*(?:,|;|,?\\s*(?:${alt(LIST_WORDS)}))\\s*(?:(?:${alt(MEMBER_UNIT_WORDS)})\\s+)?(?:(?:${alt(MEMBER_LEVEL_WORDS)})\\.?\\s*)?$`,
);

const MEMBER_NOTE_RE = new RegExp(`^\\s*\\([^()\\n]{0,${MAX_MEMBER_NOTE}}\\)`);

const INTRO_LIST_WORD_RE = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alt(LIST_WORDS)})(?![\\p{L}\\p{M}\\p{N}])`, 'u');

// Where a cluster mention can start: "cụm", or "số" (for a misspelt "cụm" three words earlier).
const ANCHOR_RE = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${CLUSTER_W}|${NUMBER_W})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');

const ROMAN_RE = new RegExp(`^[${Object.keys(ROMAN_DIGITS).join('')}]+$`);

function romanValue(s: string): number | null {
  if (!ROMAN_RE.test(s)) return null;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = ROMAN_DIGITS[s[i]!]!;
    const next = i + 1 < s.length ? ROMAN_DIGITS[s[i + 1]!]! : 0;
    v += cur < next ? -cur : cur;
  }
  // Only canonical numerals ("IV", not "IIII"), so stray capitals are not read as numbers.
  return toRoman(v) === s ? v : null;
}

function toRoman(n: number): string {
  const table: [number, string][] = [[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, r] of table) while (n >= v) { out += r; n -= v; }
  return out;
}

// ---------------------------------------------------------------------------------------------

interface Head {
  first: number;
  last: number;
  kind: 'full' | 'bare';
  match: 'exact' | 'folded' | 'fuzzy';
  score?: number;
}

interface Num {
  value: number;
  roman: boolean;
  tok: number;
}

/** The number written at token i (Arabic 1..MAX or a canonical capital Roman numeral), or null. */
function numberAt(text: string, t: Words, i: number): Num | null {
  if (i >= t.length) return null;
  const len = t.ends[i]! - t.starts[i]!;
  if (len > 4) return null;
  const w = wordKey(t, i);
  if (/^\d{1,2}$/.test(w)) {
    const v = Number(w);
    return v >= 1 && v <= MAX_CLUSTER_NUMBER ? { value: v, roman: false, tok: i } : null;
  }
  const r = romanValue(text.slice(t.starts[i], t.ends[i]));
  return r !== null && r <= MAX_CLUSTER_NUMBER ? { value: r, roman: true, tok: i } : null;
}


/** Is token i the start of a count noun ("tỉnh", "đơn vị", "tháng")? */
function countNounAt(folded: string, t: Words, i: number): boolean {
  if (i >= t.length || wordGap(t, i) !== ' ') return false;
  const cands = COUNT_FIRST.get(wordKey(t, i));
  if (!cands) return false;
  return cands.some((words) => words.every((w, k) => wordIs(t, i + k, w) && (k === 0 || wordGap(t, i + k) === ' ')));
}

/** A three-token head at `first` that reads as "cụm thi đua", exactly, unaccented, or within typo tolerance. */
function phraseHead(text: string, folded: string, t: Words, first: number): Head | null {
  if (first < 0 || first + 2 >= t.length) return null;
  if (wordGap(t, first + 1) !== ' ' || wordGap(t, first + 2) !== ' ') return null;
  const words = [wordKey(t, first), wordKey(t, first + 1), wordKey(t, first + 2)];
  const joined = words.join(' ');
  if (words.every((w, k) => w === PHRASE_WORDS[k])) {
    const orig = text.slice(t.starts[first], t.ends[first + 2]);
    const key = orig.split(' ').map(toneKey).join(' ');
    return { first, last: first + 2, kind: 'full', match: key === PHRASE_KEY ? 'exact' : 'folded' };
  }
  if (NOT_TYPOS.has(joined) || joined.length > PHRASE_FOLDED.length + TYPO_TOLERANCE.maxEdits) return null;
  const score = JaroWinklerDistance(joined, PHRASE_FOLDED);
  if (score < TYPO_TOLERANCE.minJaroWinkler) return null;
  if (DamerauLevenshteinDistance(joined, PHRASE_FOLDED) > TYPO_TOLERANCE.maxEdits) return null;
  return { first, last: first + 2, kind: 'full', match: 'fuzzy', score: Math.round(score * 1000) / 1000 };
}

interface Group {
  head: Head;
  numbers: { num: Num; start: number; end: number; listed: boolean }[];
}

/** The number list after a head: "số 4, số 5", "số 6 và 7", "5-BCA" (5 only), "III". */
function numbersAfter(text: string, folded: string, t: Words, head: Head): Group | null {
  let i = head.last + 1;
  if (i >= t.length || wordGap(t, i) !== ' ') return null;
  let hasSo = false;
  if (wordIs(t, i, NUMBER_W)) {
    hasSo = true;
    i++;
    if (i >= t.length || wordGap(t, i) !== ' ') return null;
  }
  const first = numberAt(text, t, i);
  if (!first) return null;
  // Without "số" a number may be a count: "Cụm thi đua 6 tháng đầu năm", "cụm 3 xã".
  if (!hasSo && countNounAt(folded, t, i + 1)) return null;
  const group: Group = { head, numbers: [{ num: first, start: t.starts[head.first]!, end: t.ends[i]!, listed: false }] };
  for (;;) {
    let j = group.numbers[group.numbers.length - 1]!.num.tok + 1;
    if (j >= t.length) break;
    const sep = wordGap(t, j);
    let joined = /^\s*[,&;]\s*$/.test(sep);
    const dash = /^\s*[-–]\s*$/.test(sep);
    if (!joined && !dash && sep !== ' ') break;
    if (!dash && LIST_W.has(wordKey(t, j)) && j + 1 < t.length && wordGap(t, j + 1) === ' ') {
      joined = true;
      j++;
    }
    const itemStart = t.starts[j]!;
    let so = false;
    if (!dash && wordIs(t, j, NUMBER_W) && j + 1 < t.length && wordGap(t, j + 1) === ' ') {
      so = true;
      j++;
    }
    // "số 4 số 5" needs its "số"; a bare space before a number is not a list.
    if (!joined && !dash && !so) break;
    const n = numberAt(text, t, j);
    if (!n || (!so && countNounAt(folded, t, j + 1))) break;
    // "5-BCA" stops at the letters; "số 6-7" lists 7, but not "6-7 tháng".
    if (dash && j + 1 < t.length && /^[-–/]$/.test(wordGap(t, j + 1).trim())) break;
    group.numbers.push({ num: n, start: itemStart, end: t.ends[j]!, listed: true });
  }
  return group;
}

/** Member provinces listed right after the group: "… gồm Công an các đơn vị: Thanh Hoá, Nghệ An … và Thừa Thiên Huế". */
function membersAfter(folded: string, end: number, mentions: { name: string; start: number; end: number }[]): string[] {
  const lead = MEMBER_LEAD_RE.exec(folded.slice(end, end + 80));
  if (!lead) return [];
  const listStart = end + lead[0].length;
  let k = mentions.findIndex((m) => m.start >= listStart);
  if (k < 0) return [];
  const intro = folded.slice(listStart, mentions[k]!.start).replace(/\btp\./g, 'tp ');
  if (intro.length > 60 || /[.;!?\n]/.test(intro)) return [];
  // "gồm Công an các tỉnh Tây Nguyên và Công an tỉnh Bình Phước": the list starts with a group
  // that is not a province, so the provinces named are not the whole membership.
  if (INTRO_LIST_WORD_RE.test(intro)) return [];
  const out: string[] = [];
  for (;;) {
    const m = mentions[k]!;
    if (!out.includes(m.name)) out.push(m.name);
    const next = mentions[k + 1];
    // Notes in brackets after a member are skipped: "Quảng Trị (Cụm trưởng), Thừa Thiên Huế".
    if (!next || !MEMBER_GAP_RE.test(folded.slice(m.end, next.start).replace(MEMBER_NOTE_RE, ''))) break;
    k++;
  }
  return out;
}

/** Clusters named in a Vietnamese article; `provinces` (from extractProvinces) supply member lists. */
export function extractClusters(ctx: ArticleView, provinces: Province[]): Cluster[] {
  const { text, folded } = ctx;
  const t = viewWords(ctx);
  const emulationArticle = folded.includes(`${PHRASE_WORDS[1]} ${PHRASE_WORDS[2]}`);
  const groups: Group[] = [];
  // Unnumbered heads directly followed by a member lead ("trong Cụm gồm:", "Cụm thi đua gồm …").
  const unnumbered: { start: number; end: number }[] = [];
  let resumeAt = 0;
  // Jump straight to the few "cụm" and "số" tokens instead of visiting every syllable.
  ANCHOR_RE.lastIndex = 0;
  for (let a = ANCHOR_RE.exec(folded); a; a = ANCHOR_RE.exec(folded)) {
    const i = tokenAt(t, a.index);
    if (i < 0 || i < resumeAt) continue;
    let head: Head | null = null;
    if (wordIs(t, i, CLUSTER_W)) {
      head = phraseHead(text, folded, t, i);
      if (!head) head = { first: i, last: i, kind: 'bare', match: 'exact' };
    } else if (wordIs(t, i, NUMBER_W) && i >= 3 && !wordIs(t, i - 3, CLUSTER_W) && numberAt(text, t, i + 1)) {
      // A typo in "cụm" itself ("cụn thi đua số 5"): look back from the number.
      head = phraseHead(text, folded, t, i - 3);
    }
    if (!head) continue;
    if (head.kind === 'bare' && !emulationArticle) continue;
    const g = numbersAfter(text, folded, t, head);
    if (!g) {
      // Not "cụm 3 xã gồm …" nor "cụm số …": the head must stand alone before its lead.
      const next = head.last + 1;
      if (head.match !== 'fuzzy' && next < t.length && !wordIs(t, next, NUMBER_W) && !numberAt(text, t, next)
        && MEMBER_LEAD_RE.test(folded.slice(t.ends[head.last]!, t.ends[head.last]! + 80))) {
        unnumbered.push({ start: t.starts[head.first]!, end: t.ends[head.last]! });
      }
      continue;
    }
    groups.push(g);
    resumeAt = g.numbers[g.numbers.length - 1]!.num.tok + 1;
    if (head.match === 'folded' || head.match === 'fuzzy') {
      const orig = text.slice(t.starts[head.first], t.ends[head.last]);
      const want = /^\p{Lu}/u.test(orig) ? CLUSTER_PHRASE[0]!.toUpperCase() + CLUSTER_PHRASE.slice(1) : CLUSTER_PHRASE;
      ctx.warn({ code: 'typo', message: `read '${orig}' as '${want}'`, start: t.starts[head.first]!, end: t.ends[head.last]!, rule: 'cluster/typo' });
    }
  }

  const mentions = provinces.flatMap((p) => p.mentions.map((m) => ({ name: p.name, start: m.start, end: m.end }))).sort((a, b) => a.start - b.start);
  const byNumber = new Map<number, Cluster>();
  for (const g of groups) {
    const members = g.numbers.length === 1 ? membersAfter(folded, g.numbers[0]!.end, mentions) : [];
    for (const n of g.numbers) {
      let c = byNumber.get(n.num.value);
      if (!c) {
        c = { number: n.num.value, members: [], mentions: [], foundBy: [] };
        byNumber.set(n.num.value, c);
      }
      c.mentions.push({ start: n.start, end: n.end, text: text.slice(n.start, n.end) });
      const rule = g.head.match === 'fuzzy' || g.head.match === 'folded' ? 'cluster/typo'
        : n.listed ? 'cluster/list'
          : n.num.roman ? 'cluster/roman'
            : g.head.kind === 'bare' ? 'cluster/short' : 'cluster/numbered';
      addProvenance(c, { rule, match: g.head.match, ...(g.head.score !== undefined ? { score: g.head.score } : {}) });
      if (members.length) {
        for (const m of members) if (!c.members.includes(m)) c.members.push(m);
        addProvenance(c, { rule: 'cluster/members', match: 'exact' });
      }
    }
  }
  for (const u of unnumbered) {
    const c = byNumber.get(boundNumber(ctx, groups, u.start) ?? -1);
    if (!c) continue;
    const members = membersAfter(folded, u.end, mentions);
    if (!members.length) continue;
    for (const m of members) if (!c.members.includes(m)) c.members.push(m);
    addProvenance(c, { rule: 'cluster/members-bound', match: 'inferred' });
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

/**
 * The cluster an unnumbered "Cụm" at `pos` refers to: the article's only number, or, when it
 * names several, the only number named between the start of the previous sentence and `pos`.
 */
function boundNumber(ctx: ArticleView, groups: Group[], pos: number): number | null {
  const all = new Set(groups.flatMap((g) => g.numbers.map((n) => n.num.value)));
  if (all.size === 1) return [...all][0]!;
  if (all.size === 0) return null;
  const k = ctx.sentences.findIndex((s) => s.start <= pos && pos < s.end);
  const from = k > 0 ? ctx.sentences[k - 1]!.start : k === 0 ? ctx.sentences[0]!.start : pos;
  const near = new Set(groups.flatMap((g) => g.numbers.filter((n) => n.start >= from && n.start < pos).map((n) => n.num.value)));
  return near.size === 1 ? [...near][0]! : null;
}

/** Index of the word that starts at `pos`, or -1. */
function tokenAt(t: Words, pos: number): number {
  const i = wordAtOrAfter(t, pos);
  return i < t.length && t.starts[i] === pos ? i : -1;
}

function addProvenance(c: Cluster, p: Provenance): void {
  if (!c.foundBy.some((x) => x.rule === p.rule && x.match === p.match && x.score === p.score)) c.foundBy.push(p);
}

export const clusters: Recogniser<Cluster[]> = {
  id: 'clusters',
  needs: ['provinces'],
  languages: ['vie'],
  rules: clusterRules,
  run: (view, deps) => extractClusters(view, (deps.provinces as ProvinceResult).provinces),
  entities: (out) => ({ clusters: out }),
};

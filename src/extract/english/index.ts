/**
 * Recogniser for English-language articles (language `eng`), where the Vietnamese rules are not
 * run. Deliberately modest:
 * - officials: a person named after an English rank or title ("Senior Lieutenant General Nguyen
 *   Van Thanh", "Minister To Lam"), or a person (compromise's people()) followed by ", <position>"
 *   ("Nguyen Huu Cau, director of the Nghe An police department"); the rank becomes the Vietnamese
 *   canonical rank (Thượng tướng, Trung tướng …), names and positions stay as written, the province
 *   is read from the positions;
 * - provinces: Vietnamese or ASCII/English forms ("Nghe An province", "Ho Chi Minh City", "HCMC",
 *   "Hanoi", "Thua Thien-Hue") as canonical Vietnamese province records;
 * - clusters, periods, dates and awards are left empty.
 * compromise supplies sentences, terms with offsets and tags, and person spans.
 */
import nlp from 'compromise';
import type { ArticleView } from '../article-view.js';
import type { Recogniser, RuleInfo } from '../rule.js';
import type { Official, Provenance } from '../../record/schema.js';
import { ENGLISH_RANKS, ENGLISH_TITLES, NOT_OFFICIALS, POSITION_STARTS } from '../../data/english-titles.js';
import { nameOn } from '../../data/provinces.js';
import type { ProvinceResult } from '../provinces/index.js';

const DATA = 'src/data/english-titles.ts, src/data/provinces.ts';

/** Rule families of this recogniser (README table; ids appear in `foundBy`). */
export const englishRules: RuleInfo[] = [
  { id: 'english/official-rank', entity: 'officials', description: 'English rank + name; rank mapped to the Vietnamese canonical rank', example: 'Senior Lieutenant General Nguyen Van Thanh → Thượng tướng', data: DATA },
  { id: 'english/official-title', entity: 'officials', description: 'Capitalised English title + name, the title kept as a position', example: 'Minister To Lam', data: DATA },
  { id: 'english/official-position', entity: 'officials', description: 'Person followed by a comma and a position', example: 'Nguyen Huu Cau, director of the Nghe An police department', data: DATA },
  { id: 'english/province', entity: 'provinces', description: 'Province in Vietnamese, ASCII or English form', example: 'Nghe An province, Ho Chi Minh City, HCMC, Hanoi', data: DATA },
];

interface Term {
  text: string;
  post: string;
  normal: string;
  tags: string[];
  start: number;
  end: number;
}

interface Phrase {
  words: string[];
  rank: string | null;
  title: boolean;
}

const wordsOf = (s: string) => s.toLowerCase().replace(/\./g, ' ').split(/\s+/).filter(Boolean);

// Ranks and titles in one table, longest first, keyed by first word.
const PHRASES = new Map<string, Phrase[]>();
for (const r of ENGLISH_RANKS) add({ words: wordsOf(r.en), rank: r.vi, title: false });
for (const t of ENGLISH_TITLES) add({ words: wordsOf(t), rank: null, title: true });
for (const list of PHRASES.values()) list.sort((a, b) => b.words.length - a.words.length);
function add(p: Phrase): void {
  const list = PHRASES.get(p.words[0]!) ?? [];
  list.push(p);
  PHRASES.set(p.words[0]!, list);
}
const POSITION_START = new Set(POSITION_STARTS);
const NOT_OFFICIAL = new Set(NOT_OFFICIALS.map((n) => n.toLowerCase()));
const POSSESSIVE = /['’]s$/;

const isCap = (s: string) => /^\p{Lu}/u.test(s);
const punctuated = (post: string) => /[,.;:!?()"“”]/.test(post);

/** The rank or title phrase starting at term k (capitalised words only), or null. */
function phraseAt(terms: Term[], k: number): { phrase: Phrase; next: number } | null {
  const t = terms[k];
  if (!t || !isCap(t.text)) return null;
  for (const p of PHRASES.get(t.normal) ?? []) {
    let ok = true;
    for (let j = 0; j < p.words.length && ok; j++) {
      const u = terms[k + j];
      if (!u || u.normal !== p.words[j] || !isCap(u.text)) ok = false;
      // A comma inside the phrase breaks it ("…, Major").
      else if (j < p.words.length - 1 && /[,;:]/.test(u.post)) ok = false;
    }
    if (ok) return { phrase: p, next: k + p.words.length };
  }
  return null;
}

/** A name of 2–4 capitalised words starting at term k, ending at the first punctuation. */
function nameAt(terms: Term[], k: number): { from: number; to: number } | null {
  let j = k;
  while (j < terms.length && j - k < 4) {
    const t = terms[j]!;
    if (!isCap(t.text) || !/^[\p{L}'’-]+$/u.test(t.text) || (PHRASES.has(t.normal) && phraseAt(terms, j))) break;
    j++;
    // A possessive ends the name ("Ho Chi Minh's teachings").
    if (punctuated(t.post) || POSSESSIVE.test(t.text)) break;
  }
  return j - k >= 2 ? { from: k, to: j - 1 } : null;
}

/** A position after "name," : from a position word to the next punctuation or verb. */
function positionAfter(terms: Term[], k: number): { from: number; to: number } | null {
  const first = terms[k];
  if (!first || !POSITION_START.has(first.normal)) return null;
  let j = k;
  for (; j < terms.length; j++) {
    const t = terms[j]!;
    if (j > k && t.tags.includes('Verb') && !t.tags.includes('Adjective')) { j--; break; }
    if (punctuated(t.post)) break;
  }
  return { from: k, to: Math.min(j, terms.length - 1) };
}

type JsonTerm = { text: string; post: string; normal: string; tags?: string[]; offset: { start: number; length: number } };
type JsonSentence = { text: string; offset: { start: number; length: number }; terms: JsonTerm[] };

// Tagging with compromise costs milliseconds per article (more per call than per word), so
// it runs once per article, and not at all when no rank, title or ", <position>" occurs.
const CANDIDATE_RE = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...new Set([...ENGLISH_RANKS.map((r) => r.en), ...ENGLISH_TITLES].map((w) => w.split(' ')[0]!.replace(/\./g, '')))].join('|')})(?![\\p{L}])|,\\s*(?:${POSITION_STARTS.join('|')})(?![\\p{L}])`,
  'iu',
);

/** Officials of an English article; `provinces` (the province recogniser's, in English mode) names their provinces. */
function extractEnglish(ctx: ArticleView, provinces: ProvinceResult): Official[] {
  const { text, publishedAt } = ctx;
  const sentences: Term[][] = [];
  const people: { start: number }[] = [];
  if (CANDIDATE_RE.test(text)) {
    const doc = nlp(text);
    for (const s of doc.json({ offset: true }) as JsonSentence[]) {
      sentences.push(s.terms.map((u) => ({ text: u.text, post: u.post, normal: u.normal, tags: u.tags ?? [], start: u.offset.start, end: u.offset.start + u.offset.length })));
    }
    for (const p of doc.people().json({ offset: true }) as { offset: { start: number } }[]) people.push({ start: p.offset.start });
  }

  const officials = new Map<string, Official>();
  const record = (terms: Term[], name: { from: number; to: number }, rank: string | null, positions: string[], rule: string, match: Provenance['match']) => {
    const start = terms[name.from]!.start;
    const joined = terms.slice(name.from, name.to + 1).map((t) => t.text).join(' ');
    const nameText = joined.replace(POSSESSIVE, '');
    const key = nameText.toLowerCase();
    if (NOT_OFFICIAL.has(key)) return;
    const end = terms[name.to]!.end - (joined.length - nameText.length);
    let o = officials.get(key);
    if (!o) {
      o = { name: nameText, rank: null, honorific: null, positions: [], province: null, mentions: [], foundBy: [] };
      officials.set(key, o);
    }
    if (!o.mentions.some((m) => m.start === start)) o.mentions.push({ start, end, text: text.slice(start, end) });
    if (rank && !o.rank) o.rank = rank;
    for (const p of positions) if (!o.positions.includes(p)) o.positions.push(p);
    if (!o.foundBy.some((f) => f.rule === rule)) o.foundBy.push({ rule, match });
  };
  const positionText = (terms: Term[], span: { from: number; to: number }) => text.slice(terms[span.from]!.start, terms[span.to]!.end);

  for (const terms of sentences) {
    for (let k = 0; k < terms.length; k++) {
      // Title and/or rank before the name: "Deputy Minister Senior Lieutenant General Le Quoc Hung".
      const positions: string[] = [];
      let rank: string | null = null;
      let j = k;
      for (let guard = 0; guard < 2; guard++) {
        const p = phraseAt(terms, j);
        if (!p) break;
        if (p.phrase.rank) rank = p.phrase.rank;
        else positions.push(text.slice(terms[j]!.start, terms[p.next - 1]!.end));
        j = p.next;
      }
      if (j === k) continue;
      const name = nameAt(terms, j);
      if (!name) continue;
      const last = terms[name.to]!;
      if (last.post.includes(',')) {
        const pos = positionAfter(terms, name.to + 1);
        if (pos) positions.push(positionText(terms, pos));
      }
      record(terms, name, rank, positions, rank ? 'english/official-rank' : 'english/official-title', rank ? 'alias' : 'exact');
      k = name.to;
    }
  }

  // People without a title before them but with ", <position>" after.
  for (const p of people) {
    for (const terms of sentences) {
      const from = terms.findIndex((t) => t.start === p.start);
      if (from < 0) continue;
      if (phraseAt(terms, from)) break;
      const name = nameAt(terms, from);
      if (!name || !terms[name.to]!.post.includes(',')) break;
      const pos = positionAfter(terms, name.to + 1);
      if (pos) record(terms, name, null, [positionText(terms, pos)], 'english/official-position', 'exact');
      break;
    }
  }

  // The province an official's positions name ("Director of Nghe An Police Department").
  const list = [...officials.values()];
  for (const o of list) {
    for (const pos of o.positions) {
      const at = text.indexOf(pos);
      if (at < 0) continue;
      const m = provinces.within(at, at + pos.length)[0];
      if (m) { o.province = nameOn(m.unit, publishedAt, m.renamed); break; }
    }
  }
  return list;
}

export const english: Recogniser<Official[]> = {
  id: 'english',
  needs: ['provinces'],
  languages: ['eng'],
  rules: englishRules,
  run: (view, deps) => extractEnglish(view, deps.provinces as ProvinceResult),
  entities: (out) => ({ officials: out }),
};

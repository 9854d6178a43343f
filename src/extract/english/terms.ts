/**
 * compromise's reading of an English article for the officials rules: sentences as terms with
 * offsets and tags, the people it names, and the rank and title phrases matched over terms.
 * Tagging costs milliseconds per article (more per call than per word), so it runs once per
 * article, and not at all when no rank, title or ", <position>" occurs (CANDIDATE_RE).
 */
import nlp from 'compromise';
import { memoKey, type ArticleView } from '../article-view.js';
import { ENGLISH_RANKS, ENGLISH_TITLES, POSITION_STARTS } from '../../data/english-titles.js';

export interface Term {
  text: string;
  post: string;
  normal: string;
  tags: string[];
  start: number;
  end: number;
}

export interface Phrase {
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
export const POSSESSIVE = /['’]s$/;

const isCap = (s: string) => /^\p{Lu}/u.test(s);
export const punctuated = (post: string) => /[,.;:!?()"“”]/.test(post);

/** The rank or title phrase starting at term k (capitalised words only), or null. */
export function phraseAt(terms: Term[], k: number): { phrase: Phrase; next: number } | null {
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
export function nameAt(terms: Term[], k: number): { from: number; to: number } | null {
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
export function positionAfter(terms: Term[], k: number): { from: number; to: number } | null {
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

const CANDIDATE_RE = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...new Set([...ENGLISH_RANKS.map((r) => r.en), ...ENGLISH_TITLES].map((w) => w.split(' ')[0]!.replace(/\./g, '')))].join('|')})(?![\\p{L}])|,\\s*(?:${POSITION_STARTS.join('|')})(?![\\p{L}])`,
  'iu',
);

/** The article as compromise reads it: sentences of terms, and where the people it names start. */
export interface Reading {
  sentences: Term[][];
  people: { start: number }[];
}

const READING = memoKey<Reading>('english terms');

/** compromise's reading of the article, once per article (empty when no rank, title or position occurs). */
export function readTerms(view: ArticleView): Reading {
  return view.memo(READING, () => {
    const sentences: Term[][] = [];
    const people: { start: number }[] = [];
    if (CANDIDATE_RE.test(view.text)) {
      const doc = nlp(view.text);
      for (const s of doc.json({ offset: true }) as JsonSentence[]) {
        sentences.push(s.terms.map((u) => ({ text: u.text, post: u.post, normal: u.normal, tags: u.tags ?? [], start: u.offset.start, end: u.offset.start + u.offset.length })));
      }
      for (const p of doc.people().json({ offset: true }) as { offset: { start: number } }[]) people.push({ start: p.offset.start });
    }
    return { sentences, people };
  });
}

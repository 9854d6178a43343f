/**
 * The lexicon's other sources: one tag per listed word of the remaining data modules (family
 * and middle names, place words and prefixes, forms of address and titles, award, number,
 * period and cluster vocabulary, sentence abbreviations). Recognisers ask the lexicon whether a
 * token carries a tag; the data tests check every tag of every entry.
 */
import { FAMILY_NAMES, MIDDLE_NAMES } from '../../data/family-names.js';
import { PLACE_WORDS, LOCATIVES } from '../../data/place-words.js';
import { PROVINCE_PREFIXES } from '../../data/provinces.js';
import { HONORIFICS, ACADEMIC_TITLES, OTHER_TITLES } from '../../data/honorifics.js';
import {
  AWARD_TYPES, ORDER_NAMES, MEDAL_NAMES, AWARD_CLASSES, TITLES, ISSUERS, RECIPIENTS, OTHER_RECIPIENTS, ORDER_HEAD, MEDAL_HEAD, TITLE_HEAD,
  GIVING_VERBS, PASSIVE_CUES, NOT_AWARD_CUES, INSTANCE_WORDS, APPROXIMATE_PREFIXES,
} from '../../data/awards.js';

/** The word before an award's class ("hạng Nhất"), as the awards' pattern writes it. */
const CLASS_WORD = 'hạng';
import { NUMBER_WORDS } from '../../data/number-words.js';
import {
  YEAR_SPAN_KEYWORDS, MONTHS_OF_YEAR, QUARTER_WORDS, RANGE_OPENERS, RANGE_CLOSERS, PARTS_OF_DAY, DAY_WORDS, RELATIVE_YEAR_WORDS,
} from '../../data/period-vocabulary.js';
import { CLUSTER_PHRASE, CLUSTER_WORD, NUMBER_WORD, COUNT_NOUNS, MEMBER_LEADS, MEMBER_UNIT_WORDS, MEMBER_LEVEL_WORDS, CLUSTER_SUFFIXES } from '../../data/clusters.js';
import { SENTENCE_ABBREVIATIONS } from '../../data/sentence-abbreviations.js';
import type { Source } from './lexicon.js';

/** Single-token words that may stand before a family name at the head of a person's name ("Bà", "GS", "TS"). */
export function personTitles(): string[] {
  const single = (w: string) => !/[\s./-]/.test(w);
  return [
    ...HONORIFICS.flatMap((h) => [h.canonical, ...h.variants]).filter(single),
    ...ACADEMIC_TITLES.filter(single),
    ...OTHER_TITLES,
  ];
}

export const nameSource: Source = (b) => {
  for (const f of FAMILY_NAMES) b.add(f.name, { kind: 'family-name', name: f.name, common: f.common });
  for (const m of MIDDLE_NAMES) b.add(m, { kind: 'middle-name', name: m });
  for (const h of HONORIFICS) for (const w of [h.canonical, ...h.variants]) b.add(w, { kind: 'person-honorific', word: w });
  for (const w of personTitles()) b.add(w, { kind: 'person-title', word: w });
};

export const placeSource: Source = (b) => {
  for (const p of PLACE_WORDS) {
    b.add(p.word, { kind: 'place-word', word: p.word, local: p.local === true, unit: p.unit === true, provinceLevel: p.level === 'province', placeRun: p.placeRun === true });
  }
  for (const p of PROVINCE_PREFIXES) b.add(p.word, { kind: 'place-prefix', word: p.word, sets: p.sets });
  for (const w of LOCATIVES) b.add(w, { kind: 'locative', word: w });
};

export const awardSource: Source = (b) => {
  const add = (role: string, canonical: string, aliases: readonly string[]) => {
    for (const alias of aliases) b.add(alias, { kind: 'award', role, canonical, alias });
  };
  for (const t of AWARD_TYPES) add('type', t.canonical, t.aliases);
  add('order', ORDER_HEAD.canonical, ORDER_HEAD.aliases);
  add('medal', MEDAL_HEAD.canonical, MEDAL_HEAD.aliases);
  for (const o of ORDER_NAMES) add('order-name', o.canonical, o.aliases);
  for (const m of MEDAL_NAMES) add('medal-name', m.canonical, m.aliases);
  for (const c of AWARD_CLASSES) add('class', c.canonical, c.aliases);
  // The class with its word ("hạng Nhất"): the phrase tells "nhất" from "Nhật" in text written without diacritics.
  for (const c of AWARD_CLASSES) add('class-phrase', c.canonical, c.aliases.map((a) => `${CLASS_WORD} ${a}`));
  for (const t of TITLES) add('title', t.canonical, t.aliases);
  for (const h of TITLE_HEAD) add('title-head', h, [h]);
  for (const i of ISSUERS) add('issuer', i.canonical, i.aliases);
  for (const r of [...RECIPIENTS, ...OTHER_RECIPIENTS]) add(`recipient-${r.kind}`, r.aliases[0]!, r.aliases);
  for (const v of GIVING_VERBS) add('giving-verb', v, [v]);
  for (const v of PASSIVE_CUES) add('passive-cue', v, [v]);
  for (const g of NOT_AWARD_CUES) for (const c of g.cues) add(`not-award-${g.reason}`, c, [c]);
  for (const w of INSTANCE_WORDS) add('instance', w, [w]);
  for (const w of APPROXIMATE_PREFIXES) add('approximate', w, [w]);
};

export const numberSource: Source = (b) => {
  for (const w of NUMBER_WORDS) b.add(w.word, { kind: 'number-word', word: w.word, value: w.value });
};

export const periodSource: Source = (b) => {
  const add = (role: string, words: readonly string[]) => {
    for (const w of words) b.add(w, { kind: 'period-word', role, word: w });
  };
  add('year-span', YEAR_SPAN_KEYWORDS);
  add('months-of-year', MONTHS_OF_YEAR.map((m) => m.phrase));
  add('quarter', QUARTER_WORDS);
  add('range-opener', RANGE_OPENERS);
  add('range-closer', RANGE_CLOSERS);
  add('part-of-day', PARTS_OF_DAY);
  add('day', DAY_WORDS);
  add('relative-year', RELATIVE_YEAR_WORDS);
};

export const clusterSource: Source = (b) => {
  const add = (role: string, words: readonly string[]) => {
    for (const w of words) b.add(w, { kind: 'cluster-word', role, word: w });
  };
  add('phrase', [CLUSTER_PHRASE]);
  add('cluster', [CLUSTER_WORD]);
  add('number', [NUMBER_WORD]);
  add('count-noun', COUNT_NOUNS);
  add('member-lead', MEMBER_LEADS);
  add('member-unit', MEMBER_UNIT_WORDS);
  add('member-level', MEMBER_LEVEL_WORDS);
  add('suffix', CLUSTER_SUFFIXES);
};

export const abbreviationSource: Source = (b) => {
  for (const a of SENTENCE_ABBREVIATIONS) b.add(a, { kind: 'sentence-abbreviation', word: a });
};

/**
 * Recogniser for English-language articles (language `eng`), where the Vietnamese rules are not
 * run. An ordered list of rules, one per file under `rules/`, as the Vietnamese recognisers:
 * - officials: a person named after an English rank or title (`english/official-rank`,
 *   `english/official-title`) or followed by ", <position>" (`english/official-position`); the
 *   rank becomes the Vietnamese canonical rank, names and positions stay as written, the province
 *   is read from the positions (compromise supplies sentences, terms and people);
 * - provinces: read by the province recogniser in its English mode (`english/province`);
 * - clusters: "emulation cluster No. 5" and its kin (`english/cluster`), with members listed
 *   after a single one (`english/cluster-members`);
 * - periods: day, month and year ranges, "the first six months of 2024", halves and quarters,
 *   overlaps resolved longest first (`english/period-overlap`);
 * - awards: counted recipients of an award named in English, its type the Vietnamese canonical
 *   one (`english/award-count`), cash rewards (`english/award-cash`), awards counted themselves
 *   (`english/award-type-count`), and
 *   the exclusions of GOLD (`english/not-award`).
 * Single dates ("on March 5, 2024") are not read: every English record says so in a warning
 * (`english-partial`).
 */
import type { Award, Cluster, Official, Period, Provenance } from '../../record/schema.js';
import type { ArticleView } from '../article-view.js';
import type { Recogniser, RuleInfo } from '../rule.js';
import { traceVeto } from '../rule.js';
import { checkMatches } from '../limits.js';
import { sentenceAround } from '../pattern-tools.js';
import type { ProvinceResult } from '../provinces/index.js';
import { OfficialsFound } from './officials.js';
import { readTerms } from './terms.js';
import { RECIPIENT_HINT_RE } from './patterns.js';
import type { EnglishPeriodRule, PeriodCandidate } from './period-rule.js';
import { officialRank, readTitledNames } from './rules/official-rank.js';
import { officialTitle } from './rules/official-title.js';
import { officialPosition, readPositionedPeople } from './rules/official-position.js';
import { province } from './rules/province.js';
import { cluster, readClusters } from './rules/cluster.js';
import { clusterMembers, membersAfter } from './rules/cluster-members.js';
import { dateRange } from './rules/date-range.js';
import { monthRange } from './rules/month-range.js';
import { yearSpan } from './rules/year-span.js';
import { monthsOfYear } from './rules/months-of-year.js';
import { halfYear } from './rules/half-year.js';
import { quarter } from './rules/quarter.js';
import { periodOverlap, resolvePeriods } from './rules/period-overlap.js';
import { awardCount, frameOf, groupsIn, issuerFor, typesIn, type EnglishTypeHit } from './rules/award-count.js';
import { awardTypeCount, countedType } from './rules/award-type-count.js';
import { awardCash, cashReward } from './rules/award-cash.js';
import { notAward, notAwardReason } from './rules/not-award.js';

/** The period rules in order (the order breaks ties between equally long candidates). */
export const ENGLISH_PERIOD_RULES: readonly EnglishPeriodRule[] = [dateRange, monthRange, yearSpan, monthsOfYear, halfYear, quarter];

const info = ({ id, entity, description, example, data, kind }: RuleInfo): RuleInfo => ({ id, entity, description, example, ...(data ? { data } : {}), ...(kind ? { kind } : {}) });

/** Rules of this recogniser in the order they run (README table; ids appear in `foundBy`). */
export const englishRules: readonly RuleInfo[] = [
  officialRank,
  officialTitle,
  officialPosition,
  province,
  cluster,
  clusterMembers,
  ...ENGLISH_PERIOD_RULES.map(info),
  periodOverlap,
  awardCount,
  awardCash,
  awardTypeCount,
  notAward,
];

/** What the English recogniser reads. */
export interface EnglishResult {
  officials: Official[];
  clusters: Cluster[];
  periods: Period[];
  awards: Award[];
}

function readOfficials(view: ArticleView, provinces: ProvinceResult): Official[] {
  const reading = readTerms(view);
  const found = new OfficialsFound(view.text);
  readTitledNames(reading.sentences, found);
  readPositionedPeople(reading, found);
  return found.list(view, provinces);
}

function readClusterEntities(view: ArticleView, provinces: ProvinceResult): Cluster[] {
  const numbers = readClusters(view);
  checkMatches(cluster.id, numbers.length);
  const mentions = provinces.provinces.flatMap((p) => p.mentions.map((m) => ({ name: p.name, start: m.start, end: m.end }))).sort((a, b) => a.start - b.start);
  const byNumber = new Map<number, Cluster>();
  for (const n of numbers) {
    let c = byNumber.get(n.value);
    if (!c) byNumber.set(n.value, (c = { number: n.value, members: [], mentions: [], foundBy: [{ rule: cluster.id, match: 'alias' }] }));
    c.mentions.push({ start: n.start, end: n.end, text: view.text.slice(n.start, n.end) });
    const listed = n.listed ? [] : membersAfter(view.lower, n.phraseEnd, mentions);
    for (const m of listed) if (!c.members.includes(m)) c.members.push(m);
    if (listed.length && !c.foundBy.some((f) => f.rule === clusterMembers.id)) c.foundBy.push({ rule: clusterMembers.id, match: 'exact' });
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

function readPeriods(view: ArticleView): Period[] {
  if (!/\d/.test(view.lower)) return [];
  const candidates: PeriodCandidate[] = [];
  for (const rule of ENGLISH_PERIOD_RULES) {
    const re = rule.pattern;
    re.lastIndex = 0;
    let n = 0;
    for (let m = re.exec(view.lower); m; m = re.exec(view.lower)) {
      checkMatches(rule.id, ++n);
      const c = rule.extract(m, view);
      if (c) candidates.push(c);
    }
  }
  return resolvePeriods(view, candidates);
}

function readAwards(view: ArticleView): Award[] {
  const { lower, text } = view;
  const groups = RECIPIENT_HINT_RE.test(lower) ? groupsIn(view) : [];
  checkMatches(awardCount.id, groups.length);
  const typesBySentence = new Map<number, EnglishTypeHit[]>();
  const sentenceOf = (start: number, end: number) => sentenceAround(view.sentences, start, end);
  const typesOf = (s: { start: number; end: number }): EnglishTypeHit[] => {
    let t = typesBySentence.get(s.start);
    if (!t) typesBySentence.set(s.start, (t = typesIn(lower, s.start, s.end)));
    return t;
  };
  const merged = new Map<string, Award>();
  const add = (type: EnglishTypeHit, start: number, end: number, pairs: Array<{ collectives: number | null; individuals: number | null }>, rule: string, sentenceStart: number): void => {
    const reason = notAwardReason(lower, start, end, sentenceStart, groups);
    if (reason !== null) {
      traceVeto(view, { rule: notAward.id, reason: `${reason}: not an award` }, start, end);
      return;
    }
    const issuer = issuerFor(lower, type);
    for (const p of pairs) {
      const k = `${type.type}|${issuer ?? ''}|${p.collectives ?? ''}|${p.individuals ?? ''}`;
      let a = merged.get(k);
      if (!a) merged.set(k, (a = { type: type.type, issuer, collectives: p.collectives, individuals: p.individuals, mentions: [], foundBy: [] }));
      if (!a.mentions.some((m) => m.start === start)) a.mentions.push({ start, end, text: text.slice(start, end) });
      const how: Provenance = { rule, match: 'alias' };
      if (!a.foundBy.some((f) => f.rule === how.rule)) a.foundBy.push(how);
    }
  };
  for (const g of groups) {
    const s = sentenceOf(g.start, g.end);
    const t = frameOf(lower, g, typesOf(s), s);
    if (t) add(t, Math.min(t.start, g.start), Math.max(t.end, g.end), g.pairs, awardCount.id, s.start);
    const cash = t ? null : cashReward(lower, g, s);
    if (cash) add(cash, Math.min(cash.start, g.start), Math.max(cash.end, g.end), g.pairs, awardCash.id, s.start);
  }
  // Awards counted themselves: only sentences that name a type at all.
  for (const s of view.sentences) {
    for (const t of typesOf(s)) {
      const c = countedType(view, t, groups, s);
      if (!c) continue;
      add(t, c.start, t.end, [c.kind === 'collective' ? { collectives: c.value, individuals: null } : { collectives: null, individuals: c.value }], awardTypeCount.id, s.start);
    }
  }
  return [...merged.values()].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

function extractEnglish(view: ArticleView, provinces: ProvinceResult): EnglishResult {
  view.warn({
    code: 'english-partial',
    message: 'English text: officials, provinces, clusters, periods and award counts are read; single dates are not',
    start: null,
    end: null,
  });
  return {
    officials: readOfficials(view, provinces),
    clusters: readClusterEntities(view, provinces),
    periods: readPeriods(view),
    awards: readAwards(view),
  };
}

export const english: Recogniser<EnglishResult> = {
  id: 'english',
  needs: ['provinces'],
  languages: ['eng'],
  rules: englishRules,
  run: (view, deps) => extractEnglish(view, deps.provinces as ProvinceResult),
  entities: (out) => ({ officials: out.officials, clusters: out.clusters, periods: out.periods, awards: out.awards }),
};

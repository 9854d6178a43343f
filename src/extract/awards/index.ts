/**
 * Awards with a stated count of recipients (GOLD: only counted awards count). The rules
 * run in order, one per file under `awards/`: find the counts and group them, find the
 * type each group receives (active or passive frame), rule out proposals, sanctions,
 * findings, prizes and gifts, find the issuer, then merge identical entries.
 *
 * Awards named without a count ("trao tặng Bằng khen cho các tập thể, cá nhân") are not
 * output: the scorer ignores them and a record of them would say nothing countable.
 */
import type { ArticleView } from '../article-view.js';
import type { Recogniser, RuleInfo } from '../rule.js';
import type { Award, Mention, Provenance } from '../../record/schema.js';
import { sentenceAround } from '../periods/pattern-tools.js';
import { findCountGroups, type CountGroup } from './find-counts.js';
import { frameOf, typesIn, type TypeHit } from './find-types.js';
import { findIssuer } from './find-issuer.js';
import { contestReason, notAwardReason } from './reject-non-awards.js';
import { RECIPIENT_HINT_RE } from './patterns.js';
import { AWARD_TYPES } from '../../data/awards.js';

const DATA = 'src/data/awards.ts';

/** Registry entries for the README rules table, in the order the rules run. */
export const awardRules: RuleInfo[] = [
  { id: 'award/count', entity: 'awards', description: 'Counts of collectives and individuals, in digits or words, grouped when adjacent', example: '38 tập thể, 96 cá nhân', data: DATA },
  { id: 'award/type-before', entity: 'awards', description: 'The nearest award type before the counts in the sentence', example: 'trao tặng Giấy khen cho 38 tập thể, 96 cá nhân', data: DATA },
  { id: 'award/type-after', entity: 'awards', description: 'Counts, then được/nhận/đạt, then the award type', example: '2 tập thể và 4 cá nhân được tặng thưởng Huân chương Chiến công', data: DATA },
  { id: 'award/not-award', entity: 'awards', description: 'Drops proposals, plans, sanctions, findings, prizes, contest prizes, gifts and scholarships, each for the counts of its own clause only', example: 'đề nghị Bộ trưởng tặng Bằng khen cho 3 tập thể', data: DATA },
  { id: 'award/issuer', entity: 'awards', description: 'The issuer from "của …", "thừa ủy quyền …" or the subject of the giving verb', example: 'Bằng khen của Bộ trưởng Bộ Công an', data: DATA },
];


/** Awards of one article: one entry per distinct (type, issuer, collectives, individuals), all mentions listed. */
export function extractAwards(ctx: ArticleView): Award[] {
  const lower = ctx.lower;
  // Cheap gate: every count names its recipients.
  if (!RECIPIENT_HINT_RE.test(lower)) return [];
  const groups = findCountGroups(lower);
  if (groups.length === 0) return [];
  const bySentence = new Map<number, TypeHit[]>();
  const merged = new Map<string, Award>();
  for (let gi = 0; gi < groups.length; gi++) {
    const group = groups[gi]!;
    const sentence = sentenceAround(ctx.sentences, group.start, group.end);
    let types = bySentence.get(sentence.start);
    if (!types) bySentence.set(sentence.start, (types = typesIn(lower, sentence.start, sentence.end).filter((t) => !overlapsGroup(groups, t))));
    if (types.length === 0) continue;
    const next = groups[gi + 1];
    const nextGroup = next !== undefined && next.start < sentence.end;
    const limit = nextGroup ? next.start : sentence.end;
    const frame = frameOf(lower, group, types, limit, nextGroup);
    if (!frame) continue;
    const { type } = frame;
    const active = frame.rule === 'award/type-before';
    const around = { countsEnd: group.end, sentenceStart: sentence.start, sentenceEnd: sentence.end };
    const reason = contestReason(type) ?? (active
      ? notAwardReason(lower, { from: type.start, to: group.start, anchor: group.start, ...around }, groups, types)
      : notAwardReason(lower, { from: group.start, to: type.end, anchor: type.start, ...around }, groups, types));
    if (reason !== null) continue;
    const issuer = findIssuer(lower, type, active ? sentence.start : group.end);
    const start = Math.min(type.start, group.start);
    const end = Math.max(type.end, group.end);
    const mention: Mention = { start, end, text: ctx.text.slice(start, end) };
    for (const pair of group.pairs) {
      const k = `${type.type}|${issuer ?? ''}|${pair.collectives ?? ''}|${pair.individuals ?? ''}`;
      let award = merged.get(k);
      if (!award) {
        award = { type: type.type, issuer, collectives: pair.collectives, individuals: pair.individuals, mentions: [], foundBy: [] };
        merged.set(k, award);
      }
      if (!award.mentions.some((m) => m.start === start && m.end === end)) award.mentions.push(mention);
      const how: Provenance[] = [{ rule: 'award/count', match: pair.words ? 'alias' : 'exact' }, { rule: frame.rule, match: type.alias ? 'alias' : 'exact' }];
      if (issuer !== null) how.push({ rule: 'award/issuer', match: 'exact' });
      for (const h of how) if (!award.foundBy.some((p) => p.rule === h.rule && p.match === h.match)) award.foundBy.push(h);
    }
  }
  return dropRepeats([...merged.values()]);
}

/** A type written over counts names the counted people, not their award: "10 chiến sĩ tiên tiến". */
function overlapsGroup(groups: readonly CountGroup[], t: TypeHit): boolean {
  return groups.some((g) => t.start < g.end && g.start < t.end);
}

/** Types that only name the act of awarding ("Khen thưởng"): they yield to a typed award with the same counts. */
const YIELDING_TYPES = new Set(AWARD_TYPES.filter((t) => t.yieldsToTyped === true).map((t) => t.canonical));

/** Refiner: drops a generic award that repeats the counts of a typed award of the same article. */
function dropRepeats(awards: Award[]): Award[] {
  if (!awards.some((a) => YIELDING_TYPES.has(a.type))) return awards;
  const typed = new Set(awards.filter((a) => !YIELDING_TYPES.has(a.type)).map((a) => `${a.collectives}|${a.individuals}`));
  return awards.filter((a) => !YIELDING_TYPES.has(a.type) || !typed.has(`${a.collectives}|${a.individuals}`));
}

export const awards: Recogniser<Award[]> = {
  id: 'awards',
  needs: [],
  languages: ['vie'],
  rules: awardRules,
  run: (view) => extractAwards(view),
  entities: (out) => ({ awards: out }),
};

/**
 * Awards with a stated count of recipients (GOLD: only counted awards count). The rules run
 * in order, one per file under `rules/`: find the counts and group them (`award/count`), find
 * the type each group receives (`award/type-before`, then `award/type-after`), veto proposals,
 * sanctions, findings, prizes and gifts (`award/not-award`), find the issuer (`award/issuer`),
 * then merge identical entries and let a generic award yield to a typed one
 * (`award/yield-to-typed`).
 *
 * Awards named without a count ("trao tặng Bằng khen cho các tập thể, cá nhân") are not
 * output: the scorer ignores them and a record of them would say nothing countable.
 */
import type { Award, Mention, Provenance } from '../../record/schema.js';
import type { ArticleView } from '../article-view.js';
import type { Recogniser, RuleInfo } from '../rule.js';
import { traceVeto } from '../rule.js';
import { sentenceAround } from '../pattern-tools.js';
import { RECIPIENT_HINT_RE } from './patterns.js';
import { overlapsAny } from './spans.js';
import { checkMatches } from '../limits.js';
import { typesIn, type TypeHit } from './types.js';
import { count, findCountGroups, type CountGroup } from './rules/count.js';
import { governs, givenWithCho, nearestBefore, typeBefore } from './rules/type-before.js';
import { passiveType, typeAfter } from './rules/type-after.js';
import { contestReason, notAward, notAwardReason } from './rules/not-award.js';
import { findIssuer, issuer } from './rules/issuer.js';
import { dropRepeats, yieldToTyped } from './rules/yield-to-typed.js';

/** Registry entries for the README rules table, in the order the rules run. */
export const awardRules: readonly RuleInfo[] = [count, typeBefore, typeAfter, notAward, issuer, yieldToTyped];

/** The type a group of counts receives and the rule that found it (active "cho" first, then passive, then active). */
function frameOf(lower: string, group: CountGroup, types: readonly TypeHit[], limit: number, nextGroup: boolean): { rule: string; type: TypeHit } | null {
  const before = nearestBefore(lower, group, types);
  if (givenWithCho(before)) return { rule: typeBefore.id, type: before!.type };
  const after = passiveType(lower, group, types, limit, nextGroup);
  if (after) return { rule: typeAfter.id, type: after };
  return governs(before) ? { rule: typeBefore.id, type: before!.type } : null;
}

/** A type written over counts names the counted people, not their award: "10 chiến sĩ tiên tiến". */
function overlapsGroup(groups: readonly CountGroup[], t: TypeHit): boolean {
  return overlapsAny(groups, t.start, t.end);
}

/** Awards of one article: one entry per distinct (type, issuer, collectives, individuals), all mentions listed. */
function read(view: ArticleView): Award[] {
  const lower = view.lower;
  // Cheap gate: every count names its recipients.
  if (!RECIPIENT_HINT_RE.test(lower)) return [];
  const groups = findCountGroups(lower);
  if (groups.length === 0) return [];
  checkMatches(count.id, groups.length);
  const bySentence = new Map<number, TypeHit[]>();
  const merged = new Map<string, Award>();
  for (let gi = 0; gi < groups.length; gi++) {
    const group = groups[gi]!;
    const sentence = sentenceAround(view.sentences, group.start, group.end);
    let types = bySentence.get(sentence.start);
    if (!types) bySentence.set(sentence.start, (types = typesIn(lower, sentence.start, sentence.end).filter((t) => !overlapsGroup(groups, t))));
    if (types.length === 0) continue;
    const next = groups[gi + 1];
    const nextGroup = next !== undefined && next.start < sentence.end;
    const frame = frameOf(lower, group, types, nextGroup ? next.start : sentence.end, nextGroup);
    if (!frame) continue;
    const { type } = frame;
    const active = frame.rule === typeBefore.id;
    const around = { countsEnd: group.end, sentenceStart: sentence.start, sentenceEnd: sentence.end };
    const reason = contestReason(type) ?? (active
      ? notAwardReason(lower, { from: type.start, to: group.start, anchor: group.start, ...around }, groups, types)
      : notAwardReason(lower, { from: group.start, to: type.end, anchor: type.start, ...around }, groups, types));
    const start = Math.min(type.start, group.start);
    const end = Math.max(type.end, group.end);
    if (reason !== null) {
      traceVeto(view, { rule: notAward.id, reason: `${reason}: not an award` }, start, end);
      continue;
    }
    const who = findIssuer(lower, type, active ? sentence.start : group.end);
    const mention: Mention = { start, end, text: view.text.slice(start, end) };
    for (const pair of group.pairs) {
      const k = `${type.type}|${who ?? ''}|${pair.collectives ?? ''}|${pair.individuals ?? ''}`;
      let award = merged.get(k);
      if (!award) merged.set(k, (award = { type: type.type, issuer: who, collectives: pair.collectives, individuals: pair.individuals, mentions: [], foundBy: [] }));
      if (!award.mentions.some((m) => m.start === start && m.end === end)) {
        checkMatches(type.type, award.mentions.length);
        award.mentions.push(mention);
      }
      const how: Provenance[] = [{ rule: count.id, match: pair.words ? 'alias' : 'exact' }, { rule: frame.rule, match: type.alias ? 'alias' : 'exact' }];
      if (who !== null) how.push({ rule: issuer.id, match: 'exact' });
      for (const h of how) if (!award.foundBy.some((p) => p.rule === h.rule && p.match === h.match)) award.foundBy.push(h);
    }
  }
  const { kept, dropped } = dropRepeats([...merged.values()]);
  for (const a of dropped) for (const m of a.mentions) traceVeto(view, { rule: yieldToTyped.id, reason: `"${a.type}" repeats a typed award with the same counts` }, m.start, m.end);
  return kept;
}

export const awards: Recogniser<Award[]> = {
  id: 'awards',
  needs: [],
  languages: ['vie'],
  rules: awardRules,
  run: (view) => read(view),
  entities: (out) => ({ awards: out }),
};

/**
 * Awards with a stated count of recipients (GOLD: only counted awards count). The rules run
 * in order, one per file under `rules/`: find the counts and group them (`award/count`; groups
 * counted by other nouns, "3 tài xế", only where `award/other-recipient` allows), find the type
 * each group receives (`award/type-before`, then `award/type-after`, a praise verb that only
 * gives the next type yielding to it, `award/verb-of-title`; a cash reward with no type,
 * `award/cash`), read awards counted themselves (`award/type-count`: "tặng 8 cờ thi đua cho …"),
 * veto proposals, sanctions, findings, revocations, prizes and gifts (`award/not-award`), find
 * the issuer (`award/issuer`), then merge identical entries and let a generic award yield to a
 * typed one (`award/yield-to-typed`).
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
import { otherRecipient, otherRecipientReceives } from './rules/other-recipient.js';
import { governs, givenWithCho, nearestBefore, typeBefore } from './rules/type-before.js';
import { passiveType, typeAfter } from './rules/type-after.js';
import { verbOfTitle } from './rules/verb-of-title.js';
import { heldTitle, titleHolders } from './rules/title-holders.js';
import { cash, cashType } from './rules/cash.js';
import { findTypeCounts, typeCount } from './rules/type-count.js';
import { contestReason, notAward, notAwardReason } from './rules/not-award.js';
import { findIssuer, issuer } from './rules/issuer.js';
import { dropRepeats, yieldToTyped } from './rules/yield-to-typed.js';

/** Registry entries for the README rules table, in the order the rules run. */
export const awardRules: readonly RuleInfo[] = [count, otherRecipient, typeBefore, typeAfter, verbOfTitle, titleHolders, cash, typeCount, notAward, issuer, yieldToTyped];

/**
 * The type a group of counts receives and the rule that found it (active "cho" first, then
 * passive, then a title its counted noun holds, then a cash reward, then active); `to`: where
 * the words framing it end, when past the type and the counts.
 */
function frameOf(
  lower: string,
  group: CountGroup,
  types: readonly TypeHit[],
  written: readonly TypeHit[],
  limit: number,
  nextGroup: boolean,
  sentence: { start: number; end: number },
): { rule: string; type: TypeHit; active: boolean; to?: number } | null {
  const before = nearestBefore(lower, group, types);
  if (givenWithCho(before)) return { rule: typeBefore.id, type: before!.type, active: true };
  const after = passiveType(lower, group, types, limit, nextGroup);
  if (after) return { rule: typeAfter.id, type: after, active: false };
  const held = heldTitle(lower, group, written, sentence.end);
  if (held) return { rule: titleHolders.id, type: held.type, active: false, to: held.end };
  const money = cashType(lower, group, sentence);
  if (money) return { rule: cash.id, ...money };
  return governs(before) ? { rule: typeBefore.id, type: before!.type, active: true } : null;
}

/** A type written over counts names the counted people, not their award: "10 chiến sĩ tiên tiến". */
function overlapsGroup(groups: readonly CountGroup[], t: TypeHit): boolean {
  return overlapsAny(groups, t.start, t.end);
}

/** One award read: its type and where, the counts, the rules that read it. */
interface Reading {
  type: TypeHit;
  start: number;
  end: number;
  pairs: CountGroup['pairs'];
  /** The rules that read it, after `award/count` when it was read from a count group. */
  foundBy: Provenance[];
  counted: boolean;
  who: string | null;
}

/** Awards of one article: one entry per distinct (type, issuer, collectives, individuals), all mentions listed. */
function read(view: ArticleView): Award[] {
  const lower = view.lower;
  // Cheap gate: every count names its recipients, or counts an award handed over.
  const groups = RECIPIENT_HINT_RE.test(lower) ? findCountGroups(lower) : [];
  checkMatches(count.id, groups.length);
  // The types written in a sentence, and those not written over counts.
  const written = new Map<number, TypeHit[]>();
  const bySentence = new Map<number, TypeHit[]>();
  const writtenIn = (sentence: { start: number; end: number }): TypeHit[] => {
    let types = written.get(sentence.start);
    if (!types) written.set(sentence.start, (types = typesIn(lower, sentence.start, sentence.end)));
    return types;
  };
  const typesOf = (sentence: { start: number; end: number }): TypeHit[] => {
    let types = bySentence.get(sentence.start);
    if (!types) bySentence.set(sentence.start, (types = writtenIn(sentence).filter((t) => !overlapsGroup(groups, t))));
    return types;
  };
  const readings: Reading[] = [];
  for (let gi = 0; gi < groups.length; gi++) {
    const group = groups[gi]!;
    const sentence = sentenceAround(view.sentences, group.start, group.end);
    const types = typesOf(sentence);
    const next = groups[gi + 1];
    const nextGroup = next !== undefined && next.start < sentence.end;
    const frame = frameOf(lower, group, types, writtenIn(sentence), nextGroup ? next.start : sentence.end, nextGroup, sentence);
    if (!frame) continue;
    const { type, active } = frame;
    if (group.other && !otherRecipientReceives(lower, group, type, active, sentence.start)) continue;
    const around = { countsStart: group.start, countsEnd: group.end, typeStart: type.start, sentenceStart: sentence.start, sentenceEnd: sentence.end };
    const reason = contestReason(type) ?? (active
      ? notAwardReason(lower, { from: type.start, to: group.start, anchor: group.start, passive: false, ...around }, groups, types)
      : notAwardReason(lower, { from: group.start, to: frame.to ?? type.end, anchor: type.start, passive: true, ...around }, groups, types));
    const start = Math.min(type.start, group.start);
    const end = Math.max(type.end, group.end, frame.to ?? 0);
    if (reason !== null) {
      traceVeto(view, { rule: notAward.id, reason: `${reason}: not an award` }, start, end);
      continue;
    }
    const foundBy: Provenance[] = [
      ...(group.other ? [{ rule: otherRecipient.id, match: 'alias' } as Provenance] : []),
      { rule: frame.rule, match: type.alias ? 'alias' : 'exact' },
    ];
    readings.push({ type, start, end, pairs: group.pairs, foundBy, counted: true, who: findIssuer(lower, type, active ? sentence.start : group.end) });
  }
  // The award itself counted: "tặng 8 cờ thi đua cho các đơn vị".
  const typeCounts = findTypeCounts(lower, groups, (pos) => {
    const sentence = sentenceAround(view.sentences, pos, pos + 1);
    return { types: typesOf(sentence), ...sentence };
  });
  checkMatches(typeCount.id, typeCounts.length);
  for (const tc of typeCounts) {
    const sentence = sentenceAround(view.sentences, tc.start, tc.end);
    const types = typesOf(sentence);
    const around = { countsStart: tc.start, countsEnd: tc.end, typeStart: tc.type.start, sentenceStart: sentence.start, sentenceEnd: sentence.end };
    const reason = contestReason(tc.type) ?? notAwardReason(lower, { from: tc.start, to: tc.end, anchor: tc.start, passive: false, ...around }, groups, types);
    if (reason !== null) {
      traceVeto(view, { rule: notAward.id, reason: `${reason}: not an award` }, tc.start, tc.end);
      continue;
    }
    const pair = tc.kind === 'collective'
      ? { collectives: tc.value, individuals: null, words: tc.words }
      : { collectives: null, individuals: tc.value, words: tc.words };
    const foundBy: Provenance[] = [{ rule: typeCount.id, match: tc.words || tc.type.alias ? 'alias' : 'exact' }];
    readings.push({ type: tc.type, start: tc.start, end: tc.end, pairs: [pair], foundBy, counted: false, who: findIssuer(lower, tc.type, sentence.start) });
  }
  readings.sort((a, b) => a.start - b.start);
  const merged = new Map<string, Award>();
  for (const r of readings) {
    const { type, start, end, who } = r;
    const mention: Mention = { start, end, text: view.text.slice(start, end) };
    for (const pair of r.pairs) {
      const k = `${type.type}|${who ?? ''}|${pair.collectives ?? ''}|${pair.individuals ?? ''}`;
      let award = merged.get(k);
      if (!award) merged.set(k, (award = { type: type.type, issuer: who, collectives: pair.collectives, individuals: pair.individuals, mentions: [], foundBy: [] }));
      if (!award.mentions.some((m) => m.start === start && m.end === end)) {
        checkMatches(type.type, award.mentions.length);
        award.mentions.push(mention);
      }
      const how: Provenance[] = [...(r.counted ? [{ rule: count.id, match: pair.words ? 'alias' : 'exact' } as Provenance] : []), ...r.foundBy];
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

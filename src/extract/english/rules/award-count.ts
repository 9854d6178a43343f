/**
 * Rule `english/award-count`: awards with counted recipients in English, the type mapped to the
 * canonical Vietnamese type (src/data/english-awards.ts): "presented certificates of merit to 15
 * collectives and 42 individuals" (the type before, "to" before the counts), "15 collectives and
 * 42 individuals were awarded certificates of merit" / "… received emulation flags" (the counts
 * as the subject), "awarded 15 collectives certificates of merit" / "presented 15 collectives
 * with …" (two objects), "commended 12 collectives", "58 individuals were honoured" (a verb that
 * is the award). The issuer is read from "from/of the Prime Minister" after the type or "the
 * Prime Minister's" before it.
 */
import type { ArticleView } from '../../article-view.js';
import type { RuleInfo } from '../../rule.js';
import { readEnglishNumber } from '../numbers.js';
import {
  DOUBLE_OBJECT_GAP_RE,
  GIVING_BEFORE_RE,
  GROUP_GAP_RE,
  ISSUER_AFTER_RE,
  ISSUER_BEFORE_RE,
  issuerOf,
  PASSIVE_AFTER_RE,
  PASSIVE_TYPE_GAP_RE,
  PASSIVE_VERB_RE,
  RECIPIENT_COUNT_RE,
  RECIPIENT_KIND,
  TO_BEFORE_RE,
  TYPE_RE,
  typeOf,
  VERB_OBJECT_GAP_RE,
} from '../patterns.js';

export const awardCount: RuleInfo = {
  id: 'english/award-count',
  entity: 'awards',
  description: 'Counted recipients of an award named in English: "… to 15 collectives", "15 collectives were awarded …", "commended 12 collectives"; the type as its Vietnamese canonical form',
  example: 'certificates of merit to 15 collectives and 42 individuals → Bằng khen',
  data: 'src/data/english-awards.ts',
};

/** An award type written in a sentence. */
export interface EnglishTypeHit {
  start: number;
  end: number;
  type: string;
  /** The type is a verb ("commended"). */
  verb: boolean;
  recipient?: 'collective' | 'individual';
}

/** Counts of recipients read together: "15 collectives and 42 individuals". */
export interface EnglishGroup {
  start: number;
  end: number;
  pairs: Array<{ collectives: number | null; individuals: number | null }>;
}

/** The award types of [from, to) of the lower-cased text. */
export function typesIn(lower: string, from: number, to: number): EnglishTypeHit[] {
  const out: EnglishTypeHit[] = [];
  const slice = lower.slice(from, to);
  TYPE_RE.lastIndex = 0;
  for (let m = TYPE_RE.exec(slice); m; m = TYPE_RE.exec(slice)) {
    const t = typeOf(m.groups!);
    if (t) out.push({ start: from + m.index, end: from + m.index + m[0].length, ...t });
  }
  return out;
}

/** Every group of counted recipients of the text, in order. */
export function groupsIn(view: ArticleView): EnglishGroup[] {
  const { lower } = view;
  const counts: Array<{ start: number; end: number; kind: 'collective' | 'individual'; value: number }> = [];
  RECIPIENT_COUNT_RE.lastIndex = 0;
  for (let m = RECIPIENT_COUNT_RE.exec(lower); m; m = RECIPIENT_COUNT_RE.exec(lower)) {
    const kind = RECIPIENT_KIND.get(m.groups!.who!.replace(/\s+/g, ' '));
    const value = readEnglishNumber(view, m.groups!.n!);
    if (kind && value !== null) counts.push({ start: m.index, end: m.index + m[0].length, kind, value });
  }
  const groups: EnglishGroup[] = [];
  for (const c of counts) {
    const last = groups[groups.length - 1];
    const pair = c.kind === 'collective' ? 'collectives' : 'individuals';
    if (last && GROUP_GAP_RE.test(lower.slice(last.end, c.start))) {
      const p = last.pairs[last.pairs.length - 1]!;
      if (p[pair] === null) p[pair] = c.value;
      else last.pairs.push({ collectives: null, individuals: null, [pair]: c.value });
      last.end = c.end;
    } else {
      groups.push({ start: c.start, end: c.end, pairs: [{ collectives: null, individuals: null, [pair]: c.value }] });
    }
  }
  return groups;
}

/** The type a group receives in its sentence, and whether the type stands before the counts. */
export function frameOf(lower: string, g: EnglishGroup, types: readonly EnglishTypeHit[], sentence: { start: number; end: number }): EnglishTypeHit | null {
  const before = [...types].reverse().find((t) => t.end <= g.start);
  const after = types.find((t) => t.start >= g.end);
  // "certificates of merit … to 15 collectives"
  if (before && !before.verb && TO_BEFORE_RE.test(lower.slice(before.end, g.start))) return before;
  // "commended 12 collectives"
  if (before && before.verb && VERB_OBJECT_GAP_RE.test(lower.slice(before.end, g.start))) return before;
  const tail = lower.slice(g.end, sentence.end);
  if (after) {
    // "15 collectives were awarded certificates of merit", "… received emulation flags"
    const passive = PASSIVE_AFTER_RE.exec(tail);
    if (passive && PASSIVE_TYPE_GAP_RE.test(lower.slice(g.end + passive[0].length, after.start))) return after;
    // "58 individuals were honoured", and "… were honoured with certificates of merit" gives the certificates
    const aux = PASSIVE_VERB_RE.exec(tail);
    if (aux && after.verb && g.end + aux[0].length === after.start) {
      const next = types.find((t) => t.start >= after.end);
      if (next && !next.verb && /^\s+(?:with|the|title|of|\s)*$/u.test(lower.slice(after.end, next.start))) return next;
      return after;
    }
    // "awarded 15 collectives certificates of merit", "presented 15 collectives with …"
    if (!after.verb && GIVING_BEFORE_RE.test(lower.slice(Math.max(sentence.start, g.start - 40), g.start)) && DOUBLE_OBJECT_GAP_RE.test(lower.slice(g.end, after.start))) return after;
  }
  return null;
}

/** The issuer of a type: "… from the Prime Minister", "the Prime Minister's …". */
export function issuerFor(lower: string, t: EnglishTypeHit): string | null {
  const after = ISSUER_AFTER_RE.exec(lower.slice(t.end, t.end + 60));
  if (after) return issuerOf(after.groups!.who!);
  const before = ISSUER_BEFORE_RE.exec(lower.slice(Math.max(0, t.start - 50), t.start));
  return before ? issuerOf(before.groups!.who!) : null;
}

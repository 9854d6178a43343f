/**
 * Rule `award/count`: counts of recipients ("38 tập thể", "05 cá nhân", "1.750 lượt tập
 * thể", "hai đơn vị") and the groups they form ("38 tập thể, 96 cá nhân"). A group gives
 * one (collectives, individuals) pair per award; a kind that repeats starts a new pair, so
 * two counts for one award type become two entries (GOLD).
 */
import type { RuleInfo } from '../../rule.js';
import { INSTANCE_WORDS } from '../../../data/awards.js';
import { isNumberWord } from '../../../text/number-words.js';
import { key, lookBack, previousWord, readCount, startsWord } from '../../pattern-tools.js';
import { COMBINED_AFTER_RE, COUNT_BEFORE_RE, GROUP_GAP_RE, RECIPIENT_BY_ALIAS, RECIPIENT_RE, TITLE_AFTER_RE } from '../patterns.js';

export const count: RuleInfo = {
  id: 'award/count',
  entity: 'awards',
  description: 'Counts of collectives and individuals, in digits or words, grouped when adjacent',
  example: '38 tập thể, 96 cá nhân',
  data: 'src/data/awards.ts',
};

export interface Count {
  start: number;
  end: number;
  kind: 'collective' | 'individual';
  value: number;
  /** Written in words ("hai tập thể") rather than digits. */
  words: boolean;
  /** Counted by another noun than tập thể, cá nhân and their kin ("3 tài xế"): see `award/other-recipient`. */
  other: boolean;
}

/** Adjacent counts read together, and the (collectives, individuals) pairs they give. */
export interface CountGroup {
  start: number;
  end: number;
  pairs: Array<{ collectives: number | null; individuals: number | null; words: boolean }>;
  /** Every count of the group is counted by another noun ("3 tài xế"): read only where `award/other-recipient` allows. */
  other: boolean;
}

function findCounts(lower: string): Count[] {
  const out: Count[] = [];
  RECIPIENT_RE.lastIndex = 0;
  for (let m = RECIPIENT_RE.exec(lower); m; m = RECIPIENT_RE.exec(lower)) {
    if (!startsWord(lower, m.index)) {
      RECIPIENT_RE.lastIndex = m.index + 1;
      continue;
    }
    const recipient = RECIPIENT_BY_ALIAS.get(key(m.groups!.who!));
    const kind = recipient?.kind;
    // Cheap gate before the look-back: most "đơn vị", "cán bộ" follow no number at all.
    let prev = previousWord(lower, m.index);
    if (INSTANCE_WORDS.includes(prev.word)) prev = previousWord(lower, prev.start);
    if (!/^\d[\d.]*$/.test(prev.word) && !isNumberWord(prev.word)) continue;
    const before = kind && lookBack(lower, m.index, COUNT_BEFORE_RE);
    const count = before && readCount(before.groups.n!);
    if (!kind || !before || !count) continue;
    const end = m.index + m[0].length;
    // "6.500 lượt tập thể, cá nhân": one number for both kinds is no count of either.
    if (kind === 'collective' && COMBINED_AFTER_RE.test(lower.slice(end, end + 24)) && !TITLE_AFTER_RE.test(lower.slice(end, end + 64))) continue;
    const start = before.groups.approx !== undefined ? before.start : before.start + count.offset;
    out.push({ start, end, kind, value: count.value, words: count.words, other: recipient!.other });
  }
  return out;
}

/** Every group of counts in the text, in order. */
export function findCountGroups(lower: string): CountGroup[] {
  const groups: CountGroup[] = [];
  let current: Count[] = [];
  const flush = (): void => {
    if (current.length === 0) return;
    const pairs: CountGroup['pairs'] = [];
    let pair: CountGroup['pairs'][number] | null = null;
    for (const c of current) {
      const field = c.kind === 'collective' ? 'collectives' : 'individuals';
      if (!pair || pair[field] !== null) pairs.push((pair = { collectives: null, individuals: null, words: false }));
      pair[field] = c.value;
      pair.words ||= c.words;
    }
    groups.push({ start: current[0]!.start, end: current[current.length - 1]!.end, pairs, other: current.every((c) => c.other) });
    current = [];
  };
  for (const c of findCounts(lower)) {
    const prev = current[current.length - 1];
    if (prev && !GROUP_GAP_RE.test(lower.slice(prev.end, c.start))) flush();
    current.push(c);
  }
  flush();
  return groups;
}

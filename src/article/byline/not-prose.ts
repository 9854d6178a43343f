/**
 * Veto `byline/not-prose`: a glued byline is read only at the end of prose. A paragraph with
 * fewer than three lower-case words before the tail is a heading, a caption or a list of names
 * ("NGHỆ AN. HÀ TĨNH. QUẢNG BÌNH"), and its last capitalised words are not a byline.
 */
import type { BylineRuleInfo, BylineVeto } from './rule.js';
import type { GluedReading } from './reading.js';

const info: BylineRuleInfo = {
  id: 'byline/not-prose',
  entity: 'authors',
  description: 'No glued byline at the end of a paragraph that is not prose (fewer than three lower-case words before it)',
  example: 'CÔNG AN TỈNH. Hải Yến (a heading, not read)',
  kind: 'veto',
};

const MIN_LOWER_WORDS = 3;

function check(r: GluedReading): BylineVeto | null {
  // counted until there are enough (a long paragraph need not be read to its start)
  const words = /(?<![\p{L}\p{M}\p{N}])\p{Ll}[\p{L}\p{M}]*/gu;
  let lower = 0;
  while (lower < MIN_LOWER_WORDS && words.exec(r.head)) lower++;
  return lower >= MIN_LOWER_WORDS ? null : { rule: info.id, reason: 'the paragraph before it is not prose: its last capitalised words are no byline' };
}

export const notProse = { info, check };

/**
 * Refiner `english/period-overlap`: of overlapping period candidates the longest wins ("from
 * January to June 2023" holds no other span), then the rule listed first; one entry per distinct
 * (first day, last day), its mentions in text order.
 */
import type { Mention, Period, Provenance } from '../../../record/schema.js';
import type { ArticleView } from '../../article-view.js';
import type { RuleInfo } from '../../rule.js';
import { traceVeto } from '../../rule.js';
import type { PeriodCandidate } from '../period-rule.js';

export const periodOverlap: RuleInfo = {
  id: 'english/period-overlap',
  entity: 'periods',
  description: 'Of overlapping period candidates the longest wins; one entry per distinct span',
  example: 'from January to June 2023 (one period)',
  kind: 'refine',
};

/** The periods of the candidates (given in rule order), overlaps resolved and repeats merged. */
export function resolvePeriods(view: ArticleView, candidates: readonly PeriodCandidate[]): Period[] {
  const order = candidates.map((c, i) => ({ c, i })).sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  const kept: PeriodCandidate[] = [];
  for (const { c } of order) {
    const over = kept.find((k) => k.start < c.end && c.start < k.end);
    if (over) traceVeto(view, { rule: periodOverlap.id, reason: `inside the longer "${view.text.slice(over.start, over.end)}"` }, c.start, c.end);
    else kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  const periods = new Map<string, Period>();
  for (const c of kept) {
    const mention: Mention = { start: c.start, end: c.end, text: view.text.slice(c.start, c.end) };
    const k = `${c.from}|${c.to}`;
    let p = periods.get(k);
    if (!p) periods.set(k, (p = { text: mention.text, start: c.from, end: c.to, mentions: [], foundBy: [] }));
    p.mentions.push(mention);
    const how: Provenance = { rule: c.rule, match: c.match };
    if (!p.foundBy.some((f) => f.rule === how.rule && f.match === how.match)) p.foundBy.push(how);
  }
  return [...periods.values()];
}

/**
 * Refiner `cluster/members-bound`: a member list after an unnumbered "Cụm" / "Cụm thi đua"
 * ("… Cụm thi đua số 9 tổ chức hội nghị. Dự có lãnh đạo Công an 8 tỉnh trong Cụm gồm: Sóc
 * Trăng, …") is bound to the article's one numbered cluster. When the article names two or
 * more numbers it is ambiguous, and the list is bound only if exactly one number was named in
 * the same sentence (before the "Cụm") or the sentence before; otherwise to none.
 */
import type { ArticleView } from '../../article-view.js';
import type { RuleInfo } from '../../rule.js';
import type { Group } from '../read-numbers.js';

export const membersBound: RuleInfo = {
  id: 'cluster/members-bound',
  entity: 'clusters',
  description: 'Members listed after an unnumbered "Cụm" / "Cụm thi đua", bound to the one cluster of the article (or the only one named in that or the previous sentence)',
  example: 'Cụm thi đua số 9 họp. … trong Cụm gồm: Sóc Trăng, Cà Mau …',
  data: 'src/data/clusters.ts (reference/clusters.md)',
  kind: 'refine',
};

/**
 * The cluster an unnumbered "Cụm" at `pos` refers to: the article's only number, or, when it
 * names several, the only number named between the start of the previous sentence and `pos`.
 */
export function boundNumber(ctx: ArticleView, groups: Group[], pos: number): number | null {
  const all = new Set(groups.flatMap((g) => g.numbers.map((n) => n.num.value)));
  if (all.size === 1) return [...all][0]!;
  if (all.size === 0) return null;
  const k = ctx.sentences.findIndex((s) => s.start <= pos && pos < s.end);
  const from = k > 0 ? ctx.sentences[k - 1]!.start : k === 0 ? ctx.sentences[0]!.start : pos;
  const near = new Set(groups.flatMap((g) => g.numbers.filter((n) => n.start >= from && n.start < pos).map((n) => n.num.value)));
  return near.size === 1 ? [...near][0]! : null;
}


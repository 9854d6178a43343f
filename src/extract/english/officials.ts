/**
 * The officials of an English article as the officials rules find them: one entry per name
 * (lower-cased), every mention, rank, positions and the rules that read it; the province an
 * official's positions name ("director of the Nghe An police department") is added at the end.
 */
import type { Official, Provenance } from '../../record/schema.js';
import type { ArticleView } from '../article-view.js';
import { NOT_OFFICIALS } from '../../data/english-titles.js';
import { nameOn } from '../../data/provinces.js';
import type { ProvinceResult } from '../provinces/index.js';
import { POSSESSIVE, type Term } from './terms.js';

const NOT_OFFICIAL = new Set(NOT_OFFICIALS.map((n) => n.toLowerCase()));

export class OfficialsFound {
  private readonly byName = new Map<string, Official>();
  constructor(private readonly text: string) {}

  /** Records the name spanning terms [name.from, name.to] with what was read around it. */
  record(terms: Term[], name: { from: number; to: number }, rank: string | null, positions: string[], rule: string, match: Provenance['match']): void {
    const start = terms[name.from]!.start;
    const joined = terms.slice(name.from, name.to + 1).map((t) => t.text).join(' ');
    const nameText = joined.replace(POSSESSIVE, '');
    const key = nameText.toLowerCase();
    if (NOT_OFFICIAL.has(key)) return;
    const end = terms[name.to]!.end - (joined.length - nameText.length);
    let o = this.byName.get(key);
    if (!o) this.byName.set(key, (o = { name: nameText, rank: null, honorific: null, positions: [], province: null, mentions: [], foundBy: [] }));
    if (!o.mentions.some((m) => m.start === start)) o.mentions.push({ start, end, text: this.text.slice(start, end) });
    if (rank && !o.rank) o.rank = rank;
    for (const p of positions) if (!o.positions.includes(p)) o.positions.push(p);
    if (!o.foundBy.some((f) => f.rule === rule)) o.foundBy.push({ rule, match });
  }

  /** The text of terms [span.from, span.to]. */
  slice(terms: Term[], span: { from: number; to: number }): string {
    return this.text.slice(terms[span.from]!.start, terms[span.to]!.end);
  }

  /** The officials, each with the province its positions name. */
  list(view: ArticleView, provinces: ProvinceResult): Official[] {
    const list = [...this.byName.values()];
    for (const o of list) {
      for (const pos of o.positions) {
        const at = this.text.indexOf(pos);
        if (at < 0) continue;
        const m = provinces.within(at, at + pos.length)[0];
        if (m) {
          o.province = nameOn(m.unit, view.publishedAt, m.renamed);
          break;
        }
      }
    }
    return list;
  }
}

/**
 * Rule `english/cluster`: emulation clusters by number: "emulation cluster No. 5", "Emulation
 * Clusters 6 and 7", "the No. 5 emulation cluster", "the fifth emulation cluster", Roman numerals
 * written in capitals ("Emulation Cluster III"). A bare "cluster No. 5" counts only in an article
 * that speaks of emulation (as the Vietnamese `cluster/short`): clusters of anything else are not
 * read. Numbers run from 1 to MAX_CLUSTER_NUMBER.
 */
import { MAX_CLUSTER_NUMBER } from '../../../data/clusters.js';
import { ENGLISH_EMULATION_WORD } from '../../../data/english-periods.js';
import type { ArticleView } from '../../article-view.js';
import type { RuleInfo } from '../../rule.js';
import { readEnglishNumber } from '../numbers.js';
import { CLUSTER_NUMBER_RE, CLUSTER_RE } from '../patterns.js';

export const cluster: RuleInfo = {
  id: 'english/cluster',
  entity: 'clusters',
  description: 'An emulation cluster by number, in digits, words or capital Roman numerals; a bare "cluster No. N" only in an article about emulation',
  example: 'emulation cluster No. 5; Emulation Clusters 6 and 7; the fifth emulation cluster',
  data: 'src/data/english-periods.ts, src/data/clusters.ts',
};

/** One cluster number as written, and where the whole phrase naming it ends. */
export interface ClusterNumber {
  value: number;
  start: number;
  end: number;
  /** The numbers named together with it (a list gives members to none of them). */
  listed: boolean;
  phraseEnd: number;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10 };

/** The value of a Roman numeral (lower case), or null when it is not well formed. */
function roman(s: string): number | null {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!;
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  const canonical = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];
  return canonical[total] === s ? total : null;
}

/** Every cluster number of the article, in text order. */
export function readClusters(view: ArticleView): ClusterNumber[] {
  const { lower, text } = view;
  const emulation = lower.includes(ENGLISH_EMULATION_WORD);
  const out: ClusterNumber[] = [];
  const ok = (n: number | null): n is number => n !== null && n >= 1 && n <= MAX_CLUSTER_NUMBER;
  CLUSTER_RE.lastIndex = 0;
  for (let m = CLUSTER_RE.exec(lower); m; m = CLUSTER_RE.exec(lower)) {
    const g = m.groups!;
    const end = m.index + m[0].length;
    if (g.nums !== undefined) {
      if (g.bare !== undefined && !emulation) continue;
      const base = end - g.nums.length;
      const found: ClusterNumber[] = [];
      CLUSTER_NUMBER_RE.lastIndex = 0;
      for (let n = CLUSTER_NUMBER_RE.exec(g.nums); n; n = CLUSTER_NUMBER_RE.exec(g.nums)) {
        const s = base + n.index;
        const raw = n.groups!.n!;
        // A Roman numeral is written in capitals ("Cluster III"), not "cluster i".
        const value = /\d/.test(raw) ? Number(raw) : text.slice(s, s + raw.length) === raw.toUpperCase() ? roman(raw) : null;
        if (ok(value)) found.push({ value, start: s, end: s + raw.length, listed: false, phraseEnd: end });
      }
      for (const f of found) out.push({ ...f, listed: found.length > 1 });
    } else {
      const value = g.pre !== undefined ? Number(g.pre) : readEnglishNumber(view, g.ord!);
      if (ok(value)) out.push({ value, start: m.index, end, listed: false, phraseEnd: end });
    }
  }
  return out;
}

/**
 * Rule `english/official-rank`: an English rank, possibly with a title, before a name ("Senior
 * Lieutenant General Nguyen Van Thanh", "Deputy Minister Senior Lieutenant General Le Quoc
 * Hung"); the rank becomes the Vietnamese canonical rank (Thượng tướng …), a title becomes a
 * position, and ", <position>" after the name is read too. A name after a title alone is
 * recorded under `english/official-title`.
 */
import type { RuleInfo } from '../../rule.js';
import type { OfficialsFound } from '../officials.js';
import { nameAt, phraseAt, positionAfter, type Term } from '../terms.js';
import { officialTitle } from './official-title.js';

export const officialRank: RuleInfo = {
  id: 'english/official-rank',
  entity: 'officials',
  description: 'English rank + name; rank mapped to the Vietnamese canonical rank',
  example: 'Senior Lieutenant General Nguyen Van Thanh → Thượng tướng',
  data: 'src/data/english-titles.ts, src/data/provinces.ts',
};

/** Names after a rank and/or a title, in every sentence. */
export function readTitledNames(sentences: Term[][], found: OfficialsFound): void {
  for (const terms of sentences) {
    for (let k = 0; k < terms.length; k++) {
      const positions: string[] = [];
      let rank: string | null = null;
      let j = k;
      for (let guard = 0; guard < 2; guard++) {
        const p = phraseAt(terms, j);
        if (!p) break;
        if (p.phrase.rank) rank = p.phrase.rank;
        else positions.push(found.slice(terms, { from: j, to: p.next - 1 }));
        j = p.next;
      }
      if (j === k) continue;
      const name = nameAt(terms, j);
      if (!name) continue;
      if (terms[name.to]!.post.includes(',')) {
        const pos = positionAfter(terms, name.to + 1);
        if (pos) positions.push(found.slice(terms, pos));
      }
      found.record(terms, name, rank, positions, rank ? officialRank.id : officialTitle.id, rank ? 'alias' : 'exact');
      k = name.to;
    }
  }
}

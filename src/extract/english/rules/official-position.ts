/**
 * Rule `english/official-position`: a person compromise names, with no rank or title before,
 * followed by a comma and a position ("Nguyen Huu Cau, director of the Nghe An police
 * department"); the position is kept as written.
 */
import type { RuleInfo } from '../../rule.js';
import type { OfficialsFound } from '../officials.js';
import { nameAt, phraseAt, positionAfter, type Reading } from '../terms.js';

export const officialPosition: RuleInfo = {
  id: 'english/official-position',
  entity: 'officials',
  description: 'Person followed by a comma and a position',
  example: 'Nguyen Huu Cau, director of the Nghe An police department',
  data: 'src/data/english-titles.ts, src/data/provinces.ts',
};

/** People with ", <position>" after them. */
export function readPositionedPeople(reading: Reading, found: OfficialsFound): void {
  for (const p of reading.people) {
    for (const terms of reading.sentences) {
      const from = terms.findIndex((t) => t.start === p.start);
      if (from < 0) continue;
      if (phraseAt(terms, from)) break;
      const name = nameAt(terms, from);
      if (!name || !terms[name.to]!.post.includes(',')) break;
      const pos = positionAfter(terms, name.to + 1);
      if (pos) found.record(terms, name, null, [found.slice(terms, pos)], officialPosition.id, 'exact');
      break;
    }
  }
}

/** The provinces entity type: a province-level unit named in the article (see the README's "The record"). */
import { z } from 'zod';
import { Mention, provenanceList } from '../../record/parts.js';
import { provKey } from '../../eval/reference-keys.js';
import { defineEntityType } from '../entity-type.js';

export const Province = z.object({
  name: z.string(),
  code: z.string(),
  since2025: z.string().nullable(),
  mentions: z.array(Mention),
  foundBy: provenanceList,
});
export type Province = z.infer<typeof Province>;

export const provincesType = defineEntityType({
  key: 'provinces',
  schema: Province,
  description: 'A province-level unit: canonical short name, statistical-office code on the article date, the unit it belongs to from 2025',
  recogniser: 'provinces',
  score: { keys: [{ row: 'provinces', key: provKey }] },
  tables: [
    {
      name: 'provinces',
      doc: 'One row per province named in an article',
      columns: [
        { name: 'name', type: 'TEXT', doc: 'Canonical short name' },
        { name: 'code', type: 'TEXT', doc: 'GSO code in force on the article date' },
        { name: 'since2025', type: 'TEXT', nullable: true, doc: 'The 2025 unit it belongs to' },
      ],
    },
  ],
  flatten: (p) => ({ provinces: [{ name: p.name, code: p.code, since2025: p.since2025 }] }),
});

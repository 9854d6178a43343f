/** The officials entity type: a named person in an official role (see the README's "The record"). */
import { z } from 'zod';
import { Mention, provenanceList } from '../../record/parts.js';
import { field, fold } from '../../eval/reference-keys.js';
import { defineEntityType } from '../entity-type.js';

export const Official = z.object({
  name: z.string(),
  rank: z.string().nullable(),
  honorific: z.string().nullable(),
  positions: z.array(z.string()),
  province: z.string().nullable(),
  mentions: z.array(Mention),
  foundBy: provenanceList,
});
export type Official = z.infer<typeof Official>;

export const officialsType = defineEntityType({
  key: 'officials',
  schema: Official,
  description: 'A named person in an official role: name, canonical rank, honorific, positions as stated, the province of the positions',
  recogniser: 'officials',
  score: {
    keys: [
      { row: 'officials', key: (o) => fold(field(o, 'name')) },
      { row: 'officials+rank', key: (o) => `${fold(field(o, 'name'))}|${fold(field(o, 'rank') ?? '')}` },
    ],
  },
  tables: [
    {
      name: 'officials',
      doc: 'One row per official of an article',
      columns: [
        { name: 'name', type: 'TEXT', doc: 'Full name as written' },
        { name: 'rank', type: 'TEXT', nullable: true, doc: 'Canonical rank (Đại tá …)' },
        { name: 'honorific', type: 'TEXT', nullable: true, doc: 'Honorific before the name (đồng chí …)' },
        { name: 'province', type: 'TEXT', nullable: true, doc: 'Canonical province of the positions' },
      ],
    },
    {
      name: 'official_positions',
      doc: 'One row per position an official holds, in the order stated',
      columns: [
        { name: 'seq', type: 'INTEGER', doc: 'Order of the position, from 0' },
        { name: 'position', type: 'TEXT', doc: 'The position, abbreviations written out' },
      ],
    },
  ],
  flatten: (o) => ({
    officials: [{ name: o.name, rank: o.rank, honorific: o.honorific, province: o.province }],
    official_positions: o.positions.map((position, seq) => ({ seq, position })),
  }),
});

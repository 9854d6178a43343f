/** The officials entity type: a named person in an official role (see the README's "The record"). */
import { z } from 'zod';
import { ProvinceName, mentionList, nonEmpty, provenanceList } from '../../record/parts.js';
import { RANK_NAMES } from '../../record/vocabularies.js';
import { field, fold } from '../../eval/reference-keys.js';
import { defineEntityType } from '../entity-type.js';

export const Official = z
  .object({
    name: nonEmpty('Full name as the article writes it (the longest form of it), in NFC: "Nguyễn Văn Thành"; a final initial keeps its dot ("Đỗ Văn H.")'),
    rank: z.enum(RANK_NAMES).nullable().describe('Canonical rank (src/data/ranks.ts: the CAND and army ladders, the navy\'s flag ranks), written capitalised and in the new tone style ("Đại úy"); English ranks are given their Vietnamese equivalent; null when no rank is stated'),
    honorific: z.string().min(1).nullable().describe('Form of address before the name, canonical ("đồng chí", "ông", "Ngài" …); null when none'),
    positions: z.array(nonEmpty('One position, with its organisation and place, abbreviations written out ("Giám đốc Công an tỉnh Nghệ An")')).describe('Positions stated for the person in the article, in the order stated; may be empty'),
    province: ProvinceName.nullable().describe('Canonical name of the province the positions belong to; null when no position names one'),
    mentions: mentionList,
    foundBy: provenanceList,
  })
  .meta({ id: 'Official', description: 'A named person in an official role' });
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

/** The officials entity type: a named person in an official role (see the README's "The record"). */
import { z } from 'zod';
import { ProvinceName, mentionList, nonEmpty, provenanceList } from '../../record/parts.js';
import { RANK_NAMES } from '../../record/vocabularies.js';
import { field, fold } from '../../eval/reference-keys.js';
import { defineEntityType, folded, LIST_SEPARATOR } from '../entity-type.js';

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
  table: {
    name: 'officials',
    doc: 'one row per official appearance: a person in an official role, once per article',
    columns: [
      { name: 'name', type: 'text', doc: 'the name as written (with its diacritics)' },
      { name: 'folded_name', type: 'text', doc: 'the name folded (lower case, no diacritics, đ as d)', only: 'index' },
      { name: 'rank', type: 'text', nullable: true, doc: 'canonical rank (Đại tướng … Thiếu úy, hạ sĩ quan, chiến sĩ)' },
      { name: 'folded_rank', type: 'text', nullable: true, doc: 'the rank folded', only: 'index' },
      { name: 'honorific', type: 'text', nullable: true, doc: 'an honorific before the name ("Đồng chí")' },
      { name: 'province', type: 'text', nullable: true, doc: 'the canonical province the position belongs to' },
      { name: 'folded_province', type: 'text', nullable: true, doc: 'the province folded', only: 'index' },
      { name: 'positions', type: 'text', doc: `the positions, abbreviations expanded, separated by "${LIST_SEPARATOR}"` },
    ],
    cells: (o) => [o.name, folded(o.name), o.rank, folded(o.rank), o.honorific, o.province, folded(o.province), o.positions.join(LIST_SEPARATOR)],
    indexes: [['folded_name'], ['folded_rank'], ['folded_province']],
  },
  lists: [
    {
      name: 'official_positions',
      doc: 'one row per position stated for an official appearance',
      parent: { name: 'official_seq', doc: 'the official (officials.seq)' },
      seqDoc: 'the position’s place in the official’s list, from 0',
      columns: [
        { name: 'position', type: 'text', doc: 'the position, abbreviations expanded' },
        { name: 'folded', type: 'text', doc: 'the position folded', only: 'index' },
      ],
      items: (o) => o.positions.map((p) => [p, folded(p)]),
    },
  ],
  view: {
    name: 'official_appearances',
    doc: "One row per official appearance, with the article's date, title and the official's province.",
    alias: 'o',
    select: 'a.title, o.seq, o.name, o.rank, o.honorific, o.positions, o.province',
  },
});

/** The awards entity type: a commendation handed out with its counts (see the README's "The record"). */
import { z } from 'zod';
import { mentionList, nonEmpty, provenanceList } from '../../record/parts.js';
import { field, fold } from '../../eval/reference-keys.js';
import { defineEntityType, folded } from '../entity-type.js';

export const Award = z
  .object({
    type: nonEmpty('Canonical award type ("Bằng khen", "Giấy khen", "Huân chương Bảo vệ Tổ quốc hạng Ba" …)'),
    issuer: z.string().min(1).nullable().describe('Who awards it, canonical ("Bộ trưởng Bộ Công an", "Giám đốc Công an tỉnh" …); null when not stated'),
    collectives: z.number().int().nonnegative().nullable().describe('How many collectives (tập thể) receive it; null when not stated'),
    individuals: z.number().int().nonnegative().nullable().describe('How many individuals (cá nhân) receive it; null when not stated'),
    mentions: mentionList,
    foundBy: provenanceList,
  })
  .meta({ id: 'Award', description: 'A commendation handed out in the article, with its counts (one entry per type, issuer and counts)' });
export type Award = z.infer<typeof Award>;

export const awardsType = defineEntityType({
  key: 'awards',
  schema: Award,
  description: 'A commendation handed out: its canonical type, its issuer, and the counts of collectives and individuals',
  recogniser: 'awards',
  score: {
    keys: [{ row: 'awards', key: (a) => `${fold(field(a, 'type'))}|${String(field(a, 'collectives') ?? '')}|${String(field(a, 'individuals') ?? '')}` }],
    // Awards without any count are not awards in the gold's sense.
    keep: (a) => a != null && (field(a, 'collectives') != null || field(a, 'individuals') != null),
  },
  table: {
    name: 'awards',
    doc: 'one row per commendation handed out, with its counts where stated',
    columns: [
      { name: 'type', type: 'text', doc: 'the award type ("Giấy khen", "Huân chương Chiến công hạng Ba")' },
      { name: 'folded_type', type: 'text', doc: 'the type folded', only: 'index' },
      { name: 'issuer', type: 'text', nullable: true, doc: 'who gave it' },
      { name: 'collectives', type: 'integer', nullable: true, doc: 'collectives awarded (null: not stated)' },
      { name: 'individuals', type: 'integer', nullable: true, doc: 'individuals awarded (null: not stated)' },
    ],
    cells: (a) => [a.type, folded(a.type), a.issuer, a.collectives, a.individuals],
    indexes: [['folded_type']],
  },
  view: {
    name: 'article_awards',
    doc: 'One row per award handed out.',
    alias: 'w',
    select: 'w.type, w.issuer, w.collectives, w.individuals',
  },
});

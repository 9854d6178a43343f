/** The clusters entity type: an emulation cluster by number, with its members where listed (see the README's "The record"). */
import { z } from 'zod';
import { ProvinceName, mentionList, provenanceList } from '../../record/parts.js';
import { field } from '../../eval/reference-keys.js';
import { defineEntityType } from '../entity-type.js';

export const Cluster = z
  .object({
    number: z.number().int().positive().describe('The cluster\'s number, whether written in digits or Roman numerals ("Cụm thi đua số III" → 3)'),
    members: z
      .array(ProvinceName.describe('A member province, by its canonical name'))
      .describe('The member provinces the article lists for this cluster, in the order listed, each once; empty when it lists none'),
    mentions: mentionList,
    foundBy: provenanceList,
  })
  .meta({ id: 'Cluster', description: 'An emulation cluster (cụm thi đua) of the Ministry of Public Security, by number' });
export type Cluster = z.infer<typeof Cluster>;

export const clustersType = defineEntityType({
  key: 'clusters',
  schema: Cluster,
  description: 'An emulation cluster: its number and the member provinces the article lists',
  recogniser: 'clusters',
  // Gold files write clusters as bare numbers.
  score: { keys: [{ row: 'clusters', key: (c) => String(typeof c === 'number' ? c : field(c, 'number')) }] },
  tables: [
    {
      name: 'clusters',
      doc: 'One row per cluster named in an article',
      columns: [{ name: 'number', type: 'INTEGER', doc: 'The cluster number' }],
    },
    {
      name: 'cluster_members',
      doc: 'One row per member province a cluster is listed with',
      columns: [
        { name: 'seq', type: 'INTEGER', doc: 'Order in the list, from 0' },
        { name: 'name', type: 'TEXT', doc: 'Canonical province name' },
      ],
    },
  ],
  flatten: (c) => ({ clusters: [{ number: c.number }], cluster_members: c.members.map((name, seq) => ({ seq, name })) }),
});

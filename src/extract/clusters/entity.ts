/** The clusters entity type: an emulation cluster by number, with its members where listed (see the README's "The record"). */
import { z } from 'zod';
import { ProvinceName, mentionList, provenanceList } from '../../record/parts.js';
import { field } from '../../eval/reference-keys.js';
import { defineEntityType, folded, LIST_SEPARATOR } from '../entity-type.js';

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
  table: {
    name: 'clusters',
    doc: 'one row per emulation cluster an article names',
    columns: [{ name: 'number', type: 'integer', doc: 'the cluster number' }],
    cells: (c) => [c.number],
    indexes: [['number']],
  },
  lists: [
    {
      name: 'cluster_members',
      doc: 'one row per member province listed for a cluster',
      parent: { name: 'cluster_seq', doc: 'the cluster (clusters.seq)' },
      seqDoc: 'the member’s place in the list, from 0',
      columns: [
        { name: 'name', type: 'text', doc: 'the member province' },
        { name: 'folded', type: 'text', doc: 'the name folded', only: 'index' },
      ],
      items: (c) => c.members.map((m) => [m, folded(m)]),
    },
  ],
  view: {
    name: 'article_clusters',
    doc: 'One row per cluster an article names, its members listed in one cell.',
    alias: 'c',
    select: `c.number,
         (SELECT group_concat(m.name, '${LIST_SEPARATOR}') FROM (SELECT name FROM cluster_members m WHERE m.article = c.article AND m.cluster_seq = c.seq ORDER BY m.seq) m) AS members`,
  },
});

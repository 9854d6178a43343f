/** The provinces entity type: a province-level unit named in the article (see the README's "The record"). */
import { z } from 'zod';
import { ProvinceName, mentionList, provenanceList } from '../../record/parts.js';
import { PROVINCE_CODES, UNIT_2025_NAMES } from '../../record/vocabularies.js';
import { provKey } from '../../eval/reference-keys.js';
import { defineEntityType, folded } from '../entity-type.js';

export const Province = z
  .object({
    name: ProvinceName.describe('Canonical short name of the unit named ("Nghệ An"; "Huế" for Thừa Thiên Huế when the article, dated from 2025-01-01, calls it Huế)'),
    code: z
      .enum(PROVINCE_CODES)
      .describe('Two-digit GSO (statistical office) code in force on the article\'s date for the territory named: the unit\'s own code of 2008–2025 (Hà Tây: 28 until 2008-07-31, then Hà Nội\'s 01), the code of the unit it joined from 2025-07-01; the 2008–2025 code when the article has no date'),
    since2025: z
      .enum(UNIT_2025_NAMES)
      .nullable()
      .describe('Short name of the unit of the 34 from 2025-07-01 that the territory belongs to (Nam Định → "Ninh Bình"); null when not known'),
    mentions: mentionList,
    foundBy: provenanceList,
  })
  .meta({ id: 'Province', description: 'A province-level unit named in the article (one entry per unit, however often and in whatever form it is named)' });
export type Province = z.infer<typeof Province>;

export const provincesType = defineEntityType({
  key: 'provinces',
  schema: Province,
  description: 'A province-level unit: canonical short name, statistical-office code on the article date, the unit it belongs to from 2025',
  recogniser: 'provinces',
  score: { keys: [{ row: 'provinces', key: provKey }] },
  table: {
    name: 'provinces',
    doc: 'one row per province-level unit an article names (its mentions counted)',
    columns: [
      { name: 'name', type: 'text', doc: 'the canonical name of the unit' },
      { name: 'folded', type: 'text', doc: 'the name folded', only: 'index' },
      { name: 'code', type: 'text', doc: 'its statistical-office code' },
      { name: 'since2025', type: 'text', nullable: true, doc: 'the unit it belongs to since the 2025 reorganisation' },
      { name: 'folded_since2025', type: 'text', nullable: true, doc: 'since2025 folded', only: 'index' },
    ],
    cells: (p) => [p.name, folded(p.name), p.code, p.since2025, folded(p.since2025)],
    indexes: [['folded']],
  },
  view: {
    name: 'article_provinces',
    doc: 'One row per province an article names.',
    alias: 'p',
    select: 'p.name AS province, p.code, p.since2025',
  },
});

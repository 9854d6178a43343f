/** The provinces entity type: a province-level unit named in the article (see the README's "The record"). */
import { z } from 'zod';
import { ProvinceName, mentionList, provenanceList } from '../../record/parts.js';
import { PROVINCE_CODES, UNIT_2025_NAMES } from '../../record/vocabularies.js';
import { provKey } from '../../eval/reference-keys.js';
import { defineEntityType } from '../entity-type.js';

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

/** The periods and dates entity types, both filled by the periods recogniser (see the README's "The record"). */
import { z } from 'zod';
import { Mention, isoDate, provenanceList } from '../../record/parts.js';
import { field } from '../../eval/reference-keys.js';
import { defineEntityType } from '../entity-type.js';

export const Period = z.object({
  text: z.string(),
  start: isoDate,
  end: isoDate,
  mentions: z.array(Mention),
  foundBy: provenanceList,
});
export type Period = z.infer<typeof Period>;

export const DateValue = z.object({
  text: z.string(),
  value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  mentions: z.array(Mention),
  foundBy: provenanceList,
});
export type DateValue = z.infer<typeof DateValue>;

export const periodsType = defineEntityType({
  key: 'periods',
  schema: Period,
  description: 'A stated span of time with the first and last day it covers',
  recogniser: 'periods',
  score: { keys: [{ row: 'periods', key: (p) => `${String(field(p, 'start'))}|${String(field(p, 'end'))}` }] },
  tables: [
    {
      name: 'periods',
      doc: 'One row per period of an article',
      columns: [
        { name: 'text', type: 'TEXT', doc: 'The first mention as written' },
        { name: 'start_date', type: 'TEXT', doc: 'First day (ISO)' },
        { name: 'end_date', type: 'TEXT', doc: 'Last day (ISO)' },
      ],
    },
  ],
  flatten: (p) => ({ periods: [{ text: p.text, start_date: p.start, end_date: p.end }] }),
});

export const datesType = defineEntityType({
  key: 'dates',
  schema: DateValue,
  description: 'A single day, month or year named on its own',
  recogniser: 'periods',
  tables: [
    {
      name: 'dates',
      doc: 'One row per date of an article',
      columns: [
        { name: 'text', type: 'TEXT', doc: 'The first mention as written' },
        { name: 'value', type: 'TEXT', doc: 'YYYY, YYYY-MM or YYYY-MM-DD' },
      ],
    },
  ],
  flatten: (d) => ({ dates: [{ text: d.text, value: d.value }] }),
});

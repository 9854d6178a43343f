/** The periods and dates entity types, both filled by the periods recogniser (see the README's "The record"). */
import { z } from 'zod';
import { isoDate, mentionList, nonEmpty, provenanceList } from '../../record/parts.js';
import { field } from '../../eval/reference-keys.js';
import { dateSpan } from '../../query/date-span.js';
import { defineEntityType } from '../entity-type.js';

export const Period = z
  .object({
    text: nonEmpty('The first mention of the period as written ("6 tháng đầu năm 2020", "nhiệm kỳ 2016-2021")'),
    start: isoDate.describe('First day the period covers, YYYY-MM-DD'),
    end: isoDate.describe('Last day the period covers, YYYY-MM-DD (inclusive; not before start)'),
    mentions: mentionList,
    foundBy: provenanceList,
  })
  .refine((p) => p.start <= p.end, { message: 'a period ends on or after its first day', path: ['end'] })
  .meta({ id: 'Period', description: 'A stated span of time, as the first and last day it covers (one entry per span, however often it is named)' });
export type Period = z.infer<typeof Period>;

export const DateValue = z
  .object({
    text: nonEmpty('The first mention of the date as written ("ngày 20/11/2020", "tháng 5/2019", "năm 2018")'),
    value: z
      .union([isoDate, z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/)])
      .describe('The day (YYYY-MM-DD, a day that exists), the month (YYYY-MM) or the year (YYYY), as precise as the text is'),
    mentions: mentionList,
    foundBy: provenanceList,
  })
  .meta({ id: 'DateValue', description: 'A single day, month or year named on its own (one entry per value)' });
export type DateValue = z.infer<typeof DateValue>;

export const periodsType = defineEntityType({
  key: 'periods',
  schema: Period,
  description: 'A stated span of time with the first and last day it covers',
  recogniser: 'periods',
  score: { keys: [{ row: 'periods', key: (p) => `${String(field(p, 'start'))}|${String(field(p, 'end'))}` }] },
  table: {
    name: 'periods',
    doc: 'one row per stated span of time ("quý III/2019", "nhiệm kỳ 2016-2021")',
    columns: [
      { name: 'text', type: 'text', doc: 'the span as written' },
      { name: 'start_date', type: 'text', doc: 'first day covered (YYYY-MM-DD)' },
      { name: 'end_date', type: 'text', doc: 'last day covered (YYYY-MM-DD)' },
    ],
    cells: (p) => [p.text, p.start, p.end],
    indexes: [['start_date', 'end_date']],
  },
  view: {
    name: 'article_periods',
    doc: 'One row per stated period.',
    alias: 'p',
    select: 'p.text, p.start_date, p.end_date',
  },
});

export const datesType = defineEntityType({
  key: 'dates',
  schema: DateValue,
  description: 'A single day, month or year named on its own',
  recogniser: 'periods',
  table: {
    name: 'dates',
    doc: 'one row per day, month or year named on its own',
    columns: [
      { name: 'text', type: 'text', doc: 'the date as written' },
      { name: 'value', type: 'text', doc: 'YYYY, YYYY-MM or YYYY-MM-DD' },
      { name: 'start_date', type: 'text', doc: 'first day the value covers' },
      { name: 'end_date', type: 'text', doc: 'last day the value covers' },
    ],
    // The record schema admits only real calendar values, so dateSpan finds a span for each.
    cells: (d) => {
      const span = dateSpan(d.value);
      return [d.text, d.value, span?.start ?? d.value, span?.end ?? d.value];
    },
    indexes: [['start_date', 'end_date']],
  },
  view: {
    name: 'article_dates',
    doc: 'One row per date named on its own.',
    alias: 'd',
    select: 'd.text, d.value, d.start_date, d.end_date',
  },
});

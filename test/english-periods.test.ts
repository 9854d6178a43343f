/** English period rules, on invented sentences: each rule with its exact span, then the traps that are no period. */
import { describe, expect, it } from 'vitest';
import { makeContext, extractEnglish } from './helpers/context.js';
import { resolvePeriods } from '../src/extract/english/rules/period-overlap.js';

const periodsOf = (text: string) => {
  const ctx = makeContext(text, { language: 'eng', publishedAt: '2024-07-01' });
  return { ctx, periods: extractEnglish(ctx).periods };
};

/** Exactly one period, with its bounds, its mention as written and the rule that read it. */
function expectOne(text: string, mention: string, from: string, to: string, rule: string, match: 'exact' | 'inferred' = 'exact'): void {
  const { ctx, periods } = periodsOf(text);
  const at = ctx.text.indexOf(mention);
  expect(at, mention).toBeGreaterThanOrEqual(0);
  expect(periods).toEqual([{ text: mention, start: from, end: to, mentions: [{ start: at, end: at + mention.length, text: mention }], foundBy: [{ rule, match }] }]);
}

const spans = (text: string) => periodsOf(text).periods.map((p) => [p.start, p.end]);

describe('english/months-of-year', () => {
  it('reads "the first six months of 2024"', () =>
    expectOne('Police reviewed their work in the first six months of 2024.', 'the first six months of 2024', '2024-01-01', '2024-06-30', 'english/months-of-year'));
  it('reads digits and the last months of a year', () => {
    expect(spans('In the first 9 months of 2021, crime fell.')).toEqual([['2021-01-01', '2021-09-30']]);
    expect(spans('In the last three months of 2019, crime rose.')).toEqual([['2019-10-01', '2019-12-31']]);
  });
  it('takes "this year" from the sentence, or from the one before', () => {
    expectOne('In 2022, the first nine months of this year saw fewer cases.', 'the first nine months of this year', '2022-01-01', '2022-09-30', 'english/months-of-year', 'inferred');
    expect(spans('The 2023 review opened. In the first six months of this year, police solved 80 cases.')).toEqual([['2023-01-01', '2023-06-30']]);
  });
  it('takes the year of its sentence when none is written after it', () =>
    expect(spans('In the first six months, police in 2020 solved 80 cases.')).toEqual([['2020-01-01', '2020-06-30']]));
  it('reads nothing for a relative span or one with no year anywhere', () => {
    expect(spans('In the last six months, police seized 20 kilograms of drugs.')).toEqual([]);
    expect(spans('In the first six months of this year, police seized 20 kilograms of drugs.')).toEqual([]);
    expect(spans('Over the past two years, the group used 312 bank accounts.')).toEqual([]);
  });
});

describe('english/half-year', () => {
  it('reads the first and second halves', () => {
    expectOne('In the first half of 2023, traffic deaths fell.', 'the first half of 2023', '2023-01-01', '2023-06-30', 'english/half-year');
    expect(spans('Accidents rose in H2 2019 and fell in H1/2020.')).toEqual([['2019-07-01', '2019-12-31'], ['2020-01-01', '2020-06-30']]);
  });
});

describe('english/quarter', () => {
  it('reads a quarter with its year', () => expectOne('Crime fell in the first quarter of 2023.', 'the first quarter of 2023', '2023-01-01', '2023-03-31', 'english/quarter'));
  it('reads Q forms and a quarter whose year is in the sentence', () => {
    expect(spans('Q4 2019 and Q2/2020 were busy.')).toEqual([['2019-10-01', '2019-12-31'], ['2020-04-01', '2020-06-30']]);
    expectOne('Crime fell in the third quarter, police said on October 5, 2023.', 'the third quarter', '2023-07-01', '2023-09-30', 'english/quarter', 'inferred');
  });
  it('reads nothing for "last quarter" on its own', () => expect(spans('Crime fell last quarter, police said in 2023.')).toEqual([]));
});

describe('english/year-span', () => {
  it('reads "from 2016 to 2020"', () => expectOne('From 2016 to 2020, the force arrested 500 suspects.', 'From 2016 to 2020', '2016-01-01', '2020-12-31', 'english/year-span'));
  it('reads "between … and …", a dash with "term" and a bracketed span', () => {
    expect(spans('Between 2011 and 2015 the unit grew.')).toEqual([['2011-01-01', '2015-12-31']]);
    expectOne('Delegates elected leaders for the 2021-2026 term.', '2021-2026 term', '2021-01-01', '2026-12-31', 'english/year-span');
    expect(spans('The anniversary (1930-2020) was marked.')).toEqual([['1930-01-01', '2020-12-31']]);
  });
  it('reads nothing for a backwards pair, a phone number or a single year', () => {
    expect(spans('The score was 2020-2016 in the archive.')).toEqual([]);
    expect(spans('Call 0912-3456 or 1900-1234 for help; police handled 1,053 cases in 2022.')).toEqual([]);
  });
});

describe('english/month-range', () => {
  it('reads two months with one year', () => expectOne('Between January and June 2023, police handled 120 cases.', 'Between January and June 2023', '2023-01-01', '2023-06-30', 'english/month-range'));
  it('reads months of two years, a dash, and a year to a month', () => {
    expect(spans('From March 2020 to May 2021 the case went on.')).toEqual([['2020-03-01', '2021-05-31']]);
    expect(spans('The January-June 2024 campaign ended.')).toEqual([['2024-01-01', '2024-06-30']]);
    expect(spans('From 2011 to March 2015, he led the unit.')).toEqual([['2011-01-01', '2015-03-31']]);
  });
  it('crosses the new year when the first month comes later', () => expect(spans('From November to February 2024 the drive ran.')).toEqual([['2023-11-01', '2024-02-29']]));
});

describe('english/date-range', () => {
  it('reads two days', () => expectOne('The campaign ran from March 1 to March 15, 2024.', 'from March 1 to March 15, 2024', '2024-03-01', '2024-03-15', 'english/date-range'));
  it('reads a dash inside one month, day-first forms and a bare second day', () => {
    expect(spans('It ran March 20-25, 2024.')).toEqual([['2024-03-20', '2024-03-25']]);
    expect(spans('It ran 1–15 March 2024.')).toEqual([['2024-03-01', '2024-03-15']]);
    expect(spans('It ran from March 1 to 15, 2024.')).toEqual([['2024-03-01', '2024-03-15']]);
    expect(spans('It ran from 28 December 2023 to 3 January 2024.')).toEqual([['2023-12-28', '2024-01-03']]);
  });
  it('refuses impossible days and reads nothing without a year anywhere', () => {
    expect(spans('It ran from February 28 to February 30, 2023.')).toEqual([]);
    expect(spans('It ran from March 1 to March 15.')).toEqual([]);
  });
});

describe('english/period-overlap', () => {
  it('keeps the longest of overlapping candidates and traces the others', () => {
    const ctx = makeContext('From January to June 2023 the drive ran.', { language: 'eng' });
    const long = { start: 0, end: 25, from: '2023-01-01', to: '2023-06-30', rule: 'english/month-range', match: 'exact' as const };
    const inner = { start: 15, end: 25, from: '2023-06-01', to: '2023-06-30', rule: 'english/month-range', match: 'exact' as const };
    expect(resolvePeriods(ctx, [inner, long]).map((p) => [p.start, p.end, p.text])).toEqual([['2023-01-01', '2023-06-30', 'From January to June 2023']]);
    expect(ctx.decisions).toEqual([{ rule: 'english/period-overlap', start: 15, end: 25, reason: 'inside the longer "From January to June 2023"' }]);
  });
  it('merges a span told twice into one entry with both mentions', () => {
    const { periods } = periodsOf('In the first quarter of 2023 crime fell. The first quarter of 2023 was calm.');
    expect(periods).toHaveLength(1);
    expect(periods[0]!.mentions.map((m) => m.text)).toEqual(['the first quarter of 2023', 'The first quarter of 2023']);
  });
});

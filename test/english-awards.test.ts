/** English award rules, on invented sentences: each frame with its exact span, the exclusions, and the traps of numbers that are no award. */
import { describe, expect, it } from 'vitest';
import type { Award } from '../src/record/schema.js';
import { makeContext, extractEnglish } from './helpers/context.js';

const awardsOf = (text: string) => {
  const ctx = makeContext(text, { language: 'eng', publishedAt: '2024-07-01' });
  return { ctx, awards: extractEnglish(ctx).awards };
};
const summary = (text: string) => awardsOf(text).awards.map((a) => [a.type, a.collectives, a.individuals]);

function expectOne(text: string, mention: string, award: Pick<Award, 'type' | 'issuer' | 'collectives' | 'individuals'>, rule = 'english/award-count'): void {
  const { ctx, awards } = awardsOf(text);
  const at = ctx.text.indexOf(mention);
  expect(at, mention).toBeGreaterThanOrEqual(0);
  expect(awards).toEqual([{ ...award, mentions: [{ start: at, end: at + mention.length, text: mention }], foundBy: [{ rule, match: 'alias' }] }]);
}

describe('english/award-count', () => {
  it('reads the type before "to" and the counts, as its Vietnamese type', () =>
    expectOne('The ministry presented certificates of merit to 15 collectives and 42 individuals.', 'certificates of merit to 15 collectives and 42 individuals', {
      type: 'Bằng khen', issuer: null, collectives: 15, individuals: 42,
    }));
  it('reads the counts as the subject of a passive award, with its issuer', () =>
    expectOne('On this occasion, 19 collectives and 33 individuals were awarded certificates of merit from the Prime Minister.', '19 collectives and 33 individuals were awarded certificates of merit', {
      type: 'Bằng khen', issuer: 'Thủ tướng Chính phủ', collectives: 19, individuals: 33,
    }));
  it('reads two objects of a giving verb, either way round', () => {
    expect(summary('The ministry awarded 15 collectives and 42 individuals certificates of merit.')).toEqual([['Bằng khen', 15, 42]]);
    expect(summary('The province presented 6 units with emulation flags.')).toEqual([['Cờ thi đua', 6, null]]);
  });
  it('reads a cash reward to counted recipients as Thưởng, and no gift', () => {
    expect(summary('The provincial police awarded VND20 million to 5 officers for catching the suspects.')).toEqual([['Thưởng', null, 5]]);
    expect(summary('The chairman presented 3 units VND50 million each.')).toEqual([['Thưởng', 3, null]]);
    expect(summary('The youth union donated VND20 million to 5 poor families.')).toEqual([]);
  });
  it('reads a verb that is the award, active or passive', () => {
    expect(summary('The Minister of Public Security commended 12 collectives and 20 individuals.')).toEqual([['Khen thưởng', 12, 20]]);
    expect(summary('Forty collectives and sixty-five individuals were honoured at the ceremony.')).toEqual([['Tôn vinh', 40, 65]]);
    expect(summary('Hanoi police praised 7 officers for their courage.')).toEqual([['Biểu dương', null, 7]]);
  });
  it('reads an order with its class, and a title conferred with a verb of honour', () => {
    expect(summary('The State President awarded the third-class Feat of Arms Order to 2 collectives and 4 individuals.')).toEqual([['Huân chương Chiến công hạng Ba', 2, 4]]);
    expect(summary('The Labour Order, first class, was presented to 3 units.')).toEqual([['Huân chương Lao động hạng Nhất', 3, null]]);
    expect(summary('Some 310 mothers have been honoured with the title of Heroic Vietnamese Mother.')).toEqual([['Bà mẹ Việt Nam anh hùng', null, 310]]);
    expect(summary("So far 45 collectives and 12 individuals have been conferred the title of Hero of the People's Armed Forces.")).toEqual([['Anh hùng Lực lượng vũ trang nhân dân', 45, 12]]);
  });
  it('reads cash rewards, counts with thousands commas and other recipient nouns', () => {
    expect(summary('Cash rewards were presented to 3 units and 8 officers.')).toEqual([['Thưởng', 3, 8]]);
    expect(summary('A total of 1,750 officers were rewarded in 2023.')).toEqual([['Khen thưởng', null, 1750]]);
    expect(summary('The police commended 3 drivers who chased the robbers.')).toEqual([['Khen thưởng', null, 3]]);
  });
  it('gives two entries for two counts of one kind', () =>
    expect(summary('Certificates of merit went to 5 collectives and 3 collectives of the border guard.')).toEqual([['Bằng khen', 5, null], ['Bằng khen', 3, null]]));
});

describe('english/award-type-count', () => {
  it('reads counted emulation flags as collectives', () =>
    expectOne("The provincial People's Committee presented 8 emulation flags to outstanding units.", '8 emulation flags', { type: 'Cờ thi đua', issuer: null, collectives: 8, individuals: null }, 'english/award-type-count'));
  it('takes the kind from the uncounted recipients after "to"', () =>
    expect(summary('The director presented 15 certificates of merit to individuals of the unit.')).toEqual([['Bằng khen', null, 15]]));
  it('reads nothing when the holder is the subject or recipients of both kinds follow', () => {
    expect(summary('The unit has received 3 emulation flags over the years.')).toEqual([]);
    expect(summary('Nguyen Van A, 38, has been awarded 2 certificates of merit.')).toEqual([]);
    expect(summary('The ministry presented 20 certificates of merit to collectives and individuals.')).toEqual([]);
  });
});

describe('english/not-award', () => {
  const cases: Array<[string, string, string]> = [
    ['a proposal', 'The council proposed certificates of merit to 3 collectives and 5 individuals.', 'proposal'],
    ['a plan', 'The ministry will present certificates of merit to 30 collectives next month.', 'not yet given'],
    ['a contest', 'The festival gave certificates of merit to 12 collectives.', 'prize, gift or scholarship'],
    ['prizes', 'The contest organisers presented prizes and certificates of merit to 10 collectives and 20 individuals.', 'prize, gift or scholarship'],
    ['a revocation', 'The ministry revoked the certificates of merit given to 4 officers.', 'revocation'],
  ];
  for (const [why, text, reason] of cases) {
    it(`drops ${why}, naming why`, () => {
      const { ctx, awards } = awardsOf(text);
      expect(awards).toEqual([]);
      expect(ctx.decisions.map((d) => [d.rule, d.reason])).toEqual([['english/not-award', `${reason}: not an award`]]);
    });
  }
  it('keeps an award after a sanction with its own counted object', () =>
    expect(summary('Hanoi police fined 1,200 drivers and rewarded 5 officers.')).toEqual([['Khen thưởng', null, 5]]));
});

describe('numbers that are no award in English', () => {
  const traps = [
    'Police arrested 12 suspects and seized 5 motorbikes.',
    'The ring recruited more than 40 "agents" and used 312 bank accounts.',
    'Police in 13 provinces took part in the drive.',
    'Police said 2 people died and 5 people were injured.',
    'Police disciplined 4 units and 12 officers.',
    'He was sentenced to 15 years in prison for organising gambling.',
    'Police handled 1,053 gambling cases in 2022, up 22 per cent.',
  ];
  for (const t of traps) it(t, () => expect(awardsOf(t).awards).toEqual([]));
});

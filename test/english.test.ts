import { describe, it, expect } from 'vitest';
import { makeContext, extractEnglish } from './helpers/context.js';
import { englishRules } from '../src/extract/english/index.js';
import { extractEntities } from '../src/extract/extract-entities.js';

const ARTICLE = [
  'Senior Lieutenant General Nguyen Van Thanh, Deputy Minister of Public Security, attended the conference in Nghe An province.',
  'Lt. Gen. Tran Van Ve, head of the Criminal Police Department, said police in Ho Chi Minh City and Hanoi arrested 20 suspects.',
  'Nguyen Huu Cau, director of the Nghe An provincial police department, said the case was closed.',
  'Minister To Lam praised officers from Da Nang and Thua Thien-Hue.',
  'The teachings of President Ho Chi Minh were recalled by Major General Le Van Minh.',
].join(' ');

const eng = (text: string, publishedAt: string | null = null) => extractEnglish(makeContext(text, { publishedAt, language: 'eng' }));
const spanOf = (text: string, sub: string) => {
  const start = text.indexOf(sub);
  expect(start, sub).toBeGreaterThanOrEqual(0);
  return { start, end: start + sub.length, text: sub };
};

describe('english/official-*', () => {
  const ctx = makeContext(ARTICLE, { language: 'eng' });
  const { officials = [] } = extractEnglish(ctx);
  const byName = new Map(officials.map((o) => [o.name, o]));

  it('finds the officials with a rank, a title or a position, and no historical figure', () => {
    expect(officials.map((o) => o.name).sort()).toEqual(['Le Van Minh', 'Nguyen Huu Cau', 'Nguyen Van Thanh', 'To Lam', 'Tran Van Ve']);
  });

  it('maps English ranks to the Vietnamese canonical ranks', () => {
    expect(byName.get('Nguyen Van Thanh')!.rank).toBe('Thượng tướng');
    expect(byName.get('Tran Van Ve')!.rank).toBe('Trung tướng');
    expect(byName.get('Le Van Minh')!.rank).toBe('Thiếu tướng');
    expect(byName.get('To Lam')!.rank).toBeNull();
  });

  it('keeps positions as written and reads the province of a position', () => {
    expect(byName.get('Nguyen Van Thanh')!).toMatchObject({
      positions: ['Deputy Minister of Public Security'], province: null, honorific: null,
      mentions: [spanOf(ctx.text, 'Nguyen Van Thanh')], foundBy: [{ rule: 'english/official-rank', match: 'alias' }],
    });
    expect(byName.get('Tran Van Ve')!.positions).toEqual(['head of the Criminal Police Department']);
    expect(byName.get('To Lam')!).toMatchObject({ positions: ['Minister'], foundBy: [{ rule: 'english/official-title', match: 'exact' }] });
    expect(byName.get('Nguyen Huu Cau')!).toMatchObject({
      rank: null, positions: ['director of the Nghe An provincial police department'], province: 'Nghệ An',
      foundBy: [{ rule: 'english/official-position', match: 'exact' }],
    });
  });

  it('does not read common words as ranks or titles', () => {
    expect(eng('It was a major case for the General Department of Police, the director said.').officials).toEqual([]);
  });
});

describe('english/province', () => {
  it('reads English and ASCII forms as canonical Vietnamese provinces', () => {
    const ctx = makeContext(ARTICLE, { language: 'eng' });
    const { provinces = [] } = extractEnglish(ctx);
    expect(provinces.map((p) => [p.name, p.code, p.since2025])).toEqual([
      ['Nghệ An', '40', 'Nghệ An'], ['Hồ Chí Minh', '79', 'Hồ Chí Minh'], ['Hà Nội', '01', 'Hà Nội'],
      ['Đà Nẵng', '48', 'Đà Nẵng'], ['Thừa Thiên Huế', '46', 'Huế'],
    ]);
    expect(provinces[1]!.mentions).toEqual([spanOf(ctx.text, 'Ho Chi Minh City')]);
    expect(provinces[0]!.foundBy).toEqual([{ rule: 'english/province', match: 'alias' }]);
  });

  it('reads HCMC, Saigon and Hue, but not President Ho Chi Minh or a person named Hue', () => {
    expect(eng('HCMC police and Saigon traders met in Hue.', '2019-04-01').provinces!.map((p) => p.name)).toEqual(['Hồ Chí Minh', 'Thừa Thiên Huế']);
    expect(eng('President Ho Chi Minh met Nguyen Thi Hue.').provinces).toEqual([]);
    expect(eng('the Dien Bien Phu victory; police of Dien Bien province').provinces!.map((p) => p.mentions.length)).toEqual([1]);
  });
});

describe('routing', () => {
  it('runs for English articles only, through extractEntities', () => {
    const en = extractEntities(makeContext(`${ARTICLE} Emulation Cluster No. 4 met in the first quarter of 2024.`, { language: 'eng' }));
    expect(en.officials.length).toBe(5);
    expect(en.clusters.map((c) => c.number)).toEqual([4]);
    expect(en.periods.map((p) => [p.start, p.end])).toEqual([['2024-01-01', '2024-03-31']]);
    expect(en.dates).toEqual([]);
    const vi = extractEntities(makeContext('Senior Lieutenant General Nguyen Van Thanh', { language: 'fra' }));
    expect(vi.officials).toEqual([]);
  });

  it('says in a warning what it does not read', () => {
    const ctx = makeContext(ARTICLE, { language: 'eng' });
    extractEntities(ctx);
    expect(ctx.warnings).toEqual([
      { code: 'english-partial', message: 'English text: officials, provinces, clusters, periods and award counts are read; single dates are not', start: null, end: null },
    ]);
    const vi = makeContext('Công an tỉnh Nghệ An.', { language: 'vie' });
    extractEntities(vi);
    expect(vi.warnings).toEqual([]);
  });

  it('registers its rule ids', () => {
    expect(englishRules.map((r) => r.id)).toEqual([
      'english/official-rank', 'english/official-title', 'english/official-position', 'english/province', 'english/cluster', 'english/cluster-members',
      'english/date-range', 'english/month-range', 'english/year-span', 'english/months-of-year', 'english/half-year', 'english/quarter', 'english/period-overlap',
      'english/award-count', 'english/award-cash', 'english/award-type-count', 'english/not-award',
    ]);
  });
});

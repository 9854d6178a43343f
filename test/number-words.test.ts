import { describe, expect, it } from 'vitest';
import { NUMBER_WORDS } from '../src/data/number-words.js';
import { isNumberWord, parseVietnameseNumber } from '../src/text/number-words.js';

describe('parseVietnameseNumber', () => {
  const cases: Array<[string, number]> = [
    ['một', 1],
    ['hai', 2],
    ['năm', 5],
    ['bảy', 7],
    ['bẩy', 7],
    ['mười', 10],
    ['mười một', 11],
    ['mười bốn', 14],
    ['mười tư', 14],
    ['mười lăm', 15],
    ['mười năm', 15],
    ['hai mươi', 20],
    ['hai mươi mốt', 21],
    ['hai mươi một', 21],
    ['hai mươi tư', 24],
    ['hai mươi lăm', 25],
    ['ba mươi tám', 38],
    ['chín mươi chín', 99],
    ['một trăm', 100],
    ['một trăm linh năm', 105],
    ['một trăm lẻ tư', 104],
    ['hai trăm ba mươi', 230],
    ['chín trăm chín mươi chín', 999],
    ['một nghìn', 1000],
    ['hai ngàn', 2000],
    ['hai nghìn không trăm hai mươi', 2020],
    ['một nghìn bảy trăm năm mươi', 1750],
    ['một vạn', 10000],
    ['ba triệu hai trăm nghìn', 3200000],
  ];
  for (const [words, value] of cases) {
    it(`reads "${words}" as ${value}`, () => {
      expect(parseVietnameseNumber(words)).toBe(value);
    });
  }

  it('ignores case, white space and decomposed input', () => {
    expect(parseVietnameseNumber('  Hai   Mươi  ')).toBe(20);
    expect(parseVietnameseNumber('mười lăm'.normalize('NFD'))).toBe(15);
    expect(parseVietnameseNumber(['ba', 'mươi', 'tám'])).toBe(38);
  });

  const refused = [
    '',
    'hàng trăm', // vague quantity
    'trăm', // no digit before trăm
    'mốt', // only after a tens word
    'tư',
    'lăm',
    'mươi',
    'một mươi', // not Vietnamese
    'linh năm', // linh needs a hundred before it
    'một trăm linh', // and a unit after it
    'hai nghìn ba triệu', // multipliers must fall
    'sau', // "after", not sáu
    'nam', // folded text is not read
    'hai người',
  ];
  for (const words of refused) {
    it(`refuses "${words}"`, () => {
      expect(parseVietnameseNumber(words)).toBeNull();
    });
  }
});

describe('number-word data', () => {
  it('is lower-case NFC with no duplicate word', () => {
    const words = NUMBER_WORDS.map((w) => w.word);
    for (const w of words) expect(w).toBe(w.normalize('NFC').toLowerCase().trim());
    expect(new Set(words).size).toBe(words.length);
  });

  it('knows its own words and nothing folded', () => {
    expect(isNumberWord('sáu')).toBe(true);
    expect(isNumberWord('sau')).toBe(false);
    expect(isNumberWord('tỷ')).toBe(true);
  });
});

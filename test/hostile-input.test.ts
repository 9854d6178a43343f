/**
 * Hostile input to the stages this layer owns (sentences, language, the recognisers): work
 * grows linearly with the text, and an article made of one pattern repeated thousands of times
 * fails with a reason that names the rule, instead of taking minutes or hours.
 *
 * Linear, checked as a growth ratio (no wall-clock threshold): each input is read at n and at
 * 4n characters, each size the best of three runs of CPU time; a linear stage takes about 4
 * times as long, a quadratic one 16 times. The bound is 8.
 */
import { describe, expect, it } from 'vitest';
import { processArticle } from '../src/pipeline.js';
import { splitSentences } from '../src/parse/split-sentences.js';
import { ExtractionLimitError, MAX_MATCHES_PER_RULE } from '../src/extract/limits.js';
import type { LoadedArticle } from '../src/types.js';

const article = (body: string): LoadedArticle => ({
  source: { location: 'hostile.txt', sha256: '0'.repeat(64), fetchedAt: null, etag: null, lastModified: null }, kind: 'text', body, warnings: [],
});
const repeat = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Best CPU time (ms) of three runs of `fn`. */
function cpu(fn: () => unknown): number {
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const c0 = process.cpuUsage();
    try {
      fn();
    } catch {
      // a named failure is an answer too; its cost counts
    }
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  return best;
}

const N = 60_000;

/** Growth of the cost from n to 4n characters (n large enough for the cost to be tens of milliseconds). */
const growth = (fn: (text: string) => unknown, unit: string, n = N): number => {
  const small = repeat(unit, n);
  const large = repeat(unit, 4 * n);
  fn(small); // warm up
  return cpu(() => fn(large)) / Math.max(1, cpu(() => fn(small)));
};

describe('work grows linearly with the text', () => {
  it('sentence splitting, on abbreviations and on marks the parser must read (issue: 1 MB took 23.5 s)', () => {
    expect(growth((t) => splitSentences(t), 'TP. PGS.TS. ThS. ', 250_000)).toBeLessThan(8);
    expect(growth((t) => splitSentences(t), 'Ab! 5 ', 100_000)).toBeLessThan(8);
    expect(growth((t) => splitSentences(t), 'a. b. c, d… ', 250_000)).toBeLessThan(8);
  });

  const cases: Array<[string, string]> = [
    ['a quarter with no year, over and over (issue: 4 MB took 205 s)', 'quý III/'],
    ['abbreviations', 'TP. PGS.TS. ThS. '],
    ['a headline word in capitals that is also a province', 'HÒA BÌNH '],
    ['titles before a name', 'GS TS ThS BS '],
    ['a long line of lower-case clauses', 'các đơn vị, cá nhân và tập thể đã '],
  ];
  for (const [why, unit] of cases) {
    it(`the whole pipeline: ${why}`, () => {
      expect(growth((t) => processArticle(article(t)), unit)).toBeLessThan(8);
    });
  }
});

describe('an article of one pattern repeated fails with a named reason', () => {
  const failures: Array<[string, string, RegExp]> = [
    ['a period', 'quý III/2019 ', /period\/quarter/],
    ['a date', 'ngày 20/11/2020 ', /date\/day/],
    ['a province list', 'Hà Nội, Hồ Chí Minh, ', /province\//],
    ['an award', 'Bằng khen cho 3 tập thể, ', /award\/count/],
    ['an official', 'ông Nguyễn Văn An, Giám đốc Công an tỉnh. ', /official\//],
  ];
  for (const [what, unit, rule] of failures) {
    it(`${what} repeated thousands of times`, () => {
      let error: unknown;
      try {
        processArticle(article(repeat(unit, 400_000)));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ExtractionLimitError);
      expect((error as Error).message).toMatch(rule);
      expect((error as Error).message).toContain(String(MAX_MATCHES_PER_RULE));
    });
  }

  it('an ordinary long article is no failure', () => {
    const body = repeat('Sáng 20/11/2020, Công an tỉnh Nghệ An tổ chức hội nghị. Đại tá Nguyễn Văn A, Giám đốc Công an tỉnh, trao Giấy khen cho 5 tập thể.\n', 60_000);
    expect(() => processArticle(article(body))).not.toThrow();
  });
});

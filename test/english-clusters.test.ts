/** English cluster rules, on invented sentences. */
import { describe, expect, it } from 'vitest';
import { makeContext, extractEnglish } from './helpers/context.js';

const clustersOf = (text: string) => {
  const ctx = makeContext(text, { language: 'eng', publishedAt: '2024-07-01' });
  return { ctx, clusters: extractEnglish(ctx).clusters };
};
const numbers = (text: string) => clustersOf(text).clusters.map((c) => c.number);

describe('english/cluster', () => {
  it('reads "emulation cluster No. 5" with its span and rule', () => {
    const { ctx, clusters } = clustersOf('Police of emulation cluster No. 5 reviewed their work.');
    const at = ctx.text.indexOf('5 reviewed');
    expect(clusters).toEqual([{ number: 5, members: [], mentions: [{ start: at, end: at + 1, text: '5' }], foundBy: [{ rule: 'english/cluster', match: 'alias' }] }]);
  });
  it('reads lists, numbers before the phrase, ordinals and capital Roman numerals', () => {
    expect(numbers('Emulation Clusters 6 and 7 met in Da Lat.')).toEqual([6, 7]);
    expect(numbers('Emulation Clusters Nos. 2, 3 and 4 signed the pact.')).toEqual([2, 3, 4]);
    expect(numbers('The No. 3 emulation cluster held its meeting.')).toEqual([3]);
    expect(numbers('The fifth emulation cluster met in Vinh.')).toEqual([5]);
    expect(numbers('Emulation Cluster III of the border provinces met.')).toEqual([3]);
    expect(numbers('The emulation cluster No.8 and emulation cluster #9 met.')).toEqual([8, 9]);
  });
  it('reads a bare "cluster No. 5" only in an article about emulation', () => {
    expect(numbers('The emulation movement grew. Cluster No. 4 led it.')).toEqual([4]);
    expect(numbers('The industrial cluster No. 4 employs 3,000 workers.')).toEqual([]);
  });
  it('reads nothing for numbers out of range, lower-case Roman letters or an unnumbered cluster', () => {
    expect(numbers('Emulation cluster No. 45 does not exist.')).toEqual([]);
    expect(numbers('The emulation cluster i visited was large.')).toEqual([]);
    expect(numbers('The emulation cluster met in Hue.')).toEqual([]);
  });
});

describe('english/cluster-members', () => {
  it('reads the provinces listed right after a single cluster', () => {
    const { clusters } = clustersOf('Emulation Cluster No. 5, comprising the police of Thanh Hoa, Nghe An, Ha Tinh and Quang Binh provinces, met on Tuesday.');
    expect(clusters.map((c) => [c.number, c.members, c.foundBy.map((f) => f.rule)])).toEqual([
      [5, ['Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình'], ['english/cluster', 'english/cluster-members']],
    ]);
  });
  it('gives no members to a list of clusters, nor to provinces named without a lead', () => {
    expect(clustersOf('Emulation Clusters 6 and 7, comprising Lam Dong and Dak Lak, met.').clusters.map((c) => c.members)).toEqual([[], []]);
    expect(clustersOf('Emulation Cluster No. 5 met in Nghe An with guests from Ha Tinh.').clusters.map((c) => c.members)).toEqual([[]]);
  });
});

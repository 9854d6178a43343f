import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { makeContext } from './helpers/context.js';
import { extractClusters } from './helpers/context.js';
import { clusterRules } from '../src/extract/clusters/index.js';

function run(text: string) {
  const ctx = makeContext(text);
  const clusters = extractClusters(ctx);
  return { ctx, clusters };
}
const numbers = (text: string) => run(text).clusters.map((c) => c.number);
const spanOf = (text: string, sub: string, from = 0) => {
  const start = text.indexOf(sub, from);
  expect(start, sub).toBeGreaterThanOrEqual(0);
  return { start, end: start + sub.length, text: sub };
};

describe('cluster/numbered and cluster/list', () => {
  it('reads "cụm thi đua số 4, số 5" as two clusters with their own spans', () => {
    const { ctx, clusters } = run('lãnh đạo Công an các đơn vị trong cụm thi đua số 4, số 5, Bộ Công an.');
    expect(clusters).toEqual([
      { number: 4, members: [], mentions: [spanOf(ctx.text, 'cụm thi đua số 4')], foundBy: [{ rule: 'cluster/numbered', match: 'exact' }] },
      { number: 5, members: [], mentions: [spanOf(ctx.text, 'số 5')], foundBy: [{ rule: 'cluster/list', match: 'exact' }] },
    ]);
    expect(ctx.warnings).toEqual([]);
  });

  it.each([
    ['công an các tỉnh thuộc cụm thi đua số 4 số 5; đồng thời', [4, 5]],
    ['trong cụm thi đua số 4 và số 5 đã tập trung', [4, 5]],
    ['Công an 13 tỉnh trong cụm thi đua số 6 và 7.', [6, 7]],
    ['cụm thi đua số 6-7 họp', [6, 7]],
    ['Cụm thi đua số 5-BCA gồm', [5]],
    ['Cụm thi đua số 5 - Bộ Công an tổ chức', [5]],
    ['Cụm thi đua 8 họp', [8]],
  ])('%s → %j', (text, want) => {
    expect(numbers(text)).toEqual(want);
  });

  it('keeps "5" of "5-BCA" and spans the cluster up to the number', () => {
    const { ctx, clusters } = run('Cụm thi đua số 5-BCA gồm Công an các đơn vị.');
    expect(clusters[0]!.mentions).toEqual([spanOf(ctx.text, 'Cụm thi đua số 5')]);
  });

  it('merges later mentions of the same number, bare ones included', () => {
    const { ctx, clusters } = run('Cụm thi đua số 5 họp. Đại tá X, Cụm trưởng Cụm 5, phát biểu. Cụm thi đua số 5 thống nhất.');
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.mentions).toEqual([
      spanOf(ctx.text, 'Cụm thi đua số 5'), spanOf(ctx.text, 'Cụm 5'), spanOf(ctx.text, 'Cụm thi đua số 5', 10),
    ]);
    expect(clusters[0]!.foundBy).toEqual([{ rule: 'cluster/numbered', match: 'exact' }, { rule: 'cluster/short', match: 'exact' }]);
  });
});

describe('cluster/roman and cluster/short', () => {
  it('reads Roman numerals', () => {
    const { ctx, clusters } = run('Hội nghị Cụm thi đua số III năm 2011; Cụm II và III cùng dự.');
    expect(clusters.map((c) => [c.number, c.mentions.map((m) => m.text)])).toEqual([[2, ['Cụm II']], [3, ['Cụm thi đua số III', 'III']]]);
    expect(clusters[1]!.foundBy[0]).toEqual({ rule: 'cluster/roman', match: 'exact' });
    expect(clusters[1]!.mentions[0]).toEqual(spanOf(ctx.text, 'Cụm thi đua số III'));
  });

  it('reads a bare "cụm 8" in an article about emulation', () => {
    const { ctx, clusters } = run('Phong trào thi đua "Vì ANTQ": Công an tỉnh Ninh Thuận đăng cai cụm 8.');
    expect(clusters).toEqual([{ number: 8, members: [], mentions: [spanOf(ctx.text, 'cụm 8')], foundBy: [{ rule: 'cluster/short', match: 'exact' }] }]);
  });

  it('does not read a bare "cụm" + number outside emulation articles, nor a count', () => {
    expect(numbers('Công an xã kiểm tra cụm 8 nhà trọ.')).toEqual([]);
    expect(numbers('Phong trào thi đua ở cụm 3 xã biên giới.')).toEqual([]);
    expect(numbers('Phong trào thi đua: Cụm IIII.')).toEqual([]);
  });
});

describe('cluster/typo', () => {
  it('reads "cụm thu đua số 5" with its Jaro–Winkler score and a warning', () => {
    const { ctx, clusters } = run('phong trào của Công an các tỉnh trong cụm thu đua số 5 đã có nhiều đổi mới');
    expect(clusters).toHaveLength(1);
    const c = clusters[0]!;
    expect(c.number).toBe(5);
    expect(c.mentions).toEqual([spanOf(ctx.text, 'cụm thu đua số 5')]);
    expect(c.foundBy).toHaveLength(1);
    expect(c.foundBy[0]!.rule).toBe('cluster/typo');
    expect(c.foundBy[0]!.match).toBe('fuzzy');
    expect(c.foundBy[0]!.score).toBeCloseTo(0.934, 3);
    const at = spanOf(ctx.text, 'cụm thu đua');
    expect(ctx.warnings).toEqual([{ code: 'typo', message: "read 'cụm thu đua' as 'cụm thi đua'", start: at.start, end: at.end, rule: 'cluster/typo' }]);
  });

  it('reads a misspelt "cụm" and unaccented text', () => {
    const a = run('Cụn thi đua số 7 họp.');
    expect(a.clusters.map((c) => [c.number, c.foundBy[0]!.match])).toEqual([[7, 'fuzzy']]);
    expect(a.ctx.warnings.map((w) => w.message)).toEqual(["read 'Cụn thi đua' as 'Cụm thi đua'"]);
    const b = run('cum thi dua so 5 hop');
    expect(b.clusters.map((c) => [c.number, c.foundBy])).toEqual([[5, [{ rule: 'cluster/typo', match: 'folded' }]]]);
    expect(b.ctx.warnings.map((w) => w.message)).toEqual(["read 'cum thi dua' as 'cụm thi đua'"]);
  });

  it('does not read other phrases as typos', () => {
    expect(numbers('Bảng đấu của cụm thi đấu số 2 và cụm chỉ đạo số 5; khối thi đua số 3.')).toEqual([]);
  });
});

describe('cluster/members', () => {
  it('takes the members listed right after a cluster (seed 003)', () => {
    const { clusters } = run('Cụm thi đua số 5-BCA gồm Công an các đơn vị: Thanh Hoá, Nghệ An, Hà Tĩnh, Quảng Bình, Quảng Trị và Thừa Thiên Huế. Được sự quan tâm của Công an tỉnh Hà Nam.');
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.members).toEqual(['Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị', 'Thừa Thiên Huế']);
    expect(clusters[0]!.foundBy).toContainEqual({ rule: 'cluster/members', match: 'exact' });
  });

  it('reads members written with "Công an tỉnh" and "(gồm …)"', () => {
    expect(run('Cụm thi đua số 5 - Bộ Công an gồm: Công an tỉnh Thanh Hóa, Công an tỉnh Nghệ An và Hà Tĩnh.').clusters[0]!.members)
      .toEqual(['Thanh Hóa', 'Nghệ An', 'Hà Tĩnh']);
    expect(run('Cụm thi đua số 1 (gồm Công an TP Hà Nội, TP.HCM, Hải Phòng, Đà Nẵng và Cần Thơ) họp.').clusters[0]!.members)
      .toEqual(['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ']);
  });

  it('reads the members when the year of the membership follows the number', () => {
    const { ctx, clusters } = run('Cụm thi đua số 3 năm 2025 gồm Công an các tỉnh: Cao Bằng, Điện Biên, Lào Cai, Lai Châu, Sơn La và Tuyên Quang.');
    expect(clusters).toEqual([{
      number: 3,
      members: ['Cao Bằng', 'Điện Biên', 'Lào Cai', 'Lai Châu', 'Sơn La', 'Tuyên Quang'],
      mentions: [spanOf(ctx.text, 'Cụm thi đua số 3')],
      foundBy: [{ rule: 'cluster/numbered', match: 'exact' }, { rule: 'cluster/members', match: 'exact' }],
    }]);
    expect(run('Cụm thi đua số 7 - Bộ Công an, năm 2024 gồm Công an tỉnh Quảng Nam và Quảng Ngãi.').clusters[0]!.members).toEqual(['Quảng Nam', 'Quảng Ngãi']);
  });

  it('skips bracketed notes inside a member list', () => {
    const text = 'Cụm thi đua số 7 gồm Công an 5 tỉnh: Quảng Trị (Cụm trưởng), Thừa Thiên Huế (Cụm phó), Quảng Nam, Quảng Ngãi và Bình Định.';
    expect(run(text).clusters[0]!.members).toEqual(['Quảng Trị', 'Thừa Thiên Huế', 'Quảng Nam', 'Quảng Ngãi', 'Bình Định']);
    expect(run('Cụm thi đua số 7 năm 2024 gồm Công an 5 tỉnh: Quảng Trị (Cụm trưởng), Thừa Thiên Huế (Cụm phó), Quảng Nam, Quảng Ngãi và Bình Định.').clusters[0]!.members)
      .toEqual(['Quảng Trị', 'Thừa Thiên Huế', 'Quảng Nam', 'Quảng Ngãi', 'Bình Định']);
    // A bracket followed by a sentence, not by the next member, still ends the list.
    expect(run('Cụm thi đua số 7 gồm Công an tỉnh Quảng Trị (Cụm trưởng). Công an tỉnh Quảng Nam báo cáo.').clusters[0]!.members).toEqual(['Quảng Trị']);
  });

  it('does not infer members: a province merely nearby, or a list shared by two clusters', () => {
    expect(run('Cụm thi đua số 5 họp tại Công an tỉnh Nghệ An.').clusters[0]!.members).toEqual([]);
    expect(run('cụm thi đua số 6 và 7 gồm Công an các tỉnh Gia Lai, Kon Tum.').clusters.map((c) => c.members)).toEqual([[], []]);
    expect(run('Cụm thi đua số 6 gồm Công an các tỉnh Tây Nguyên và Công an tỉnh Bình Phước.').clusters[0]!.members).toEqual([]);
    expect(run('Cụm thi đua số 7 gồm Công an 7 tỉnh Quảng Nam, Quảng Ngãi và Bình Định.').clusters[0]!.members).toEqual(['Quảng Nam', 'Quảng Ngãi', 'Bình Định']);
  });
});

describe('cluster/members-bound', () => {
  const cum9 = 'Công an tỉnh Sóc Trăng - đơn vị Cụm trưởng Cụm thi đua số 9, Bộ Công an tổ chức Hội nghị tổng kết. Dự hội nghị có lãnh đạo Công an 8 tỉnh trong Cụm gồm: Sóc Trăng, Cà Mau, Bạc Liêu, An Giang, Kiên Giang, Vĩnh Long, Hậu Giang và Trà Vinh.';

  it('binds a list after "trong Cụm gồm:" in a later sentence to the one cluster', () => {
    const { ctx, clusters } = run(cum9);
    expect(clusters).toEqual([{
      number: 9,
      members: ['Sóc Trăng', 'Cà Mau', 'Bạc Liêu', 'An Giang', 'Kiên Giang', 'Vĩnh Long', 'Hậu Giang', 'Trà Vinh'],
      mentions: [spanOf(ctx.text, 'Cụm thi đua số 9')],
      foundBy: [{ rule: 'cluster/numbered', match: 'exact' }, { rule: 'cluster/members-bound', match: 'inferred' }],
    }]);
  });

  it('binds "Cụm thi đua gồm Công an 7 tỉnh biên giới phía Bắc: …" to a Roman-numbered cluster', () => {
    const { clusters } = run('Công an tỉnh Cao Bằng - đơn vị Cụm trưởng Cụm thi đua số III đã tổ chức hội nghị. Cụm thi đua gồm Công an 7 tỉnh biên giới phía Bắc: Cao Bằng, Lạng Sơn, Hà Giang, Lào Cai, Lai Châu, Điện Biên và Sơn La.');
    expect(clusters.map((c) => [c.number, c.members])).toEqual([[3, ['Cao Bằng', 'Lạng Sơn', 'Hà Giang', 'Lào Cai', 'Lai Châu', 'Điện Biên', 'Sơn La']]]);
  });

  it('binds nothing when the article names two clusters and the nearby text does not single one out', () => {
    const text = 'Cụm thi đua số 6 và Cụm thi đua số 7 họp liên cụm. Lãnh đạo Công an các tỉnh dự. Các đơn vị trong Cụm gồm: Gia Lai, Kon Tum và Đắk Lắk.';
    expect(run(text).clusters.map((c) => [c.number, c.members])).toEqual([[6, []], [7, []]]);
    // Both numbers in the previous sentence: still ambiguous.
    expect(run('Cụm thi đua số 6 và 7 họp. Cụm thi đua gồm Gia Lai, Kon Tum.').clusters.map((c) => c.members)).toEqual([[], []]);
  });

  it('with two clusters, binds to the only one named in the same or the previous sentence', () => {
    const text = 'Cụm thi đua số 6 họp sáng nay. Trước đó, Cụm thi đua số 7 tổng kết. Cụm thi đua gồm Công an 5 tỉnh: Quảng Nam, Quảng Ngãi, Bình Định, Phú Yên và Khánh Hòa.';
    expect(run(text).clusters.map((c) => [c.number, c.members])).toEqual([[6, []], [7, ['Quảng Nam', 'Quảng Ngãi', 'Bình Định', 'Phú Yên', 'Khánh Hòa']]]);
  });

  it('does not bind a count ("cụm 3 xã gồm …"), a non-emulation "cụm", or a list that is not right after "Cụm"', () => {
    const members = (text: string) => run(text).clusters.map((c) => [c.number, c.members]);
    expect(members('Cụm thi đua số 5 họp. Mô hình được nhân rộng ra cụm 3 xã gồm Nghệ An, Hà Tĩnh và Quảng Bình.')).toEqual([[5, []]]);
    expect(members('Cụm thi đua số 5 họp. Cụm dân cư gồm: Nghệ An, Hà Tĩnh và Quảng Bình.')).toEqual([[5, []]]);
    expect(members('Cụm thi đua số 5 họp. Cụm công nghiệp gồm Nghệ An, Hà Tĩnh.')).toEqual([[5, []]]);
    expect(members('Cụm trưởng Cụm thi đua số 5 là Công an tỉnh Nghệ An. Đoàn công tác gồm: Nghệ An, Hà Tĩnh.')).toEqual([[5, []]]);
    // No numbered cluster at all: an unnumbered list has nowhere to go.
    expect(members('Cụm thi đua gồm Công an các tỉnh: Nghệ An, Hà Tĩnh.')).toEqual([]);
  });
});

describe('negatives', () => {
  it.each([
    'Cụm thi đua quan tâm chỉ đạo thường xuyên.',
    'Phong trào thi đua trên Quốc lộ 1A.',
    'Trụ sở số 5 đường Lê Lợi, thi đua.',
    'Công an 13 tỉnh thi đua.',
    'Hội nghị sơ kết Cụm thi đua 6 tháng đầu năm 2017.',
    'cụm thi đua số 40 không tồn tại',
  ])('no cluster: %s', (text) => {
    expect(numbers(text)).toEqual([]);
  });

  it('registers its rule ids', () => {
    expect(clusterRules.map((r) => r.id)).toEqual(['cluster/numbered', 'cluster/roman', 'cluster/list', 'cluster/short', 'cluster/typo', 'cluster/members', 'cluster/members-bound', 'cluster/not-count', 'cluster/not-emulation']);
  });
});

describe('sample articles (corpus/)', () => {
  const expected: Record<string, [number[], Record<number, string[]>, number]> = {
    '000_a9d2bbf568b633fe.txt': [[4, 5], {}, 0],
    '001_13a519dd43a9bdc2.txt': [[6, 7], {}, 0],
    '002_54f7ae074440a7f6.txt': [[], {}, 0],
    '003_3844e21985b933b6.txt': [[5], { 5: ['Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị', 'Thừa Thiên Huế'] }, 1],
    '004_431368ded9671f03.txt': [[], {}, 0],
  };
  const dir = new URL('../corpus/', import.meta.url);
  it.each(readdirSync(dir).filter((f) => f in expected))('%s', (file) => {
    const [nums, members, typos] = expected[file]!;
    const { ctx, clusters } = run(readFileSync(new URL(file, dir), 'utf8'));
    expect(clusters.map((c) => c.number)).toEqual(nums);
    for (const c of clusters) expect(c.members).toEqual(members[c.number] ?? []);
    for (const c of clusters) for (const m of c.mentions) expect(ctx.text.slice(m.start, m.end)).toBe(m.text);
    expect(ctx.warnings.filter((w) => w.rule === 'cluster/typo')).toHaveLength(typos);
  });
});

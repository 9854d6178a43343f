/** The officials registry: one entry per person, namesakes kept apart, appearances over time. */
import { beforeAll, describe, expect, it } from 'vitest';
import { officialsRegistry } from '../src/query/index.js';
import { fixtureRecords, runCli, storeRecords, tempOut } from './query-helpers.js';

let out: string;
beforeAll(async () => {
  out = await tempOut('officials');
  await storeRecords(out, fixtureRecords());
});

const ap = (date: string | null, dateFrom: string | null, n: string, title: string | null, rank: string | null, positions: string[], province: string | null) => ({
  date,
  dateFrom,
  articleId: `100000000000000${n}`,
  title,
  rank,
  positions,
  province,
});

describe('officialsRegistry', () => {
  it('lists each person once with every appearance sorted by date', async () => {
    const reg = await officialsRegistry(out);
    expect(reg.map((e) => e.key)).toEqual(['le thi dao', 'nguyen van dat', 'tran van duc', 'tran van duc#2']);
    expect(reg[1]).toEqual({
      name: 'Nguyễn Văn Đạt',
      key: 'nguyen van dat',
      ranks: ['Trung tá'],
      positions: [],
      provinces: [],
      // Record 4 has no publishedAt: the latest date its text names stands in.
      appearances: [ap('2017', 'mentioned', '4', null, 'Trung tá', [], null)],
    });
  });

  it('keeps namesakes apart when ranks or provinces contradict in the same period', async () => {
    const reg = await officialsRegistry(out, 'tran van duc');
    // Records 6 and 7 (both 2018-01-15) give two ranks: two people. In 2019 one Trần Văn Đức heads
    // Ninh Thuận police and one Khánh Hòa's; the 2021 Thiếu tướng in Ninh Thuận is the first one, promoted.
    expect(reg).toEqual([
      {
        name: 'Trần Văn Đức',
        key: 'tran van duc',
        ranks: ['Thượng tá', 'Đại tá', 'Thiếu tướng'],
        positions: ['Giám đốc Công an tỉnh Ninh Thuận'],
        provinces: ['Ninh Thuận'],
        appearances: [
          ap('2018-01-15', 'published', '6', 'Hội nghị triển khai công tác năm 2018', 'Thượng tá', [], null),
          ap('2019-03-10', 'published', '1', 'Công an tỉnh Ninh Thuận sơ kết quý I', 'Đại tá', ['Giám đốc Công an tỉnh Ninh Thuận'], 'Ninh Thuận'),
          ap('2021-05-05', 'published', '3', 'Phong trào toàn dân bảo vệ an ninh Tổ quốc', 'Thiếu tướng', ['Giám đốc Công an tỉnh Ninh Thuận'], 'Ninh Thuận'),
        ],
      },
      {
        name: 'Trần Văn Đức',
        key: 'tran van duc#2',
        ranks: ['Trung tá', 'Đại tá'],
        positions: ['Giám đốc Công an tỉnh Khánh Hòa'],
        provinces: ['Khánh Hòa'],
        appearances: [
          ap('2018-01-15', 'published', '7', 'Ra quân tấn công trấn áp tội phạm', 'Trung tá', [], null),
          ap('2019-08-01', 'published', '2', 'Khánh Hòa: tổng kết đợt cao điểm', 'Đại tá', ['Giám đốc Công an tỉnh Khánh Hòa'], 'Khánh Hòa'),
        ],
      },
    ]);
  });

  it('without contradictions, one name is one person', async () => {
    const solo = await tempOut('officials-solo');
    const recs = fixtureRecords();
    // Only the Ninh Thuận appearances and the Thượng tá of 2018: nothing contradicts.
    await storeRecords(solo, [recs[0]!, recs[2]!, recs[5]!]);
    const reg = await officialsRegistry(solo, 'duc');
    expect(reg.map((e) => [e.key, e.appearances.map((a) => a.articleId.slice(-1))])).toEqual([['tran van duc', ['6', '1', '3']]]);
  });

  it('keeps apart a later appearance with a lower rank', async () => {
    const o = await tempOut('officials-lower');
    const recs = fixtureRecords();
    // Record 1: Đại tá on 2019-03-10; record 6 moved to 2020: a Thượng tá a year later is someone else.
    await storeRecords(o, [recs[0]!, { ...recs[5]!, publishedAt: '2020-02-01' }]);
    const reg = await officialsRegistry(o, 'tran van duc');
    expect(reg.map((e) => [e.key, e.ranks])).toEqual([
      ['tran van duc', ['Đại tá']],
      ['tran van duc#2', ['Thượng tá']],
    ]);
  });

  it('filters by a folded run of name syllables', async () => {
    expect((await officialsRegistry(out, 'Đào')).map((e) => e.name)).toEqual(['Lê Thị Đào']);
    expect((await officialsRegistry(out, 'van')).map((e) => e.key)).toEqual(['nguyen van dat', 'tran van duc', 'tran van duc#2']);
    expect(await officialsRegistry(out, 'tran duc')).toEqual([]);
  });
});

describe('vnews officials', () => {
  it('prints the registry as JSON', async () => {
    const r = await runCli(['officials', '--out', out, 'le', 'thi', 'dao']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(await officialsRegistry(out, 'le thi dao'));
  });
  it('prints one CSV row per appearance (a null title empty, no positions a quoted "")', async () => {
    const r = await runCli(['officials', '--out', out, 'nguyen van dat', '--format', 'csv']);
    expect(r.stdout).toBe('key,name,date,dateFrom,articleId,title,rank,positions,province\r\nnguyen van dat,Nguyễn Văn Đạt,2017,mentioned,1000000000000004,,Trung tá,"",\r\n');
  });
  it('prints a table', async () => {
    const r = await runCli(['officials', '--out', out, 'dao', '--format', 'table']);
    expect(r.stdout.split('\n')).toEqual([
      'official    date        rank       province           positions                                    article           title',
      '----------  ----------  ---------  -----------------  -------------------------------------------  ----------------  --------------------------------------',
      'Lê Thị Đào  2020-11-20  Thượng tá  Bà Rịa - Vũng Tàu  Phó Giám đốc Công an tỉnh Bà Rịa - Vũng Tàu  1000000000000005  Bà Rịa - Vũng Tàu: khen thưởng "5-BCA"',
      '1 official',
      '',
    ]);
  });
  it('exits 2 on a bad format', async () => {
    expect((await runCli(['officials', '--out', out, '--format', 'xml'])).code).toBe(2);
  });
});

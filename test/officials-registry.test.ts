/** The officials registry: one entry per person, namesakes kept apart, appearances over time. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest.js';
import { officialsRegistry, type RegistryEntry } from '../src/query/index.js';
import type { ArticleRecord } from '../src/record/schema.js';
import { fixtureRecords, runCli, storeRecords, tempOut } from './query-helpers.js';
import { serveFolder } from './serve-helpers.js';

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
    expect(reg.map((e) => e.key)).toEqual(['lê thị đào', 'nguyễn văn đạt', 'trần văn đức', 'trần văn đức#2']);
    expect(reg[1]).toEqual({
      name: 'Nguyễn Văn Đạt',
      key: 'nguyễn văn đạt',
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
        key: 'trần văn đức',
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
        key: 'trần văn đức#2',
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
    expect(reg.map((e) => [e.key, e.appearances.map((a) => a.articleId.slice(-1))])).toEqual([['trần văn đức', ['6', '1', '3']]]);
  });

  it('keeps apart a later appearance with a lower rank', async () => {
    const o = await tempOut('officials-lower');
    const recs = fixtureRecords();
    // Record 1: Đại tá on 2019-03-10; record 6 moved to 2020: a Thượng tá a year later is someone else.
    await storeRecords(o, [recs[0]!, { ...recs[5]!, publishedAt: '2020-02-01' }]);
    const reg = await officialsRegistry(o, 'tran van duc');
    expect(reg.map((e) => [e.key, e.ranks])).toEqual([
      ['trần văn đức', ['Đại tá']],
      ['trần văn đức#2', ['Thượng tá']],
    ]);
  });

  it('filters by a folded run of name syllables', async () => {
    expect((await officialsRegistry(out, 'Đào')).map((e) => e.name)).toEqual(['Lê Thị Đào']);
    expect((await officialsRegistry(out, 'van')).map((e) => e.key)).toEqual(['nguyễn văn đạt', 'trần văn đức', 'trần văn đức#2']);
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
    expect(r.stdout).toBe('key,name,date,dateFrom,articleId,title,rank,positions,province\r\nnguyễn văn đạt,Nguyễn Văn Đạt,2017,mentioned,1000000000000004,,Trung tá,"",\r\n');
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

describe('names that differ only in their diacritics', () => {
  // Two invented articles: a colonel in Cà Mau in 2016, a major general elsewhere in 2018.
  // Folded, the names are the same; nothing in the appearances contradicts (the rank went up,
  // the provinces differ in different years), so a registry keyed on folded names made one
  // person of them.
  const CA_MAU = 'Cà Mau: sơ kết công tác 6 tháng đầu năm\n\nSáng ngày 12/7/2016, Đại tá Nguyễn Văn Thanh, Giám đốc Công an tỉnh Cà Mau chủ trì hội nghị sơ kết công tác 6 tháng đầu năm 2016.\n';
  const HA_NOI = 'Hội nghị triển khai công tác phòng cháy\n\nNgày 20/3/2018, Thiếu tướng Nguyễn Văn Thành, Cục trưởng Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ phát biểu chỉ đạo hội nghị.\n';
  let dir: string;
  beforeAll(async () => {
    const inputs = await tempOut('thanh-in');
    await writeFile(path.join(inputs, 'ca-mau.txt'), CA_MAU);
    await writeFile(path.join(inputs, 'ha-noi.txt'), HA_NOI);
    dir = await tempOut('thanh-out');
    const run = await ingest([inputs], { outDir: dir });
    expect(run.failed).toEqual([]);
  });

  it('Thanh and Thành are two people, each keyed on the name as written', async () => {
    const reg = await officialsRegistry(dir);
    expect(reg.map((e) => [e.key, e.name, e.ranks])).toEqual([
      ['nguyễn văn thanh', 'Nguyễn Văn Thanh', ['Đại tá']],
      ['nguyễn văn thành', 'Nguyễn Văn Thành', ['Thiếu tướng']],
    ]);
  });

  it('a name typed with diacritics finds those diacritics only; typed without, every spelling', async () => {
    expect((await officialsRegistry(dir, 'Thành')).map((e) => e.name)).toEqual(['Nguyễn Văn Thành']);
    expect((await officialsRegistry(dir, 'Văn Thanh')).map((e) => e.name)).toEqual(['Nguyễn Văn Thanh']);
    expect((await officialsRegistry(dir, 'thanh')).map((e) => e.name)).toEqual(['Nguyễn Văn Thanh', 'Nguyễn Văn Thành']);
    expect((await officialsRegistry(dir, 'NGUYỄN VĂN THÀNH')).map((e) => e.name)).toEqual(['Nguyễn Văn Thành']);
    expect(await officialsRegistry(dir, 'Thánh')).toEqual([]);
  });

  it('vnews officials and vnews query --official read the name the same way', async () => {
    const names = async (args: string[]) => {
      const r = await runCli([...args, '--out', dir]);
      expect(r.code).toBe(0);
      return (JSON.parse(r.stdout) as RegistryEntry[]).map((e) => e.name);
    };
    expect(await names(['officials', 'Thành'])).toEqual(['Nguyễn Văn Thành']);
    expect(await names(['officials', 'nguyen van thanh'])).toEqual(['Nguyễn Văn Thanh', 'Nguyễn Văn Thành']);
    const officialsOf = async (name: string) => {
      const r = await runCli(['query', '--official', name, '--out', dir]);
      expect(r.code).toBe(0);
      return (JSON.parse(r.stdout) as ArticleRecord[]).flatMap((rec) => rec.officials.map((o) => o.name)).sort();
    };
    expect(await officialsOf('Thành')).toEqual(['Nguyễn Văn Thành']);
    expect(await officialsOf('Thanh')).toEqual(['Nguyễn Văn Thanh', 'Nguyễn Văn Thành']);
    expect(await officialsOf('Nguyễn Văn Thanh')).toEqual(['Nguyễn Văn Thanh']);
  });

  it('vnews serve shows them apart and searches them as the registry does', async () => {
    const s = await serveFolder(dir);
    try {
      const marked = await s.json<{ officials: RegistryEntry[] }>(`/officials.json?name=${encodeURIComponent('Thành')}`);
      expect(marked.officials.map((e) => e.name)).toEqual(['Nguyễn Văn Thành']);
      const plain = await s.json<{ officials: RegistryEntry[] }>('/officials.json?name=thanh');
      expect(plain.officials.map((e) => e.name)).toEqual(['Nguyễn Văn Thanh', 'Nguyễn Văn Thành']);
      const page = await s.page(`/official/${encodeURIComponent('nguyễn văn thành')}`);
      expect(page).toContain('Thiếu tướng');
      expect(page).not.toContain('Đại tá');
      // Namesakes are people of the same name as written: the other spelling is not one.
      expect(page).not.toContain(encodeURIComponent('nguyễn văn thanh'));
      // An unaccented key stands for no one when two spellings share it.
      expect((await s.get('/official/nguyen%20van%20thanh')).status).toBe(404);
      const search = await s.json<{ results: { matched: { values: string[] }[] }[] }>(`/search.json?official=${encodeURIComponent('Thành')}`);
      expect(search.results.map((h) => h.matched.flatMap((m) => m.values))).toEqual([['Thiếu tướng Nguyễn Văn Thành']]);
    } finally {
      await s.server.close();
    }
  });
});

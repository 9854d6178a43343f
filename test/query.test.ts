/** queryRecords over the hand-written records of fixtures/records: every filter, folding, ordering, FTS safety. */
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRecords, QueryInputError, type QueryFilters } from '../src/query/index.js';
import { fixtureRecords, storeRecords, tempOut } from './query-helpers.js';

let out: string;
beforeAll(async () => {
  out = await tempOut('query');
  await storeRecords(out, fixtureRecords());
});

/** Ids of the matching records, in result order, shortened to their last digit (fixtures are 100…0N). */
const q = async (f: QueryFilters, limit?: number): Promise<string[]> => (await queryRecords(out, f, { limit })).map((r) => r.id.slice(-1));

describe('no filter', () => {
  it('returns every record, newest first, undated last, ties by id', async () => {
    expect(await q({})).toEqual(['3', '5', '2', '1', '6', '7', '4']);
  });
  it('returns full records as stored', async () => {
    const [r] = await queryRecords(out, { cluster: 1 });
    expect(r).toEqual(fixtureRecords().find((x) => x.id === '1000000000000004'));
  });
  it('honours limit', async () => {
    expect(await q({}, 2)).toEqual(['3', '5']);
  });
});

describe('--official', () => {
  it('matches the full name typed without diacritics, or with them in any case (đ → d)', async () => {
    expect(await q({ official: 'tran van duc' })).toEqual(['3', '2', '1', '6', '7']);
    expect(await q({ official: 'Trần Văn Đức' })).toEqual(['3', '2', '1', '6', '7']);
    expect(await q({ official: 'TRẦN VĂN ĐỨC' })).toEqual(['3', '2', '1', '6', '7']);
    // Typed with diacritics, a name means those diacritics: "Đuc" is no spelling of "Đức".
    expect(await q({ official: 'TRAN VAN ĐUC' })).toEqual([]);
  });
  it('matches a contiguous run of whole syllables', async () => {
    expect(await q({ official: 'van duc' })).toEqual(['3', '2', '1', '6', '7']);
    expect(await q({ official: 'dao' })).toEqual(['5']);
    expect(await q({ official: 'van' })).toEqual(['3', '2', '1', '6', '7', '4']);
  });
  it('ignores punctuation between syllables', async () => {
    expect(await q({ official: 'Văn-Đức' })).toEqual(['3', '2', '1', '6', '7']);
  });
  it('does not match skipped or partial syllables', async () => {
    expect(await q({ official: 'tran duc' })).toEqual([]);
    expect(await q({ official: 'tra' })).toEqual([]);
  });
});

describe('--rank', () => {
  it('matches the folded rank exactly', async () => {
    expect(await q({ rank: 'dai ta' })).toEqual(['2', '1']);
    expect(await q({ rank: 'Thượng tá' })).toEqual(['5', '6']);
    expect(await q({ rank: 'thuong tuong' })).toEqual([]);
    expect(await q({ rank: 'ta' })).toEqual([]);
  });
  it('with --official, the same official must hold the rank', async () => {
    // Record 5 has a Thượng tá, but she is Lê Thị Đào.
    expect(await q({ official: 'tran van duc', rank: 'thuong ta' })).toEqual(['6']);
  });
});

describe('--province', () => {
  it('matches the canonical name without diacritics, with or without an administrative prefix', async () => {
    expect(await q({ province: 'ninh thuan' })).toEqual(['3', '1']);
    expect(await q({ province: 'tỉnh Ninh Thuận' })).toEqual(['3', '1']);
    expect(await q({ province: 'Khánh Hoà' })).toEqual(['2']);
    expect(await q({ province: 'thanh pho ho chi minh' })).toEqual(['4']);
  });
  it('accepts initials and the statistical code', async () => {
    expect(await q({ province: 'tp hcm' })).toEqual(['4']);
    expect(await q({ province: 'TP.HCM' })).toEqual(['4']);
    expect(await q({ province: 'tphcm' })).toEqual(['4']);
    expect(await q({ province: 'BR-VT' })).toEqual(['5']);
    expect(await q({ province: '79' })).toEqual(['4']);
  });
  it('accepts the variants listed in src/data/provinces.ts', async () => {
    expect(await q({ province: 'Sài Gòn' })).toEqual(['4']);
    expect(await q({ province: 'Ho Chi Minh City' })).toEqual(['4']);
    expect(await q({ province: 'Bà Rịa-Vũng Tàu' })).toEqual(['5']);
    expect(await q({ province: 'Công an tỉnh Ninh Thuận' })).toEqual(['3', '1']);
  });
  it('finds nothing for an unknown place', async () => {
    expect(await q({ province: 'Atlantis' })).toEqual([]);
    expect(await q({ province: 'ninh' })).toEqual([]);
  });
  it('--successors adds the units that became the named one in 2025', async () => {
    expect(await q({ province: 'Khánh Hòa', successors: true })).toEqual(['3', '2', '1']);
    expect(await q({ province: 'hcm', successors: true })).toEqual(['5', '4']);
    // A merged unit brings its successor and the successor's other predecessors.
    expect(await q({ province: 'ninh thuan', successors: true })).toEqual(['3', '2', '1']);
  });
  it('--successors needs --province', async () => {
    await expect(queryRecords(out, { successors: true })).rejects.toThrow(QueryInputError);
  });
});

describe('--cluster', () => {
  it('matches the cluster number', async () => {
    expect(await q({ cluster: 7 })).toEqual(['1']);
    expect(await q({ cluster: 1 })).toEqual(['4']);
    expect(await q({ cluster: 2 })).toEqual([]);
  });
  it('rejects a number that is not a positive integer', async () => {
    await expect(queryRecords(out, { cluster: 0 })).rejects.toThrow(QueryInputError);
    await expect(queryRecords(out, { cluster: 1.5 })).rejects.toThrow(QueryInputError);
  });
});

describe('--from/--to', () => {
  it('matches the published date', async () => {
    expect(await q({ from: '2019-01-01', to: '2019-12-31' })).toEqual(['2', '1']);
    expect(await q({ from: '2019-03', to: '2019-03' })).toEqual(['1']);
  });
  it('matches a period overlapping the range (undated record 4: "6 tháng đầu năm 2017")', async () => {
    expect(await q({ from: '2017-06-30', to: '2017-07-15' })).toEqual(['4']);
    expect(await q({ from: '2024' })).toEqual(['3']);
    expect(await q({ to: '2017-12-31' })).toEqual(['4']);
  });
  it('a year named as a date counts only when the whole year lies in the range', async () => {
    // Record 4 names "Năm 2017" and the period ends 2017-06-30: neither is inside July–December.
    expect(await q({ from: '2017-07-01', to: '2017-12-31' })).toEqual([]);
  });
  it('rejects impossible dates and reversed ranges', async () => {
    await expect(queryRecords(out, { from: '2020-13-45' })).rejects.toThrow(/--from takes a date/);
    await expect(queryRecords(out, { to: '2021-02-29' })).rejects.toThrow(/--to takes a date/);
    await expect(queryRecords(out, { from: '2020', to: '2019' })).rejects.toThrow(/after/);
  });
});

describe('--award', () => {
  it('matches a folded prefix of the award type', async () => {
    expect(await q({ award: 'giay khen' })).toEqual(['5', '2']);
    expect(await q({ award: 'Giấy' })).toEqual(['5', '2']);
    expect(await q({ award: 'bang khen' })).toEqual(['1']);
    expect(await q({ award: 'huan chuong' })).toEqual([]);
  });
  it('treats LIKE wildcards as text', async () => {
    expect(await q({ award: '%' })).toEqual([]);
    expect(await q({ award: 'gi_y' })).toEqual([]);
  });
});

describe('--text', () => {
  it('finds a phrase in the folded title and text', async () => {
    expect(await q({ text: 'bao ve an ninh' })).toEqual(['3']);
    expect(await q({ text: 'an ninh' })).toEqual(['3', '2']);
    expect(await q({ text: 'Đào' })).toEqual(['5']);
    expect(await q({ text: 'ninh thuan' })).toEqual(['3', '1']);
  });
  it('requires every comma-separated phrase', async () => {
    expect(await q({ text: 'an ninh, trat tu' })).toEqual(['2']);
    expect(await q({ text: 'an ninh, to quoc' })).toEqual(['3']);
  });
  it('never reads the input as FTS5 syntax', async () => {
    expect(await q({ text: '5-BCA' })).toEqual(['5']);
    expect(await q({ text: '"5-BCA"' })).toEqual(['5']);
    expect(await q({ text: 'NEAR(biển' })).toEqual(['5']);
    expect(await q({ text: '"' })).toEqual([]);
    expect(await q({ text: '""' })).toEqual([]);
    expect(await q({ text: 'an* OR ninh' })).toEqual([]);
    expect(await q({ text: 'folded_text:an' })).toEqual([]);
    expect(await q({ text: "'); DROP TABLE articles; --" })).toEqual([]);
    expect(await q({})).toHaveLength(7);
  });
});

describe('filters combine with AND', () => {
  it('province and rank', async () => {
    expect(await q({ province: 'ninh thuan', rank: 'thieu tuong' })).toEqual(['3']);
  });
  it('official and date range', async () => {
    expect(await q({ official: 'duc', from: '2019', to: '2019' })).toEqual(['2', '1']);
  });
  it('award, province with successors, text', async () => {
    expect(await q({ award: 'giay khen', province: 'hcm', successors: true, text: '5-BCA' })).toEqual(['5']);
    expect(await q({ award: 'giay khen', province: 'hcm', text: '5-BCA' })).toEqual([]);
  });
});

describe('a first page equals the head of the full result', () => {
  // 400 records: rank Đại tá in every 3rd (common), cluster 9 in two (rare), dates spread over years.
  let big: string;
  beforeAll(async () => {
    big = await tempOut('query-pages');
    const [base] = fixtureRecords();
    const recs = Array.from({ length: 400 }, (_, i) => {
      const id = `20000000${String(i).padStart(8, '0')}`;
      const text = `Bài ${i}: Đại tá Trần Văn Đức dự hội nghị.`;
      return {
        ...base!,
        id,
        source: { ...base!.source, location: `page/${i}.txt` },
        title: `Bài ${i}`,
        publishedAt: i % 7 === 0 ? null : `20${String(10 + (i % 13)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
        text,
        officials: i % 3 === 0 ? [{ ...base!.officials[0]!, mentions: [{ start: text.indexOf('Đại tá'), end: text.indexOf(' dự'), text: 'Đại tá Trần Văn Đức' }] }] : [],
        provinces: [],
        clusters: i === 5 || i === 399 ? [{ number: 9, members: [], mentions: [{ start: 0, end: 3, text: 'Bài' }], foundBy: [{ rule: 'cluster/numbered', match: 'exact' as const }] }] : [],
        periods: [],
        dates: [],
        awards: [],
      };
    });
    await storeRecords(big, recs);
  });
  it.each([
    ['common (rank)', { rank: 'dai ta' }],
    ['rare (cluster)', { cluster: 9 }],
    ['common text', { text: 'hoi nghi' }],
    ['a year', { from: '2015', to: '2015' }],
    ['none', {}],
  ] as [string, QueryFilters][])('%s', async (_label, f) => {
    const all = (await queryRecords(big, f)).map((r) => r.id);
    for (const limit of [1, 5, 20, 150]) expect((await queryRecords(big, f, { limit })).map((r) => r.id)).toEqual(all.slice(0, limit));
  });
});

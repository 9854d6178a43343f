/** `stats`: counts by year, province, cluster, rank and award type over the fixture records. */
import { beforeAll, describe, expect, it } from 'vitest';
import { stats } from '../src/query/index.js';
import { fixtureRecords, runCli, storeRecords, tempOut } from './query-helpers.js';

let out: string;
beforeAll(async () => {
  out = await tempOut('stats');
  await storeRecords(out, fixtureRecords());
});

const expected = {
  articles: 7,
  byYear: [
    { year: '2018', articles: 2 },
    { year: '2019', articles: 2 },
    { year: '2020', articles: 1 },
    { year: '2021', articles: 1 },
    { year: 'unknown', articles: 1 },
  ],
  byProvince: [
    { province: 'Ninh Thuận', code: '58', articles: 2 },
    { province: 'Bà Rịa - Vũng Tàu', code: '77', articles: 1 },
    { province: 'Hà Nội', code: '01', articles: 1 },
    { province: 'Hải Phòng', code: '31', articles: 1 },
    { province: 'Hồ Chí Minh', code: '79', articles: 1 },
    { province: 'Khánh Hòa', code: '56', articles: 1 },
  ],
  byCluster: [
    { cluster: 1, articles: 1 },
    { cluster: 7, articles: 1 },
  ],
  byRank: [
    { rank: 'Thượng tá', officials: 2, articles: 2 },
    { rank: 'Trung tá', officials: 2, articles: 2 },
    { rank: 'Đại tá', officials: 2, articles: 2 },
    { rank: 'Thiếu tướng', officials: 1, articles: 1 },
  ],
  byAwardType: [
    { type: 'Giấy khen', awards: 2, articles: 2, collectives: 41, individuals: 103 },
    { type: 'Bằng khen', awards: 1, articles: 1, collectives: 5, individuals: 12 },
  ],
  totals: { officials: 7, awards: 3, collectives: 46, individuals: 115 },
};

describe('stats', () => {
  it('counts articles, officials and awards', async () => {
    expect(await stats(out)).toEqual(expected);
  });
  it('counts officials without rank as "none"', async () => {
    const o = await tempOut('stats-none');
    const [r] = fixtureRecords();
    await storeRecords(o, [{ ...r!, officials: r!.officials.map((x) => ({ ...x, rank: null })) }]);
    expect((await stats(o)).byRank).toEqual([{ rank: 'none', officials: 1, articles: 1 }]);
  });
});

describe('vnews stats', () => {
  it('prints JSON by default', async () => {
    const r = await runCli(['stats', '--out', out]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expected);
  });
  it('prints tables', async () => {
    const r = await runCli(['stats', '--out', out, '--format', 'table']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('articles: 7; officials: 7; awards: 3 (46 collectives, 115 individuals)');
    expect(r.stdout).toContain('by award type\ntype       awards  articles  collectives  individuals\n---------  ------  --------  -----------  -----------\nGiấy khen  2       2         41           103\nBằng khen  1       1         5            12\n');
  });
  it('has no csv format', async () => {
    const r = await runCli(['stats', '--out', out, '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('vnews stats: --format must be json, table, not "csv"');
  });
});

/**
 * End to end: the real pipeline ingests the five seeds of corpus/ (index on), then queries
 * run against what it wrote. These are the acceptance tests of `vnews query`; a seed is
 * named by its file's number (000 … 004).
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest.js';
import { storePath } from '../src/store/store-db.js';
import Database from 'better-sqlite3';
import { officialsRegistry, queryRecords, stats, type QueryFilters } from '../src/query/index.js';
import type { ArticleRecord } from '../src/record/schema.js';
import { runCli, tempOut } from './query-helpers.js';

const seed = (r: ArticleRecord): string => path.basename(r.source.location).slice(0, 3);

let out: string;
beforeAll(async () => {
  out = await tempOut('seeds');
  const result = await ingest(['corpus'], { outDir: out, index: true });
  expect(result.failed).toEqual([]);
  expect(result.written).toBe(5);
});

/** Seeds matching the filters, sorted (only 004 has a publishedAt, so result order is mostly by id). */
const seeds = async (f: QueryFilters): Promise<string[]> => (await queryRecords(out, f)).map(seed).sort();

describe('acceptance: each filter on the seeds', () => {
  it('--province "nghe an" → 003', async () => {
    expect(await seeds({ province: 'nghe an' })).toEqual(['003']);
  });
  it('--official "tran ba thieu" → 000', async () => {
    expect(await seeds({ official: 'tran ba thieu' })).toEqual(['000']);
  });
  it('--cluster 5 → 000, 003', async () => {
    expect(await seeds({ cluster: 5 })).toEqual(['000', '003']);
  });
  it('--rank "thuong tuong" → 001', async () => {
    expect(await seeds({ rank: 'thuong tuong' })).toEqual(['001']);
  });
  it('--rank "Đại tá" → 003, 004', async () => {
    expect(await seeds({ rank: 'Đại tá' })).toEqual(['003', '004']);
  });
  it('--award "giay khen" → 004', async () => {
    expect(await seeds({ award: 'giay khen' })).toEqual(['004']);
  });
  it('--from 2017-01-01 --to 2017-06-30 --official "nguyen quang chu" → 002 (its period "6 tháng đầu năm 2017")', async () => {
    expect(await seeds({ from: '2017-01-01', to: '2017-06-30', official: 'nguyen quang chu' })).toEqual(['002']);
  });
  it('--text "bao ve an ninh" → 003, 004', async () => {
    expect(await seeds({ text: 'bao ve an ninh' })).toEqual(['003', '004']);
  });
});

describe('more on the seeds', () => {
  it('--from/--to alone: any period overlapping the first half of 2017', async () => {
    // 000 "nhiệm kỳ 2016-2021", 001 "9 tháng đầu năm 2017", 002 "6 tháng đầu năm 2017",
    // 004 "19/8/1945-19/8/2020"; 003 speaks of 2020 only.
    expect(await seeds({ from: '2017-01-01', to: '2017-06-30' })).toEqual(['000', '001', '002', '004']);
    // 000 by "nhiệm kỳ 2016-2021"; 004 by its publishedAt 2020-11-20 (its periods end in August).
    expect(await seeds({ from: '2020-09-01', to: '2020-12-31' })).toEqual(['000', '004']);
  });
  it('--successors: Bình Định became part of Gia Lai in 2025 (001 names Gia Lai)', async () => {
    expect(await seeds({ province: 'Bình Định' })).toEqual([]);
    expect(await seeds({ province: 'Bình Định', successors: true })).toEqual(['001']);
  });
  it('--province accepts variants: "TT-Huế" and "Huế" find Thừa Thiên Huế', async () => {
    expect(await seeds({ province: 'TT-Huế' })).toEqual(['003']);
    expect(await seeds({ province: 'Huế' })).toEqual(['003']);
  });
  it('--text is never FTS syntax', async () => {
    expect(await seeds({ text: '5-BCA' })).toEqual(['003']);
    for (const t of ['"', 'NEAR(', 'an ninh"', '*', 'an AND', '^bao', 'text:an', ')('])
      await expect(queryRecords(out, { text: t })).resolves.toBeInstanceOf(Array);
  });
  it('prints CSV rows with the matched cluster', async () => {
    const r = await runCli(['query', '--out', out, '--cluster', '5', '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split('\r\n').slice(1);
    expect(rows.map((l) => l.split(',')[3]!.slice(7, 10)).sort()).toEqual(['000', '003']);
    for (const l of rows) expect(l.endsWith(',cluster: 5')).toBe(true);
  });
  it('prints a table with 004 first (the only dated seed)', async () => {
    const r = await runCli(['query', '--out', out, '--text', 'bao ve an ninh', '--format', 'table']);
    const lines = r.stdout.split('\n');
    expect(lines[2]).toMatch(/^2020-11-20 {2}[0-9a-f]{16} {2}Tổ chức Hội nghị tổng kết Phong trào thi đua đặc biệt {2}text: bảo vệ an ninh$/);
    expect(lines[3]).toMatch(/^- {11}[0-9a-f]{16} {2}003_3844e21985b933b6\.txt +text: bảo vệ An ninh$/);
    expect(lines[4]).toBe('2 records');
  });
  it('rebuilds an index dropped from the store on the next query', async () => {
    const db = new Database(storePath(out));
    db.exec('DROP TABLE clusters');
    db.prepare("UPDATE meta SET value = 'stale' WHERE key = 'index'").run();
    db.close();
    expect(await seeds({ cluster: 5 })).toEqual(['000', '003']);
  });
});

describe('stats and the registry on the seeds', () => {
  it('counts clusters, provinces, years and awards', async () => {
    const s = await stats(out);
    expect(s.articles).toBe(5);
    expect(s.byYear).toEqual([
      { year: '2020', articles: 1 },
      { year: 'unknown', articles: 4 },
    ]);
    expect(s.byCluster).toEqual([
      { cluster: 5, articles: 2 },
      { cluster: 4, articles: 1 },
      { cluster: 6, articles: 1 },
      { cluster: 7, articles: 1 },
    ]);
    expect(s.byProvince.map((p) => [p.province, p.code, p.articles])).toEqual([
      ['Gia Lai', '64', 1],
      ['Hà Tĩnh', '42', 1],
      ['Nghệ An', '40', 1],
      ['Quảng Bình', '44', 1],
      ['Quảng Trị', '45', 1],
      ['Thanh Hóa', '38', 1],
      ['Thừa Thiên Huế', '46', 1],
    ]);
    expect(s.byAwardType).toEqual([{ type: 'Giấy khen', awards: 1, articles: 1, collectives: 38, individuals: 96 }]);
  });
  it('lists Nguyễn Văn Thành once, as Thượng tướng in 001, and not the byline "Văn Thành"', async () => {
    const reg = await officialsRegistry(out, 'van thanh');
    expect(reg.map((e) => e.name)).toEqual(['Nguyễn Văn Thành']);
    expect(reg[0]!.ranks).toEqual(['Thượng tướng']);
    expect(reg[0]!.appearances).toHaveLength(1);
  });
});

describe('a second ingest that changes one article', () => {
  it('updates the index in place: the old record is gone, the new one is found', async () => {
    const dir = await tempOut('seeds-inc');
    const corpus = path.join(dir, 'corpus');
    const outDir = path.join(dir, 'output');
    await cp('corpus', corpus, { recursive: true });
    const first = await ingest([corpus], { outDir, index: true });
    const old = (await queryRecords(outDir, { text: 'nguyen quang chu' })).concat(await queryRecords(outDir, { from: '2017-01-01', to: '2017-06-30' })).find((r) => seed(r) === '002')!;
    expect(first.writtenIds).toContain(old.id);
    const inode = statSync(storePath(outDir)).ino;

    const file = path.join(corpus, '002_54f7ae074440a7f6.txt');
    await writeFile(file, `${(await readFile(file, 'utf8')).trimEnd()}\n\nHội nghị cũng biểu dương phong trào Kỳ Lân Xanh.\n`);
    const second = await ingest([corpus], { outDir, index: true });
    expect(second.removedIds).toEqual([old.id]);
    expect(second.writtenIds).toHaveLength(1);
    expect(second.unchanged).toBe(4);
    expect(statSync(storePath(outDir)).ino).toBe(inode);

    const found = await queryRecords(outDir, { text: 'ky lan xanh' });
    expect(found.map((r) => [seed(r), r.id])).toEqual([['002', second.writtenIds[0]]]);
    expect((await queryRecords(outDir, {})).map((r) => r.id)).not.toContain(old.id);
    expect(await queryRecords(outDir, {})).toHaveLength(5);
  });
});

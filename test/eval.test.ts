import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fold, formatReport, measures, provKey, recordKey, rowOf, scoreRecords, type RecordLike, type ScoreReport } from '../src/eval/score.js';
import { evaluate, findArticles } from '../src/commands/eval.js';
import { readRecordsAt } from '../src/eval/read-records.js';
import { ingest } from '../src/ingest.js';
import Database from 'better-sqlite3';
import { runCli } from './helpers/io.js';

const tmp = (tag: string): string => fs.mkdtempSync(path.join(os.tmpdir(), `vnews-evaltest-${tag}-`));

/** A gold folder holding the given annotations, one file per basename. */
function goldDir(files: Record<string, unknown>): string {
  const dir = tmp('gold');
  for (const [base, g] of Object.entries(files)) fs.writeFileSync(path.join(dir, `${base}.json`), JSON.stringify(g));
  return dir;
}

const rec = (base: string, fields: Record<string, unknown>): RecordLike => ({ source: { location: `corpus/${base}.txt` }, ...fields });

const counts = (r: ScoreReport, type: string) => {
  const row = rowOf(r, type);
  return row ? { tp: row.tp, fp: row.fp, fn: row.fn } : undefined;
};

describe('fold and keys (same rules as the reference scorer)', () => {
  it('fold strips tone marks and đ, lower-cases and collapses white space', () => {
    expect(fold('Trần  Bá\tThiều ')).toBe('tran ba thieu');
    expect(fold('Đắk Lắk')).toBe('dak lak');
    expect(fold('Đại uý')).toBe(fold('Đại úy'));
    expect(fold('Tre\u0302\u0300n')).toBe('tren'); // decomposed input folds the same
    expect(fold(null)).toBe('');
    expect(fold(undefined)).toBe('');
  });

  it('provKey drops a leading tỉnh / thành phố / TP and spaces around dashes', () => {
    expect(provKey('tỉnh Nghệ An')).toBe('nghe an');
    expect(provKey({ name: 'Thành phố Hà Nội' })).toBe('ha noi');
    expect(provKey('TP. Hồ Chí Minh')).toBe('ho chi minh');
    expect(provKey('TP Đà Nẵng')).toBe('da nang');
    expect(provKey('Bà Rịa - Vũng Tàu')).toBe(provKey('Bà Rịa-Vũng Tàu'));
    expect(provKey('Thừa Thiên - Huế')).toBe('thua thien hue');
    // like the reference, an abbreviation is not expanded: records must carry canonical names
    expect(provKey('TP.HCM')).toBe('tp.hcm');
  });

  it('recordKey is the basename without extension of source.location (or path, url)', () => {
    expect(recordKey({ source: { location: 'corpus/000_a9d2bbf568b633fe.txt' } })).toBe('000_a9d2bbf568b633fe');
    expect(recordKey({ source: { location: 'https://cand.com.vn/tin/bai-viet.html' } })).toBe('bai-viet');
    expect(recordKey({ source: { path: '/x/y/02_z.html' } })).toBe('02_z');
    expect(recordKey({})).toBe('');
  });

  it('measures: empty counts are perfect; only false positives give P 0, R 1, F1 0', () => {
    expect(measures({ tp: 0, fp: 0, fn: 0 })).toEqual({ p: 1, r: 1, f1: 1 });
    expect(measures({ tp: 0, fp: 2, fn: 0 })).toEqual({ p: 0, r: 1, f1: 0 });
    expect(measures({ tp: 0, fp: 0, fn: 3 })).toEqual({ p: 0, r: 0, f1: 0 });
    const m = measures({ tp: 3, fp: 1, fn: 2 });
    expect(m.p).toBeCloseTo(0.75, 10);
    expect(m.r).toBeCloseTo(0.6, 10);
    expect(m.f1).toBeCloseTo(2 / 3, 10);
  });
});

describe('scoreRecords', () => {
  it('matches officials by folded name, and officials+rank by name and folded rank', () => {
    const gold = goldDir({
      a: {
        officials: [
          { name: 'Trần Bá Thiều', rank: 'Trung tướng' },
          { name: 'Võ Ngọc Thành', rank: null },
          { name: 'Phan Thanh Bình', rank: 'Đại úy' },
        ],
      },
    });
    const r = scoreRecords(gold, [
      rec('a', {
        officials: [
          { name: 'tran  ba thieu', rank: 'trung tuong' },
          { name: 'Võ Ngọc Thành', rank: 'Đại tá' },
          { name: 'Phan Thanh Bình', rank: 'Đại uý' },
          { name: 'Văn Thành', rank: null },
        ],
      }),
    ]);
    expect(counts(r, 'officials')).toEqual({ tp: 3, fp: 1, fn: 0 });
    expect(counts(r, 'officials+rank')).toEqual({ tp: 2, fp: 2, fn: 1 });
    expect(r.perDoc[0]!.errors).toEqual([
      'officials FP van thanh',
      'officials+rank FP vo ngoc thanh|dai ta',
      'officials+rank FP van thanh|',
      'officials+rank FN vo ngoc thanh|',
    ]);
  });

  it('matches provinces by short name whatever the prefix, and counts a duplicate once', () => {
    const gold = goldDir({ a: { provinces: [{ name: 'Thừa Thiên Huế', code: '46' }, { name: 'Hồ Chí Minh', code: '79' }, { name: 'Nghệ An', code: '40' }] } });
    const r = scoreRecords(gold, [
      rec('a', {
        provinces: [
          { name: 'tỉnh Thừa Thiên - Huế', code: '46' },
          { name: 'Thành phố Hồ Chí Minh', code: '79' },
          { name: 'Hồ Chí Minh', code: '79' },
          { name: 'Nam Định', code: '36' },
        ],
      }),
    ]);
    expect(counts(r, 'provinces')).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(r.perDoc[0]!.errors).toEqual(['provinces FP nam dinh', 'provinces FN nghe an']);
  });

  it('ignores system awards without any count; compares type|collectives|individuals', () => {
    const gold = goldDir({
      a: {
        awards: [
          { type: 'Giấy khen', collectives: 38, individuals: 96 },
          { type: 'Thưởng', collectives: 2, individuals: null },
          { type: 'Bằng khen', collectives: 5, individuals: 7 },
        ],
      },
    });
    const r = scoreRecords(gold, [
      rec('a', {
        awards: [
          { type: 'giấy khen', collectives: 38, individuals: 96 },
          { type: 'Thưởng', collectives: 2, individuals: null },
          { type: 'Bằng khen', collectives: null, individuals: null },
          { type: 'Bằng khen', collectives: 5, individuals: 8 },
        ],
      }),
    ]);
    expect(counts(r, 'awards')).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(r.perDoc[0]!.errors).toEqual(['awards FP bang khen|5|8', 'awards FN bang khen|5|7']);
  });

  it('clusters by number, periods by start|end, authors by folded name', () => {
    const gold = goldDir({
      a: {
        clusters: [4, 5],
        periods: [
          { start: '2016-01-01', end: '2016-07-31', text: '7 tháng đầu năm 2016' },
          { start: '2016-01-01', end: '2021-12-31', text: 'nhiệm kỳ 2016-2021' },
        ],
        authors: ['Nguyễn Bình', 'Đức Thắng'],
      },
    });
    const r = scoreRecords(gold, [
      rec('a', {
        clusters: [{ number: 5, members: [] }, { number: 6, members: [] }],
        periods: [{ start: '2016-01-01', end: '2016-07-31', text: 'other words' }],
        authors: ['nguyen binh', 'Đức Thắng', 'Admin'],
      }),
    ]);
    expect(counts(r, 'clusters')).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(counts(r, 'periods')).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(counts(r, 'authors')).toEqual({ tp: 2, fp: 1, fn: 0 });
  });

  it('scores cluster members only where the gold lists them, by province key', () => {
    const gold = goldDir({
      a: { clusters: [5, 6], cluster_members: { '5': ['Thanh Hóa', 'Nghệ An', 'Thừa Thiên Huế'] } },
      b: { clusters: [5] },
    });
    const r = scoreRecords(gold, [
      rec('a', {
        clusters: [
          { number: 5, members: ['Thanh Hoá', 'tỉnh Nghệ An', 'Hà Tĩnh'] },
          { number: 6, members: ['Gia Lai'] },
        ],
      }),
      rec('b', { clusters: [{ number: 5, members: ['Gia Lai'] }] }),
    ]);
    expect(counts(r, 'cluster members')).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(r.perDoc[0]!.errors).toEqual(['member FP 5:ha tinh', 'member FN 5:thua thien hue']);
    expect(r.perDoc[1]!.errors).toEqual([]);
  });

  it('title and publishedAt rows only where the gold states them; a wrong value is a FN and a FP, a missing one only a FN', () => {
    const gold = goldDir({
      a: { title: 'Tổ chức Hội nghị tổng kết', publishedAt: '2020-11-20' },
      b: { title: 'Một tiêu đề', publishedAt: '2021-01-02' },
      c: {},
    });
    const r = scoreRecords(gold, [
      rec('a', { title: 'to chuc hoi nghi  tong ket', publishedAt: '2020-11-21' }),
      rec('b', { title: null, publishedAt: '2021-01-02' }),
      rec('c', { title: 'anything', publishedAt: '1999-01-01' }),
    ]);
    expect(counts(r, 'title')).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(counts(r, 'publishedAt')).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(r.perDoc.map((d) => d.errors)).toEqual([['publishedAt want 2020-11-20 got 2020-11-21'], ['title want Một tiêu đề got null'], []]);
  });

  it('counts a gold file without record as missing, with every gold value a false negative', () => {
    const gold = goldDir({ a: { officials: [{ name: 'Hồ Văn Tứ', rank: 'Đại tá' }], provinces: [{ name: 'Nghệ An' }], title: 'T' } });
    const r = scoreRecords(gold, [rec('other', { officials: [{ name: 'Hồ Văn Tứ', rank: 'Đại tá' }] })]);
    expect(r.docs).toBe(1);
    expect(r.missingRecords).toBe(1);
    expect(counts(r, 'officials')).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(counts(r, 'title')).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(r.perDoc[0]!.errors).toContain('title want T got undefined');
  });

  it('orders rows as the reference does and leaves officials+rank, title and publishedAt out of the overall F1', () => {
    const gold = goldDir({
      a: { officials: [{ name: 'A B', rank: 'Đại tá' }], publishedAt: '2020-01-01' },
      b: { cluster_members: { '1': ['Hà Nội'] }, title: 'x' },
    });
    const r = scoreRecords(gold, [
      rec('a', { officials: [{ name: 'A B', rank: 'Thượng tá' }], publishedAt: '2020-01-02' }),
      rec('b', { clusters: [{ number: 1, members: ['Hà Nội', 'Cần Thơ'] }], title: 'y' }),
    ]);
    expect(r.rows.map((x) => x.type)).toEqual(['officials', 'officials+rank', 'provinces', 'clusters', 'periods', 'awards', 'authors', 'publishedAt', 'cluster members', 'title']);
    // overall: officials tp1 + members tp1 fp1 (clusters: the record has 1, gold none → fp1)
    expect(counts(r, 'clusters')).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(r.overall.p).toBeCloseTo(2 / 4, 10);
    expect(r.overall.r).toBeCloseTo(1, 10);
  });

  it('reads records from records.jsonl, a records folder or objects alike', () => {
    const gold = goldDir({ a: { provinces: [{ name: 'Gia Lai' }] }, b: { clusters: [6, 7] } });
    const records = [rec('a', { provinces: [{ name: 'Gia Lai' }] }), rec('b', { clusters: [{ number: 6, members: [] }] })];
    const out = tmp('recs');
    fs.writeFileSync(path.join(out, 'records.jsonl'), records.map((x) => JSON.stringify(x)).join('\n') + '\n');
    fs.mkdirSync(path.join(out, 'records'));
    records.forEach((x, i) => fs.writeFileSync(path.join(out, 'records', `${i}.json`), JSON.stringify(x, null, 2)));
    const fromObjects = scoreRecords(gold, records);
    expect(scoreRecords(gold, path.join(out, 'records.jsonl'))).toEqual(fromObjects);
    expect(scoreRecords(gold, path.join(out, 'records'))).toEqual(fromObjects);
    expect(counts(fromObjects, 'clusters')).toEqual({ tp: 1, fp: 0, fn: 1 });
  });

  it('names the file when gold or records cannot be parsed', () => {
    const gold = goldDir({});
    fs.writeFileSync(path.join(gold, 'bad.json'), '{ not json');
    expect(() => scoreRecords(gold, [])).toThrow(/bad\.json/);
    const good = goldDir({ a: {} });
    const out = tmp('badrecs');
    fs.writeFileSync(path.join(out, 'records.jsonl'), '{"source":{"location":"a.txt"}}\n{oops\n');
    expect(() => scoreRecords(good, path.join(out, 'records.jsonl'))).toThrow(/records\.jsonl:2/);
  });

  it('formats the same table as the reference', () => {
    const gold = goldDir({ a: { officials: [{ name: 'Hồ Văn Tứ', rank: 'Đại tá' }], provinces: [{ name: 'Nghệ An' }] } });
    const r = scoreRecords(gold, [rec('a', { officials: [{ name: 'Hồ Văn Tứ', rank: 'Đại tá' }], provinces: [{ name: 'Hà Tĩnh' }] })]);
    expect(formatReport(r, { verbose: true })).toBe(
      [
        'docs 1  missing records 0',
        'type              tp   fp   fn    P     R     F1',
        'officials           1    0    0  1.000 1.000 1.000',
        'officials+rank      1    0    0  1.000 1.000 1.000',
        'provinces           0    1    1  0.000 0.000 0.000',
        'clusters            0    0    0  1.000 1.000 1.000',
        'periods             0    0    0  1.000 1.000 1.000',
        'awards              0    0    0  1.000 1.000 1.000',
        'authors             0    0    0  1.000 1.000 1.000',
        'a: provinces FP ha tinh; provinces FN nghe an',
        'overall micro F1 0.500 (P 0.500 R 0.500)',
        '',
      ].join('\n'),
    );
    expect(formatReport(r)).not.toContain('a: provinces');
  });
});

/** Records built from the seed gold, then changed in known ways. */
function seedRecordsDir(): string {
  const seedGold = path.join('fixtures', 'gold', 'seeds');
  const dir = tmp('seedrecs');
  for (const f of fs.readdirSync(seedGold).filter((x) => x.endsWith('.json'))) {
    const base = f.replace(/\.json$/, '');
    const g = JSON.parse(fs.readFileSync(path.join(seedGold, f), 'utf8')) as Record<string, any>;
    const r: Record<string, any> = {
      source: { location: `corpus/${base}.txt` },
      title: g.title ?? null,
      publishedAt: g.publishedAt ?? null,
      authors: [...g.authors],
      officials: g.officials.map((o: any) => ({ ...o })),
      provinces: g.provinces.map((p: any) => ({ ...p })),
      clusters: g.clusters.map((n: number) => ({ number: n, members: [...(g.cluster_members?.[String(n)] ?? [])] })),
      periods: g.periods.map((p: any) => ({ ...p })),
      awards: g.awards.map((a: any) => ({ ...a })),
    };
    if (base.startsWith('000_')) r.officials = r.officials.filter((o: any) => o.name !== 'Trần Bá Thiều');
    if (base.startsWith('001_')) {
      r.officials.find((o: any) => o.name === 'Nguyễn Văn Thành').rank = 'Trung tướng';
      r.officials.push({ name: 'Văn Thành', rank: null });
    }
    if (base.startsWith('003_')) {
      r.provinces.push({ name: 'Hồ Chí Minh', code: '79' });
      r.clusters[0].members = r.clusters[0].members.filter((m: string) => m !== 'Quảng Trị');
    }
    if (base.startsWith('004_')) {
      r.title = null;
      r.publishedAt = '2020-11-21';
      r.awards.push({ type: 'Bằng khen', collectives: null, individuals: null });
    }
    fs.writeFileSync(path.join(dir, `${base}.json`), JSON.stringify(r));
  }
  return dir;
}

describe('vnews eval', () => {
  it('scores a records folder against the seed gold with the expected numbers', async () => {
    const records = seedRecordsDir();
    const run = await runCli(['eval', '--gold', 'fixtures/gold/seeds', '--records', records]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'docs 5  missing records 0',
        'type              tp   fp   fn    P     R     F1',
        'officials           9    1    1  0.900 0.900 0.900',
        'officials+rank      8    2    2  0.800 0.800 0.800',
        'provinces           7    1    0  0.875 1.000 0.933',
        'clusters            5    0    0  1.000 1.000 1.000',
        'periods             9    0    0  1.000 1.000 1.000',
        'awards              1    0    0  1.000 1.000 1.000',
        'authors             7    0    0  1.000 1.000 1.000',
        'cluster members     5    0    1  1.000 0.833 0.909',
        'publishedAt         0    1    1  0.000 0.000 0.000',
        'title               0    0    1  0.000 0.000 0.000',
        'overall micro F1 0.956 (P 0.956 R 0.956)',
        '',
      ].join('\n'),
    );
    const json = await runCli(['eval', '--gold', 'fixtures/gold/seeds', '--records', records, '--json', '--verbose']);
    const report = JSON.parse(json.stdout) as ScoreReport;
    expect(report.docs).toBe(5);
    expect(report.perDoc.find((d) => d.id.startsWith('000_'))!.errors).toEqual(['officials FN tran ba thieu', 'officials+rank FN tran ba thieu|trung tuong']);
    expect(report.perDoc.find((d) => d.id.startsWith('004_'))!.errors).toEqual([
      'publishedAt want 2020-11-20 got 2020-11-21',
      'title want Tổ chức Hội nghị tổng kết Phong trào thi đua đặc biệt got null',
    ]);
  });

  it('without --records ingests the articles the gold names and scores what the pipeline wrote', async () => {
    const articles = tmp('articles');
    const gold = tmp('gold2');
    for (const base of ['003_3844e21985b933b6', '004_431368ded9671f03']) {
      fs.copyFileSync(path.join('corpus', `${base}.txt`), path.join(articles, `${base}.txt`));
      fs.copyFileSync(path.join('fixtures', 'gold', 'seeds', `${base}.json`), path.join(gold, `${base}.json`));
    }
    fs.writeFileSync(path.join(gold, 'zz_no_article.json'), JSON.stringify({ provinces: [{ name: 'Gia Lai' }] }));
    const out = path.join(tmp('out'), 'o');
    const run = await runCli(['eval', '--gold', gold, '--articles', articles, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('no article found for gold file zz_no_article.json');
    const lines = fs.readFileSync(path.join(out, 'records.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(run.stdout).toBe(formatReport(scoreRecords(gold, path.join(out, 'records.jsonl'))));
    expect(run.stdout.split('\n')[0]).toBe('docs 3  missing records 1');
  });

  it('ingests into a temporary folder that it removes afterwards', async () => {
    const articles = tmp('articles2');
    const gold = tmp('gold3');
    fs.copyFileSync(path.join('corpus', '002_54f7ae074440a7f6.txt'), path.join(articles, '002_54f7ae074440a7f6.txt'));
    fs.copyFileSync(path.join('fixtures', 'gold', 'seeds', '002_54f7ae074440a7f6.json'), path.join(gold, '002_54f7ae074440a7f6.json'));
    const before = new Set(fs.readdirSync(os.tmpdir()).filter((d) => d.startsWith('vnews-eval-')));
    const result = await evaluate({ goldDir: gold, articleDirs: [articles] });
    expect(result.report.docs).toBe(1);
    expect(result.report.missingRecords).toBe(0);
    expect(result.failed).toEqual([]);
    const leaked = fs.readdirSync(os.tmpdir()).filter((d) => d.startsWith('vnews-eval-') && !before.has(d));
    expect(leaked).toEqual([]);
  });

  it('finds articles by basename among .txt, .html and .jsonl in the given folders, first folder first', () => {
    const a = tmp('finda');
    const b = tmp('findb');
    fs.writeFileSync(path.join(a, 'x.html'), '<p>x</p>');
    fs.writeFileSync(path.join(b, 'x.txt'), 'x');
    fs.writeFileSync(path.join(b, 'y.jsonl'), '{}');
    expect(findArticles(['x', 'y', 'z'], [a, b])).toEqual({ found: [path.join(a, 'x.html'), path.join(b, 'y.jsonl')], missing: ['z'] });
  });

  it('exits 2 on bad usage and names the problem', async () => {
    const noGold = await runCli(['eval']);
    expect(noGold.code).toBe(2);
    expect(noGold.stderr).toContain('--gold DIR is required');
    const missing = await runCli(['eval', '--gold', '/nonexistent/vnews-gold']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read --gold /nonexistent/vnews-gold');
    const badRecords = await runCli(['eval', '--gold', 'fixtures/gold/seeds', '--records', '/nonexistent/records.jsonl']);
    expect(badRecords.code).toBe(2);
    expect(badRecords.stderr).toContain('cannot read --records');
    const gold = goldDir({});
    fs.writeFileSync(path.join(gold, 'broken.json'), '[1,');
    const broken = await runCli(['eval', '--gold', gold, '--records', seedRecordsDir()]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('broken.json');
  });

  it('refuses to score nothing: no gold files, gold with no article, an empty store', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'vnews-eval-nogold-'));
    const none = await runCli(['eval', '--gold', empty, '--records', seedRecordsDir()]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('holds no gold files');
    // a folder of other JSON files (not gold): no article has its name
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'vnews-eval-other-'));
    fs.writeFileSync(path.join(other, 'settings.json'), '{"x": 1}');
    const notGold = await runCli(['eval', '--gold', other]);
    expect(notGold.code).toBe(2);
    expect(notGold.stderr).toContain('no article found for any gold file');
    // an output folder whose run wrote nothing: a store with no records
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'vnews-eval-emptystore-'));
    const run = await ingest([path.join(out, 'missing.txt')], { outDir: out });
    expect(run.written).toBe(0);
    const emptyStore = await runCli(['eval', '--gold', 'fixtures/gold/seeds', '--records', out]);
    expect(emptyStore.code).toBe(2);
    expect(emptyStore.stdout).toBe('');
  });

  it('prints its help', async () => {
    const run = await runCli(['eval', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: vnews eval --gold DIR');
    expect(run.stdout).toContain('--records PATH');
  });
});

describe('vnews eval --records on an output folder', () => {
  const SEEDS = path.join('fixtures', 'gold', 'seeds');
  let out = '';
  let expected = '';

  // One real output folder: the five sample articles ingested (store and records.jsonl).
  const outputFolder = async (): Promise<string> => {
    if (out) return out;
    const dir = path.join(tmp('outfolder'), 'output');
    const run = await ingest(['corpus'], { outDir: dir, jobs: 1, exports: ['jsonl'] });
    expect(run.written).toBe(5);
    expected = formatReport(scoreRecords(SEEDS, path.join(dir, 'records.jsonl')));
    return (out = dir);
  };

  /** A copy of the output folder, to take things out of. */
  const copyOf = async (): Promise<string> => {
    const src = await outputFolder();
    const dir = path.join(tmp('outcopy'), 'output');
    fs.cpSync(src, dir, { recursive: true });
    return dir;
  };

  it('reads the store of an output folder: the same scores as its records.jsonl, none missing', async () => {
    const dir = await outputFolder();
    const run = await runCli(['eval', '--gold', SEEDS, '--records', dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(expected);
    expect(run.stdout.split('\n')[0]).toBe('docs 5  missing records 0');
  });

  it('reads the store file itself', async () => {
    const run = await runCli(['eval', '--gold', SEEDS, '--records', path.join(await outputFolder(), 'vnews.sqlite')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(expected);
  });

  it('reads records.jsonl when the folder has no store', async () => {
    const dir = await copyOf();
    for (const f of fs.readdirSync(dir).filter((f) => f.startsWith('vnews.sqlite'))) fs.rmSync(path.join(dir, f));
    const run = await runCli(['eval', '--gold', SEEDS, '--records', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(expected);
  });

  it('refuses an output folder that holds no records, in one line, exit 2', async () => {
    const dir = await copyOf();
    for (const f of fs.readdirSync(dir).filter((f) => f.startsWith('vnews.sqlite') || f === 'records.jsonl')) fs.rmSync(path.join(dir, f));
    const run = await runCli(['eval', '--gold', SEEDS, '--records', dir]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(`vnews eval: ${dir} is an output folder with no records in it (no vnews.sqlite, no records.jsonl): ingest into it first, or give the folder that holds the records`);
  });

  it('refuses a folder whose JSON files are not records (the gold folder given by mistake)', async () => {
    const run = await runCli(['eval', '--gold', SEEDS, '--records', SEEDS]);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      `vnews eval: ${path.resolve(SEEDS, '000_a9d2bbf568b633fe.json')} is not a record (no "source" object); --records takes an output folder, its vnews.sqlite, a records.jsonl file or a folder of <id>.json records`,
    );
  });

  it('refuses an empty folder, and a records.jsonl line that is not a record, naming it', async () => {
    const empty = tmp('emptyrecs');
    const none = await runCli(['eval', '--gold', SEEDS, '--records', empty]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(`${empty} holds no records (no vnews.sqlite, no records.jsonl, no .json record files)`);
    const jsonl = path.join(tmp('arrayline'), 'records.jsonl');
    fs.writeFileSync(jsonl, '{"source":{"location":"a.txt"}}\n[1, 2]\n');
    const bad = await runCli(['eval', '--gold', SEEDS, '--records', jsonl]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${jsonl}:2 is not a record`);
  });

  it('a store whose record fails its checksum is exit 3 with one line, never a score', async () => {
    const dir = await copyOf();
    const db = new Database(path.join(dir, 'vnews.sqlite'));
    // One byte more after the JSON: still valid JSON, but no longer what was written.
    db.prepare("UPDATE articles SET record = record || ' ' WHERE aid = (SELECT min(aid) FROM articles)").run();
    db.close();
    const run = await runCli(['eval', '--gold', SEEDS, '--records', dir]);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/vnews\.sqlite: record [0-9a-f]{16} is damaged/);
  });

  it('readRecordsAt gives the same records from the store, the store file and records.jsonl', async () => {
    const dir = await outputFolder();
    const byId = (rs: RecordLike[]) => [...rs].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    const fromStore = byId(await readRecordsAt(dir));
    expect(fromStore).toHaveLength(5);
    expect(byId(await readRecordsAt(path.join(dir, 'vnews.sqlite')))).toEqual(fromStore);
    expect(byId(await readRecordsAt(path.join(dir, 'records.jsonl')))).toEqual(fromStore);
  });
});

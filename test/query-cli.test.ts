/** `vnews query` on the command line: formats, exit codes, bad usage. */
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureRecords, runCli, storeRecords, tempOut } from './query-helpers.js';

let out: string;
beforeAll(async () => {
  out = await tempOut('query-cli');
  await storeRecords(out, fixtureRecords());
});

const query = (...args: string[]) => runCli(['query', '--out', out, ...args]);

describe('vnews query --format json', () => {
  it('prints the matching records as a JSON array, newest first', async () => {
    const r = await query('--province', 'ninh thuan');
    expect(r.code).toBe(0);
    const recs = JSON.parse(r.stdout);
    expect(recs.map((x: { id: string }) => x.id)).toEqual(['1000000000000003', '1000000000000001']);
    expect(recs[1]).toEqual(fixtureRecords()[0]);
    expect(r.stdout).toBe(`${JSON.stringify(recs, null, 2)}\n`);
  });
  it('prints [] and exits 0 when nothing matches', async () => {
    const r = await query('--official', 'không ai cả');
    expect(r).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });
  it('warns on stderr when no province matches the name', async () => {
    const r = await query('--province', 'Atlantis');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('[]\n');
    expect(r.stderr).toBe('vnews query: no province in the index matches "Atlantis"\n');
  });
  it('resolves --out against the working directory', async () => {
    const r = await runCli(['query', '--out', '.', '--cluster', '7'], out);
    expect(JSON.parse(r.stdout).map((x: { id: string }) => x.id)).toEqual(['1000000000000001']);
  });
});

describe('vnews query --format csv', () => {
  it('prints one RFC 4180 row per record with the values that matched', async () => {
    const r = await query('--award', 'giay khen', '--format', 'csv');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'id,publishedAt,title,source,matched\r\n' +
        '1000000000000005,2020-11-20,"Bà Rịa - Vũng Tàu: khen thưởng ""5-BCA""",fixtures/articles/brvt-2020.txt,"award: Giấy khen (38 tập thể, 96 cá nhân)"\r\n' +
        '1000000000000002,2019-08-01,Khánh Hòa: tổng kết đợt cao điểm,fixtures/articles/khanh-hoa-2019.txt,"award: Giấy khen (3 tập thể, 7 cá nhân)"\r\n',
    );
  });
  it('quotes fields with commas and reports every matched filter', async () => {
    const r = await query('--official', 'duc', '--from', '2019', '--to', '2019', '--province', 'ninh thuan', '--text', 'quý I', '--format', 'csv');
    expect(r.stdout.split('\r\n')).toEqual([
      'id,publishedAt,title,source,matched',
      '1000000000000001,2019-03-10,Công an tỉnh Ninh Thuận sơ kết quý I,fixtures/articles/ninh-thuan-2019.txt,official: Đại tá Trần Văn Đức; province: Ninh Thuận; date: published 2019-03-10 | quý I/2019 | Ngày 10/3/2019; text: quý I',
      '',
    ]);
  });
  it('prints only the header when nothing matches', async () => {
    expect((await query('--cluster', '99', '--format', 'csv')).stdout).toBe('id,publishedAt,title,source,matched\r\n');
  });
});

describe('vnews query --format table', () => {
  it('prints aligned columns and a count', async () => {
    const r = await query('--rank', 'dai ta', '--format', 'table');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'published   id                title                                 matched',
        '----------  ----------------  ------------------------------------  -------------------------',
        '2019-08-01  1000000000000002  Khánh Hòa: tổng kết đợt cao điểm      rank: Đại tá Trần Văn Đức',
        '2019-03-10  1000000000000001  Công an tỉnh Ninh Thuận sơ kết quý I  rank: Đại tá Trần Văn Đức',
        '2 records',
        '',
      ].join('\n'),
    );
  });
  it('shows the file name for a record without title and - for no date', async () => {
    const r = await query('--cluster', '1', '--format', 'table');
    expect(r.stdout.split('\n')[2]).toBe('-          1000000000000004  tphcm-undated.txt  cluster: 1');
  });
});

describe('bad usage exits 2', () => {
  it.each([
    [['--cluster', 'x'], '--cluster takes a positive whole number, not "x"'],
    [['--cluster', '0'], '--cluster takes a positive whole number, not "0"'],
    [['--from', '2020-13-45'], '--from takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not "2020-13-45"'],
    [['--to', 'yesterday'], '--to takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not "yesterday"'],
    [['--from', '2021', '--to', '2020'], '--from 2021 is after --to 2020'],
    [['--format', 'xml'], '--format must be json, jsonl, csv, table, not "xml"'],
    [['--limit', '99999999999999999999'], '--limit takes a positive whole number up to 9007199254740991, not "99999999999999999999"'],
    [['--published-from', '2020-02-30'], '--published-from takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not "2020-02-30"'],
    [['--excel'], '--excel goes with --format csv'],
    [['--limit=-3'], '--limit takes a positive whole number, not "-3"'],
    [['--limit', '2.5'], '--limit takes a positive whole number, not "2.5"'],
    [['--successors'], '--successors needs --province'],
    [['--official', '  '], '--official needs a name'],
    [['--official', '!?'], '--official needs a name'],
    [['an ninh'], 'unexpected argument "an ninh" (filters are options, e.g. --text "an ninh")'],
  ])('%j', async (args, message) => {
    const r = await query(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(`vnews query: ${message}`);
  });
  it('an unknown option', async () => {
    const r = await query('--colour', 'red');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('vnews query: unknown option --colour\nRun "vnews query --help" for its options.\n');
  });
  it('a folder without records', async () => {
    const empty = await tempOut('query-empty');
    const r = await runCli(['query', '--out', empty]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^vnews query: no records in .*run "vnews ingest" first\n$/);
  });
});

describe('--help', () => {
  it('documents every filter', async () => {
    const r = await runCli(['query', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--official', '--rank', '--province', '--successors', '--cluster', '--from', '--to', '--award', '--text', '--limit', '--format', '--out']) expect(r.stdout).toContain(flag);
  });
});

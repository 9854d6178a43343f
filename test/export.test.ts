/** vnews export: every format read back equals the store; CSV safe for spreadsheets; exports whole or not at all. */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parquetReadObjects } from 'hyparquet';
import type { ArticleRecord } from '../src/record/schema.js';
import { exportTables } from '../src/store/entity-tables.js';
import { storeRecords, fixtureRecords, tempOut } from './query-helpers.js';
import { storedJson } from './helpers/store.js';
import { runCli } from './helpers/io.js';

/** Fixture records plus two that test the edges of CSV: a formula-like title and an empty one. */
function records(): ArticleRecord[] {
  const recs = fixtureRecords();
  const formula: ArticleRecord = { ...recs[0]!, id: '9000000000000001', title: '=HYPERLINK("http://x.invalid","bấm")', text: `${recs[0]!.text} Một.`, source: { ...recs[0]!.source, location: 'edge/a.txt' } };
  const empty: ArticleRecord = { ...recs[1]!, id: '9000000000000002', title: '', text: `${recs[1]!.text} Hai.`, source: { ...recs[1]!.source, location: 'edge/b.txt' } };
  return [...recs, formula, empty];
}

let out: string;
beforeAll(async () => {
  out = await tempOut('export');
  await storeRecords(out, records());
});

/** A small RFC 4180 reader (quoted fields, doubled quotes, CRLF), keeping quoted-empty apart from empty. */
function parseCsv(text: string): (string | null)[][] {
  const rows: (string | null)[][] = [];
  let row: (string | null)[] = [];
  let i = 0;
  while (i < text.length) {
    let cell: string | null;
    if (text[i] === '"') {
      let s = '';
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') (s += '"'), (i += 2);
        else if (text[i] === '"') {
          i++;
          break;
        } else s += text[i++];
      }
      cell = s;
    } else {
      let j = i;
      while (j < text.length && text[j] !== ',' && text[j] !== '\r') j++;
      cell = j === i ? null : text.slice(i, j);
      i = j;
    }
    row.push(cell);
    if (text[i] === ',') i++;
    else if (text[i] === '\r') {
      rows.push(row);
      row = [];
      i += 2;
    }
  }
  return rows;
}

/** The rows the exports must hold for each table, computed from the records themselves. */
function expectedTables(recs: ArticleRecord[]) {
  return exportTables().map((t) => {
    const keep = t.spec.columns.flatMap((c, i) => (c.only === 'index' ? [] : [i]));
    const header = ['article_id', ...keep.map((i) => t.spec.columns[i]!.name)];
    const rows = [...recs].sort((a, b) => (a.id < b.id ? -1 : 1)).flatMap((r) => t.rowsOf(r).map((row) => [r.id, ...keep.map((i) => row[i]!)]));
    return { name: t.spec.name, header, rows };
  });
}

describe('vnews export', () => {
  it('jsonl: the store line for line, sorted by id, byte-identical on a second export', async () => {
    const first = await runCli(['export', '--format', 'jsonl', '--out', out]);
    expect(first.code).toBe(0);
    const file = path.join(out, 'records.jsonl');
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(storedJson(out).map((l) => `${l}\n`).join(''));
    expect(text.trim().split('\n').map((l) => (JSON.parse(l) as ArticleRecord).id)).toEqual(records().map((r) => r.id).sort());
    await runCli(['export', '--format', 'jsonl', '--out', out]);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('json: one pretty-printed file per record that parses back to it', async () => {
    const to = path.join(out, 'tree');
    const r = await runCli(['export', '--format', 'json', '--to', to, '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(to).sort()).toEqual(records().map((x) => `${x.id}.json`).sort());
    for (const rec of records()) {
      const text = readFileSync(path.join(to, `${rec.id}.json`), 'utf8');
      expect(text).toBe(`${JSON.stringify(rec, null, 2)}\n`);
    }
  });

  it('csv: every table read back gives the rows of the records, null and empty titles apart, formulas neutralised', async () => {
    const to = path.join(out, 'csv');
    const r = await runCli(['export', '--format', 'csv', '--to', to, '--out', out]);
    expect(r.code).toBe(0);
    for (const t of expectedTables(records())) {
      const [header, ...rows] = parseCsv(readFileSync(path.join(to, `${t.name}.csv`), 'utf8'));
      expect(header, t.name).toEqual(t.header);
      const want = t.rows.map((row) => row.map((c) => (c === null ? null : typeof c === 'number' ? String(c) : /^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
      expect(rows, t.name).toEqual(want);
    }
    const articles = parseCsv(readFileSync(path.join(to, 'articles.csv'), 'utf8'));
    const titleAt = articles[0]!.indexOf('title');
    const byId = new Map(articles.slice(1).map((row) => [row[0], row[titleAt]]));
    expect(byId.get('9000000000000001')).toBe(`'=HYPERLINK("http://x.invalid","bấm")`);
    expect(byId.get('9000000000000002')).toBe('');
    const untitled = records().find((x) => x.title === null);
    if (untitled) expect(byId.get(untitled.id)).toBeNull();
    expect(readFileSync(path.join(to, 'articles.csv'), 'utf8').startsWith('\uFEFF')).toBe(false);
  });

  it('csv --excel starts each file with a UTF-8 byte-order mark', async () => {
    const to = path.join(out, 'excel');
    expect((await runCli(['export', '--format', 'csv', '--excel', '--to', to, '--out', out])).code).toBe(0);
    for (const f of readdirSync(to)) expect(readFileSync(path.join(to, f)).subarray(0, 3).toString('hex'), f).toBe('efbbbf');
  });

  it('parquet: read back by an independent reader (hyparquet), every table gives the same rows', async () => {
    const to = path.join(out, 'parquet');
    expect((await runCli(['export', '--format', 'parquet', '--to', to, '--out', out])).code).toBe(0);
    for (const t of expectedTables(records())) {
      const buf = readFileSync(path.join(to, `${t.name}.parquet`));
      const rows = await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer });
      const want = t.rows.map((row) => Object.fromEntries(t.header.map((h, i) => [h, typeof row[i] === 'number' && Number.isInteger(row[i]) && h !== 'language_confidence' ? BigInt(row[i] as number) : row[i]])));
      expect(rows, t.name).toEqual(want);
    }
  });

  it('filters choose the records, as vnews query does', async () => {
    const to = path.join(out, 'filtered.jsonl');
    const r = await runCli(['export', '--format', 'jsonl', '--to', to, '--out', out, '--province', 'ninh thuan']);
    expect(r.code).toBe(0);
    const ids = readFileSync(to, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as ArticleRecord).id);
    const want = records().filter((x) => x.provinces.some((p) => p.name === 'Ninh Thuận') || x.officials.some((o) => o.province === 'Ninh Thuận')).map((x) => x.id).sort();
    expect(want.length).toBeGreaterThan(0);
    expect(ids).toEqual(want);
  });

  it('a destination that cannot be written is named in one line (exit 3)', async () => {
    const file = path.join(out, 'a-file');
    await writeFile(file, 'x');
    const r = await runCli(['export', '--format', 'csv', '--to', file, '--out', out]);
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(file);
    const under = await runCli(['export', '--format', 'jsonl', '--to', path.join(file, 'x.jsonl'), '--out', out]);
    expect(under.code).toBe(3);
    expect(under.stderr).toMatch(/is a file, not a folder|a file stands where a folder should be/);
  });

  it('a SIGKILL during an export leaves the previous export whole and the store untouched', async () => {
    const big = await tempOut('export-kill');
    const base = records();
    // Enough records that the export takes a while: copies with their own ids and places.
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...base[i % base.length]!, id: (0x5000000000000000n + BigInt(i)).toString(16), source: { ...base[i % base.length]!.source, location: `copy/${i}.txt`, alsoAt: [] } }));
    await storeRecords(big, many);
    const before = storedJson(big);
    expect((await runCli(['export', '--format', 'jsonl', '--out', big])).code).toBe(0);
    const jsonl = readFileSync(path.join(big, 'records.jsonl'), 'utf8');
    expect((await runCli(['export', '--format', 'csv', '--out', big])).code).toBe(0);
    const csv = readFileSync(path.join(big, 'csv', 'articles.csv'), 'utf8');
    for (const [format, delay] of [
      ['jsonl', 0],
      ['csv', 0],
      ['csv', 40],
    ] as const) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'export', '--format', format, '--out', big], { stdio: 'ignore' });
      // Killed while writing: once its temporary file or folder exists.
      const until = Date.now() + 30_000;
      while (!readdirSync(big).some((n) => n.includes('vnews-tmp')) && Date.now() < until && child.exitCode === null) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await new Promise((r) => child.on('exit', r));
      expect(readFileSync(path.join(big, 'records.jsonl'), 'utf8')).toBe(jsonl);
      expect(readFileSync(path.join(big, 'csv', 'articles.csv'), 'utf8')).toBe(csv);
    }
    expect(storedJson(big)).toEqual(before);
    // The next export sweeps what the killed ones left and writes the same bytes.
    expect((await runCli(['export', '--format', 'jsonl', '--out', big])).code).toBe(0);
    expect(readdirSync(big).filter((n) => n.includes('vnews-tmp'))).toEqual([]);
    expect(readFileSync(path.join(big, 'records.jsonl'), 'utf8')).toBe(jsonl);
  }, 120_000);
});

describe('the store in the tools researchers use', () => {
  const sqlite3 = spawnSync('sqlite3', ['--version'], { encoding: 'utf8' });
  it.skipIf(sqlite3.status !== 0 && !process.env.CI)('the sqlite3 command line runs a full-text query with snippet(), unaccented and đ-less words matching', () => {
    expect(sqlite3.status, 'sqlite3 is not installed (apt-get install sqlite3)').toBe(0);
    const sql = `SELECT a.id || ' ' || snippet(articles_fts, 1, '[', ']', '…', 6) FROM articles_fts JOIN articles a ON a.aid = articles_fts.rowid WHERE articles_fts MATCH 'giam doc cong an' ORDER BY a.id;`;
    const r = spawnSync('sqlite3', ['-readonly', path.join(out, 'vnews.sqlite'), sql], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    const want = records().filter((x) => /Giám đốc Công an/i.test(x.text)).map((x) => x.id).sort();
    expect(want.length).toBeGreaterThan(0);
    expect(lines.map((l) => l.split(' ')[0])).toEqual(want);
    for (const l of lines) expect(l).toMatch(/\[Giám\] \[dốc\] \[Công\] \[an\]/);
    const view = spawnSync('sqlite3', ['-readonly', path.join(out, 'vnews.sqlite'), "SELECT name || '|' || rank FROM official_appearances WHERE article_id = '1000000000000005';"], { encoding: 'utf8' });
    expect(view.stdout).toContain('Lê Thị Đào|Thượng tá');
    // A whole record, as the README shows: the compressed JSON opened by the shell's sqlar_uncompress, its text put back.
    const whole = spawnSync(
      'sqlite3',
      ['-readonly', path.join(out, 'vnews.sqlite'), "SELECT json_set(sqlar_uncompress(record, record_size), '$.text', text) FROM articles ORDER BY id;"],
      { encoding: 'utf8' },
    );
    expect(whole.stderr).toBe('');
    expect(whole.stdout.trim().split('\n').map((l) => JSON.parse(l) as ArticleRecord)).toEqual([...records()].sort((a, b) => (a.id < b.id ? -1 : 1)));
  });

  const python = spawnSync('python3', ['-c', 'import sqlite3'], { encoding: 'utf8' });
  it.skipIf(python.status !== 0)("Python's sqlite3 module runs the same query, with highlight()", () => {
    const code = `import sqlite3, sys
c = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)
for row in c.execute("SELECT a.id, highlight(articles_fts, 1, '<', '>') FROM articles_fts JOIN articles a ON a.aid = articles_fts.rowid WHERE articles_fts MATCH 'thi dua' ORDER BY a.id"):
    print(row[0], '<' in row[1])`;
    const r = spawnSync('python3', ['-c', code, path.join(out, 'vnews.sqlite')], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const want = records().filter((x) => /thi đua/i.test(`${x.title ?? ''} ${x.text}`)).map((x) => x.id).sort();
    expect(r.stdout.trim().split('\n').map((l) => l.split(' ')[0])).toEqual(want);
    expect(r.stdout).not.toContain('False');
    // A whole record, as the README shows: zlib.decompress, then the text put back.
    const whole = `import json, sqlite3, sys, zlib
c = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)
for text, record in c.execute('SELECT text, record FROM articles ORDER BY id'):
    print(json.dumps(json.loads(zlib.decompress(record)) | {'text': text}, ensure_ascii=False))`;
    const w = spawnSync('python3', ['-c', whole, path.join(out, 'vnews.sqlite')], { encoding: 'utf8' });
    expect(w.stderr).toBe('');
    expect(w.stdout.trim().split('\n').map((l) => JSON.parse(l) as ArticleRecord)).toEqual([...records()].sort((a, b) => (a.id < b.id ? -1 : 1)));
  });
});

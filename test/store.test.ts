/** vnews.sqlite: records and their index in one file, places, deltas, killed runs, damage, the move from the older layout. */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32, inflateSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { queryRecords, stats } from '../src/query/index.js';
import type { ArticleRecord } from '../src/record/schema.js';
import { RecordStore } from '../src/store/record-store.js';
import { storePath } from '../src/store/store-db.js';
import { openStoreReadOnly } from '../src/query/store-access.js';
import { tmpNameFor } from '../src/store/write-atomic.js';
import { fixtureRecords, storeRecords, tempOut } from './query-helpers.js';
import { runCli } from './helpers/io.js';
import { readDelta, storedRecords } from './helpers/store.js';

/** A reading connection as vnews opens one (read-write with query_only, so closing it folds the WAL back in). */
const open = (out: string) => {
  const db = new Database(storePath(out), { fileMustExist: true });
  db.pragma('query_only = 1');
  return db;
};
const all = <T>(out: string, sql: string, ...args: unknown[]): T[] => {
  const db = open(out);
  try {
    return db.prepare(sql).all(...args) as T[];
  } finally {
    db.close();
  }
};
const ids = (out: string): string[] => all<{ id: string }>(out, 'SELECT id FROM articles ORDER BY id').map((r) => r.id);

describe('the store holds every record and its index', () => {
  it('keeps each record as one JSON line, with its entity rows, full text and lookup tables', async () => {
    const out = await tempOut('store');
    const recs = fixtureRecords();
    const run = await storeRecords(out, recs);
    expect(run.written).toBe(7);
    expect(storedRecords(out)).toEqual(recs);
    // The text in its own column; the rest of the JSON compressed with zlib, "text":"" where the text goes back.
    const rows = all<{ id: string; text: string; record: Buffer; record_size: number; text_at: number; checksum: number }>(out, 'SELECT id, text, record, record_size, text_at, checksum FROM articles ORDER BY id');
    for (const [i, row] of rows.entries()) {
      const rest = inflateSync(row.record);
      expect(rest.length).toBe(row.record_size);
      expect(rest.subarray(row.text_at, row.text_at + 2).toString()).toBe('""');
      expect({ ...(JSON.parse(rest.toString()) as ArticleRecord), text: row.text }).toEqual(recs[i]);
      expect(row.checksum).toBe(crc32(rest, crc32(row.text)));
    }
    expect(all(out, "SELECT location, title, published_at, language FROM articles WHERE id = '1000000000000005'")).toEqual([
      { location: 'fixtures/articles/brvt-2020.txt', title: 'Bà Rịa - Vũng Tàu: khen thưởng "5-BCA"', published_at: '2020-11-20', language: 'vie' },
    ]);
    expect(all(out, "SELECT name, folded_name, rank, folded_rank, province, folded_province FROM officials WHERE folded_name = 'le thi dao'")).toEqual([
      { name: 'Lê Thị Đào', folded_name: 'le thi dao', rank: 'Thượng tá', folded_rank: 'thuong ta', province: 'Bà Rịa - Vũng Tàu', folded_province: 'ba ria - vung tau' },
    ]);
    expect(all<{ run: string }>(out, "SELECT run FROM name_runs WHERE folded_name = 'tran van duc' ORDER BY run").map((r) => r.run)).toEqual(['duc', 'tran', 'tran van', 'tran van duc', 'van', 'van duc']);
    expect(all<{ position: string }>(out, 'SELECT position FROM official_positions ORDER BY position').map((r) => r.position)).toEqual([
      'Giám đốc Công an tỉnh Khánh Hòa',
      'Giám đốc Công an tỉnh Ninh Thuận',
      'Giám đốc Công an tỉnh Ninh Thuận',
      'Phó Giám đốc Công an tỉnh Bà Rịa - Vũng Tàu',
    ]);
    expect(all(out, 'SELECT c.number, m.name FROM clusters c JOIN cluster_members m ON m.article = c.article AND m.cluster_seq = c.seq ORDER BY m.seq')).toEqual([
      { number: 1, name: 'Hà Nội' },
      { number: 1, name: 'Hồ Chí Minh' },
      { number: 1, name: 'Hải Phòng' },
    ]);
    expect(all(out, "SELECT text, start_date, end_date FROM periods WHERE text LIKE 'quý%'")).toEqual([{ text: 'quý I/2019', start_date: '2019-01-01', end_date: '2019-03-31' }]);
    // Full text: unaccented words find accented ones, đ included; the title is searchable too; snippet() works.
    const fts = (q: string) => all<{ id: string }>(out, 'SELECT a.id FROM articles_fts f JOIN articles a ON a.aid = f.rowid WHERE articles_fts MATCH ? ORDER BY a.id', q).map((r) => r.id);
    expect(fts('dao')).toEqual(['1000000000000005']);
    expect(fts('title : "khen thuong"')).toEqual(['1000000000000005']);
    expect(fts('duc')).toEqual(['1000000000000001', '1000000000000002', '1000000000000003', '1000000000000006', '1000000000000007']);
    const [snip] = all<{ s: string }>(out, "SELECT snippet(articles_fts, 1, '[', ']', '…', 6) AS s FROM articles_fts WHERE articles_fts MATCH 'khen'");
    expect(snip!.s).toMatch(/\[[Kk]hen\]/);
    // The views read naturally: one row per official appearance, with the article's date.
    expect(all(out, "SELECT article_id, published_at, name, rank FROM official_appearances WHERE name = 'Lê Thị Đào'")).toEqual([
      { article_id: '1000000000000005', published_at: '2020-11-20', name: 'Lê Thị Đào', rank: 'Thượng tá' },
    ]);
    expect(all(out, "SELECT members FROM article_clusters WHERE number = 1")).toEqual([{ members: 'Hà Nội | Hồ Chí Minh | Hải Phòng' }]);
    // A run summary with the command and what it was given, and the delta of the run.
    const summary = JSON.parse(readFileSync(path.join(out, 'runs', readdirSync(path.join(out, 'runs'))[0]!), 'utf8')) as Record<string, unknown>;
    expect(summary).toMatchObject({ command: 'ingest', total: 7, written: 7, unchanged: 0, failed: [], skipped: [] });
    expect(run.changes).toMatch(/^changes\/.*\.jsonl\.gz$/);
    const delta = readDelta(out, run.changes!);
    expect(delta.map((d) => [d.id, d.op])).toEqual(recs.map((r) => [r.id, 'written']));
    expect(delta[0]!.record).toEqual(recs[0]);
  });

  it('a run that changes nothing writes nothing, and its delta is empty', async () => {
    const out = await tempOut('store-same');
    await storeRecords(out, fixtureRecords());
    const before = readFileSync(storePath(out));
    const again = await storeRecords(out, fixtureRecords());
    expect(again).toMatchObject({ written: 0, unchanged: 7, changes: null, writtenIds: [], removedIds: [] });
    expect(ids(out)).toHaveLength(7);
    // WAL files are folded back in when the run closes: nothing half-written lies beside the store.
    expect(readdirSync(out).filter((n) => /-wal$|-shm$|tmp/.test(n))).toEqual([]);
    expect(readFileSync(storePath(out)).equals(before)).toBe(true);
  });

  it('replaces a record whose place now holds another article, in the index too', async () => {
    const out = await tempOut('store-replace');
    const recs = fixtureRecords();
    await storeRecords(out, recs);
    const old = recs[1]!;
    const changed: ArticleRecord = { ...old, id: '2000000000000002', text: `${old.text} Cập nhật.`, awards: [] };
    const run = await storeRecords(out, [changed]);
    expect(run.removedIds).toEqual([old.id]);
    expect(run.writtenIds).toEqual(['2000000000000002']);
    expect(ids(out)).toEqual([...recs.map((r) => r.id).filter((id) => id !== old.id), '2000000000000002']);
    expect(all(out, "SELECT count(*) AS n FROM awards WHERE folded_type = 'giay khen'")).toEqual([{ n: 1 }]);
    expect((await queryRecords(out, { text: 'cap nhat' })).map((r) => r.id)).toEqual(['2000000000000002']);
    // In the order the run made the changes: the new record when it was stored, the old one removed at the end.
    const delta = readDelta(out, run.changes!);
    expect(delta.map((d) => [d.id, d.op])).toEqual([
      ['2000000000000002', 'written'],
      [old.id, 'removed'],
    ]);
  });

  it('lists a second place of the same text in alsoAt, and drops it when that place changes', async () => {
    const out = await tempOut('store-alsoat');
    const [a] = fixtureRecords();
    await storeRecords(out, [a!, { ...a!, source: { ...a!.source, location: 'mirror/a.txt' } }]);
    const [rec] = await queryRecords(out, {});
    expect(rec!.source).toMatchObject({ location: a!.source.location, alsoAt: ['mirror/a.txt'] });
    const other: ArticleRecord = { ...a!, id: '4000000000000004', text: `${a!.text} Khác.`, source: { ...a!.source, location: 'mirror/a.txt' } };
    const run = await storeRecords(out, [other]);
    expect(run.writtenIds).toEqual([a!.id, other.id]);
    const byId = new Map((await queryRecords(out, {})).map((r) => [r.id, r]));
    expect(byId.get(a!.id)!.source.alsoAt).toEqual([]);
    expect(byId.get(other.id)!.source.location).toBe('mirror/a.txt');
  });

  it('the deltas of every run, applied in order, give a mirror the records of the store', async () => {
    const out = await tempOut('store-mirror');
    const [a, b, c] = fixtureRecords();
    await storeRecords(out, [a!, b!, { ...a!, source: { ...a!.source, location: 'mirror/a.txt' } }]);
    // b's place now holds another text; a's second place too; c is new.
    const b2: ArticleRecord = { ...b!, id: '3000000000000003', text: `${b!.text} Sửa.`, awards: [] };
    const a2: ArticleRecord = { ...a!, id: '3000000000000004', text: `${a!.text} Khác.`, source: { ...a!.source, location: 'mirror/a.txt' } };
    await storeRecords(out, [b2, a2, c!]);
    await storeRecords(out, [c!]); // nothing changes: no delta
    const mirror = new Map<string, ArticleRecord>();
    const files = readdirSync(path.join(out, 'changes')).sort();
    expect(files).toHaveLength(2);
    for (const f of files) for (const l of readDelta(out, path.join('changes', f))) l.op === 'removed' ? mirror.delete(l.id) : mirror.set(l.id, l.record!);
    expect([...mirror.values()].sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual(storedRecords(out));
    expect(mirror.get(a!.id)!.source.alsoAt).toEqual([]);
  });

  it('with --no-index the records are stored and the index is rebuilt, with a note, when next needed', async () => {
    const out = await tempOut('store-noindex');
    const recs = fixtureRecords();
    await storeRecords(out, recs.slice(0, 3));
    await storeRecords(out, recs.slice(3), false);
    const notes: string[] = [];
    const withGiayKhen = recs.filter((r) => r.awards.some((a) => a.type === 'Giấy khen')).map((r) => r.id);
    expect(withGiayKhen.length).toBeGreaterThan(0);
    expect((await queryRecords(out, { award: 'giay khen' }, { onNote: (n) => notes.push(n) })).map((r) => r.id).sort()).toEqual(withGiayKhen);
    expect(notes.join('\n')).toMatch(/index was behind the records.*rebuilt/);
    expect(all(out, "SELECT value FROM meta WHERE key = 'index'")).toEqual([{ value: 'current' }]);
  });

  it('an index made for other tables (as by a vnews before an entity type or index existed) is rebuilt from the records when next needed', async () => {
    const out = await tempOut('store-shape');
    const recs = fixtureRecords();
    await storeRecords(out, recs);
    const before = all<{ type: string; name: string; sql: string }>(out, "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'articles_fts_%' ORDER BY type, name");
    // What an older vnews without the awards type, and without the index on cluster numbers, would have left.
    const db = new Database(storePath(out));
    db.exec('DROP VIEW article_awards; DROP TABLE awards; DROP INDEX clusters_number;');
    db.close();
    // A reader that must never write (vnews serve) says what settles it…
    await expect(openStoreReadOnly(out)).rejects.toThrow(/the query index was made for other tables \(another version of vnews\): "vnews stats --out .*" settles it/);
    // …a query settles it.
    const notes: string[] = [];
    const withGiayKhen = recs.filter((r) => r.awards.some((a) => a.type === 'Giấy khen')).map((r) => r.id);
    expect(withGiayKhen.length).toBeGreaterThan(0);
    expect((await queryRecords(out, { award: 'giay khen' }, { onNote: (n) => notes.push(n) })).map((r) => r.id).sort()).toEqual(withGiayKhen);
    expect(notes.join('\n')).toMatch(/index was made for other tables.*rebuilt it/);
    expect(all(out, "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'articles_fts_%' ORDER BY type, name")).toEqual(before);
    expect(all(out, 'SELECT count(*) AS n FROM awards')).toEqual([{ n: recs.reduce((n, r) => n + r.awards.length, 0) }]);
    // Settled: the next reader has nothing to say.
    const again: string[] = [];
    await queryRecords(out, { award: 'giay khen' }, { onNote: (n) => again.push(n) });
    expect(again).toEqual([]);
  });

  it('says so when the folder holds no records', async () => {
    const out = await tempOut('store-empty');
    await expect(queryRecords(out, {})).rejects.toThrow(/no records in .*run "vnews ingest" first/);
  });
});

describe('a killed run', () => {
  it('keeps what it committed, and its delta is written by the next run', async () => {
    const out = await tempOut('store-killed');
    const recs = fixtureRecords();
    const killed = await RecordStore.open(out);
    for (const r of recs.slice(0, 4)) killed.put(r);
    killed.flush();
    // Killed here: the transaction was committed, finish() never ran. The handle is simply dropped.
    const next = await RecordStore.open(out);
    expect(next.notes.join('\n')).toMatch(/written for an interrupted run/);
    for (const r of recs) next.put(r);
    const run = await next.finish();
    killed.close();
    expect(run.written).toBe(3);
    expect(run.unchanged).toBe(4);
    expect(ids(out)).toEqual(recs.map((r) => r.id));
    // (The dropped handle's unfinished delta belongs to this live process; a killed process's is swept by the next run.)
    const deltas = readdirSync(path.join(out, 'changes'))
      .filter((n) => !n.includes('.vnews-tmp-'))
      .sort();
    expect(deltas).toHaveLength(2);
    const first = readDelta(out, path.join('changes', deltas[0]!));
    expect(first.map((l) => l.id)).toEqual(recs.slice(0, 4).map((r) => r.id));
  });
});

describe('damage', () => {
  /** Overwrite `pages` pages of the store with junk, starting at page `from` (1 is the header page). */
  const junk = (out: string, from: number, pages: number) => {
    const file = storePath(out);
    const bytes = readFileSync(file);
    const size = 4096;
    for (let p = from; p < from + pages && p * size <= bytes.length; p++) bytes.fill(0x5a, (p - 1) * size, p * size);
    writeFileSync(file, bytes);
  };
  /** The first page of a table's (or index's) b-tree. */
  const rootPage = (out: string, name: string): number => all<{ rootpage: number }>(out, 'SELECT rootpage FROM sqlite_master WHERE name = ?', name)[0]!.rootpage;

  it('junk in the index is repaired from the records, with a one-line note, and the answer is whole', async () => {
    const out = await tempOut('store-junk-index');
    await storeRecords(out, fixtureRecords());
    junk(out, rootPage(out, 'officials_folded_rank'), 1);
    const r = await runCli(['query', '--out', out, '--rank', 'dai ta', '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/warning: .*index was damaged; rebuilt it from the 7 records/);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as ArticleRecord).id)).toEqual(['1000000000000002', '1000000000000001']);
    expect((await stats(out)).articles).toBe(7);
  });

  it('damaged records are named in one line with what to do (exit 3), never answered in part', async () => {
    const out = await tempOut('store-junk-records');
    await storeRecords(out, fixtureRecords());
    junk(out, rootPage(out, 'articles'), 1);
    const r = await runCli(['query', '--out', out]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/vnews\.sqlite.*(damaged|cannot).*restore .*backup/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a record whose bytes changed fails its checksum instead of passing as data', async () => {
    const out = await tempOut('store-checksum');
    await storeRecords(out, fixtureRecords());
    const db = new Database(storePath(out));
    db.prepare("UPDATE articles SET text = replace(text, 'Ninh Thuận', 'Ninh Thuân') WHERE id = '1000000000000001'").run();
    db.close();
    const r = await runCli(['export', '--format', 'jsonl', '--out', out]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/record 1000000000000001 is damaged .*checksum/);
    expect(existsSync(path.join(out, 'records.jsonl'))).toBe(false);
  });

  it('a file that is not a database at all is named, not used', async () => {
    const out = await tempOut('store-notdb');
    await mkdir(out, { recursive: true });
    await writeFile(storePath(out), 'not sqlite at all, not even close '.repeat(200));
    const r = await runCli(['stats', '--out', out]);
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(storePath(out));
  });
});

describe('temporary files', () => {
  it('a run removes those of dead processes and never those of a live one', async () => {
    const out = await tempOut('store-temps');
    await storeRecords(out, fixtureRecords().slice(0, 1));
    const live = tmpNameFor(path.join(out, 'records.jsonl')); // this process: alive
    const dead = path.join(out, `records.jsonl.vnews-tmp-999999999-abcd`);
    await writeFile(live, 'an export in progress');
    await writeFile(dead, 'left by a killed export');
    await storeRecords(out, fixtureRecords().slice(1, 2));
    expect(existsSync(live)).toBe(true);
    expect(existsSync(dead)).toBe(false);
    await rm(live);
  });
});

describe('an output folder of an older vnews', () => {
  const oldLayout = async (tag: string, opts: { brokenLine?: boolean } = {}) => {
    const out = await tempOut(tag);
    const recs = fixtureRecords();
    await mkdir(path.join(out, 'records'), { recursive: true });
    for (const r of recs.slice(0, 6)) await writeFile(path.join(out, 'records', `${r.id}.json`), `${JSON.stringify(r, null, 2)}\n`);
    const lines = recs.slice(0, 6).map((r) => JSON.stringify(r));
    if (opts.brokenLine) lines[2] = '{"id": "1000000000000003", broken';
    await writeFile(path.join(out, 'records.jsonl'), `${lines.join('\n')}\n`);
    await writeFile(path.join(out, 'index.sqlite'), 'an old index');
    return { out, recs };
  };

  it('is moved into vnews.sqlite by the first command, once, leaving records/ and records.jsonl as exports', async () => {
    const { out, recs } = await oldLayout('old-layout');
    const r = await runCli(['ingest', '--out', out, '--jobs', '1', 'fixtures/articles/ninh-thuan-2019.txt']);
    expect(r.stderr).toMatch(/warning: .*moved 6 records from records\/ into vnews\.sqlite/);
    expect(existsSync(path.join(out, 'index.sqlite'))).toBe(false);
    expect(existsSync(path.join(out, 'records.jsonl'))).toBe(true);
    for (const r of recs.slice(0, 6)) expect(ids(out)).toContain(r.id);
    const again = await runCli(['stats', '--out', out]);
    expect(again.stderr).not.toMatch(/moved/);
  });

  it('a query moves it too; a damaged records.jsonl line is named with what to do', async () => {
    const { out } = await oldLayout('old-jsonl', { brokenLine: true });
    await rm(path.join(out, 'records'), { recursive: true });
    const r = await runCli(['query', '--out', out, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/moved 5 records from records\.jsonl .*1 could not be read .*records\.jsonl:3.*ingest their inputs again/);
    expect(r.stdout.trim().split('\n')).toHaveLength(5);
  });
});

describe('a store of the previous layout (version 1: each record one JSON text)', () => {
  it('is upgraded once by the first command, its records, and the ids a killed run still owes a delta, kept', async () => {
    const out = await tempOut('store-v1');
    const recs = fixtureRecords();
    await mkdir(out, { recursive: true });
    const db = new Database(storePath(out));
    db.exec(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE articles (aid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, location TEXT NOT NULL, title TEXT, published_at TEXT, language TEXT NOT NULL, checksum INTEGER NOT NULL, record TEXT NOT NULL);
      CREATE TABLE places (place TEXT NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (place, article)) WITHOUT ROWID;
      CREATE TABLE run_changes (run TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (run, id)) WITHOUT ROWID;
      INSERT INTO meta VALUES ('schema_version', '1'), ('index', 'current');`);
    const put = db.prepare('INSERT INTO articles (id, location, title, published_at, language, checksum, record) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const r of recs) put.run(r.id, r.source.location, r.title, r.publishedAt, r.language.code, crc32(JSON.stringify(r)), JSON.stringify(r));
    db.prepare('INSERT INTO run_changes VALUES (?, ?)').run('2020-01-01T00-00-00-000Z-1', recs[2]!.id);
    db.close();

    const r = await runCli(['query', '--out', out, '--format', 'jsonl', '--province', 'ninh thuan']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning: .*moved its 7 records to the layout of this vnews/);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as ArticleRecord).id).sort()).toEqual(
      recs.filter((x) => x.provinces.some((p) => p.name === 'Ninh Thuận') || x.officials.some((o) => o.province === 'Ninh Thuận')).map((x) => x.id).sort(),
    );
    expect(storedRecords(out)).toEqual(recs);
    expect(all(out, "SELECT value FROM meta WHERE key = 'schema_version'")).toEqual([{ value: '2' }]);
    // The next writer writes the killed run's delta; nothing is upgraded twice.
    const run = await storeRecords(out, recs);
    expect(run).toMatchObject({ written: 0, unchanged: 7 });
    const deltas = readdirSync(path.join(out, 'changes'));
    expect(deltas).toEqual(['2020-01-01T00-00-00-000Z-1.jsonl.gz']);
    expect(readDelta(out, path.join('changes', deltas[0]!))).toEqual([{ id: recs[2]!.id, op: 'written', record: recs[2] }]);
    expect((await runCli(['stats', '--out', out])).stderr).not.toMatch(/moved/);
  });
});

describe('readers beside a writer', () => {
  it('a query while a run holds the store open sees the last committed state and never fails', async () => {
    const out = await tempOut('store-readers');
    const recs = fixtureRecords();
    await storeRecords(out, recs.slice(0, 3));
    const writer = await RecordStore.open(out);
    for (const r of recs.slice(3)) writer.put(r); // an open transaction
    expect((await queryRecords(out, {})).map((r) => r.id).sort()).toEqual(recs.slice(0, 3).map((r) => r.id));
    writer.flush();
    expect(await queryRecords(out, {})).toHaveLength(7);
    await writer.finish();
    expect(statSync(storePath(out)).size).toBeGreaterThan(0);
    expect((await readFile(path.join(out, 'schema.json'), 'utf8')).length).toBeGreaterThan(100);
  });
});

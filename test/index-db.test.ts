/** output/index.sqlite: its tables, incremental sync, and rebuilds when missing, old, corrupt or out of step. */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { appendFile, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { INDEX_SCHEMA_VERSION, queryRecords } from '../src/query/index.js';
import { ensureIndex, indexPath } from '../src/query/index-db.js';
import { syncIndex } from '../src/query/sync-index.js';
import type { ArticleRecord } from '../src/record/schema.js';
import { fixtureRecords, storeRecords, tempOut } from './query-helpers.js';

const open = (out: string) => new Database(indexPath(out), { readonly: true, fileMustExist: true });
const ino = (out: string) => statSync(indexPath(out)).ino;

describe('index tables', () => {
  it('holds every record with folded columns, entity rows and mentions that point into the text', async () => {
    const out = await tempOut('idx');
    await storeRecords(out, fixtureRecords());
    const db = open(out);
    try {
      expect(db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get()).toBe(String(INDEX_SCHEMA_VERSION));
      expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(7);
      expect(db.prepare("SELECT location, title, published_at, language FROM articles WHERE id = '1000000000000005'").get()).toEqual({
        location: 'fixtures/articles/brvt-2020.txt',
        title: 'Bà Rịa - Vũng Tàu: khen thưởng "5-BCA"',
        published_at: '2020-11-20',
        language: 'vie',
      });
      expect(db.prepare("SELECT name, folded_name, rank, folded_rank, province, folded_province FROM officials WHERE folded_name = 'le thi dao'").all()).toEqual([
        { name: 'Lê Thị Đào', folded_name: 'le thi dao', rank: 'Thượng tá', folded_rank: 'thuong ta', province: 'Bà Rịa - Vũng Tàu', folded_province: 'ba ria - vung tau' },
      ]);
      expect(db.prepare("SELECT run FROM name_runs WHERE folded_name = 'tran van duc' ORDER BY run").pluck().all()).toEqual([
        'duc',
        'tran',
        'tran van',
        'tran van duc',
        'van',
        'van duc',
      ]);
      expect(db.prepare('SELECT position FROM positions ORDER BY position').pluck().all()).toEqual([
        'Giám đốc Công an tỉnh Khánh Hòa',
        'Giám đốc Công an tỉnh Ninh Thuận',
        'Giám đốc Công an tỉnh Ninh Thuận',
        'Phó Giám đốc Công an tỉnh Bà Rịa - Vũng Tàu',
      ]);
      expect(db.prepare("SELECT name, code, since2025, folded_since2025 FROM provinces WHERE folded = 'ninh thuan' LIMIT 1").get()).toEqual({
        name: 'Ninh Thuận',
        code: '58',
        since2025: 'Khánh Hòa',
        folded_since2025: 'khanh hoa',
      });
      expect(db.prepare('SELECT c.number, m.name FROM clusters c JOIN cluster_members m ON m.cluster = c.id ORDER BY m.seq').all()).toEqual([
        { number: 1, name: 'Hà Nội' },
        { number: 1, name: 'Hồ Chí Minh' },
        { number: 1, name: 'Hải Phòng' },
      ]);
      expect(db.prepare('SELECT text, value, start_date, end_date FROM dates ORDER BY value').all()).toContainEqual({ text: 'Năm 2017', value: '2017', start_date: '2017-01-01', end_date: '2017-12-31' });
      expect(db.prepare("SELECT text, start_date, end_date FROM periods WHERE text LIKE 'quý%'").get()).toEqual({ text: 'quý I/2019', start_date: '2019-01-01', end_date: '2019-03-31' });
      expect(db.prepare('SELECT type, folded_type, issuer, collectives, individuals FROM awards ORDER BY collectives').all()).toEqual([
        { type: 'Giấy khen', folded_type: 'giay khen', issuer: 'Giám đốc Công an tỉnh', collectives: 3, individuals: 7 },
        { type: 'Bằng khen', folded_type: 'bang khen', issuer: 'Bộ trưởng Bộ Công an', collectives: 5, individuals: 12 },
        { type: 'Giấy khen', folded_type: 'giay khen', issuer: 'Giám đốc Công an tỉnh', collectives: 38, individuals: 96 },
      ]);
      // Every mention row is the slice of its article's text.
      const texts = new Map(fixtureRecords().map((r) => [r.id, r.text]));
      const rows = db.prepare('SELECT a.id, m.kind, m.start, m."end", m.text FROM mentions m JOIN articles a ON a.aid = m.article').all() as {
        id: string;
        kind: string;
        start: number;
        end: number;
        text: string;
      }[];
      expect(rows.length).toBe(fixtureRecords().reduce((n, r) => n + [...r.officials, ...r.provinces, ...r.clusters, ...r.periods, ...r.dates, ...r.awards].reduce((k, e) => k + e.mentions.length, 0), 0));
      for (const m of rows) expect(texts.get(m.id)!.slice(m.start, m.end)).toBe(m.text);
      expect(new Set(rows.map((m) => m.kind))).toEqual(new Set(['officials', 'provinces', 'clusters', 'periods', 'dates', 'awards']));
      // The FTS table indexes folded title and text: đ is searchable as d, the title too.
      const fts = (q: string) => db.prepare('SELECT a.id FROM articles_fts f JOIN articles a ON a.aid = f.rowid WHERE articles_fts MATCH ? ORDER BY a.id').pluck().all(q);
      expect(fts('"dao"')).toEqual(['1000000000000005']);
      expect(fts('folded_title : "khen thuong"')).toEqual(['1000000000000005']);
      expect(fts('"duc"')).toEqual(['1000000000000001', '1000000000000002', '1000000000000003', '1000000000000006', '1000000000000007']);
    } finally {
      db.close();
    }
  });
});

describe('incremental sync', () => {
  it('applies a run that replaces one record in place, without rebuilding', async () => {
    const out = await tempOut('idx-inc');
    const recs = fixtureRecords();
    await storeRecords(out, recs);
    const before = ino(out);
    // The article at record 2's place changed: a new id replaces the old one.
    const old = recs[1]!;
    const changed: ArticleRecord = { ...old, id: '2000000000000002', text: `${old.text} Cập nhật.`, awards: [] };
    const changes = await storeRecords(out, [changed]);
    expect(changes.removedIds).toEqual(['1000000000000002']);
    expect(changes.writtenIds).toEqual(['2000000000000002']);
    expect(ino(out)).toBe(before);
    const db = open(out);
    try {
      expect(db.prepare('SELECT id FROM articles ORDER BY id').pluck().all()).toEqual([...recs.map((r) => r.id).filter((id) => id !== old.id), '2000000000000002']);
      expect(db.prepare("SELECT count(*) FROM awards WHERE folded_type = 'giay khen'").pluck().get()).toBe(1);
      expect(db.prepare("SELECT count(*) FROM officials WHERE province = 'Khánh Hòa'").pluck().get()).toBe(1);
      expect(db.prepare("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '\"cap nhat\"'").pluck().get()).toBe(1);
    } finally {
      db.close();
    }
    expect((await queryRecords(out, { award: 'giay khen' })).map((r) => r.id)).toEqual(['1000000000000005']);
    expect((await queryRecords(out, { text: 'cap nhat' })).map((r) => r.id)).toEqual(['2000000000000002']);
  });

  it('rebuilds when the index missed an earlier run (--no-index)', async () => {
    const out = await tempOut('idx-missed');
    const recs = fixtureRecords();
    await storeRecords(out, recs.slice(0, 3));
    await storeRecords(out, recs.slice(3, 5), false);
    const changes = await storeRecords(out, recs.slice(5));
    expect(changes.writtenIds).toEqual(['1000000000000006', '1000000000000007']);
    const db = open(out);
    try {
      expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(7);
    } finally {
      db.close();
    }
  });
});

describe('rebuilds', () => {
  const setup = async (tag: string) => {
    const out = await tempOut(tag);
    await storeRecords(out, fixtureRecords());
    return out;
  };
  const noTemps = (out: string) => expect(readdirSync(out).filter((n) => n.includes('tmp'))).toEqual([]);

  it('query rebuilds a deleted index', async () => {
    const out = await setup('idx-del');
    await rm(indexPath(out));
    expect((await queryRecords(out, { rank: 'dai ta' })).map((r) => r.id)).toEqual(['1000000000000002', '1000000000000001']);
    expect(statSync(indexPath(out)).size).toBeGreaterThan(0);
    noTemps(out);
  });

  it('sync rebuilds a deleted index', async () => {
    const out = await setup('idx-del-sync');
    await rm(indexPath(out));
    await syncIndex(out, { writtenIds: [], removedIds: [] });
    const db = open(out);
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(7);
    db.close();
  });

  it('rebuilds an index of an older schema version', async () => {
    const out = await setup('idx-old');
    const db = new Database(indexPath(out));
    db.prepare("UPDATE meta SET value = ? WHERE key = 'schema_version'").run(String(INDEX_SCHEMA_VERSION - 1));
    db.prepare("DELETE FROM articles WHERE id = '1000000000000001'").run();
    db.close();
    const before = ino(out);
    expect((await queryRecords(out, { cluster: 7 })).map((r) => r.id)).toEqual(['1000000000000001']);
    expect(ino(out)).not.toBe(before);
    const again = open(out);
    expect(again.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get()).toBe(String(INDEX_SCHEMA_VERSION));
    again.close();
  });

  it('rebuilds an index file that is not a database', async () => {
    const out = await setup('idx-corrupt');
    writeFileSync(indexPath(out), 'not sqlite at all');
    expect(await queryRecords(out, { official: 'le thi dao' })).toHaveLength(1);
  });

  it('rebuilds when records.jsonl changed after the last sync', async () => {
    const out = await setup('idx-stale');
    const extra: ArticleRecord = { ...fixtureRecords()[0]!, id: '3000000000000003', title: 'Bài mới về Đắk Lắk' };
    await appendFile(path.join(out, 'records.jsonl'), `${JSON.stringify(extra)}\n`);
    writeFileSync(path.join(out, 'records', `${extra.id}.json`), JSON.stringify(extra));
    expect((await queryRecords(out, { text: 'dak lak' })).map((r) => r.id)).toEqual(['3000000000000003']);
  });

  it('does not rebuild a fresh index for a query', async () => {
    const out = await setup('idx-fresh');
    const before = ino(out);
    const db = await ensureIndex(out);
    db.close();
    await queryRecords(out, { text: 'an ninh' });
    expect(ino(out)).toBe(before);
  });

  it('names the line of a broken records.jsonl', async () => {
    const out = await setup('idx-broken');
    await rm(indexPath(out));
    const jsonl = path.join(out, 'records.jsonl');
    const lines = (await readFile(jsonl, 'utf8')).split('\n');
    lines[2] = '{"id": broken';
    writeFileSync(jsonl, lines.join('\n'));
    await expect(queryRecords(out, {})).rejects.toThrow(/records\.jsonl:3: not a JSON record/);
    noTemps(out);
  });

  it('says so when the folder holds no records', async () => {
    const out = await tempOut('idx-empty');
    await expect(queryRecords(out, {})).rejects.toThrow(/no records in .*run "vnews ingest" first/);
  });
});

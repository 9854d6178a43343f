/**
 * The registry of entity types is the one place a type is declared: the record schema, the
 * scorer's rows, the rules table, the store's tables and views and the exports all follow it.
 * A toy type declared here (and only in this file's type list) shows that a new type needs
 * no edit in the store or the exports.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import Database from 'better-sqlite3';
import { ArticleRecord } from '../src/record/schema.js';
import { mentionList, provenanceList } from '../src/record/parts.js';
import { ENTITY_KEYS, ENTITY_TYPES } from '../src/extract/entity-types.js';
import { defineEntityType, folded, type EntityBase } from '../src/extract/entity-type.js';
import { entityTables, exportTables, typeTables } from '../src/store/entity-tables.js';
import { STORE_DDL } from '../src/store/store-schema.js';
import { IndexWriter } from '../src/store/index-writer.js';
import { indexRows } from '../src/store/prepare-record.js';
import { RECOGNISERS, rules } from '../src/extract/extract-entities.js';
import { keyers } from '../src/eval/score.js';
import { processArticle } from '../src/pipeline.js';

const shape = (ArticleRecord as z.ZodObject).shape as Record<string, unknown>;

/** A record of an invented article naming a cluster and its members, an official, a date, a period and an award. */
const record = (): ArticleRecord =>
  processArticle({
    source: { location: 'flatten.txt', sha256: '0'.repeat(64), fetchedAt: null, etag: null, lastModified: null }, kind: 'text', warnings: [],
    body: 'Ngày 20/11/2020, Cụm thi đua số 5 gồm Công an các tỉnh: Thanh Hóa, Nghệ An tổng kết năm 2020. Đại tá Nguyễn Văn A, Giám đốc Công an tỉnh Nghệ An, trao Giấy khen cho 3 tập thể, 5 cá nhân.',
  });

describe('entity type registry', () => {
  it('gives the record one array per type, in registry order, between text and warnings', () => {
    const keys = Object.keys(shape);
    expect(keys.slice(keys.indexOf('text') + 1, keys.indexOf('warnings'))).toEqual([...ENTITY_KEYS]);
  });

  it('names a recogniser for every type, and every recogniser fills only registered types', () => {
    for (const t of ENTITY_TYPES) expect(RECOGNISERS.map((r) => r.id), t.key).toContain(t.recogniser);
    for (const r of RECOGNISERS) {
      const out = r.id === 'periods' ? { periods: [], dates: [] } : r.id === 'provinces' ? { provinces: [] } : [];
      for (const key of Object.keys(r.entities(out as never))) expect(ENTITY_KEYS as readonly string[], `${r.id} fills ${key}`).toContain(key);
    }
  });

  it('derives the scorer rows from the types, in registry order, authors last', () => {
    expect(keyers.map((k) => k.row)).toEqual(['officials', 'officials+rank', 'provinces', 'clusters', 'periods', 'awards', 'authors']);
    expect(keyers.filter((k) => k.row !== 'authors').every((k) => (ENTITY_KEYS as readonly string[]).includes(k.field))).toBe(true);
  });

  it('lists the rules of every type\'s recogniser in the README table, with unique ids', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RECOGNISERS) for (const rule of r.rules) expect(ids).toContain(rule.id);
  });

  it('flattens a real record into rows of exactly the declared columns, the shared ones around each type\'s own', () => {
    const rec = record();
    let rows = 0;
    for (const t of ENTITY_TYPES) {
      const [own, ...lists] = typeTables(t);
      expect(own!.name).toBe(t.table.name);
      expect(own!.columns.map((c) => c.name)).toEqual(['seq', ...t.table.columns.map((c) => c.name), 'mention_count', 'found_by']);
      expect(lists.map((l) => l.name)).toEqual((t.lists ?? []).map((l) => l.name));
      for (const spec of [own!, ...lists]) {
        for (const row of spec.rows(rec[t.key])) {
          rows++;
          expect(row, spec.name).toHaveLength(spec.columns.length);
          spec.columns.forEach((c, i) => {
            if (!c.nullable) expect(row[i], `${spec.name}.${c.name}`).not.toBeNull();
            if (row[i] !== null) expect(typeof row[i], `${spec.name}.${c.name}`).toBe(c.type === 'text' ? 'string' : 'number');
          });
        }
      }
      // The seq column is the entity's index in the record's array; mention_count its mentions.
      const entities = rec[t.key] as EntityBase[];
      expect(own!.rows(entities).map((r) => [r[0], r[r.length - 2]])).toEqual(entities.map((e, i) => [i, e.mentions.length]));
    }
    expect(rows).toBeGreaterThanOrEqual(8);
  });

  it('makes the store\'s tables, indexes and views from the registry alone (in a real SQLite)', () => {
    const db = new Database(':memory:');
    db.exec(STORE_DDL());
    const names = (type: string) => db.prepare('SELECT name FROM sqlite_master WHERE type = ? ORDER BY name').pluck().all(type) as string[];
    for (const t of ENTITY_TYPES) {
      for (const spec of typeTables(t)) {
        const cols = (db.prepare(`PRAGMA table_info("${spec.name}")`).all() as { name: string }[]).map((c) => c.name);
        expect(cols, spec.name).toEqual(['article', ...spec.columns.filter((c) => c.only !== 'export').map((c) => c.name)]);
      }
      for (const index of t.table.indexes ?? []) expect(names('index')).toContain(`${t.table.name}_${index.join('_')}`);
      if (t.view) expect(names('view')).toContain(t.view.name);
    }
    expect(names('view')).toContain('article_texts');
    db.close();
  });
});

/** A type no recogniser fills, declared only here: vehicles named in an article, with their colours. */
const Vehicle = z.object({ plate: z.string().min(1), colours: z.array(z.string()), mentions: mentionList, foundBy: provenanceList });
const vehiclesType = defineEntityType({
  key: 'vehicles',
  schema: Vehicle,
  description: 'A vehicle named by its plate (a toy type of this test)',
  recogniser: 'vehicles',
  table: {
    name: 'vehicles',
    doc: 'one row per vehicle an article names',
    columns: [
      { name: 'plate', type: 'text', doc: 'the plate as written' },
      { name: 'folded_plate', type: 'text', doc: 'the plate folded', only: 'index' },
    ],
    cells: (v) => [v.plate, folded(v.plate)],
    indexes: [['folded_plate']],
  },
  lists: [
    {
      name: 'vehicle_colours',
      doc: 'one row per colour of a vehicle',
      parent: { name: 'vehicle_seq', doc: 'the vehicle (vehicles.seq)' },
      seqDoc: 'the colour’s place in the list',
      columns: [{ name: 'colour', type: 'text', doc: 'the colour' }],
      items: (v) => v.colours.map((c) => [c]),
    },
  ],
  view: { name: 'article_vehicles', doc: 'One row per vehicle.', alias: 'v', select: 'v.plate' },
});

describe('a new entity type, declared in one entity.ts and listed in a type list', () => {
  // The registry itself is left alone: the toy type is in this list only, passed where the registry is the default.
  const types = [...ENTITY_TYPES, vehiclesType];
  const withVehicles = (): ArticleRecord & { vehicles: z.infer<typeof Vehicle>[] } => {
    const rec = record();
    const chars = Array.from(rec.text);
    const mention = { start: chars.length - 8, end: chars.length - 1, text: chars.slice(-8, -1).join('') };
    return { ...rec, vehicles: [{ plate: 'Đ-29A', colours: ['đỏ', 'trắng'], mentions: [mention], foundBy: [{ rule: 'vehicle/plate', match: 'exact' }] }] };
  };

  it('gets its table, list table, index and view in the store, and its rows in the index', () => {
    const db = new Database(':memory:');
    db.exec(STORE_DDL(types));
    const cols = (t: string) => (db.prepare(`PRAGMA table_info("${t}")`).all() as { name: string; notnull: number }[]).map((c) => `${c.name}${c.notnull ? '!' : ''}`);
    expect(cols('vehicles')).toEqual(['article!', 'seq!', 'plate!', 'folded_plate!']);
    expect(cols('vehicle_colours')).toEqual(['article!', 'vehicle_seq!', 'seq!', 'colour!']);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'vehicles' AND type = 'index'").pluck().all()).toEqual(['vehicles_folded_plate']);

    const rec = withVehicles();
    db.prepare('INSERT INTO articles (aid, id, location, title, published_at, language, checksum, record_size, text_at, record, text) VALUES (1, ?, ?, NULL, NULL, ?, 0, 0, NULL, ?, ?)').run(
      rec.id, rec.source.location, rec.language.code, Buffer.alloc(0), rec.text,
    );
    const writer = new IndexWriter(db, types);
    writer.insert(1, indexRows(rec, types));
    writer.flushFullText();
    expect(db.prepare('SELECT article_id, plate FROM article_vehicles').all()).toEqual([{ article_id: rec.id, plate: 'Đ-29A' }]);
    expect(db.prepare("SELECT seq FROM vehicles WHERE folded_plate = 'd-29a'").pluck().all()).toEqual([0]);
    expect(db.prepare('SELECT vehicle_seq, seq, colour FROM vehicle_colours ORDER BY seq').raw().all()).toEqual([[0, 0, 'đỏ'], [0, 1, 'trắng']]);
    // The registry's own officials are indexed beside it, as before.
    expect(db.prepare('SELECT count(*) FROM officials').pluck().get()).toBe(rec.officials.length);
    // Taking the article out of the index takes its vehicles too.
    writer.delete(1);
    expect(db.prepare('SELECT count(*) FROM vehicles').pluck().get()).toBe(0);
    db.close();
  });

  it('gets its tables in the CSV/Parquet exports, without index-only columns, and its mentions in `mentions`', () => {
    const rec = withVehicles();
    const tables = new Map(exportTables(types).map((t) => [t.spec.name, t]));
    const vehicles = tables.get('vehicles')!;
    expect(vehicles.spec.columns.filter((c) => c.only !== 'index').map((c) => c.name)).toEqual(['seq', 'plate', 'mention_count', 'found_by']);
    expect(vehicles.rowsOf(rec)).toEqual([[0, 'Đ-29A', 'd-29a', 1, 'vehicle/plate']]);
    expect(tables.get('vehicle_colours')!.rowsOf(rec)).toEqual([[0, 0, 'đỏ'], [0, 1, 'trắng']]);
    const mentions = tables.get('mentions')!.rowsOf(rec);
    const m = rec.vehicles[0]!.mentions[0]!;
    expect(mentions.filter((row) => row[0] === 'vehicles')).toEqual([['vehicles', 0, 0, m.start, m.end, m.text]]);
    expect(m.text).toBe('cá nhân');
  });

  it('leaves the registry\'s schema and exports as they were (no global change)', () => {
    expect(STORE_DDL()).not.toContain('vehicles');
    expect(exportTables().map((t) => t.spec.name)).not.toContain('vehicles');
    expect(indexRows(withVehicles())).toHaveLength(entityTables().length);
  });
});

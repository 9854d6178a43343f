/**
 * The registry of entity types is the one place a type is declared: the record schema, the
 * scorer's rows, the rules table and the flat tables all follow it.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ArticleRecord } from '../src/record/schema.js';
import { ENTITY_KEYS, ENTITY_TABLES, ENTITY_TYPES } from '../src/extract/entity-types.js';
import { RECOGNISERS, rules } from '../src/extract/extract-entities.js';
import { keyers } from '../src/eval/score.js';
import { processArticle } from '../src/pipeline.js';

const shape = (ArticleRecord as z.ZodObject).shape as Record<string, unknown>;

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

  it('flattens a real record into rows with exactly the declared columns', () => {
    const rec = processArticle({
      source: { location: 'flatten.txt', sha256: '0'.repeat(64), fetchedAt: null, etag: null, lastModified: null }, kind: 'text', warnings: [],
      body: 'Ngày 20/11/2020, Cụm thi đua số 5 gồm Công an các tỉnh: Thanh Hóa, Nghệ An tổng kết năm 2020. Đại tá Nguyễn Văn A, Giám đốc Công an tỉnh Nghệ An, trao Giấy khen cho 3 tập thể, 5 cá nhân.',
    });
    const tables = new Map(ENTITY_TABLES.map((t) => [t.name, t]));
    let rows = 0;
    for (const t of ENTITY_TYPES) {
      for (const entity of rec[t.key] as never[]) {
        const flat = t.flatten(entity);
        for (const [name, list] of Object.entries(flat)) {
          const table = tables.get(name)!;
          expect(table, name).toBeDefined();
          for (const row of list) {
            rows++;
            expect(Object.keys(row).sort(), name).toEqual(table.columns.map((c) => c.name).sort());
            for (const c of table.columns) if (!c.nullable) expect(row[c.name], `${name}.${c.name}`).not.toBeNull();
          }
        }
      }
    }
    expect(rows).toBeGreaterThanOrEqual(8);
    expect(tables.has('mentions')).toBe(true);
  });
});

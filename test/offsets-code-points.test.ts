/**
 * Mention offsets count code points (SPEC, as W3C TextPositionSelector does): Python, jq
 * and DuckDB slice a record's text with them as JavaScript's UTF-16 offsets never could
 * after an emoji. Checked by Python itself on an exported records.jsonl.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest.js';
import { processArticle } from '../src/pipeline.js';
import { sliceCodePoints, toCodePoints, toUtf16 } from '../src/text/code-points.js';
import type { ArticleRecord } from '../src/record/schema.js';
import { tempOut } from './query-helpers.js';

const TEXT = [
  'Công an tỉnh Nghệ An 🚓 tổ chức hội nghị tổng kết công tác năm 2021 👏👏.',
  'Đại tá Nguyễn Văn Hùng, Giám đốc Công an tỉnh Nghệ An, chủ trì hội nghị; 𠀀 Cụm thi đua số 4 gồm Thanh Hóa, Nghệ An, Hà Tĩnh.',
  'Dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 12 tập thể, 30 cá nhân.',
].join('\n\n');

const record = (text: string): ArticleRecord =>
  processArticle({ source: { location: 'emoji.txt', sha256: '0'.repeat(64), fetchedAt: null, etag: null, lastModified: null }, kind: 'text', body: text, warnings: [] });

describe('offsets in code points', () => {
  it('converts between UTF-16 and code points, and is the identity without astral characters', () => {
    const t = 'a🚓b𠀀c';
    const cp = toCodePoints(t);
    const u = toUtf16(t);
    expect([0, 1, 3, 4, 6, 7].map(cp)).toEqual([0, 1, 2, 3, 4, 5]);
    expect([0, 1, 2, 3, 4, 5].map(u)).toEqual([0, 1, 3, 4, 6, 7]);
    expect(sliceCodePoints(t, 3, 5)).toBe('𠀀c');
    expect(toCodePoints('Nghệ An')(5)).toBe(5);
  });

  it('every mention of a record with emoji slices back to its text when counted in code points', () => {
    const r = record(TEXT);
    const mentions = [...r.officials, ...r.provinces, ...r.clusters, ...r.periods, ...r.dates, ...r.awards].flatMap((e) => e.mentions);
    expect(r.provinces.map((p) => p.name)).toContain('Nghệ An');
    expect(mentions.length).toBeGreaterThan(5);
    const chars = Array.from(r.text);
    for (const m of mentions) expect(chars.slice(m.start, m.end).join('')).toBe(m.text);
    // …and not as UTF-16 units, past the first emoji.
    const late = r.provinces.find((p) => p.name === 'Hà Tĩnh')!.mentions[0]!;
    expect(r.text.slice(late.start, late.end)).not.toBe(late.text);
  });

  it("Python's str slicing of an exported records.jsonl gives each mention's text", async () => {
    const dir = await tempOut('codepoints-in');
    await writeFile(path.join(dir, 'emoji.txt'), `Hội nghị tổng kết năm 2021\n\n${TEXT}`);
    const out = await tempOut('codepoints-out');
    const run = await ingest([dir], { outDir: out, jobs: 1, exports: ['jsonl'] });
    expect(run.written).toBe(1);
    const jsonl = path.join(out, 'records.jsonl');
    expect(readFileSync(jsonl, 'utf8')).toContain('🚓');
    const script = [
      'import json, sys',
      'bad = total = 0',
      'for line in open(sys.argv[1], encoding="utf-8"):',
      '    r = json.loads(line)',
      '    for key in ("officials", "provinces", "clusters", "periods", "dates", "awards"):',
      '        for e in r[key]:',
      '            for m in e["mentions"]:',
      '                total += 1',
      '                bad += r["text"][m["start"]:m["end"]] != m["text"]',
      'print(total, bad)',
    ].join('\n');
    const [total, bad] = execFileSync('python3', ['-c', script, jsonl], { encoding: 'utf8' }).trim().split(' ').map(Number);
    expect(total).toBeGreaterThan(5);
    expect(bad).toBe(0);
  });

  it("the CSV export's mentions table counts code points too: sqlite3's substr() of the article text gives each mention", async () => {
    const dir = await tempOut('codepoints-csv-in');
    await writeFile(path.join(dir, 'emoji.txt'), `Hội nghị tổng kết năm 2021\n\n${TEXT}`);
    const out = await tempOut('codepoints-csv-out');
    const run = await ingest([dir], { outDir: out, jobs: 1, exports: ['csv'] });
    expect(run.written).toBe(1);
    const csv = path.join(out, 'csv');
    // SQLite's substr() counts characters (code points) of a TEXT value, from 1.
    const sql = [
      `.import --csv ${path.join(csv, 'articles.csv')} articles`,
      `.import --csv ${path.join(csv, 'mentions.csv')} mentions`,
      'SELECT count(*), sum(substr(a.text, m.start + 1, m."end" - m.start) = m.text), sum(instr(a.text, m.text) > 0) FROM mentions m JOIN articles a USING (article_id);',
    ].join('\n');
    const [total, sliced, found] = execFileSync('sqlite3', [':memory:'], { input: sql, encoding: 'utf8' }).trim().split('|').map(Number);
    expect(total).toBeGreaterThan(5);
    expect(found).toBe(total);
    expect(sliced).toBe(total);
  });
});

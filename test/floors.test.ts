/**
 * Quality floors: the real pipeline on corpus/ and fixtures/articles/, scored against the
 * gold annotations, must not fall below fixtures/gold/floors.json. Floors only go up
 * (see fixtures/gold/README.md): raise them when the extractors improve; a drop is a
 * regression to fix, not a floor to lower.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingest } from '../src/ingest.js';
import { formatReport, rowOf, scoreRecords, type ScoreReport } from '../src/eval/score.js';

type Floors = Record<string, Record<string, number>>;
/** floors.json, without its "_note" documentation keys. */
const floors: Floors = Object.fromEntries(
  Object.entries(JSON.parse(fs.readFileSync(path.join('fixtures', 'gold', 'floors.json'), 'utf8')) as Record<string, unknown>)
    .filter(([k]) => !k.startsWith('_'))
    .map(([k, v]) => [k, Object.fromEntries(Object.entries(v as Record<string, number>).filter(([t]) => !t.startsWith('_')))]),
);

const suites = [
  { name: 'seeds', articles: 'corpus', gold: path.join('fixtures', 'gold', 'seeds') },
  { name: 'articles', articles: path.join('fixtures', 'articles'), gold: path.join('fixtures', 'gold', 'articles') },
] as const;

/** F1 of a row ("overall" is the micro F1). */
const f1Of = (report: ScoreReport, type: string): number | undefined => (type === 'overall' ? report.overall.f1 : rowOf(report, type)?.f1);

describe.each(suites)('quality floors: $name', (suite) => {
  let report: ScoreReport;
  beforeAll(async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), `vnews-floors-${suite.name}-`));
    const run = await ingest([suite.articles], { outDir: out, index: false, exports: ['jsonl'] });
    expect(run.failed).toEqual([]);
    report = scoreRecords(suite.gold, path.join(out, 'records.jsonl'));
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('has a floor for every scored type and a record for every gold file', () => {
    const floor = floors[suite.name];
    expect(floor).toBeDefined();
    expect(report.missingRecords).toBe(0);
    expect(report.docs).toBe(fs.readdirSync(suite.gold).filter((f) => f.endsWith('.json')).length);
    expect(Object.keys(floor!).sort()).toEqual(['overall', ...report.rows.map((r) => r.type)].sort());
  });

  it('per-type and micro F1 are at or above the floors', () => {
    const floor = floors[suite.name]!;
    const below = Object.entries(floor)
      .map(([type, min]) => ({ type, min, got: f1Of(report, type) ?? 0 }))
      .filter((x) => x.got < x.min);
    // the message carries the whole table, so a failure shows what moved
    expect(below, formatReport(report, { verbose: true })).toEqual([]);
  });
});

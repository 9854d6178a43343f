/** Shared set-up for the query, index, officials and stats tests: an output folder made by the real store and index. */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../src/cli-main.js';
import type { ArticleRecord } from '../src/record/schema.js';
import { RecordStore } from '../src/store/record-store.js';

export const FIXTURE_DIR = path.resolve(import.meta.dirname, '../fixtures/records');

/** The hand-written records of fixtures/records, by id. */
export function fixtureRecords(): ArticleRecord[] {
  return readdirSync(FIXTURE_DIR)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => JSON.parse(readFileSync(path.join(FIXTURE_DIR, n), 'utf8')) as ArticleRecord);
}

/** Store `records` through RecordStore, as ingest does (`index: false` as --no-index); returns the run's summary and changes. */
export async function storeRecords(outDir: string, records: ArticleRecord[], index = true) {
  const store = await RecordStore.open(outDir, { index });
  for (const r of records) store.put(r);
  return store.finish();
}

export const tempOut = (tag: string): Promise<string> => mkdtemp(path.join(tmpdir(), `vnews-${tag}-`));

/** Run the CLI in-process; returns exit code and what it printed. */
export async function runCli(args: string[], cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  const sink = () => {
    const chunks: string[] = [];
    const w = new Writable({
      write(chunk, _enc, cb) {
        chunks.push(String(chunk));
        cb();
      },
    });
    return { w, text: () => chunks.join('') };
  };
  const out = sink();
  const err = sink();
  const code = await main(args, { stdout: out.w, stderr: err.w, cwd });
  return { code, stdout: out.text(), stderr: err.text() };
}

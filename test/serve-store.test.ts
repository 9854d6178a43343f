/**
 * `vnews serve` and the life of the store it reads: serve never writes, so a store it
 * cannot read as it stands (none, an older layout not yet moved in, junk, an index behind
 * its records) is a one-line error at start and a 503 page while serving, and what other
 * commands do to the store meanwhile (a run with or without the index, a repair putting a
 * new file in place, the file taken away) is picked up by the next request.
 */
import { createHash } from 'node:crypto';
import { copyFile, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../src/record/schema.js';
import { storePath } from '../src/store/store-db.js';
import { storedJson } from './helpers/store.js';
import { fixtureRecords, runCli, storeRecords, tempOut } from './query-helpers.js';
import { serveFolder, type Served } from './serve-helpers.js';

const EMPTY = createHash('sha256').digest('hex');

/**
 * Every file under `dir` with the sha256 of its bytes, as far as it holds data: SQLite's
 * WAL readers, read-only ones too, keep their read marks in the store's -shm file (shared
 * memory, no data), and one opening a store that has no -wal file creates it empty.
 */
async function filesOf(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (!p.endsWith('-shm')) out[path.relative(dir, p)] = createHash('sha256').update(await readFile(p)).digest('hex');
    }
  };
  await walk(dir);
  if (out['vnews.sqlite-wal'] === EMPTY) delete out['vnews.sqlite-wal'];
  return out;
}

/** A record of the fixtures with a new text, so a new id (the entities' offsets still point into the text). */
function variant(r: ArticleRecord, n: number): ArticleRecord {
  const text = `${r.text} Bản tin bổ sung số ${n}.`;
  const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return { ...r, id, text, source: { ...r.source, location: `added/${n}.txt` } };
}

const served: Served[] = [];
afterEach(async () => {
  for (const s of served.splice(0)) await s.server.close();
});

async function serve(out: string): Promise<Served> {
  const s = await serveFolder(out);
  served.push(s);
  return s;
}

describe('a store serve cannot read as it stands: one line at start, exit 3, nothing written', () => {
  it('names an older layout not yet moved into vnews.sqlite, and leaves it as it is', async () => {
    const source = await tempOut('serve-old-src');
    await storeRecords(source, fixtureRecords());
    const out = await tempOut('serve-old');
    await writeFile(path.join(out, 'records.jsonl'), storedJson(source).join('\n') + '\n');
    const before = await filesOf(out);
    const run = await runCli(['serve', '--out', out, '--port', '0']);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe(
      `vnews serve: ${out} holds records of an older vnews (records/, records.jsonl) that are not yet moved into ${storePath(out)}, or are being moved now: "vnews stats --out ${out}" settles it (once no ingest or refresh is running there)\n`,
    );
    expect(await filesOf(out)).toEqual(before);
    // The command it names does settle it, and serve then starts.
    expect((await runCli(['stats', '--out', out])).code).toBe(0);
    const s = await serve(out);
    expect((await s.json<{ total: number }>('/search.json')).total).toBe(fixtureRecords().length);
  });

  it('names an index left behind by a run with --no-index, and does not rebuild it', async () => {
    const out = await tempOut('serve-stale');
    await storeRecords(out, fixtureRecords(), false);
    const before = await filesOf(out);
    const run = await runCli(['serve', '--out', out, '--port', '0']);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^vnews serve: .*vnews\.sqlite: the query index is behind the records \(a run with --no-index, or a damaged record replaced\): "vnews stats --out .*" settles it/);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(await filesOf(out)).toEqual(before);
  });

  it('names a file that is not a store', async () => {
    const out = await tempOut('serve-junk');
    await writeFile(storePath(out), 'these bytes are not an SQLite database, however long the line goes on '.repeat(100));
    const run = await runCli(['serve', '--out', out, '--port', '0']);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^vnews serve: .*vnews\.sqlite is damaged \(.*\): "vnews stats --out .*" settles it .*\n$/);
    expect(run.stderr.split('\n')).toHaveLength(2);
  });

  it('names a store of a newer vnews', async () => {
    const out = await tempOut('serve-newer');
    await storeRecords(out, fixtureRecords());
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(storePath(out));
    db.prepare("UPDATE meta SET value = '99' WHERE key = 'schema_version'").run();
    db.close();
    const run = await runCli(['serve', '--out', out, '--port', '0']);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^vnews serve: .*vnews\.sqlite was written by a newer vnews \(store version 99\); update vnews to read it\n$/);
  });
});

describe('what other commands do to the store while it is served', () => {
  it('shows a run with --no-index as a 503 saying what to do, and the rebuilt index once settled', async () => {
    const out = await tempOut('serve-noindex');
    const records = fixtureRecords();
    await storeRecords(out, records);
    const s = await serve(out);
    expect((await s.json<{ total: number }>('/search.json')).total).toBe(records.length);

    await storeRecords(out, [variant(records[0]!, 1)], false);
    for (const p of ['/search', '/overview', `/article/${records[1]!.id}`]) {
      const res = await s.get(p);
      expect(res.status, p).toBe(503);
      expect(res.headers.get('retry-after')).toBe('30');
      expect(await res.text(), p).toMatch(/The archive cannot be read right now: .*the query index is behind the records .*vnews stats --out/);
    }
    const json = await s.get('/search.json');
    expect(json.status).toBe(503);
    expect(((await json.json()) as { error: string }).error).toMatch(/the query index is behind the records/);

    expect((await runCli(['stats', '--out', out])).code).toBe(0);
    expect((await s.json<{ total: number }>('/search.json')).total).toBe(records.length + 1);
  });

  it('follows a new file put in place of the store (as a repair does), and says so when the store is gone', async () => {
    const out = await tempOut('serve-swap');
    const records = fixtureRecords();
    await storeRecords(out, records.slice(0, 3));
    const s = await serve(out);
    expect((await s.json<{ total: number }>('/search.json')).total).toBe(3);

    // Another store, built elsewhere and renamed over this one.
    const other = await tempOut('serve-swap-other');
    await storeRecords(other, records);
    await copyFile(storePath(other), `${storePath(out)}.new`);
    await rename(`${storePath(out)}.new`, storePath(out));
    expect((await s.json<{ total: number }>('/search.json')).total).toBe(records.length);
    expect((await s.get(`/article/${records[5]!.id}.json`)).status).toBe(200);

    await rm(storePath(out));
    const page = await s.get('/search');
    expect(page.status).toBe(503);
    expect(await page.text()).toContain(`The archive cannot be read right now: no records in ${out}; run &quot;vnews ingest&quot; first`);
    const json = await s.get(`/article/${records[0]!.id}.json`);
    expect(json.status).toBe(503);
    expect(((await json.json()) as { error: string }).error).toBe(`The archive cannot be read right now: no records in ${out}; run "vnews ingest" first`);

    // Back again: served again.
    await copyFile(storePath(other), storePath(out));
    expect((await s.json<{ total: number }>('/search.json')).total).toBe(records.length);
  });

  it('never writes: the folder is byte for byte the same after serving every page while runs come and go', async () => {
    const out = await tempOut('serve-bytes');
    const records = fixtureRecords();
    await storeRecords(out, records.slice(0, 4));
    const s = await serve(out);
    await storeRecords(out, records.slice(4));
    const before = await filesOf(out);
    const paths = ['/search', '/search.json?rank=dai+ta', '/overview', '/officials', ...records.map((r) => `/article/${r.id}`)];
    for (const p of paths) expect((await s.get(p)).status, p).toBe(200);
    expect(await filesOf(out)).toEqual(before);
    // Closing a read-only connection checkpoints nothing into the store either.
    expect(Object.keys(before)).toContain('vnews.sqlite-wal');
    await s.server.close();
    served.splice(served.indexOf(s), 1);
    expect(await filesOf(out)).toEqual(before);
  });
});

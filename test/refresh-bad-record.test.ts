/**
 * A record file on disk that is no longer a valid record (hand-edited, an older schema)
 * makes its URL fail with a reason; the rest of the refresh still runs and is summarised.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refresh } from '../src/refresh.js';
import Database from 'better-sqlite3';
import { storePath } from '../src/store/store-db.js';
import { startServer, staticSite, type TestServer } from './helpers/http-server.js';

const portalDir = fileURLToPath(new URL('../fixtures/portal/', import.meta.url));
let server: TestServer;
let out: string;

beforeAll(async () => {
  server = await startServer(staticSite(portalDir));
  out = await mkdtemp(path.join(tmpdir(), 'vnews-bad-record-'));
});
afterAll(async () => {
  await server.close();
  await rm(out, { recursive: true, force: true });
});

describe('refresh over a damaged record', () => {
  it('names the URL whose record cannot be kept and finishes the run', async () => {
    const sources = { sources: [{ feed: server.url('/rss.xml') }], allowPrivateNetwork: true, perHostIntervalMs: 0 };
    const first = await refresh(sources, { outDir: out, index: false });
    expect(first.failed).toEqual([]);
    expect(first.written).toBeGreaterThanOrEqual(2);
    // One record overwritten by something that is not a record (its checksum no longer matches either).
    const db = new Database(storePath(out));
    const { id, location } = db.prepare('SELECT id, location FROM articles ORDER BY id LIMIT 1').get() as { id: string; location: string };
    db.prepare('UPDATE articles SET record = ? WHERE id = ?').run('{"schemaVersion":0}', id);
    db.close();

    const second = await refresh(sources, { outDir: out, index: false });
    expect(second.failed.map((f) => f.input)).toEqual([location]);
    expect(second.unchanged).toBe(first.written - 1);
    const runs = await readdir(path.join(out, 'runs'));
    expect(runs).toHaveLength(2);
  });
});

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

describe('refresh over a damaged record file', () => {
  it('names the URL whose record cannot be kept and finishes the run', async () => {
    const sources = { sources: [{ feed: server.url('/rss.xml') }], allowPrivateNetwork: true, perHostIntervalMs: 0 };
    const first = await refresh(sources, { outDir: out, index: false });
    expect(first.failed).toEqual([]);
    expect(first.written).toBeGreaterThanOrEqual(2);
    const records = (await readdir(path.join(out, 'records'))).sort();
    const damaged = path.join(out, 'records', records[0]!);
    const location = (JSON.parse(await readFile(damaged, 'utf8')) as { source: { location: string } }).source.location;
    await writeFile(damaged, '{"schemaVersion":0}\n');

    const second = await refresh(sources, { outDir: out, index: false });
    expect(second.failed.map((f) => f.input)).toEqual([location]);
    expect(second.unchanged).toBe(first.written - 1);
    const runs = await readdir(path.join(out, 'runs'));
    expect(runs).toHaveLength(2);
  });
});

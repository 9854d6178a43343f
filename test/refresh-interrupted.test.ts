/**
 * A refresh that dies after a changed article's new record and state row were committed,
 * but before the run finished (so before the old record was dropped): the next run must
 * finish the replacement, whether or not the URL is still listed by the sources.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refresh } from '../src/refresh.js';
import type { ArticleRecord } from '../src/record/schema.js';
import { storedRecords } from './helpers/store.js';
import { startServer, staticSite, type StaticSite, type TestServer } from './helpers/http-server.js';

const portalDir = fileURLToPath(new URL('../fixtures/portal/', import.meta.url));
const A1 = '/tin-tuc/tong-ket-cong-tac-nam-2022-101.html';
const A2 = '/tin-tuc/trao-bang-khen-phong-trao-thi-dua-102.html';
const ADDED = 'Hội nghị cũng biểu dương 20 điển hình tiên tiến.';

let server: TestServer;
let site: StaticSite;
let out: string;

const readJsonl = async (): Promise<ArticleRecord[]> => storedRecords(out);
const storedIds = (): string[] => storedRecords(out).map((r) => r.id);
const opts = () => ({ outDir: out, allowPrivateNetwork: true, perHostIntervalMs: 0 });
const both = () => ({ sources: [{ url: server.url(A1) }, { url: server.url(A2) }] });

beforeEach(async () => {
  site = staticSite(portalDir);
  server = await startServer(site);
  out = await mkdtemp(path.join(tmpdir(), 'vnews-interrupted-'));
});
afterEach(async () => {
  await server.close();
  await rm(out, { recursive: true, force: true });
});

/** Run 1 complete; then A2 changes and run 2 dies right after A2's new record and state row. */
async function interruptedReplacement(): Promise<{ oldId: string; newId: string }> {
  await refresh(both(), opts());
  const oldId = (await readJsonl()).find((r) => r.source.location === server.url(A2))!.id;
  const original = await readFile(path.join(portalDir, A2.slice(1)), 'utf8');
  site.override(A2, original.replace('</p>\n          <p style="text-align: right;">', ` ${ADDED}</p>\n          <p style="text-align: right;">`));
  let newId = '';
  await expect(
    refresh(both(), {
      ...opts(),
      onEvent: (e) => {
        if (e.msg === 'written' && e.url === server.url(A2)) newId = e.recordId!;
        // Right after the state rows are committed, before the run finishes.
        if (e.msg === 'state committed') throw new Error('simulated crash');
      },
    }),
  ).rejects.toThrow('simulated crash');
  // The crash left both records in the store (both claiming A2's URL) and an open WARC file.
  expect(storedIds()).toContain(oldId);
  expect(storedIds()).toContain(newId);
  expect((await readdir(path.join(out, 'raw'))).some((f) => f.endsWith('.warc.gz.open'))).toBe(true);
  expect(existsSync(path.join(out, '.refresh.lock'))).toBe(false);
  return { oldId, newId };
}

describe('an interrupted replacement', () => {
  it('is completed by the next run (the page answers 304 now)', async () => {
    const { oldId, newId } = await interruptedReplacement();
    const next = await refresh(both(), opts());
    expect(next.failed).toEqual([]);
    expect(next.notModified).toBe(2);
    expect(next.removedIds).toEqual([oldId]);
    expect(next.recoveredWarcs).toHaveLength(1);
    const records = await readJsonl();
    expect(records).toHaveLength(2);
    const a2 = records.find((r) => r.source.location === server.url(A2))!;
    expect(a2.id).toBe(newId);
    expect(a2.text).toContain(ADDED);
    expect(storedIds()).not.toContain(oldId);
    expect((await readdir(path.join(out, 'raw'))).every((f) => f.endsWith('.warc.gz') || f.endsWith('.warc.gz.cdxj'))).toBe(true);
  });

  it('is completed even when the sources no longer list that URL', async () => {
    const { oldId } = await interruptedReplacement();
    const next = await refresh({ sources: [{ url: server.url(A1) }] }, opts());
    expect(next.removedIds).toEqual([oldId]);
    const records = await readJsonl();
    expect(records.map((r) => r.source.location).sort()).toEqual([server.url(A1), server.url(A2)].sort());
    expect(records.find((r) => r.source.location === server.url(A2))!.text).toContain(ADDED);
  });

  it('a new article written just before the kill is kept, and the next run finds it current', async () => {
    await refresh({ sources: [{ url: server.url(A1) }] }, opts());
    await expect(
      refresh(both(), {
        ...opts(),
        onEvent: (e) => {
          if (e.msg === 'state committed') throw new Error('simulated crash');
        },
      }),
    ).rejects.toThrow('simulated crash');
    // A2's record was committed before its state row: the store holds it, the state does not know it yet.
    expect((await readJsonl()).map((r) => r.source.location).sort()).toEqual([server.url(A1), server.url(A2)].sort());
    const next = await refresh(both(), opts());
    expect([next.written, next.unchanged, next.notModified]).toEqual([0, 2, 2]);
    expect((await readJsonl()).map((r) => r.source.location).sort()).toEqual([server.url(A1), server.url(A2)].sort());
  });
});

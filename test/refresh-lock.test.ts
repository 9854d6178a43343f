/** The run lock and the state store of `refresh`, on their own. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LockedError, acquireRunLock } from '../src/state/run-lock.js';
import { processAlive as alive } from '../src/store/process-alive.js';
import { StateStore } from '../src/state/state-store.js';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'vnews-lock-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

/** The pid of a process that has exited. */
const deadPid = (): number => {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
};

describe('acquireRunLock', () => {
  it('creates the lock with pid, host and start time, refuses a second holder, and releases', async () => {
    const dir = path.join(tmp, 'a');
    const lock = await acquireRunLock(dir);
    const content = JSON.parse(await readFile(path.join(dir, '.refresh.lock'), 'utf8'));
    expect(content).toEqual({ pid: process.pid, host: hostname(), startedAt: lock.info.startedAt });
    await expect(acquireRunLock(dir)).rejects.toBeInstanceOf(LockedError);
    await lock.release();
    expect(existsSync(path.join(dir, '.refresh.lock'))).toBe(false);
    const again = await acquireRunLock(dir);
    expect(again.tookOver).toBeNull();
    await again.release();
  });

  it('takes over a lock whose process is gone', async () => {
    const dir = path.join(tmp, 'b');
    const pid = deadPid();
    const { mkdir } = await import('node:fs/promises');
    await mkdir(dir, { recursive: true });
    const stale = { pid, host: hostname(), startedAt: '2025-03-01T02:00:00.000Z' };
    await writeFile(path.join(dir, '.refresh.lock'), JSON.stringify(stale));
    const lock = await acquireRunLock(dir);
    expect(lock.tookOver).toEqual(stale);
    expect(JSON.parse(await readFile(path.join(dir, '.refresh.lock'), 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  it('an empty lock file (writer killed between create and write) is stale', async () => {
    const dir = path.join(tmp, 'c');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, '.refresh.lock'), '');
    const lock = await acquireRunLock(dir);
    expect(lock.info.pid).toBe(process.pid);
    await lock.release();
  });

  it('a lock of another host is respected (it cannot be checked)', async () => {
    const dir = path.join(tmp, 'd');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, '.refresh.lock'), JSON.stringify({ pid: deadPid(), host: 'other-host', startedAt: '2025-03-01T02:00:00.000Z' }));
    await expect(acquireRunLock(dir)).rejects.toThrow(/another vnews run \(refresh or ingest\) is running .* on other-host/);
  });

  it('takes over the lock of a killed process that is not reaped yet (a zombie)', async () => {
    const dir = path.join(tmp, 'z');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(dir, { recursive: true });
    // The forked child exits at once; its parent never waits for it: a zombie for 5 s.
    const parent = spawn('python3', ['-c', 'import os, sys, time\npid = os.fork()\nif pid == 0: os._exit(0)\nprint(pid, flush=True)\ntime.sleep(5)'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const pid = Number(await new Promise<string>((resolve) => parent.stdout.once('data', (d: Buffer) => resolve(d.toString()))));
    try {
      // Wait until it has exited (state Z) — a few ms.
      for (let i = 0; i < 200 && !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8')); i++) await new Promise((r) => setTimeout(r, 10));
      expect(readFileSync(`/proc/${pid}/stat`, 'utf8')).toMatch(/\) Z /);
      expect(() => process.kill(pid, 0)).not.toThrow(); // signal 0 still says "alive"
      expect(alive(pid)).toBe(false);
      const stale = { pid, host: hostname(), startedAt: '2025-03-01T02:00:00.000Z' };
      await writeFile(path.join(dir, '.refresh.lock'), JSON.stringify(stale));
      const lock = await acquireRunLock(dir);
      expect(lock.tookOver).toEqual(stale);
      await lock.release();
      expect(alive(process.pid)).toBe(true);
    } finally {
      parent.kill();
    }
  });

  it('release never removes a lock that another run took over', async () => {
    const dir = path.join(tmp, 'e');
    const lock = await acquireRunLock(dir);
    const other = { pid: 1, host: hostname(), startedAt: '2030-01-01T00:00:00.000Z' };
    await writeFile(path.join(dir, '.refresh.lock'), JSON.stringify(other));
    await lock.release();
    expect(JSON.parse(await readFile(path.join(dir, '.refresh.lock'), 'utf8'))).toEqual(other);
  });
});

describe('StateStore', () => {
  it('remembers validators and the record, and the record an URL held before', () => {
    const dir = path.join(tmp, 's');
    mkdirSync(dir, { recursive: true });
    const s = StateStore.open(dir);
    expect(s.get('https://a.vn/1')).toBeNull();
    s.remember([{ url: 'https://a.vn/1', etag: '"a"', lastModified: null, sha256: 'h1', recordId: 'r1', fetchedAt: '2025-01-01T00:00:00.000Z', status: 200 }]);
    expect(s.get('https://a.vn/1')).toMatchObject({ etag: '"a"', sha256: 'h1', recordId: 'r1', replacedId: null, lastStatus: 200 });
    s.noteStatus('https://a.vn/1', '2025-01-02T00:00:00.000Z', 304);
    expect(s.get('https://a.vn/1')).toMatchObject({ etag: '"a"', recordId: 'r1', lastStatus: 304, lastFetchedAt: '2025-01-02T00:00:00.000Z' });
    s.remember([{ url: 'https://a.vn/1', etag: '"b"', lastModified: null, sha256: 'h2', recordId: 'r2', fetchedAt: '2025-01-03T00:00:00.000Z', status: 200 }]);
    expect(s.get('https://a.vn/1')).toMatchObject({ etag: '"b"', recordId: 'r2', replacedId: 'r1' });
    expect(s.pendingReplacements().map((r) => r.url)).toEqual(['https://a.vn/1']);
    s.clearReplacements(['https://a.vn/1']);
    expect(s.pendingReplacements()).toEqual([]);
    s.noteStatus('https://a.vn/2', '2025-01-03T00:00:00.000Z', 404, 'HTTP 404 Not Found');
    expect(s.get('https://a.vn/2')).toMatchObject({ recordId: null, lastStatus: 404, lastError: 'HTTP 404 Not Found' });
    s.close();
    // WAL side files are gone after a clean close; the data persisted.
    expect(existsSync(path.join(dir, 'state.sqlite-wal'))).toBe(false);
    const again = StateStore.open(dir);
    expect(again.all().map((r) => [r.url, r.recordId])).toEqual([
      ['https://a.vn/1', 'r2'],
      ['https://a.vn/2', null],
    ]);
    again.close();
  });

  it('a damaged state.sqlite is moved aside and started afresh, with one line saying so', () => {
    for (const [name, damage] of [
      ['junk', (f: string) => writeFileSync(f, 'không phải cơ sở dữ liệu '.repeat(500))],
      [
        'torn pages',
        (f: string) => {
          const s = StateStore.open(path.dirname(f));
          s.remember(Array.from({ length: 400 }, (_, i) => ({ url: `https://a.vn/${i}`, etag: `"${i}"`, lastModified: null, sha256: 'h'.repeat(64), recordId: `r${i}`, fetchedAt: '2025-01-01T00:00:00.000Z', status: 200 })));
          s.close();
          const bytes = readFileSync(f);
          bytes.fill(0x55, 4096 + 100, 4096 * 3); // inside the table's pages, past the header
          writeFileSync(f, bytes);
        },
      ],
    ] as const) {
      const dir = path.join(tmp, `damaged-${name.replace(' ', '-')}`);
      mkdirSync(dir, { recursive: true });
      damage(path.join(dir, 'state.sqlite'));
      const s = StateStore.open(dir);
      expect(s.recovered, name).toMatch(/state\.sqlite was damaged \(.+\); moved to state\.sqlite\.damaged-[\dTZ-]+ and started afresh: every URL is fetched as new this run$/);
      expect(s.recovered!.split('\n')).toHaveLength(1);
      expect(s.all()).toEqual([]);
      s.remember([{ url: 'https://a.vn/x', etag: null, lastModified: null, sha256: 'h', recordId: 'r', fetchedAt: '2025-01-01T00:00:00.000Z', status: 200 }]);
      s.close();
      expect(readdirSync(dir).filter((f) => f.startsWith('state.sqlite.damaged-'))).toHaveLength(1);
      const again = StateStore.open(dir);
      expect(again.recovered).toBeNull();
      expect(again.all().map((r) => r.url)).toEqual(['https://a.vn/x']);
      again.close();
    }
  });
});

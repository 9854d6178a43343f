/**
 * One writing run (refresh or ingest) at a time per output folder: `output/.refresh.lock`, created with O_EXCL,
 * holding `{pid, host, startedAt}`. A lock whose process is gone (same host, pid not alive)
 * is stale and taken over; a live one makes the second run stop before touching anything.
 * A lock from another host (shared folder) cannot be checked and counts as live.
 */
import { hostname } from 'node:os';
import { readFileSync, rmSync } from 'node:fs';
import { link, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export const LOCK_FILE = '.refresh.lock';

export interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

/** Another live run holds the lock. */
export class LockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: LockInfo | null,
  ) {
    super(
      holder
        ? `another vnews run (refresh or ingest) is running on ${lockPath} (pid ${holder.pid} on ${holder.host}, started ${holder.startedAt}); wait for it or, if it is gone, delete the lock file`
        : `another vnews run (refresh or ingest) is running on ${lockPath}`,
    );
  }
}

export interface RunLock {
  path: string;
  info: LockInfo;
  /** The stale lock this run took over, if any. */
  tookOver: LockInfo | null;
  release(): Promise<void>;
  /** Synchronous release for exit handlers. */
  releaseSync(): void;
}

/**
 * Whether process `pid` is running. A killed process that its parent has not reaped yet
 * (a zombie) still answers signal 0, but it will never release anything: on Linux its
 * state in /proc/PID/stat ("Z", or "X" while it is being removed) tells it is dead.
 */
export const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "PID (comm) S …": the command name may hold spaces and parentheses, the state follows the last ")".
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return true; // no /proc (not Linux), or the entry vanished: trust the signal
  }
};

async function readLock(file: string): Promise<LockInfo | null> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<LockInfo>;
    return typeof parsed.pid === 'number' ? (parsed as LockInfo) : null;
  } catch {
    return null;
  }
}

const same = (a: LockInfo | null, b: LockInfo | null): boolean => !!a && !!b && a.pid === b.pid && a.host === b.host && a.startedAt === b.startedAt;

/** Take the lock of `outDir` or throw LockedError. */
export async function acquireRunLock(outDir: string): Promise<RunLock> {
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, LOCK_FILE);
  const info: LockInfo = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  let tookOver: LockInfo | null = null;
  for (let tries = 0; tries < 5; tries++) {
    try {
      const fh = await open(file, 'wx');
      await fh.writeFile(`${JSON.stringify(info)}\n`);
      await fh.sync();
      await fh.close();
      let released = false;
      const mine = async (): Promise<boolean> => same(await readLock(file), info);
      return {
        path: file,
        info,
        tookOver,
        async release() {
          if (released) return;
          released = true;
          if (await mine()) await rm(file, { force: true });
        },
        releaseSync() {
          if (released) return;
          released = true;
          try {
            const held = JSON.parse(readFileSync(file, 'utf8')) as LockInfo;
            if (same(held, info)) rmSync(file, { force: true });
          } catch {
            // already gone
          }
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let holder = await readLock(file);
    if (holder === null) {
      // Empty or unreadable: its writer is between create and write, or was killed there.
      await new Promise((r) => setTimeout(r, 200));
      holder = await readLock(file);
    }
    const stale = holder === null || (holder.host === info.host && !alive(holder.pid));
    if (!stale) throw new LockedError(file, holder);
    // Move the stale lock aside, then check that what moved is what we judged: another
    // process may have taken over in between, and its live lock must be put back.
    const aside = `${file}.stale-${process.pid}`;
    try {
      await rename(file, aside);
    } catch {
      continue;
    }
    const moved = await readLock(aside);
    if (holder === null ? moved !== null : !same(moved, holder)) {
      await link(aside, file).catch(() => {});
      await rm(aside, { force: true });
      throw new LockedError(file, moved);
    }
    await rm(aside, { force: true });
    tookOver = holder;
  }
  throw new LockedError(file, await readLock(file));
}

/** Atomic file writes: a temporary file in the same folder, fsync, then rename. */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { access, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { processAlive } from './process-alive.js';

/** Marker in temporary names, so an interrupted run's leftovers can be found and removed. */
export const TMP_MARK = '.vnews-tmp-';

export const tmpNameFor = (file: string): string =>
  path.join(path.dirname(file), `${path.basename(file)}${TMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`);

/**
 * Write `data` to `file` so that readers see either the old file or the whole new one.
 * `data` may be an async iterable (written as it comes, for large files such as records.jsonl).
 * `sync: false` skips the fsync before the rename (still atomic for a killed process); the
 * caller then makes the file durable later with `syncFiles`, in a batch, which costs a
 * fraction of one fsync per file.
 */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array | AsyncIterable<string | Uint8Array>,
  opts: { sync?: boolean } = {},
): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = tmpNameFor(file);
  const fh = await open(tmp, 'w');
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await fh.writeFile(data);
    else for await (const chunk of data) await (typeof chunk === 'string' ? fh.write(chunk) : fh.write(chunk));
    if (opts.sync !== false) await fh.sync();
  } catch (e) {
    await fh.close().catch(() => {});
    await rm(tmp, { force: true });
    throw e;
  }
  await fh.close();
  await rename(tmp, file);
}

/**
 * The same, synchronously, for small files written at a high rate (one record per
 * article): four system calls without a thread-pool round trip each, which in a
 * sequential batch would leave the CPU idle while the disk answers.
 */
export function writeFileAtomicSync(file: string, data: string | Uint8Array, opts: { sync?: boolean; mkdir?: boolean } = {}): void {
  if (opts.mkdir) mkdirSync(path.dirname(file), { recursive: true });
  const tmp = tmpNameFor(file);
  const fd = openSync(tmp, 'w');
  try {
    if (typeof data === 'string') writeSync(fd, data);
    else writeSync(fd, data);
    if (opts.sync !== false) fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
  closeSync(fd);
  renameSync(tmp, file);
}

/** The process that made a temporary name (tmpNameFor), or null when `name` is not one. */
export function tempOwner(name: string): number | null {
  const at = name.lastIndexOf(TMP_MARK);
  if (at < 0) return null;
  const pid = Number.parseInt(name.slice(at + TMP_MARK.length), 10);
  return Number.isInteger(pid) ? pid : null;
}

/**
 * Remove the temporary files (and folders) that killed processes left in `dir` (not
 * recursive). A temporary name carries its writer's pid: one of a live process, this one
 * or another (a query exporting beside a run), is never touched.
 */
export async function removeStaleTemps(dir: string): Promise<number> {
  let n = 0;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const pid = tempOwner(name);
    if (pid === null || processAlive(pid)) continue;
    await rm(path.join(dir, name), { force: true, recursive: true });
    n++;
  }
  return n;
}

/** fsync many files, a bounded number at once: makes renamed-but-unsynced files durable. */
export async function syncFiles(files: Iterable<string>, parallel = 64): Promise<void> {
  const list = [...files];
  for (let i = 0; i < list.length; i += parallel) {
    await Promise.all(
      list.slice(i, i + parallel).map(async (f) => {
        let fh;
        try {
          fh = await open(f, 'r');
        } catch {
          return; // removed since (replaced by a newer record)
        }
        try {
          await fh.sync();
        } finally {
          await fh.close();
        }
      }),
    );
  }
}

/** Whether a path exists (any kind of file). */
export const pathExists = (p: string): Promise<boolean> =>
  access(p).then(
    () => true,
    () => false,
  );

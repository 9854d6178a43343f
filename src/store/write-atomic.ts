/** Atomic file writes: a temporary file in the same folder, fsync, then rename. */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Marker in temporary names, so an interrupted run's leftovers can be found and removed. */
export const TMP_MARK = '.vnews-tmp-';

export const tmpNameFor = (file: string): string =>
  path.join(path.dirname(file), `${path.basename(file)}${TMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`);

/**
 * Write `data` to `file` so that readers see either the old file or the whole new one.
 * `chunks` may be an async iterable (written as it comes, for large files such as records.jsonl).
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array | AsyncIterable<string | Uint8Array>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = tmpNameFor(file);
  const fh = await open(tmp, 'w');
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await fh.writeFile(data);
    else for await (const chunk of data) await (typeof chunk === 'string' ? fh.write(chunk) : fh.write(chunk));
    await fh.sync();
  } catch (e) {
    await fh.close().catch(() => {});
    await rm(tmp, { force: true });
    throw e;
  }
  await fh.close();
  await rename(tmp, file);
}

/** Remove temporary files that a killed process left in `dir` (not recursive). */
export async function removeStaleTemps(dir: string): Promise<number> {
  let n = 0;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (name.includes(TMP_MARK)) {
      await rm(path.join(dir, name), { force: true });
      n++;
    }
  }
  return n;
}

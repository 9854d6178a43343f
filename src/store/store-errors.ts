/**
 * What can go wrong with an output folder and its store, each error naming the path and
 * what to do, so the CLI prints one line and exits with the code the README documents
 * (3 for every one of these: the output folder or its store cannot be used).
 */

/** The folder holds no store (and nothing an older vnews wrote): nothing was ingested there. */
export class NoRecordsError extends Error {
  constructor(readonly outDir: string) {
    super(`no records in ${outDir}; run "vnews ingest" first`);
  }
}

/** The output folder or a file in it cannot be written or read: names the path and what to do. */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

/** The store's records cannot be read back as written (junk in the file, a bad disk). */
export class DamagedStoreError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

/** A store written by a newer vnews. */
export class NewerStoreError extends Error {}

export const EXIT_STORAGE = 3;

/** An error of the file system or of SQLite about `file`, as one line that says what to do; null when it is neither. */
export function describeStorageError(e: unknown, file: string): OutputError | null {
  const code = (e as { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  const what: Record<string, string> = {
    EACCES: 'permission denied: make it writable, or give another --out',
    EPERM: 'not permitted: make it writable, or give another --out',
    EROFS: 'the disk is read-only: give an --out on a writable disk',
    ENOSPC: 'the disk is full: free some space and run again',
    EDQUOT: 'the disk quota is used up: free some space and run again',
    ENOTDIR: 'a path in it is a file, not a folder: give an --out that is a folder',
    EISDIR: 'a folder stands where a file should be',
    EEXIST: 'a file stands where a folder should be: give an --out that is a folder',
    EIO: 'the disk reported an input/output error: check the disk',
    SQLITE_READONLY: 'the store cannot be written (read-only file or disk): make it writable, or give another --out',
    SQLITE_READONLY_DIRECTORY: 'the folder of the store is read-only: make it writable, or give another --out',
    SQLITE_CANTOPEN: 'the store cannot be opened: check that the folder exists and is writable',
    SQLITE_FULL: 'the disk is full: free some space and run again',
    SQLITE_IOERR: 'the disk reported an input/output error: check the disk and its free space',
    SQLITE_PERM: 'permission denied: make it writable, or give another --out',
  };
  const hint = what[code] ?? (code.startsWith('SQLITE_IOERR') ? what.SQLITE_IOERR : code.startsWith('SQLITE_READONLY') ? what.SQLITE_READONLY : code.startsWith('SQLITE_CANTOPEN') ? what.SQLITE_CANTOPEN : undefined);
  if (!hint) return null;
  const where = (e as { path?: unknown }).path;
  const p = typeof where === 'string' ? where : file;
  return new OutputError(p, `${p}: ${hint} (${code})`);
}

/** SQLite found junk where a page of the database should be. */
export const isCorruption = (e: unknown): boolean => {
  const code = (e as { code?: unknown }).code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT'));
};

/**
 * Reading one input file whole (`.txt`, `.html`): its bytes and their sha256, or a failure
 * that says why not — missing, not a regular file, unreadable, too large, empty, binary.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { describeBinary } from '../decode/decode-bytes.js';
import type { InputFailure, SourceMeta } from '../types.js';
import { MAX_FILE_BYTES, tooLarge } from './limits.js';

export { MAX_FILE_BYTES } from './limits.js';

/** sha256 (hex) of raw bytes. */
export const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** Provenance of a local input. */
export const localSource = (location: string, bytes: Uint8Array): SourceMeta => ({
  location,
  sha256: sha256(bytes),
  fetchedAt: null,
  etag: null,
  lastModified: null,
});

/** A file-system error in words ("not found", "cannot read: permission denied"). */
export function describeFsError(e: unknown, file?: string): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      // A name given with bytes that are not UTF-8 arrives with U+FFFD in it and is then "not found".
      return file?.includes('\uFFFD') ? 'not found (the name holds U+FFFD: a file name that is not valid UTF-8 cannot be named; rename the file)' : 'not found';
    case 'ENOTREGULAR':
      return 'not a regular file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot read: permission denied';
    case 'ELOOP':
      return 'cannot read: symbolic link loop';
    case 'EISDIR':
      return 'cannot read: is a directory';
    default:
      return `cannot read: ${err?.code ?? (err as Error)?.message ?? String(e)}`;
  }
}

/**
 * Open `file` for reading, refusing anything but a regular file. O_NONBLOCK: opening a
 * FIFO (or a device) would otherwise wait for a writer forever, holding the run's lock.
 */
export async function openRegular(file: string): Promise<{ fh: FileHandle; size: number }> {
  const fh = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREGULAR' });
    return { fh, size: st.size };
  } catch (e) {
    await fh.close();
    throw e;
  }
}

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; failure: InputFailure };

/** The bytes of `file`, or the reason it cannot be an article (named by `file` as given). */
export async function readInputFile(file: string): Promise<ReadResult> {
  const fail = (reason: string): ReadResult => ({ ok: false, failure: { input: file, reason } });
  let bytes: Uint8Array;
  try {
    const { fh, size } = await openRegular(file);
    try {
      if (size > MAX_FILE_BYTES) return fail(tooLarge('file', size, MAX_FILE_BYTES));
      // Read at most one byte past the limit: a file that grew since fstat is still bounded.
      const buf = Buffer.alloc(Math.min(size, MAX_FILE_BYTES) + 1);
      let got = 0;
      for (;;) {
        const { bytesRead } = await fh.read(buf, got, buf.length - got, got);
        if (bytesRead === 0) break;
        got += bytesRead;
        if (got === buf.length) break;
      }
      if (got > MAX_FILE_BYTES) return fail(tooLarge('file', got, MAX_FILE_BYTES));
      bytes = new Uint8Array(buf.buffer, buf.byteOffset, got);
    } finally {
      await fh.close();
    }
  } catch (e) {
    return fail(describeFsError(e, file));
  }
  if (bytes.length === 0) return fail('empty file');
  const binary = describeBinary(bytes);
  if (binary) return fail(binary);
  return { ok: true, bytes };
}

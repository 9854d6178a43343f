/**
 * Reading one input file whole (`.txt`, `.html`): its bytes and their sha256, or a failure
 * that says why not — missing, unreadable, too large, empty, binary.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { describeBinary } from '../decode/decode-bytes.js';
import type { InputFailure, SourceMeta } from '../types.js';

/** A text or HTML file larger than this is refused: no news article comes near it. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

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
export function describeFsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'not found';
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

const megabytes = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; failure: InputFailure };

/** The bytes of `file`, or the reason it cannot be an article (named by `file` as given). */
export async function readInputFile(file: string): Promise<ReadResult> {
  const fail = (reason: string): ReadResult => ({ ok: false, failure: { input: file, reason } });
  let bytes: Uint8Array;
  try {
    const st = await stat(file);
    if (!st.isFile()) return fail('not a regular file');
    if (st.size > MAX_FILE_BYTES) return fail(`file too large (${megabytes(st.size)}; the limit is ${megabytes(MAX_FILE_BYTES)})`);
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    return fail(describeFsError(e));
  }
  if (bytes.length === 0) return fail('empty file');
  const binary = describeBinary(bytes);
  if (binary) return fail(binary);
  return { ok: true, bytes };
}

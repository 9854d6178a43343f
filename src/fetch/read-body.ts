/**
 * Read a response body with a size limit counted twice: on the wire and after decoding
 * Content-Encoding (gzip, deflate, br). The decoders stream and the count stops them as
 * soon as the limit is passed, so a decompression bomb costs at most the limit in memory.
 */
import { Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createUnzip } from 'node:zlib';

/** The body passed the size limit: never retried. */
export class BodyTooLargeError extends Error {
  readonly tooLarge = true;
}

export const formatBytes = (n: number): string =>
  n >= 1024 * 1024 ? `${+(n / (1024 * 1024)).toFixed(1)} MB` : n >= 1024 ? `${+(n / 1024).toFixed(1)} KB` : `${n} bytes`;

/** Decoders for Content-Encoding values; `deflate` accepts the zlib wrapper (as RFC 9110 says) and, through Unzip, gzip. */
const decoders: Record<string, () => Transform> = {
  gzip: () => createGunzip(),
  'x-gzip': () => createGunzip(),
  deflate: () => createUnzip(),
  br: () => createBrotliDecompress(),
};

/** The Content-Encoding codings to undo, outermost first; throws on one we cannot decode. */
export function parseContentEncoding(header: string | string[] | undefined): string[] {
  const raw = Array.isArray(header) ? header.join(',') : (header ?? '');
  const codings = raw
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== 'identity');
  for (const c of codings) if (!decoders[c]) throw new Error(`unsupported content encoding "${c}"`);
  return codings.reverse();
}

/** Stream `source` through the decoders for `codings` into memory, failing past `maxBytes` at either stage. */
export async function readBoundedBody(source: Readable | AsyncIterable<Uint8Array>, codings: string[], maxBytes: number): Promise<Uint8Array> {
  return (await readBody(source, codings, maxBytes, false)).body;
}

/**
 * The body as received (`wire`, for the archive) and decoded (`body`, for the pipeline),
 * each bounded by `maxBytes`. Without Content-Encoding both are the same bytes.
 */
export async function readBody(source: Readable | AsyncIterable<Uint8Array>, codings: string[], maxBytes: number, keepWire = true): Promise<{ body: Uint8Array; wire: Uint8Array }> {
  let wire = 0;
  let decoded = 0;
  const chunks: Buffer[] = [];
  const wireChunks: Buffer[] = [];
  const keep = keepWire && codings.length > 0;
  const wireCount = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      wire += chunk.length;
      if (wire > maxBytes) cb(new BodyTooLargeError(`body larger than ${formatBytes(maxBytes)}`));
      else {
        if (keep) wireChunks.push(chunk);
        cb(null, chunk);
      }
    },
  });
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      decoded += chunk.length;
      if (decoded > maxBytes) cb(new BodyTooLargeError(`body larger than ${formatBytes(maxBytes)} after decompression`));
      else {
        chunks.push(chunk);
        cb();
      }
    },
  });
  const stages: Transform[] = codings.map((c) => decoders[c]!());
  try {
    await pipeline([source, wireCount, ...stages, sink] as unknown as [Readable, Writable]);
  } catch (e) {
    if (e instanceof BodyTooLargeError) throw e;
    const err = e as NodeJS.ErrnoException;
    // zlib errors carry string codes (Z_DATA_ERROR); a DOMException (timeout) a numeric one.
    const code = typeof err.code === 'string' ? err.code : '';
    if (code.startsWith('Z_') || code === 'ERR__ERROR' || /incorrect header|unexpected end|invalid/i.test(err.message ?? '')) {
      if (stages.length) throw new Error(`cannot decode ${codings.join('+')} body: ${err.message}`);
    }
    throw e;
  }
  const body = new Uint8Array(Buffer.concat(chunks));
  return { body, wire: keep ? new Uint8Array(Buffer.concat(wireChunks)) : body };
}

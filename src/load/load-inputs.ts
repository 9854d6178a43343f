/** Inputs → articles (minimal version): files and folders of .txt/.html. */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { decodeBytes } from '../decode/decode-bytes.js';
import type { LoadResult } from '../types.js';

export const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

export async function* loadInputs(paths: string[]): AsyncGenerator<LoadResult> {
  for (const p of paths) yield* loadPath(p);
}

async function* loadPath(p: string): AsyncGenerator<LoadResult> {
  let st;
  try {
    st = await stat(p);
  } catch (e) {
    yield { ok: false, failure: { input: p, reason: `cannot read: ${(e as Error).message}` } };
    return;
  }
  if (st.isDirectory()) {
    const entries = (await readdir(p)).sort();
    for (const e of entries) {
      const child = path.join(p, e);
      const s = await stat(child);
      if (s.isDirectory() || /\.(txt|html?)$/i.test(e)) yield* loadPath(child);
    }
    return;
  }
  const bytes = new Uint8Array(await readFile(p));
  const { text, warnings } = decodeBytes(bytes, { location: p });
  const kind = /\.html?$/i.test(p) ? 'html' : 'text';
  yield {
    ok: true,
    article: { source: { location: p, sha256: sha256(bytes), fetchedAt: null, etag: null, lastModified: null }, kind, body: text, warnings },
  };
}

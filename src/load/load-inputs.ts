/**
 * Inputs → articles. Each path is a file or a folder; folders are walked recursively in
 * sorted order (by code point, so every machine walks them alike), hidden entries
 * (".git", ".DS_Store") are passed over, and so is every file whose extension no loader
 * reads. A file named explicitly with an unknown extension is a failure, as are missing,
 * unreadable, empty and binary files: every input ends as an article or a named failure,
 * and none stops the batch. Articles are yielded one at a time, never the whole corpus.
 *
 * One loader per format: `.txt` (load-text.ts), `.html`/`.htm` (load-html.ts), `.jsonl`
 * (load-jsonl.ts, streamed line by line), `.warc`/`.warc.gz` (load-warc.ts).
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { LoadResult } from '../types.js';
import { loadHtmlFile } from './load-html.js';
import { loadJsonlFile } from './load-jsonl.js';
import { loadTextFile } from './load-text.js';
import { loadWarcFile } from './load-warc.js';
import { describeFsError } from './read-input-file.js';

/** True for an http(s) URL (fetched, not loaded). */
export const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

export type InputFormat = 'text' | 'html' | 'jsonl' | 'warc';

/** Extensions the loaders read, longest first (".warc.gz" before ".gz" would be). */
export const INPUT_EXTENSIONS: ReadonlyArray<readonly [ext: string, format: InputFormat]> = [
  ['.warc.gz', 'warc'],
  ['.jsonl', 'jsonl'],
  ['.html', 'html'],
  ['.warc', 'warc'],
  ['.htm', 'html'],
  ['.txt', 'text'],
];

/** The format of a file by its name (case-insensitive), or null when no loader reads it. */
export function formatOf(file: string): InputFormat | null {
  const lower = file.toLowerCase();
  return INPUT_EXTENSIONS.find(([ext]) => lower.endsWith(ext))?.[1] ?? null;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const SUPPORTED = '.txt, .html, .htm, .jsonl, .warc, .warc.gz';

/** Load every path (file or folder) in order, yielding an article or a named failure for each input. */
export async function* loadInputs(paths: string[], opts: { exclude?: string[] } = {}): AsyncGenerator<LoadResult> {
  // Folders never walked into: the run's own output folder, when it lies inside an input
  // folder (its records.jsonl and raw/*.warc.gz would otherwise come back as inputs).
  const excluded: string[] = [];
  for (const e of opts.exclude ?? []) excluded.push(await realpath(e).catch(() => path.resolve(e)));
  for (const p of paths) yield* loadPath(p, true, new Set(excluded));
}

async function* loadPath(p: string, explicit: boolean, seenDirs: Set<string>): AsyncGenerator<LoadResult> {
  let st;
  try {
    st = await stat(p);
  } catch (e) {
    // a broken link to some other kind of file inside a folder is not an input either
    if (explicit || formatOf(p)) yield { ok: false, failure: { input: p, reason: describeFsError(e) } };
    return;
  }
  if (st.isDirectory()) {
    yield* loadFolder(p, seenDirs);
    return;
  }
  const format = formatOf(p);
  if (!format) {
    // inside a folder, other files are simply not inputs; named on the command line, they are an error
    if (explicit) yield { ok: false, failure: { input: p, reason: `unsupported file type "${path.extname(p) || path.basename(p)}" (expected ${SUPPORTED})` } };
    return;
  }
  yield* loadFile(p, format);
}

async function* loadFolder(dir: string, seenDirs: Set<string>): AsyncGenerator<LoadResult> {
  let names: string[];
  try {
    // a symbolic link back up the tree would walk forever
    const real = await realpath(dir);
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort(byCodePoint);
  } catch (e) {
    yield { ok: false, failure: { input: dir, reason: describeFsError(e) } };
    return;
  }
  for (const name of names) yield* loadPath(path.join(dir, name), false, seenDirs);
}

async function* loadFile(file: string, format: InputFormat): AsyncGenerator<LoadResult> {
  switch (format) {
    case 'text':
      yield await loadTextFile(file);
      return;
    case 'html':
      yield await loadHtmlFile(file);
      return;
    case 'jsonl':
      yield* loadJsonlFile(file);
      return;
    case 'warc':
      yield* loadWarcFile(file);
      return;
  }
}

/**
 * Inputs → articles. Each path is a file or a folder; folders are walked recursively in
 * sorted order (by code point, so every machine walks them alike), hidden entries
 * (".git", ".DS_Store") are passed over, and so is every file whose extension no loader
 * reads; those are reported through `onSkip` (the run summary lists them). A file named
 * explicitly with an unknown extension is a failure, as are missing, unreadable, empty,
 * binary and non-regular files (a FIFO is never opened for reading), and files whose names
 * are not valid UTF-8: every input ends as an article or a named failure, and none stops
 * the batch. Articles are yielded one at a time, never the whole corpus.
 *
 * One loader per format: `.txt` (load-text.ts), `.html`/`.htm` (load-html.ts), `.jsonl`
 * (load-jsonl.ts, streamed line by line), `.warc`/`.warc.gz` (load-warc.ts).
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { InputFailure, LoadResult } from '../types.js';
import { loadHtmlFile } from './load-html.js';
import { loadJsonlFile } from './load-jsonl.js';
import { loadTextFile } from './load-text.js';
import { loadWarcFile, settleWarcs, type WarcContext } from './load-warc.js';
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

export interface LoadOptions {
  /** Folders never walked into (the run's own output folder). */
  exclude?: string[];
  /** A file passed over in a folder (unsupported type), or a WARC record that gave nothing (a revisit of a record not among the inputs). */
  onSkip?: (skipped: InputFailure) => void;
}

interface Walk {
  seenDirs: Set<string>;
  warc: WarcContext;
  onSkip: (s: InputFailure) => void;
}

/** Load every path (file or folder) in order, yielding an article or a named failure for each input. */
export async function* loadInputs(paths: string[], opts: LoadOptions = {}): AsyncGenerator<LoadResult> {
  // Folders never walked into: the run's own output folder, when it lies inside an input
  // folder (its records.jsonl and raw/*.warc.gz would otherwise come back as inputs).
  const excluded: string[] = [];
  for (const e of opts.exclude ?? []) excluded.push(await realpath(e).catch(() => path.resolve(e)));
  const onSkip = opts.onSkip ?? (() => {});
  const walk: Walk = { seenDirs: new Set(excluded), warc: { set: null, onSkip }, onSkip };
  for (const p of paths) yield* loadPath(p, true, walk);
  // Revisit records whose original came later (or never) are settled once every file was read.
  yield* settleWarcs(walk.warc);
}

async function* loadPath(p: string, explicit: boolean, walk: Walk): AsyncGenerator<LoadResult> {
  let st;
  try {
    // stat, never open: a FIFO is judged by its type before anything reads it
    st = await stat(p);
  } catch (e) {
    // a broken link to some other kind of file inside a folder is not an input either
    if (explicit || formatOf(p)) yield { ok: false, failure: { input: p, reason: describeFsError(e, p) } };
    return;
  }
  if (st.isDirectory()) {
    yield* loadFolder(p, walk);
    return;
  }
  const format = formatOf(p);
  if (!format) {
    // inside a folder, other files are passed over (and listed as skipped); named on the command line, they are an error
    const reason = `unsupported file type "${path.extname(p) || path.basename(p)}" (expected ${SUPPORTED})`;
    if (explicit) yield { ok: false, failure: { input: p, reason } };
    else walk.onSkip({ input: p, reason });
    return;
  }
  if (!st.isFile()) {
    yield { ok: false, failure: { input: p, reason: 'not a regular file' } };
    return;
  }
  yield* loadFile(p, format, walk);
}

/** A name as bytes → the string, or null when the bytes are not UTF-8 (such a name cannot be passed on as a string). */
const utf8Name = (b: Buffer): string | null => {
  const s = b.toString('utf8');
  return Buffer.from(s, 'utf8').equals(b) ? s : null;
};

/** Bytes of a name that is not UTF-8, shown readably: valid parts as text, the rest as \xNN. */
const showName = (b: Buffer): string => {
  let out = '';
  for (const ch of b.toString('latin1')) {
    const c = ch.charCodeAt(0);
    out += c >= 0x20 && c < 0x7f ? ch : `\\x${c.toString(16).padStart(2, '0')}`;
  }
  return out;
};

async function* loadFolder(dir: string, walk: Walk): AsyncGenerator<LoadResult> {
  let raw: Buffer[];
  try {
    // a symbolic link back up the tree would walk forever
    const real = await realpath(dir);
    if (walk.seenDirs.has(real)) return;
    walk.seenDirs.add(real);
    // Names as bytes: read as strings, a name that is not UTF-8 would come back with U+FFFD and then be "not found".
    raw = await readdir(dir, { encoding: 'buffer' });
  } catch (e) {
    yield { ok: false, failure: { input: dir, reason: describeFsError(e, dir) } };
    return;
  }
  const names: string[] = [];
  for (const b of raw) {
    if (b[0] === 0x2e) continue; // hidden
    const name = utf8Name(b);
    if (name === null) yield { ok: false, failure: { input: path.join(dir, showName(b)), reason: 'file name is not valid UTF-8 (rename the file to read it)' } };
    else names.push(name);
  }
  names.sort(byCodePoint);
  for (const name of names) yield* loadPath(path.join(dir, name), false, walk);
}

async function* loadFile(file: string, format: InputFormat, walk: Walk): AsyncGenerator<LoadResult> {
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
      yield* loadWarcFile(file, walk.warc);
      return;
  }
}

/**
 * What `vnews eval --records PATH` scores: PATH may be an output folder (its store
 * `vnews.sqlite`, the system of record, else its `records.jsonl` export), the store file
 * itself, a `records.jsonl` file, or a folder of `<id>.json` record files (`vnews export
 * --format json`). Anything else is refused with one line naming it, never scored as empty.
 */
import fs from 'node:fs';
import path from 'node:path';
import { withStore, RecordReader } from '../query/store-access.js';
import { STORE_FILE, storePath } from '../store/store-db.js';

/** Any object shaped enough like a record: the scorer reads only these fields. */
export type RecordLike = Record<string, unknown> & {
  source?: { location?: unknown; path?: unknown; url?: unknown } | null;
};

/** A gold or records file that cannot be read or parsed, or a path that holds no records; the message names it. */
export class ScoreInputError extends Error {}

const ACCEPTS = '--records takes an output folder, its vnews.sqlite, a records.jsonl file or a folder of <id>.json records';

const isFile = (p: string): boolean => fs.statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
const isDir = (p: string): boolean => fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;

/** Whether a parsed value is shaped like a record: an object with a `source` object (all the scorer matches records by). */
const isRecordLike = (v: unknown): v is RecordLike =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && (v as RecordLike).source !== null && typeof (v as RecordLike).source === 'object' && !Array.isArray((v as RecordLike).source);

const readText = (p: string): string => {
  try {
    return fs.readFileSync(p, 'utf8');
  } catch (e) {
    throw new ScoreInputError(`cannot read ${p}: ${(e as Error).message}`);
  }
};

/** One record from JSON text, or a ScoreInputError naming `where`. */
function parseRecord(text: string, where: string): RecordLike {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new ScoreInputError(`${where}: ${(e as Error).message}`);
  }
  if (!isRecordLike(v)) throw new ScoreInputError(`${where} is not a record (no "source" object); ${ACCEPTS}`);
  return v;
}

/** The records of a JSON Lines file, one per non-blank line. */
export function readJsonlRecords(file: string): RecordLike[] {
  const out: RecordLike[] = [];
  readText(file)
    .split('\n')
    .forEach((l, i) => {
      if (l.trim()) out.push(parseRecord(l, `${file}:${i + 1}`));
    });
  return out;
}

/** The records of a folder of `*.json` record files, in name order. */
export function readRecordFolder(dir: string): RecordLike[] {
  let files: string[];
  try {
    files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch (e) {
    throw new ScoreInputError(`cannot read ${dir}: ${(e as Error).message}`);
  }
  if (!files.length) throw new ScoreInputError(`${dir} holds no records (no ${STORE_FILE}, no records.jsonl, no .json record files); ${ACCEPTS}`);
  return files.map((f) => parseRecord(readText(path.join(dir, f)), path.join(dir, f)));
}

/** Every record of an output folder's store, by id (each checked against its checksum, as every reader does). */
async function readStoreRecords(outDir: string, onNote?: (line: string) => void): Promise<RecordLike[]> {
  return withStore(
    outDir,
    (db) => {
      const reader = new RecordReader(db, storePath(outDir));
      const ids = db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as string[];
      return ids.flatMap((id) => reader.get(id) ?? []) as RecordLike[];
    },
    { index: false, ...(onNote ? { onNote } : {}) },
  );
}

/** An output folder (its runs, its schema) whose records are not there: the store and its export are missing. */
const emptyOutputFolder = (p: string): boolean => isFile(path.join(p, 'schema.json')) || isDir(path.join(p, 'runs'));

/**
 * The records of a records.jsonl file or a folder of record files, read at once: what
 * `scoreRecords` takes a path for. An output folder's store is read by `readRecordsAt`.
 */
export function readRecordsSync(p: string): RecordLike[] {
  if (isDir(p)) {
    if (isFile(storePath(p))) throw new ScoreInputError(`${p} is an output folder: read its store with readRecordsAt`);
    if (isFile(path.join(p, 'records.jsonl'))) return readJsonlRecords(path.join(p, 'records.jsonl'));
    return readRecordFolder(p);
  }
  if (path.basename(p) === STORE_FILE) throw new ScoreInputError(`${p} is a store: read it with readRecordsAt`);
  return readJsonlRecords(p);
}

/**
 * The records at `p` (see the module comment for what `p` may be). Throws ScoreInputError, one
 * line naming the path, for what is not records; a damaged store throws the store's own
 * errors (DamagedStoreError …), which the CLI reports with exit code 3.
 */
export async function readRecordsAt(p: string, opts: { onNote?: (line: string) => void } = {}): Promise<RecordLike[]> {
  const st = (() => {
    try {
      return fs.statSync(p);
    } catch (e) {
      throw new ScoreInputError(`cannot read ${p}: ${(e as Error).message}`);
    }
  })();
  if (st.isFile()) return path.basename(p) === STORE_FILE ? readStoreRecords(path.dirname(p), opts.onNote) : readJsonlRecords(p);
  if (!st.isDirectory()) throw new ScoreInputError(`${p} is neither a file nor a folder; ${ACCEPTS}`);
  if (isFile(storePath(p))) return readStoreRecords(p, opts.onNote);
  if (isFile(path.join(p, 'records.jsonl'))) return readJsonlRecords(path.join(p, 'records.jsonl'));
  // An output folder of an earlier vnews, or an export beside nothing else: its records/ folder.
  if (isDir(path.join(p, 'records'))) return readRecordFolder(path.join(p, 'records'));
  if (emptyOutputFolder(p)) throw new ScoreInputError(`${p} is an output folder with no records in it (no ${STORE_FILE}, no records.jsonl): ingest into it first, or give the folder that holds the records`);
  return readRecordFolder(p);
}

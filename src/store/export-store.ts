/**
 * `vnews export`: views of the store, written on demand.
 *   jsonl    every record on one line, sorted by id (records.jsonl), byte-identical across runs
 *   json     one pretty-printed file per record (records/<id>.json)
 *   csv      flat tables keyed by article id (src/store/entity-tables.ts), for spreadsheets and pandas
 *   parquet  the same tables as Parquet files, for DuckDB, Spark or BigQuery
 * Each export reads one consistent state of the store (a run writing meanwhile changes
 * nothing in it) and appears whole or not at all: a file is written under a temporary name
 * and renamed; a folder is filled under a temporary name and put in place of the old one.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleRecord } from '../record/schema.js';
import { findIds } from '../query/query-records.js';
import type { QueryFilters } from '../query/filters.js';
import { RecordReader, damagedRecord, withStore, type ReadOptions } from '../query/store-access.js';
import { csvRow, UTF8_BOM } from '../query/format-table.js';
import { exportTables, type Cell, type Column } from './entity-tables.js';
import { decodeRecord, decodeRecordBytes, RECORD_BYTE_COLUMNS, RECORD_COLUMNS, type StoredBytesRow, type StoredRow } from './record-codec.js';
import { storePath, type StoreDb } from './store-db.js';
import { describeStorageError, OutputError } from './store-errors.js';
import { removeStaleTemps, tmpNameFor, writeFileAtomic } from './write-atomic.js';
import { serializeRecord } from './record-store.js';

export const EXPORT_FORMATS = ['jsonl', 'json', 'csv', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Where each format goes in the output folder when no --to is given. */
export const defaultExportPath = (outDir: string, format: ExportFormat): string =>
  path.join(outDir, { jsonl: 'records.jsonl', json: 'records', csv: 'csv', parquet: 'parquet' }[format]);

export interface ExportOptions extends ReadOptions {
  format: ExportFormat;
  /** A file (jsonl) or folder (json, csv, parquet); default: defaultExportPath. */
  to?: string;
  /** Only the records matching these (the same filters as `vnews query`). */
  filters?: QueryFilters;
  /** CSV for Excel: each file starts with a UTF-8 byte-order mark. */
  excel?: boolean;
}

export interface ExportResult {
  path: string;
  records: number;
  /** For csv and parquet: the tables written, with their row counts. */
  tables: { name: string; rows: number }[];
}

/** Write one export of the store of `outDir`. */
export async function exportStore(outDir: string, opts: ExportOptions): Promise<ExportResult> {
  const target = path.resolve(opts.to ?? defaultExportPath(outDir, opts.format));
  const parent = path.dirname(target);
  try {
    await mkdir(parent, { recursive: true });
    await removeStaleTemps(parent);
    const st = await stat(target).catch(() => null);
    if (st && opts.format === 'jsonl' && st.isDirectory()) throw new OutputError(target, `${target} is a folder; the jsonl export is one file: give --to a file name`);
    if (st && opts.format !== 'jsonl' && !st.isDirectory()) throw new OutputError(target, `${target} is a file; the ${opts.format} export is a folder: give --to a folder`);
  } catch (e) {
    throw describeStorageError(e, target) ?? e;
  }
  const filtered = !!opts.filters && Object.values(opts.filters).some((v) => v !== undefined && v !== false);
  return withStore(
    outDir,
    async (db) => {
      db.exec('BEGIN'); // one snapshot for the whole export
      try {
        const records = recordsOf(db, storePath(outDir), filtered ? opts.filters : undefined);
        switch (opts.format) {
          case 'jsonl':
            return filtered ? await writeJsonl(target, records) : await writeWholeJsonl(target, db, storePath(outDir));
          case 'json':
            return await intoFolder(target, (dir) => writeJsonFiles(dir, records));
          case 'csv':
            return await intoFolder(target, (dir) => writeCsv(dir, records, opts.excel ?? false));
          case 'parquet':
            return await intoFolder(target, (dir) => writeParquet(dir, records));
        }
      } catch (e) {
        throw describeStorageError(e, target) ?? e;
      } finally {
        if (db.inTransaction) db.exec('COMMIT');
      }
    },
    { ...opts, index: filtered },
  );
}

/** The records' JSON lines, sorted by id, each checked against its checksum. */
function* recordsOf(db: StoreDb, file: string, filters?: QueryFilters): Generator<string> {
  if (filters) {
    const reader = new RecordReader(db, file);
    for (const id of findIds(db, filters).ids.sort()) {
      const json = reader.json(id);
      if (json !== null) yield json;
    }
    return;
  }
  const page = db.prepare(`SELECT id, ${RECORD_COLUMNS} FROM articles WHERE id > ? ORDER BY id LIMIT 256`);
  for (let after = ''; ; ) {
    const rows = page.all(after) as (StoredRow & { id: string })[];
    if (!rows.length) return;
    for (const r of rows) {
      const json = decodeRecord(r);
      if (json === null) throw damagedRecord(file, r.id);
      yield json;
    }
    after = rows.at(-1)!.id;
  }
}

/**
 * The whole store as JSON Lines, sorted by id, in chunks of a few hundred KB: built from the
 * stored bytes without decoding any text (records.jsonl of a large archive is written at
 * the speed of inflating its records).
 */
function* jsonlChunks(db: StoreDb, file: string, count: { n: number }): Generator<Buffer> {
  const page = db.prepare(`SELECT id, ${RECORD_BYTE_COLUMNS} FROM articles WHERE id > ? ORDER BY id LIMIT 256`);
  let parts: Uint8Array[] = [];
  let size = 0;
  for (let after = ''; ; ) {
    const rows = page.all(after) as (StoredBytesRow & { id: string })[];
    if (!rows.length) break;
    for (const r of rows) {
      const json = decodeRecordBytes(r);
      if (json === null) throw damagedRecord(file, r.id);
      parts.push(...json, NEWLINE);
      for (const p of json) size += p.length;
      count.n++;
    }
    after = rows.at(-1)!.id;
    if (size >= 1 << 18) {
      yield Buffer.concat(parts);
      parts = [];
      size = 0;
    }
  }
  if (parts.length) yield Buffer.concat(parts);
}

const NEWLINE = Buffer.from('\n');

async function writeJsonl(target: string, records: Iterable<string>): Promise<ExportResult> {
  let n = 0;
  async function* lines(): AsyncGenerator<string> {
    let chunk = '';
    for (const json of records) {
      n++;
      chunk += `${json}\n`;
      if (chunk.length >= 1 << 20) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  await writeFileAtomic(target, lines());
  return { path: target, records: n, tables: [] };
}

async function writeWholeJsonl(target: string, db: StoreDb, file: string): Promise<ExportResult> {
  const count = { n: 0 };
  async function* chunks(): AsyncGenerator<Buffer> {
    yield* jsonlChunks(db, file, count);
  }
  await writeFileAtomic(target, chunks());
  return { path: target, records: count.n, tables: [] };
}

/**
 * Fill a new folder under a temporary name, then put it in place of `target`: the old folder
 * is moved aside first and removed last, so a kill leaves the old export or the new one.
 */
async function intoFolder(target: string, fill: (dir: string) => Promise<Omit<ExportResult, 'path'>>): Promise<ExportResult> {
  const tmp = tmpNameFor(target);
  await mkdir(tmp, { recursive: true });
  let result;
  try {
    result = await fill(tmp);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  const aside = tmpNameFor(target);
  const had = await rename(target, aside).then(
    () => true,
    (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return false;
      throw e;
    },
  );
  await rename(tmp, target);
  if (had) await rm(aside, { recursive: true, force: true });
  return { path: target, ...result };
}

/** Appends text to a file through a buffer (an export writes millions of small rows). */
class BufferedFile {
  private readonly fd: number;
  private buf = '';

  constructor(file: string, head = '') {
    this.fd = openSync(file, 'w');
    this.buf = head;
  }

  write(s: string): void {
    this.buf += s;
    if (this.buf.length >= 1 << 20) this.flush();
  }

  flush(): void {
    if (this.buf) writeSync(this.fd, this.buf);
    this.buf = '';
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

async function writeJsonFiles(dir: string, records: Iterable<string>): Promise<Omit<ExportResult, 'path'>> {
  let n = 0;
  for (const json of records) {
    const r = JSON.parse(json) as ArticleRecord;
    const f = new BufferedFile(path.join(dir, `${r.id}.json`));
    f.write(serializeRecord(r));
    f.close();
    n++;
  }
  return { records: n, tables: [] };
}

/** The columns of an export table: the article id, then the spec's columns that exports carry. */
function exportColumns(columns: readonly Column[]): { header: string[]; keep: number[] } {
  const keep = columns.flatMap((c, i) => (c.only === 'index' ? [] : [i]));
  return { header: ['article_id', ...keep.map((i) => columns[i]!.name)], keep };
}

async function writeCsv(dir: string, records: Iterable<string>, excel: boolean): Promise<Omit<ExportResult, 'path'>> {
  const tables = exportTables().map((t) => {
    const { header, keep } = exportColumns(t.spec.columns);
    const file = new BufferedFile(path.join(dir, `${t.spec.name}.csv`), (excel ? UTF8_BOM : '') + csvRow(header));
    return { ...t, keep, file, rows: 0 };
  });
  let n = 0;
  try {
    for (const json of records) {
      const r = JSON.parse(json) as ArticleRecord;
      n++;
      for (const t of tables) {
        for (const row of t.rowsOf(r)) {
          t.file.write(csvRow([r.id, ...t.keep.map((i) => row[i]!)]));
          t.rows++;
        }
      }
    }
  } finally {
    for (const t of tables) t.file.close();
  }
  return { records: n, tables: tables.map((t) => ({ name: t.spec.name, rows: t.rows })) };
}

/** Rows per Parquet row group: a few thousand articles' text, or many more small rows. */
const ROW_GROUP = { articles: 2_000, other: 50_000 };

async function writeParquet(dir: string, records: Iterable<string>): Promise<Omit<ExportResult, 'path'>> {
  const { ParquetWriter, fileWriter } = await import('hyparquet-writer');
  const tables = exportTables().map((t) => {
    const { header, keep } = exportColumns(t.spec.columns);
    const cols = [{ name: 'article_id', type: 'text', nullable: false } as Column, ...keep.map((i) => t.spec.columns[i]!)];
    const schema = [
      { name: 'root', num_children: cols.length },
      ...cols.map((c) => ({
        name: c.name,
        repetition_type: c.nullable ? ('OPTIONAL' as const) : ('REQUIRED' as const),
        ...(c.type === 'text' ? { type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const } : c.type === 'integer' ? { type: 'INT64' as const } : { type: 'DOUBLE' as const }),
      })),
    ];
    const writer = new ParquetWriter({ writer: fileWriter(path.join(dir, `${t.spec.name}.parquet`)), schema, createdBy: 'vnews' });
    const columns: Cell[][] = header.map(() => []);
    return { ...t, keep, cols, writer, columns, rows: 0, groupSize: t.spec.name === 'articles' ? ROW_GROUP.articles : ROW_GROUP.other };
  });
  type T = (typeof tables)[number];
  const flush = (t: T): void => {
    const length = t.columns[0]!.length;
    if (!length) return;
    t.writer.write({
      columnData: t.cols.map((c, i) => ({ name: c.name, data: c.type === 'integer' ? t.columns[i]!.map((v) => (v === null ? null : BigInt(v))) : t.columns[i]! })),
      rowGroupSize: length,
    });
    for (const c of t.columns) c.length = 0;
  };
  let n = 0;
  for (const json of records) {
    const r = JSON.parse(json) as ArticleRecord;
    n++;
    for (const t of tables) {
      for (const row of t.rowsOf(r)) {
        t.columns[0]!.push(r.id);
        t.keep.forEach((k, i) => t.columns[i + 1]!.push(row[k]!));
        t.rows++;
      }
      if (t.columns[0]!.length >= t.groupSize) flush(t);
    }
  }
  for (const t of tables) {
    flush(t);
    t.writer.finish();
  }
  return { records: n, tables: tables.map((t) => ({ name: t.spec.name, rows: t.rows })) };
}

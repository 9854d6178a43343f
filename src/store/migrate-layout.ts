/**
 * The one-time move of an output folder written by an older vnews (one JSON file per record
 * under records/, records.jsonl, index.sqlite) into vnews.sqlite. It runs by itself the first
 * time a command opens such a folder. The store is built in a temporary file and renamed
 * into place, so a kill during the move leaves the folder as it was (the next run starts
 * again). records/ and records.jsonl are left where they are, as exports of the moment of
 * the move; the old index.sqlite, derived data, is removed.
 */
import { createReadStream } from 'node:fs';
import { readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { ArticleRecord } from '../record/schema.js';
import { encodeRecord } from './record-codec.js';
import { createSchema, rebuildIndex, storePath } from './store-db.js';
import { OutputError } from './store-errors.js';
import { pathExists, tmpNameFor } from './write-atomic.js';

const recordsDir = (outDir: string): string => path.join(outDir, 'records');
const recordsJsonl = (outDir: string): string => path.join(outDir, 'records.jsonl');

async function recordFiles(outDir: string): Promise<string[]> {
  try {
    return (await readdir(recordsDir(outDir))).filter((n) => /^[0-9a-f]{16}\.json$/.test(n)).sort();
  } catch {
    return [];
  }
}

/** Whether `outDir` holds records written by an older vnews (and no store yet). */
export async function hasOldLayout(outDir: string): Promise<boolean> {
  return (await recordFiles(outDir)).length > 0 || (await stat(recordsJsonl(outDir)).then((s) => s.isFile(), () => false));
}

/**
 * Move the records of an older output folder into a new store. Returns one line saying what
 * was done, or null when there was nothing to move. The caller holds the run lock.
 */
export async function migrateOldLayout(outDir: string): Promise<string | null> {
  const files = await recordFiles(outDir);
  const fromJsonl = files.length === 0;
  if (fromJsonl && !(await hasOldLayout(outDir))) return null;

  const target = storePath(outDir);
  const tmp = tmpNameFor(target);
  const db = new Database(tmp);
  const skipped: string[] = [];
  let moved = 0;
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    createSchema(db);
    const put = db.prepare(
      `INSERT INTO articles (id, location, title, published_at, language, checksum, record_size, text_at, record, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT))
       ON CONFLICT (id) DO UPDATE SET location = excluded.location, title = excluded.title, published_at = excluded.published_at, language = excluded.language,
         checksum = excluded.checksum, record_size = excluded.record_size, text_at = excluded.text_at, record = excluded.record, text = excluded.text RETURNING aid`,
    );
    const place = db.prepare('INSERT OR IGNORE INTO places (place, article) VALUES (?, ?)');
    // One record at a time (never the whole archive in memory), in one transaction.
    const take = (raw: string, where: string): void => {
      let parsed;
      try {
        parsed = ArticleRecord.safeParse(JSON.parse(raw));
      } catch {
        parsed = null;
      }
      if (!parsed?.success) {
        skipped.push(where);
        return;
      }
      const r = parsed.data;
      const st = encodeRecord(r);
      const aid = put.pluck().get(r.id, r.source.location, r.title, r.publishedAt, r.language.code, st.checksum, st.bodySize, st.textAt, st.body, st.text) as number;
      for (const p of [r.source.location, ...r.source.alsoAt]) place.run(p, aid);
      moved++;
    };
    db.exec('BEGIN');
    if (!fromJsonl) {
      // records/ was the system of record: records.jsonl may lag behind it after a killed run.
      for (const name of files) take(await readFile(path.join(recordsDir(outDir), name), 'utf8').catch(() => ''), path.join('records', name));
    } else {
      let line = 0;
      for await (const text of createInterface({ input: createReadStream(recordsJsonl(outDir), 'utf8'), crlfDelay: Infinity })) {
        line++;
        if (text.trim()) take(text, `records.jsonl:${line}`);
      }
    }
    db.exec('COMMIT');
    rebuildIndex(db);
    db.close();
  } catch (e) {
    if (db.open) db.close();
    await rm(tmp, { force: true });
    throw new OutputError(outDir, `${outDir}: cannot move its records into ${target} (${(e as Error).message})`);
  }
  await rename(tmp, target);
  for (const f of ['index.sqlite', 'index.sqlite-wal', 'index.sqlite-shm', 'index.sqlite-journal', '.records-dirty']) await rm(path.join(outDir, f), { force: true });
  const from = fromJsonl ? 'records.jsonl' : 'records/';
  const kept = [!fromJsonl ? 'records/' : null, (await pathExists(recordsJsonl(outDir))) ? 'records.jsonl' : null].filter(Boolean).join(' and ');
  return (
    `${outDir}: moved ${moved} records from ${from} into ${path.basename(target)} (a one-time move to the new layout)` +
    (skipped.length ? `; ${skipped.length} could not be read and were left out (${skipped.slice(0, 3).join(', ')}${skipped.length > 3 ? ' …' : ''}): ingest their inputs again` : '') +
    `; ${kept} stay as exports of this moment (vnews export writes current ones)`
  );
}

/**
 * One writing run's access to the store (see README "Storage"): records go into
 * vnews.sqlite with their index rows in batched transactions; at the end the run settles
 * the places that now hold other articles, writes its delta (changes/<run>.jsonl), the
 * record schema and its summary (runs/<run>.json). A run touches only the records it puts
 * and those whose places it takes over: its cost follows what it reads and changes, not
 * the size of the archive.
 *
 * Crash safety: a kill loses at most the open batch (its inputs are read again by the next
 * run over them). The ids each run changed are kept in the store until its delta file is
 * written, so a killed run's delta is written by the next run that opens the store.
 */
import { mkdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Readable, pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import { ArticleRecord, recordJsonSchema } from '../record/schema.js';
import type { InputFailure } from '../types.js';
import type { Cell } from './entity-tables.js';
import { prepareRecord, type PreparedRecord } from './prepare-record.js';
import { IndexWriter } from './index-writer.js';
import { DELTA_GZIP_LEVEL, DeltaWriter, removedLine, writtenLine } from './delta-writer.js';
import { decodeRecord, decodeRecordBytes, encodeRecord, RECORD_COLUMNS, type EncodedRecord, type StoredBytesRow, type StoredRow } from './record-codec.js';
import { openWritableStore, rebuildIndex, setMeta, storePath, type StoreDb } from './store-db.js';
import { DamagedStoreError, describeStorageError } from './store-errors.js';
import { removeStaleTemps, writeFileAtomic } from './write-atomic.js';

export interface RunSummary {
  /** The command that ran ("ingest", "refresh"). */
  command: string;
  /** What it was given: paths and URLs, or the sources file. */
  inputs: string[];
  startedAt: string;
  finishedAt: string;
  /** Inputs accounted for: each became a record, was already current, was skipped or failed. */
  total: number;
  /** Records created or changed by this run. */
  written: number;
  /** Inputs whose record was already current. */
  unchanged: number;
  /** Inputs passed over by policy (given twice, …), each with its reason. */
  skipped: InputFailure[];
  failed: InputFailure[];
  /** This run's delta, relative to the output folder (null when nothing changed). */
  changes: string | null;
  /** Present when the run was stopped (Ctrl-C) before it read all its inputs: what it did until then is complete. */
  interrupted?: true;
}

export interface RunChanges {
  /** Ids whose record was created or changed in this run. */
  writtenIds: string[];
  /** Ids whose record was removed because its place now holds a different article. */
  removedIds: string[];
}

export type PutOutcome = 'written' | 'unchanged';

export { prepareRecord, type PreparedRecord } from './prepare-record.js';

/** A pretty-printed record, one file of the `json` export: the basis of byte-identical re-runs. */
export const serializeRecord = (r: ArticleRecord): string => `${JSON.stringify(r, null, 2)}\n`;

export interface StoreOptions {
  /** Commit with a sync of the log (survives a power loss, not just a kill): refresh wants it. Default false. */
  durable?: boolean;
  /** Keep the query index in step (default true); without it the index is rebuilt when next needed. */
  index?: boolean;
  command?: string;
  inputs?: string[];
}

/**
 * Records per transaction; a batch also ends after BATCH_MS. VNEWS_TEST_BATCH sets a
 * smaller batch for tests that kill a run in a child process between two commits.
 */
const BATCH = Number(process.env.VNEWS_TEST_BATCH) || 500;
const BATCH_MS = 1000;

type Row = StoredRow & { aid: number };

const LINE_END = Buffer.from('}\n');

const decoder = new TextDecoder();
/** The JSON of a record in its stored form (as made by prepareRecord). */
const jsonOf = (st: EncodedRecord): string => decodeRecord({ text: decoder.decode(st.text), record: st.body, text_at: st.textAt, checksum: st.checksum })!;

/** Where a run writes its delta and summary: `<startedAt>-<pid>` (sortable, unique per process). */
const stemOf = (at: Date): string => `${at.toISOString().replace(/[:.]/g, '-')}-${process.pid}`;

export class RecordStore {
  private readonly startedAt = new Date();
  readonly run = stemOf(this.startedAt);
  private total = 0;
  private unchanged = 0;
  private readonly failed: InputFailure[] = [];
  private readonly skipped: InputFailure[] = [];
  /** Places that this run found held by another record: settled at the end, once every input has been seen. */
  private readonly strips: { holder: number; place: string }[] = [];
  private inBatch = 0;
  private batchStart = 0;
  private closed = false;
  /** This run's delta, opened at its first change. */
  private delta: DeltaWriter | null = null;
  private readonly st;
  private readonly index: IndexWriter | null;

  private constructor(
    readonly outDir: string,
    private readonly db: StoreDb,
    private readonly opts: StoreOptions,
    /** What opening had to settle (a migration, a rebuilt index), one line each. */
    readonly notes: string[],
  ) {
    const p = (sql: string) => db.prepare(sql);
    this.st = {
      aidOf: p('SELECT aid FROM articles WHERE id = ?').pluck(),
      readOne: p(`SELECT aid, ${RECORD_COLUMNS} FROM articles WHERE id = ?`),
      byAid: p(`SELECT ${RECORD_COLUMNS} FROM articles WHERE aid = ?`),
      has: p('SELECT 1 FROM articles WHERE id = ?').pluck(),
      // A new id is the common case: one statement inserts it, and says (no change) when the id is stored already.
      insert: p(
        'INSERT INTO articles (id, location, title, published_at, language, checksum, record_size, text_at, record, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT)) ON CONFLICT (id) DO NOTHING',
      ),
      // The same id is the same text: a rewrite never changes it.
      update: p('UPDATE articles SET location = ?, title = ?, published_at = ?, language = ?, checksum = ?, record_size = ?, text_at = ?, record = ? WHERE aid = ?'),
      remove: p('DELETE FROM articles WHERE aid = ?'),
      holders: p('SELECT article FROM places WHERE place = ?').pluck(),
      addPlace: p('INSERT OR IGNORE INTO places (place, article) VALUES (?, ?)'),
      dropPlace: p('DELETE FROM places WHERE place = ? AND article = ?'),
      change: p('INSERT OR IGNORE INTO run_changes (run, id) VALUES (?, ?)'),
    };
    this.index = opts.index === false ? null : new IndexWriter(db);
    if (opts.index === false) setMeta(db, 'index', 'stale');
  }

  /** Open the store of `outDir` for one run (the caller holds the run lock). */
  static async open(outDir: string, opts: StoreOptions = {}): Promise<RecordStore> {
    try {
      await mkdir(outDir, { recursive: true });
      await mkdir(path.join(outDir, 'runs'), { recursive: true });
    } catch (e) {
      throw describeStorageError(e, outDir) ?? e;
    }
    for (const dir of [outDir, path.join(outDir, 'runs'), path.join(outDir, 'changes')]) await removeStaleTemps(dir);
    const { db, notes } = await openWritableStore(outDir, { durable: opts.durable });
    const store = new RecordStore(outDir, db, opts, notes);
    try {
      await store.recoverKilledRuns();
    } catch (e) {
      store.close();
      throw describeStorageError(e, outDir) ?? e;
    }
    return store;
  }

  get file(): string {
    return storePath(this.outDir);
  }

  /** Whether a record with this id is stored. */
  has(id: string): boolean {
    return this.st.has.get(id) !== undefined;
  }

  /** The stored record `id`, or null (also when its bytes no longer match their checksum: the caller writes it anew). */
  read(id: string): ArticleRecord | null {
    const row = this.st.readOne.get(id) as Row | undefined;
    const json = row ? decodeRecord(row) : null;
    return json === null ? null : (JSON.parse(json) as ArticleRecord);
  }

  /**
   * Store one record. A record with the same id keeps its first place; other places where
   * the same text was found are listed in `source.alsoAt`. A plain record is validated
   * first; a prepared one (from processArticle, which validates) is taken as it is.
   */
  put(input: ArticleRecord | PreparedRecord): PutOutcome {
    const given = 'stored' in input ? input : prepareRecord(ArticleRecord.parse(input));
    this.begin();
    let outcome: PutOutcome;
    const aid = this.insert(given);
    if (aid !== null) {
      this.claim(given.location, aid);
      for (const p of given.alsoAt) this.claim(p, aid);
      this.index?.insert(aid, given.rows);
      outcome = this.changed(given.id, given.line);
    } else {
      const existing = this.st.readOne.get(given.id) as Row;
      const json = decodeRecord(existing);
      if (json === null) {
        // Bytes that no longer match their checksum: replaced by the record put now.
        this.dropDamaged(existing.aid);
        const fresh = this.insert(given)!;
        this.claim(given.location, fresh);
        for (const p of given.alsoAt) this.claim(p, fresh);
        this.index?.insert(fresh, given.rows);
        outcome = this.changed(given.id, given.line);
      } else if (sameStored(existing, given.stored)) {
        this.claim(given.location, existing.aid);
        outcome = 'unchanged';
      } else {
        outcome = this.merge(existing.aid, json, given);
      }
    }
    if (outcome === 'unchanged') this.unchanged++;
    this.total++;
    this.inBatch++;
    if (this.inBatch >= BATCH || Date.now() - this.batchStart >= BATCH_MS) this.flush();
    return outcome;
  }

  /**
   * A stored record whose bytes no longer match their checksum is replaced by the one put now.
   * Its full-text entry cannot be taken out without its original text, so the index is marked
   * stale (in this transaction) and rebuilt from the records when the run ends.
   */
  private dropDamaged(aid: number): void {
    setMeta(this.db, 'index', 'stale');
    this.rebuildIndexAtEnd = true;
    this.db.prepare('DELETE FROM places WHERE article = ?').run(aid);
    this.index?.delete(aid, { fullText: false });
    this.st.remove.run(aid);
  }

  private rebuildIndexAtEnd = false;

  /** Insert a record with a new id: its aid, or null when the id is stored already. */
  private insert(given: PreparedRecord): number | null {
    const st = given.stored;
    const info = this.st.insert.run(given.id, given.location, given.title, given.publishedAt, given.language, st.checksum, st.bodySize, st.textAt, st.body, st.text);
    return info.changes === 1 ? Number(info.lastInsertRowid) : null;
  }

  /** Rewrite the stored form of record `aid` (its text stays: the same id is the same text); returns its JSON. */
  private rewrite(aid: number, r: ArticleRecord): string {
    const st = encodeRecord(r);
    this.st.update.run(r.source.location, r.title, r.publishedAt, r.language.code, st.checksum, st.bodySize, st.textAt, st.body, aid);
    return st.json;
  }

  /** The same id is stored already: merge the places, rewrite only when something changed. */
  private merge(aid: number, stored: string, given: PreparedRecord): PutOutcome {
    const old = JSON.parse(stored) as ArticleRecord;
    const incoming = JSON.parse(jsonOf(given.stored)) as ArticleRecord;
    const place = given.location;
    const places = new Set([...old.source.alsoAt, ...incoming.source.alsoAt, place]);
    let next: ArticleRecord;
    let rows: Cell[][][] | null;
    if (old.source.location === place) {
      places.delete(place);
      next = { ...incoming, source: { ...incoming.source, alsoAt: [...places].sort() } };
      rows = given.rows;
    } else {
      places.delete(old.source.location);
      next = { ...old, source: { ...old.source, alsoAt: [...places].sort() } };
      rows = null; // same entities as stored: only the places change
    }
    // Only the places seen now are claimed: the stored ones may be the very places this run
    // found other articles at, and must not take them back.
    for (const p of [place, ...incoming.source.alsoAt]) this.claim(p, aid);
    if (JSON.stringify(next) === stored) return 'unchanged';
    if (rows) this.index?.delete(aid);
    const json = this.rewrite(aid, next);
    if (rows) this.index?.insert(aid, rows);
    return this.changed(next.id, writtenLine(next.id, json));
  }

  /** `aid` is found at `place`: any other record holding it loses it when the run ends. */
  private claim(place: string, aid: number): void {
    this.st.addPlace.run(place, aid);
    for (const holder of this.st.holders.all(place) as number[]) if (holder !== aid) this.strips.push({ holder, place });
  }

  /** Record `id` changed in this run: noted in the store (for a killed run's delta) and in the delta. */
  private changed(id: string, line: string | Uint8Array): PutOutcome {
    this.st.change.run(this.run, id);
    this.deltaOut().write(line);
    return 'written';
  }

  private deltaOut(): DeltaWriter {
    if (!this.delta) {
      mkdirSync(path.join(this.outDir, 'changes'), { recursive: true });
      this.delta = new DeltaWriter(path.join(this.outDir, this.deltaFile(this.run)));
    }
    return this.delta;
  }

  private deltaFile(run: string): string {
    return path.join('changes', `${run}.jsonl.gz`);
  }

  /**
   * Wait, when the delta's compression has fallen far behind the records stored (it runs on
   * zlib's threads, many times faster than the pipeline: this is for a busy machine).
   */
  async settle(): Promise<void> {
    if (this.delta && this.delta.backlog > 16 * 2 ** 20) await this.delta.drain();
  }

  private begin(): void {
    if (this.db.inTransaction) return;
    this.db.exec('BEGIN');
    this.batchStart = Date.now();
  }

  /**
   * Commit the open batch. A caller that keeps state about records elsewhere (refresh's
   * state store) flushes before recording that a record exists.
   */
  flush(): void {
    if (this.db.inTransaction) {
      this.index?.flushFullText();
      this.db.exec('COMMIT');
    }
    this.inBatch = 0;
  }

  /** Count an input that was already current without reprocessing it (refresh: not modified). */
  noteUnchanged(): void {
    this.total++;
    this.unchanged++;
  }

  fail(failure: InputFailure): void {
    this.total++;
    this.failed.push(failure);
  }

  skip(skipped: InputFailure): void {
    this.total++;
    this.skipped.push(skipped);
  }

  /** Count an input that the command accounts for in its own summary field (refresh: a page gone with 404/410). */
  account(): void {
    this.total++;
  }

  /**
   * Remove `place` from the record it belongs to, at once (refresh completing a killed run's
   * replacement). Returns whether that record was removed (it had no other place), or null
   * when it did not hold the place.
   */
  release(id: string, place: string): 'removed' | 'kept' | null {
    const aid = this.st.aidOf.get(id) as number | undefined;
    if (aid === undefined) return null;
    this.begin();
    const outcome = this.strip(aid, place);
    this.flush();
    return outcome;
  }

  /** Take `place` from the record `aid`: rewrite it with its other places, or remove it when none is left. */
  private strip(aid: number, place: string): 'removed' | 'kept' | null {
    const row = this.st.byAid.get(aid) as StoredRow | undefined;
    const json = row ? decodeRecord(row) : null;
    if (json === null) return null; // gone, or damaged (a run that reads its input again writes it anew)
    const rec = JSON.parse(json) as ArticleRecord;
    const places = [rec.source.location, ...rec.source.alsoAt];
    if (!places.includes(place)) return null;
    const left = places.filter((p) => p !== place);
    if (left.length === 0) {
      this.index?.delete(aid);
      this.st.dropPlace.run(place, aid);
      this.st.remove.run(aid);
      this.changed(rec.id, removedLine(rec.id));
      return 'removed';
    }
    const [location, ...alsoAt] = left as [string, ...string[]];
    const now = this.rewrite(aid, { ...rec, source: { ...rec.source, location, alsoAt } });
    this.st.dropPlace.run(place, aid);
    this.changed(rec.id, writtenLine(rec.id, now));
    return 'kept';
  }

  /**
   * End the run: take the places now holding other articles from their old records, write
   * the run's delta, the record schema and the run summary.
   */
  /**
   * End the run: complete the replacements, write the delta, schema.json and the run
   * summary. `extra` adds a command's own counts to the summary file (refresh: discovered,
   * notModified, gone, the WARC path).
   */
  async finish(opts: { interrupted?: boolean; extra?: Record<string, unknown> } = {}): Promise<RunSummary & RunChanges> {
    try {
      this.begin();
      for (const { holder, place } of this.strips) this.strip(holder, place);
      this.flush();
      if (this.rebuildIndexAtEnd && this.opts.index !== false) {
        rebuildIndex(this.db);
        this.notes.push(`${this.file}: damaged records were written anew; the query index was rebuilt`);
      }
      const changes = await this.closeDelta();
      await writeFileAtomic(path.join(this.outDir, 'schema.json'), `${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
      const summary: RunSummary = {
        command: this.opts.command ?? 'ingest',
        inputs: this.opts.inputs ?? [],
        startedAt: this.startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        total: this.total,
        written: changes.writtenIds.length,
        unchanged: this.unchanged,
        skipped: this.skipped,
        failed: this.failed,
        changes: changes.file,
        ...(opts.interrupted ? { interrupted: true as const } : {}),
      };
      await writeFileAtomic(path.join(this.outDir, 'runs', `${this.run}.json`), `${JSON.stringify({ ...summary, ...opts.extra }, null, 2)}\n`);
      return { ...summary, writtenIds: changes.writtenIds, removedIds: changes.removedIds };
    } catch (e) {
      throw describeStorageError(e, this.outDir) ?? e;
    } finally {
      this.close();
    }
  }

  /** The ids this run created or changed and those it removed (sorted), from the store. */
  private changesOf(run: string): RunChanges {
    const rows = this.db.prepare('SELECT c.id, a.aid IS NOT NULL AS kept FROM run_changes c LEFT JOIN articles a ON a.id = c.id WHERE c.run = ? ORDER BY c.id').raw().all(run) as [string, number][];
    return { writtenIds: rows.filter((r) => r[1]).map((r) => r[0]), removedIds: rows.filter((r) => !r[1]).map((r) => r[0]) };
  }

  /** Put this run's delta in place (it was written as the run went), then forget the ids it names. */
  private async closeDelta(): Promise<RunChanges & { file: string | null }> {
    const changes = this.changesOf(this.run);
    const delta = this.delta;
    this.delta = null;
    if (!changes.writtenIds.length && !changes.removedIds.length) {
      await delta?.abort();
      return { ...changes, file: null };
    }
    await delta!.close();
    this.db.prepare('DELETE FROM run_changes WHERE run = ?').run(this.run);
    return { ...changes, file: this.deltaFile(this.run) };
  }

  /**
   * Write the delta of a run that was killed before it could, from the store: one line per id
   * it changed, sorted by id, the record as it now stands (`{"id","op":"written","record"}`)
   * or `{"id","op":"removed"}`. Compressed as it is written (zlib works on its own threads),
   * page by page of the store, never the whole delta in memory.
   */
  private async writeRecoveredDelta(run: string): Promise<RunChanges & { file: string | null }> {
    const writtenIds: string[] = [];
    const removedIds: string[] = [];
    if (this.db.prepare('SELECT 1 FROM run_changes WHERE run = ? LIMIT 1').pluck().get(run) === undefined) return { writtenIds, removedIds, file: null };
    const rel = this.deltaFile(run);
    const page = this.db.prepare(
      `SELECT c.id AS cid, a.aid, CAST(a.text AS BLOB) AS text, a.record, a.text_at, a.checksum FROM run_changes c LEFT JOIN articles a ON a.id = c.id WHERE c.run = ? AND c.id > ? ORDER BY c.id LIMIT 256`,
    );
    const file = this.file;
    async function* lines(): AsyncGenerator<Buffer> {
      let parts: Uint8Array[] = [];
      let size = 0;
      for (let after = ''; ; ) {
        const rows = page.all(run, after) as (StoredBytesRow & { cid: string; aid: number | null })[];
        if (!rows.length) break;
        for (const r of rows) {
          if (r.aid === null) {
            removedIds.push(r.cid);
            parts.push(Buffer.from(`{"id":"${r.cid}","op":"removed"}\n`));
            continue;
          }
          const json = decodeRecordBytes(r);
          if (json === null) throw new DamagedStoreError(file, `${file}: record ${r.cid} is damaged (its checksum does not match): restore the store from a backup, or ingest that record's input again`);
          writtenIds.push(r.cid);
          parts.push(Buffer.from(`{"id":"${r.cid}","op":"written","record":`), ...json, LINE_END);
          for (const p of json) size += p.length;
        }
        after = rows.at(-1)!.cid;
        if (size >= 1 << 18) {
          yield Buffer.concat(parts);
          parts = [];
          size = 0;
        }
      }
      if (parts.length) yield Buffer.concat(parts);
    }
    // On an error anywhere, pipeline destroys the gzip stream with it, and the write below fails with it.
    const gzipped = pipeline(Readable.from(lines(), { highWaterMark: 1 }), createGzip({ level: DELTA_GZIP_LEVEL }), () => {});
    await writeFileAtomic(path.join(this.outDir, rel), gzipped);
    this.db.prepare('DELETE FROM run_changes WHERE run = ?').run(run);
    return { writtenIds, removedIds, file: rel };
  }

  /** Write the delta of runs that were killed before they could. */
  private async recoverKilledRuns(): Promise<void> {
    const runs = this.db.prepare('SELECT DISTINCT run FROM run_changes WHERE run <> ?').pluck().all(this.run) as string[];
    for (const run of runs) {
      const { file } = await this.writeRecoveredDelta(run);
      if (file) this.notes.push(`${path.join(this.outDir, file)}: written for an interrupted run`);
    }
  }

  /** Commit what is open and close the database (finish does it; call it when a run is abandoned). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    // A run given up: its delta is not put in place (the next run writes it from the store).
    this.delta?.abort().catch(() => {});
    this.delta = null;
    try {
      this.flush();
    } finally {
      this.db.close();
    }
  }
}

/** Whether a stored row holds exactly this stored form (a fast path: equal JSON compressed apart is found equal by merge). */
function sameStored(row: StoredRow, st: EncodedRecord): boolean {
  return row.checksum === st.checksum && row.text_at === st.textAt && Buffer.from(row.record.buffer, row.record.byteOffset, row.record.byteLength).equals(st.body);
}

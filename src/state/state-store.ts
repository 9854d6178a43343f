/**
 * What the nightly refresh remembers per URL (output/state.sqlite): the validators for
 * conditional requests, the hash of the content last processed, and the record it became.
 *
 * A row's record id is set only after that record is durably written, so a crash between
 * writing and remembering means one refetch next time, never a lost article. When a URL's
 * article changed, the row also keeps the id it replaced until the run that wrote the new
 * record has finished (`replaced_id`), so an interrupted replacement can be completed later.
 * It also keeps where the URL's last response lies in the archive (record id, date, payload
 * digest), so an unchanged answer is archived as a `revisit` pointing at it.
 *
 * The state can always be rebuilt by treating every URL as new (one full refetch), so a
 * damaged file is not repaired: `open` checks it, moves it aside and starts afresh, and
 * says so in one line.
 */
import Database from 'better-sqlite3';
import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';

export interface PageState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  sha256: string | null;
  recordId: string | null;
  /** A record this URL held before recordId, not yet confirmed removed. */
  replacedId: string | null;
  lastFetchedAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  /** The URL's last response record in the archive, for revisits. */
  warcRecordId: string | null;
  warcDate: string | null;
  payloadDigest: string | null;
}

/** One fetch to remember: validators, content hash, and the record it became. */
export interface RememberedFetch {
  url: string;
  etag: string | null;
  lastModified: string | null;
  sha256: string;
  recordId: string;
  fetchedAt: string;
  status: number;
  /** Where its response lies in the archive (unchanged when the answer was a revisit). */
  warcRecordId?: string | null;
  warcDate?: string | null;
  payloadDigest?: string | null;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS pages (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  sha256 TEXT,
  record_id TEXT,
  replaced_id TEXT,
  last_fetched_at TEXT,
  last_status INTEGER,
  last_error TEXT,
  warc_record_id TEXT,
  warc_date TEXT,
  payload_digest TEXT
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

interface Row {
  url: string;
  etag: string | null;
  last_modified: string | null;
  sha256: string | null;
  record_id: string | null;
  replaced_id: string | null;
  last_fetched_at: string | null;
  last_status: number | null;
  last_error: string | null;
  warc_record_id: string | null;
  warc_date: string | null;
  payload_digest: string | null;
}

const fromRow = (r: Row): PageState => ({
  url: r.url,
  etag: r.etag,
  lastModified: r.last_modified,
  sha256: r.sha256,
  recordId: r.record_id,
  replacedId: r.replaced_id,
  lastFetchedAt: r.last_fetched_at,
  lastStatus: r.last_status,
  lastError: r.last_error,
  warcRecordId: r.warc_record_id ?? null,
  warcDate: r.warc_date ?? null,
  payloadDigest: r.payload_digest ?? null,
});

export const STATE_FILE = 'state.sqlite';

/** Open the database and check it (quick_check reads every page); throws with SQLite's words when it is damaged. */
function openChecked(file: string): Database.Database {
  const db = new Database(file);
  try {
    // WAL: readers never block the writer and a killed process loses at most the open transaction.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`integrity check: ${String(check).split('\n')[0]}`);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

export class StateStore {
  private readonly db: Database.Database;
  private readonly getStmt: Database.Statement<[string], Row>;
  private readonly upsertStmt: Database.Statement;
  private readonly statusStmt: Database.Statement;

  private constructor(db: Database.Database) {
    this.db = db;
    this.db.exec(SCHEMA);
    // Files from before the archive columns: add them (NULL: the next response fills them).
    const have = new Set(this.db.prepare<[], { name: string }>('PRAGMA table_info(pages)').all().map((c) => c.name));
    for (const col of ['warc_record_id', 'warc_date', 'payload_digest']) if (!have.has(col)) this.db.exec(`ALTER TABLE pages ADD COLUMN ${col} TEXT`);
    this.db.prepare(`INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', '1')`).run();
    this.getStmt = this.db.prepare('SELECT * FROM pages WHERE url = ?');
    this.upsertStmt = this.db.prepare(`
      INSERT INTO pages (url, etag, last_modified, sha256, record_id, replaced_id, last_fetched_at, last_status, last_error, warc_record_id, warc_date, payload_digest)
      VALUES (@url, @etag, @lastModified, @sha256, @recordId, @replacedId, @lastFetchedAt, @lastStatus, NULL, @warcRecordId, @warcDate, @payloadDigest)
      ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, sha256 = excluded.sha256,
        record_id = excluded.record_id, replaced_id = excluded.replaced_id, last_fetched_at = excluded.last_fetched_at,
        last_status = excluded.last_status, last_error = NULL,
        warc_record_id = COALESCE(excluded.warc_record_id, warc_record_id), warc_date = COALESCE(excluded.warc_date, warc_date),
        payload_digest = COALESCE(excluded.payload_digest, payload_digest)`);
    this.statusStmt = this.db.prepare(`
      INSERT INTO pages (url, last_fetched_at, last_status, last_error) VALUES (@url, @at, @status, @error)
      ON CONFLICT(url) DO UPDATE SET last_fetched_at = excluded.last_fetched_at, last_status = excluded.last_status, last_error = excluded.last_error`);
  }

  /** What `open` found wrong with the file and did about it (one line), or null. */
  recovered: string | null = null;

  /**
   * Open (or create) `outDir/state.sqlite`. A file that is not a database, or fails SQLite's
   * integrity check, is moved aside to `state.sqlite.damaged-<time>` and a fresh state is
   * started: every URL is fetched as new this once (`recovered` says so).
   */
  static open(outDir: string): StateStore {
    const file = path.join(outDir, STATE_FILE);
    let problem: string | null = null;
    try {
      return new StateStore(openChecked(file));
    } catch (e) {
      problem = (e as Error).message;
    }
    const aside = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(file, aside);
    for (const side of ['-wal', '-shm', '-journal']) rmSync(file + side, { force: true });
    const store = new StateStore(openChecked(file));
    store.recovered = `${file} was damaged (${problem}); moved to ${path.basename(aside)} and started afresh: every URL is fetched as new this run`;
    return store;
  }

  get(url: string): PageState | null {
    const row = this.getStmt.get(url);
    return row ? fromRow(row) : null;
  }

  /**
   * Remember fetches whose content is now held by `recordId` (call after those records are
   * durable), in one transaction. When a URL previously held another record, that id is
   * kept as `replacedId` until the run that wrote the new record has finished.
   */
  remember(list: RememberedFetch[]): void {
    this.db.transaction(() => {
      for (const s of list) {
        const before = this.getStmt.get(s.url);
        const previous = before?.record_id && before.record_id !== s.recordId ? before.record_id : (before?.replaced_id ?? null);
        this.upsertStmt.run({
          url: s.url,
          etag: s.etag,
          lastModified: s.lastModified,
          sha256: s.sha256,
          recordId: s.recordId,
          replacedId: previous === s.recordId ? null : previous,
          lastFetchedAt: s.fetchedAt,
          lastStatus: s.status,
          warcRecordId: s.warcRecordId ?? null,
          warcDate: s.warcDate ?? null,
          payloadDigest: s.payloadDigest ?? null,
        });
      }
    })();
  }

  /** Note a fetch that changed nothing (304, same content) or failed; validators and record stay. */
  noteStatus(url: string, at: string, status: number | null, error: string | null = null): void {
    this.statusStmt.run({ url, at, status, error });
  }

  /** Rows whose replaced record may still be on disk. */
  pendingReplacements(): PageState[] {
    return this.db.prepare<[], Row>('SELECT * FROM pages WHERE replaced_id IS NOT NULL ORDER BY url').all().map(fromRow);
  }

  /** The run that wrote the replacements has finished and removed the old records. */
  clearReplacements(urls: string[]): void {
    const stmt = this.db.prepare('UPDATE pages SET replaced_id = NULL WHERE url = ?');
    this.db.transaction(() => {
      for (const u of urls) stmt.run(u);
    })();
  }

  /** Every row, for checks and reports. */
  all(): PageState[] {
    return this.db.prepare<[], Row>('SELECT * FROM pages ORDER BY url').all().map(fromRow);
  }

  /** Close; the WAL is checkpointed and its side files removed. */
  close(): void {
    this.db.close();
  }
}

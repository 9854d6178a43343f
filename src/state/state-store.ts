/**
 * What the nightly refresh remembers per URL (output/state.sqlite): the validators for
 * conditional requests, the hash of the content last processed, and the record it became.
 *
 * A row's record id is set only after that record is durably written, so a crash between
 * writing and remembering means one refetch next time, never a lost article. When a URL's
 * article changed, the row also keeps the id it replaced until the run that wrote the new
 * record has finished (`replaced_id`), so an interrupted replacement can be completed later.
 */
import Database from 'better-sqlite3';
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
  last_error TEXT
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
});

export const STATE_FILE = 'state.sqlite';

export class StateStore {
  private readonly db: Database.Database;
  private readonly getStmt: Database.Statement<[string], Row>;
  private readonly upsertStmt: Database.Statement;
  private readonly statusStmt: Database.Statement;

  private constructor(file: string) {
    this.db = new Database(file);
    // WAL: readers never block the writer and a killed process loses at most the open transaction.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.db.prepare(`INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', '1')`).run();
    this.getStmt = this.db.prepare('SELECT * FROM pages WHERE url = ?');
    this.upsertStmt = this.db.prepare(`
      INSERT INTO pages (url, etag, last_modified, sha256, record_id, replaced_id, last_fetched_at, last_status, last_error)
      VALUES (@url, @etag, @lastModified, @sha256, @recordId, @replacedId, @lastFetchedAt, @lastStatus, NULL)
      ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, sha256 = excluded.sha256,
        record_id = excluded.record_id, replaced_id = excluded.replaced_id, last_fetched_at = excluded.last_fetched_at,
        last_status = excluded.last_status, last_error = NULL`);
    this.statusStmt = this.db.prepare(`
      INSERT INTO pages (url, last_fetched_at, last_status, last_error) VALUES (@url, @at, @status, @error)
      ON CONFLICT(url) DO UPDATE SET last_fetched_at = excluded.last_fetched_at, last_status = excluded.last_status, last_error = excluded.last_error`);
  }

  /** Open (or create) `outDir/state.sqlite`. */
  static open(outDir: string): StateStore {
    return new StateStore(path.join(outDir, STATE_FILE));
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

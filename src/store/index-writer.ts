/**
 * Puts one record's rows in the store's query index or takes them out: the entity tables
 * (from src/store/entity-tables.ts), the full text and the two lookup tables. Runs inside
 * the caller's transaction; the articles row must exist when rows go in, and still exist
 * when they come out (the full-text table reads its content through articles).
 */
import type Database from 'better-sqlite3';
import { entityTables, type Cell } from './entity-tables.js';
import { storeColumns } from './store-schema.js';
import { nameRuns } from './name-runs.js';

interface TableWriter {
  insert: Database.Statement;
  delete: Database.Statement;
  /** Indices of the store's columns among the spec's row cells. */
  pick: number[];
}

/** Column positions a writer needs from a table's rows, found by name. */
const at = (names: readonly string[], name: string): number => {
  const i = names.indexOf(name);
  if (i < 0) throw new Error(`entity tables: no column "${name}"`);
  return i;
};

export class IndexWriter {
  private readonly tables: TableWriter[];
  private readonly ftsInsert: Database.Statement;
  private readonly ftsValues: Database.Statement;
  private readonly ftsDelete: Database.Statement;
  private readonly nameRun: Database.Statement;
  private readonly placeName: Database.Statement;
  /** Lookup rows already written by this writer: most names recur, and a lookup per name is most of their cost. */
  private readonly seen = new Set<string>();
  private readonly officialsAt: { table: number; folded: number; province: number; folded_province: number };
  private readonly provincesAt: { table: number; name: number; folded: number; code: number; since: number; folded_since: number };

  constructor(db: Database.Database) {
    const specs = entityTables();
    this.tables = specs.map(({ spec }) => {
      const cols = storeColumns(spec);
      const all = spec.columns.map((c) => c.name);
      return {
        insert: db.prepare(`INSERT INTO ${spec.name} (article, ${cols.map((c) => `"${c.name}"`).join(', ')}) VALUES (?${', ?'.repeat(cols.length)})`),
        delete: db.prepare(`DELETE FROM ${spec.name} WHERE article = ?`),
        pick: cols.map((c) => at(all, c.name)),
      };
    });
    const names = (table: string) => specs.find(({ spec }) => spec.name === table)!.spec.columns.map((c) => c.name);
    const o = names('officials');
    const p = names('provinces');
    this.officialsAt = { table: specs.findIndex(({ spec }) => spec.name === 'officials'), folded: at(o, 'folded_name'), province: at(o, 'province'), folded_province: at(o, 'folded_province') };
    this.provincesAt = {
      table: specs.findIndex(({ spec }) => spec.name === 'provinces'),
      name: at(p, 'name'),
      folded: at(p, 'folded'),
      code: at(p, 'code'),
      since: at(p, 'since2025'),
      folded_since: at(p, 'folded_since2025'),
    };
    this.ftsInsert = db.prepare('INSERT INTO articles_fts (rowid, title, text) SELECT aid, title, text FROM articles_fts_source WHERE aid = ?');
    this.ftsValues = db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)');
    this.ftsDelete = db.prepare("INSERT INTO articles_fts (articles_fts, rowid, title, text) SELECT 'delete', aid, title, text FROM articles_fts_source WHERE aid = ?");
    this.nameRun = db.prepare('INSERT OR IGNORE INTO name_runs (run, folded_name) VALUES (?, ?)');
    this.placeName = db.prepare(
      'INSERT INTO place_names (folded, name, code, folded_since2025) VALUES (?, ?, ?, ?) ON CONFLICT (folded) DO UPDATE SET code = coalesce(code, excluded.code), folded_since2025 = coalesce(folded_since2025, excluded.folded_since2025)',
    );
  }

  /**
   * Add the rows of article `aid` (`rows` from entityRows(record)). `fts`: its title and
   * text as articles_fts_source gives them, when the caller has them (saves SQLite reading
   * them back out of the record's JSON).
   */
  insert(aid: number, rows: Cell[][][], fts?: readonly [string, string]): void {
    this.tables.forEach((t, i) => {
      for (const row of rows[i]!) t.insert.run(aid, ...t.pick.map((k) => row[k]));
    });
    if (fts) this.ftsValues.run(aid, fts[0], fts[1]);
    else this.ftsInsert.run(aid);
    const oa = this.officialsAt;
    for (const row of rows[oa.table]!) {
      const folded = row[oa.folded] as string;
      if (this.once(`n|${folded}`)) for (const run of nameRuns(folded)) this.nameRun.run(run, folded);
      if (row[oa.province] !== null) this.place(row[oa.folded_province] as string, row[oa.province] as string, null, null);
    }
    const pa = this.provincesAt;
    for (const row of rows[pa.table]!) {
      const since = row[pa.since] as string | null;
      const foldedSince = row[pa.folded_since] as string | null;
      this.place(row[pa.folded] as string, row[pa.name] as string, row[pa.code] as string, foldedSince);
      if (since !== null && foldedSince !== null) this.place(foldedSince, since, null, foldedSince);
    }
  }

  /** Remove the rows of article `aid` (its articles row still in place); `fullText: false` leaves its full-text entry. */
  delete(aid: number, opts: { fullText?: boolean } = {}): void {
    if (opts.fullText !== false) this.ftsDelete.run(aid);
    for (const t of this.tables) t.delete.run(aid);
  }

  private place(folded: string, name: string, code: string | null, foldedSince: string | null): void {
    if (this.once(`p|${folded}|${code !== null}|${foldedSince !== null}`)) this.placeName.run(folded, name, code, foldedSince);
  }

  private once(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
}

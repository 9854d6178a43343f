/**
 * Puts one record's rows in the store's query index or takes them out: the entity tables
 * (the registry's, through src/store/entity-tables.ts), the full text and the two lookup tables. Runs inside
 * the caller's transaction; the articles row must exist when rows go in, and still exist
 * when they come out (the full-text table reads its content through articles).
 */
import type Database from 'better-sqlite3';
import { ENTITY_TYPES } from '../extract/entity-types.js';
import { entityTables, type Cell, type EntityTypes } from './entity-tables.js';
import { storeColumns } from './store-schema.js';
import { nameRuns } from './name-runs.js';

interface TableWriter {
  insert: Database.Statement;
  delete: Database.Statement;
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
  private readonly ftsDelete: Database.Statement;
  /** Articles whose full text is still to be indexed, at the next flushFullText(). */
  private ftsPending = new Set<number>();
  private readonly nameRun: Database.Statement;
  private readonly placeName: Database.Statement;
  /** Lookup rows already written by this writer: most names recur, and a lookup per name is most of their cost. */
  private readonly seen = new Set<string>();
  private readonly officialsAt: { table: number; folded: number; province: number; folded_province: number };
  private readonly provincesAt: { table: number; name: number; folded: number; code: number; since: number; folded_since: number };

  /** `types`: the entity types of the store's schema, the registry unless given (tests). */
  constructor(db: Database.Database, types: EntityTypes = ENTITY_TYPES) {
    const specs = entityTables(types);
    this.tables = specs.map(({ spec }) => {
      const cols = storeColumns(spec);
      return {
        insert: db.prepare(`INSERT INTO ${spec.name} (article, ${cols.map((c) => `"${c.name}"`).join(', ')}) VALUES (?${', ?'.repeat(cols.length)})`),
        delete: db.prepare(`DELETE FROM ${spec.name} WHERE article = ?`),
      };
    });
    // Rows hold the store's columns only (indexRows): positions are found among those.
    const names = (table: string) => storeColumns(specs.find(({ spec }) => spec.name === table)!.spec).map((c) => c.name);
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
    // SQLite reads the text from the rows just written (in its page cache) and writes đ as d itself.
    this.ftsInsert = db.prepare('INSERT INTO articles_fts (rowid, title, text) SELECT aid, title, text FROM articles_fts_source WHERE aid BETWEEN ? AND ?');
    this.ftsDelete = db.prepare("INSERT INTO articles_fts (articles_fts, rowid, title, text) SELECT 'delete', aid, title, text FROM articles_fts_source WHERE aid = ?");
    this.nameRun = db.prepare('INSERT OR IGNORE INTO name_runs (run, folded_name) VALUES (?, ?)');
    this.placeName = db.prepare(
      'INSERT INTO place_names (folded, name, code, folded_since2025) VALUES (?, ?, ?, ?) ON CONFLICT (folded) DO UPDATE SET code = coalesce(code, excluded.code), folded_since2025 = coalesce(folded_since2025, excluded.folded_since2025)',
    );
  }

  /**
   * Add the rows of article `aid` (`rows` from indexRows(record): store columns only). Its
   * full text is indexed at the next flushFullText(), which the caller runs before it commits.
   */
  insert(aid: number, rows: Cell[][][]): void {
    for (let i = 0; i < this.tables.length; i++) {
      const insert = this.tables[i]!.insert;
      for (const row of rows[i]!) insert.run(aid, ...row);
    }
    this.ftsPending.add(aid);
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
    // Not indexed yet: there is nothing to take out (and taking out what is not there would damage the index).
    if (!this.ftsPending.delete(aid) && opts.fullText !== false) this.ftsDelete.run(aid);
    for (const t of this.tables) t.delete.run(aid);
  }

  /**
   * Index the full text of the articles added since the last call, a run of consecutive aids
   * per statement: FTS5 indexes a batch of documents in one statement for about 40 % less
   * CPU than one at a time (fewer, larger segments to write and merge).
   */
  flushFullText(): void {
    if (!this.ftsPending.size) return;
    const aids = [...this.ftsPending].sort((a, b) => a - b);
    this.ftsPending = new Set();
    for (let i = 0; i < aids.length; ) {
      let j = i;
      while (j + 1 < aids.length && aids[j + 1] === aids[j]! + 1) j++;
      this.ftsInsert.run(aids[i], aids[j]);
      i = j + 1;
    }
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

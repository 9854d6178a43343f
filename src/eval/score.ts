/**
 * Scores records against gold annotations: a port of the reference scorer
 * (`tools/score.mjs` of the project brief) with exactly its matching rules, so that
 * `vnews eval` and the reference print the same numbers for the same input.
 *
 * Matching, in short: records are paired with gold files by the basename (without
 * extension) of `source.location`; values compare as sets of keys per article:
 * officials by folded name (and name + rank), provinces by folded short name without
 * a leading "tỉnh"/"thành phố"/"TP", clusters by number, periods by start|end, awards by
 * type|collectives|individuals (system awards without any count are ignored), authors
 * by folded name; cluster members, title and publishedAt where the gold states them.
 * The overall figure is the micro F1 over every type except officials+rank, title and
 * publishedAt.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ENTITY_TYPES } from '../extract/entity-types.js';
import { field, fold, provKey } from './reference-keys.js';
import { readRecordsSync, ScoreInputError, type RecordLike } from './read-records.js';

/** Counts for one row of the report. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of some counts. */
export interface Measures {
  p: number;
  r: number;
  f1: number;
}

export type ScoreRow = { type: string } & Counts & Measures;

export interface DocScore {
  /** The gold file's basename without `.json`. */
  id: string;
  /** "officials FP x", "periods FN a|b", "member FN 5:nghe an", "title want … got …". */
  errors: string[];
}

/** What the reference prints with `--json`, field for field. */
export interface ScoreReport {
  docs: number;
  missingRecords: number;
  rows: ScoreRow[];
  overall: Measures;
  perDoc: DocScore[];
}

type Gold = Record<string, unknown>;

export { fold, provKey } from './reference-keys.js';
export { ScoreInputError, type RecordLike } from './read-records.js';

/**
 * One key function per scored row, in the reference's order (which fixes the row order): the
 * entity types' own keys, in registry order (src/extract/entity-types.ts), then the authors.
 * `field` is the record and gold field a row reads; `keep` filters the record's values.
 */
export const keyers: ReadonlyArray<{ row: string; field: string; key: (v: unknown) => string; keep?: (v: unknown) => boolean }> = [
  ...ENTITY_TYPES.flatMap((t) => (t.score?.keys ?? []).map((k) => ({ row: k.row, field: t.key, key: k.key, ...(t.score?.keep ? { keep: t.score.keep } : {}) }))),
  { row: 'authors', field: 'authors', key: (a) => fold(typeof a === 'string' ? a : field(a, 'name')) },
];

/** Rows left out of the overall micro F1. */
const notInOverall = new Set(['officials+rank', 'publishedAt', 'title']);

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Precision, recall and F1 with the reference's conventions for empty counts. */
export function measures(t: Counts): Measures {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : t.fn ? 0 : 1;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1 };
}

/** The basename (without extension) a record is matched by. */
export function recordKey(r: RecordLike): string {
  const src = r?.source;
  const loc = src?.location ?? src?.path ?? src?.url ?? '';
  return path.basename(String(loc)).replace(/\.[^.]+$/, '');
}

const parseJson = (text: string, where: string): unknown => {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ScoreInputError(`${where}: ${(e as Error).message}`);
  }
};

const readText = (p: string): string => {
  try {
    return fs.readFileSync(p, 'utf8');
  } catch (e) {
    throw new ScoreInputError(`cannot read ${p}: ${(e as Error).message}`);
  }
};

const listJson = (dir: string): string[] => {
  try {
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch (e) {
    throw new ScoreInputError(`cannot read ${dir}: ${(e as Error).message}`);
  }
};

/** The gold files of a folder (`*.json`), sorted, as [basename, annotation]. */
export function readGold(goldDir: string): Array<[string, Gold]> {
  return listJson(goldDir).map((f) => {
    const g = parseJson(readText(path.join(goldDir, f)), path.join(goldDir, f));
    if (g == null || typeof g !== 'object' || Array.isArray(g)) throw new ScoreInputError(`${path.join(goldDir, f)}: not a JSON object`);
    return [f.replace(/\.json$/, ''), g as Gold];
  });
}

/**
 * Score `records` (record objects, or the path of a records.jsonl file or a records folder:
 * see read-records.ts, whose `readRecordsAt` also reads an output folder's store) against the
 * gold files in `goldDir`. Throws ScoreInputError when a file cannot be read or parsed.
 */
export function scoreRecords(goldDir: string, records: string | Iterable<RecordLike>): ScoreReport {
  const byKey = new Map<string, RecordLike>();
  for (const r of typeof records === 'string' ? readRecordsSync(records) : records) byKey.set(recordKey(r), r);

  const totals = new Map<string, Counts>();
  const tally = (type: string): Counts => {
    let t = totals.get(type);
    if (!t) totals.set(type, (t = { tp: 0, fp: 0, fn: 0 }));
    return t;
  };
  const perDoc: DocScore[] = [];
  let missingRecords = 0;
  const gold = readGold(goldDir);

  for (const [base, g] of gold) {
    const rec = byKey.get(base);
    if (!rec) missingRecords++;
    const doc: DocScore = { id: base, errors: [] };

    for (const { row: type, field: gfld, key, keep } of keyers) {
      const want = new Set(asArray(g[gfld]).map(key));
      let sysList = rec ? asArray(rec[gfld]) : [];
      if (keep) sysList = sysList.filter(keep);
      const got = new Set(sysList.map(key));
      const t = tally(type);
      for (const k of got) {
        if (want.has(k)) t.tp++;
        else {
          t.fp++;
          doc.errors.push(`${type} FP ${k}`);
        }
      }
      for (const k of want) {
        if (!got.has(k)) {
          t.fn++;
          doc.errors.push(`${type} FN ${k}`);
        }
      }
    }

    // cluster membership, where the gold lists it
    const members = g.cluster_members;
    if (members != null && typeof members === 'object') {
      for (const [num, list] of Object.entries(members as Record<string, unknown>)) {
        const c = asArray(rec?.clusters).find((x) => String(field(x, 'number')) === num);
        const got = new Set(asArray(field(c, 'members')).map(provKey));
        const want = new Set(asArray(list).map(provKey));
        const t = tally('cluster members');
        for (const k of got) {
          if (want.has(k)) t.tp++;
          else {
            t.fp++;
            doc.errors.push(`member FP ${num}:${k}`);
          }
        }
        for (const k of want) {
          if (!got.has(k)) {
            t.fn++;
            doc.errors.push(`member FN ${num}:${k}`);
          }
        }
      }
    }

    for (const f of ['publishedAt', 'title'] as const) {
      if (g[f] === undefined) continue;
      const t = tally(f);
      if (rec && fold(rec[f]) === fold(g[f])) t.tp++;
      else {
        t.fn++;
        if (rec?.[f]) t.fp++;
        doc.errors.push(`${f} want ${String(g[f])} got ${String(rec?.[f])}`);
      }
    }
    perDoc.push(doc);
  }

  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  const rows: ScoreRow[] = [];
  for (const [type, t] of totals) {
    if (!notInOverall.has(type)) {
      all.tp += t.tp;
      all.fp += t.fp;
      all.fn += t.fn;
    }
    rows.push({ type, ...t, ...measures(t) });
  }
  return { docs: gold.length, missingRecords, rows, overall: measures(all), perDoc };
}

/** The row of a type, if the report has one. */
export const rowOf = (report: ScoreReport, type: string): ScoreRow | undefined => report.rows.find((r) => r.type === type);

/** The reference's text table (with the per-article errors when `verbose`), ending in a newline. */
export function formatReport(report: ScoreReport, opts: { verbose?: boolean } = {}): string {
  const lines = [`docs ${report.docs}  missing records ${report.missingRecords}`, 'type              tp   fp   fn    P     R     F1'];
  for (const r of report.rows) {
    lines.push(
      `${r.type.padEnd(16)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}  ${r.p.toFixed(3)} ${r.r.toFixed(3)} ${r.f1.toFixed(3)}`,
    );
  }
  if (opts.verbose) for (const d of report.perDoc) if (d.errors.length) lines.push(`${d.id}: ${d.errors.join('; ')}`);
  lines.push(`overall micro F1 ${report.overall.f1.toFixed(3)} (P ${report.overall.p.toFixed(3)} R ${report.overall.r.toFixed(3)})`);
  return lines.join('\n') + '\n';
}

/** The reference's `--json` output (one-space indentation), ending in a newline. */
export const formatReportJson = (report: ScoreReport): string => JSON.stringify(report, null, 1) + '\n';

/** `vnews export`: the store's records as JSON Lines, one JSON file per record, or CSV / Parquet tables. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { QueryInputError, type QueryFilters } from '../query/filters.js';
import { exportStore, EXPORT_FORMATS, defaultExportPath, type ExportFormat } from '../store/export-store.js';
import { UsageError, warnTo, type CliIO, type Command } from './command.js';
import { FILTER_OPTIONS, filtersFrom, oneOf } from './parse-flags.js';
import { shown } from './ingest.js';

const help = `Usage: vnews export --format jsonl|json|csv|parquet [--to PATH] [filters] [--out DIR]

Write the records of the store in DIR (default: output) in another form, sorted by id:
  jsonl     one record per line: DIR/records.jsonl (byte-identical for the same records)
  json      one pretty-printed file per record: DIR/records/<id>.json
  csv       flat tables keyed by article_id, in DIR/csv/: articles, officials (one row
            per official appearance), official_positions, provinces, clusters,
            cluster_members, periods, dates, awards, mentions, warnings
  parquet   the same tables as Parquet files, in DIR/parquet/
The README ("Exports") describes every column. An export reads one consistent state of the
store, also while a run is writing, and replaces the previous one only when it is complete.

Options:
  --format F         jsonl, json, csv or parquet (required)
  --to PATH          where to write (a file for jsonl, a folder otherwise)
  --excel            csv only: start each file with a UTF-8 byte-order mark, which Excel needs
  --out DIR          the output folder holding the store (default: output)
  -h, --help         this help
Filters (as vnews query; every one given must hold): --official, --rank, --province,
  --successors, --cluster, --from DATE, --until DATE (query's --to: here --to names the
  destination), --published-from, --published-to, --award, --text

CSV: a null value is an empty field and an empty text a quoted "" one; text starting with
= + - @ (or a tab or CR) gets a leading ' so that no spreadsheet runs it as a formula.
Exit codes: 0 written, 2 bad usage or no records, 3 the store cannot be read or PATH
cannot be written (the message says why and what to do).
`;

export const command: Command = {
  name: 'export',
  help,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...FILTER_OPTIONS,
        format: { type: 'string' },
        to: { type: 'string' },
        excel: { type: 'boolean', default: false },
        out: { type: 'string', default: 'output' },
        until: { type: 'string' },
      },
    });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    if (values.format === undefined) throw new UsageError(`--format is required (${EXPORT_FORMATS.join(', ')})`);
    const format = oneOf<ExportFormat>('--format', values.format, EXPORT_FORMATS, 'jsonl');
    if (values.excel && format !== 'csv') throw new UsageError('--excel goes with --format csv');
    const filters: QueryFilters = filtersFrom(values, values.until);
    const outDir = path.resolve(io.cwd, values.out!);
    const to = values.to === undefined ? defaultExportPath(outDir, format) : path.resolve(io.cwd, values.to);
    let result;
    try {
      result = await exportStore(outDir, { format, to, filters, excel: values.excel, onNote: warnTo(io, 'export') });
    } catch (e) {
      if (e instanceof QueryInputError) throw new UsageError(e.message);
      throw e;
    }
    const tables = result.tables.length ? ` (${result.tables.map((t) => `${t.name} ${t.rows}`).join(', ')})` : '';
    io.stderr.write(`vnews export: ${result.records} record${result.records === 1 ? '' : 's'} → ${shown(io.cwd, result.path)}${tables}\n`);
    return 0;
  },
};

/** `vnews query`: search the records of the store (output/vnews.sqlite). */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { QueryInputError, type QueryFilters, type ResolvedFilters } from '../query/filters.js';
import { matchedValues, streamRecords, type MatchedValues } from '../query/query-records.js';
import { clip, csvRow, renderTable, UTF8_BOM } from '../query/format-table.js';
import { writeJsonArray, writeOut } from '../query/write-out.js';
import type { ArticleRecord } from '../record/schema.js';
import { UsageError, warnTo, type CliIO, type Command } from './command.js';
import { FILTER_OPTIONS, filtersFrom, wholeNumber } from './parse-flags.js';

const help = `Usage: vnews query [filters] [--format json|jsonl|csv|table] [--limit N] [--out DIR]

Search the records in DIR (default: output). Every filter given must hold. Matching ignores
case and diacritics ("nghe an" finds Nghệ An, "dai ta" finds Đại tá, đ = d).

Filters:
  --official NAME    an official whose name is NAME or contains it as whole syllables
                     ("tran ba thieu", "ba thieu")
  --rank RANK        an official of that exact rank ("thuong tuong" is not "thuong ta");
                     with --official, the same official must hold it
  --province NAME    a province named in the article or in an official's post: its name
                     with or without "tỉnh"/"TP", its initials ("tp hcm", "brvt") or its code
  --successors       with --province: also the units merged into it in 2025
                     (--province "Khánh Hòa" --successors finds Ninh Thuận articles)
  --cluster N        emulation cluster number N
  --from DATE        DATE is YYYY, YYYY-MM or YYYY-MM-DD; an article matches when it was
  --to DATE          published in the range, names a period overlapping it, or names a
                     date (day, month or year) lying wholly inside it; either end may be left open
                     (so a 2020 article about "(1969-2019)" matches --from 2017 --to 2017)
  --published-from DATE
  --published-to DATE
                     the publication date only, in the range (an undated article never matches)
  --award TYPE       an award whose type starts with TYPE ("giay khen", "Bằng khen")
  --text WORDS       words in the title or text, next to each other and in this order;
                     separate phrases with commas to require several ("an ninh, cụm thi đua")

Output:
  --format F         json (default; an array of the full records, newest first), jsonl (one
                     record per line), csv (id, publishedAt, title, source, matched values)
                     or table (for a terminal)
  --excel            with --format csv: start with a UTF-8 byte-order mark, which Excel needs
  --limit N          at most N records
  --out DIR          the output folder to search (default: output)
  -h, --help         this help

CSV: a null title is an empty field and an empty title a quoted "" one; text starting with
= + - @ (or a tab or CR) gets a leading ' so that no spreadsheet runs it as a formula.
Exit codes: 0 (also when nothing matches: json prints []), 2 bad usage or no records,
3 the store cannot be read (the message says why and what to do).
`;

const FORMATS = ['json', 'jsonl', 'csv', 'table'] as const;
type Format = (typeof FORMATS)[number];

/** "official: Trung tướng Trần Bá Thiều; cluster: 5" */
const describe = (m: MatchedValues[]): string => m.map((x) => `${x.filter}: ${x.values.join(' | ')}`).join('; ');

export function parseFormat(v: string | undefined, allowed: readonly string[] = FORMATS): string {
  const f = v ?? 'json';
  if (!allowed.includes(f)) throw new UsageError(`--format must be ${allowed.join(', ')}, not "${f}"`);
  return f;
}

export const command: Command = {
  name: 'query',
  help,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...FILTER_OPTIONS,
        to: { type: 'string' },
        excel: { type: 'boolean', default: false },
        limit: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string', default: 'output' },
      },
    });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}" (filters are options, e.g. --text "${positionals[0]}")`);
    const format = parseFormat(values.format) as Format;
    const filters: QueryFilters = filtersFrom(values, values.to);
    const limit = wholeNumber('--limit', values.limit, { min: 1 });
    if (values.excel && format !== 'csv') throw new UsageError('--excel goes with --format csv');
    const outDir = path.resolve(io.cwd, values.out!);

    let resolved: ResolvedFilters | null = null;
    const found = streamRecords(outDir, filters, {
      limit,
      onNote: warnTo(io, 'query'),
      onResolved: (r) => {
        resolved = r;
        if (r.provinces !== null && r.provinces.length === 0) io.stderr.write(`vnews query: no province in the index matches "${values.province}"\n`);
      },
    });
    // The first record (or the end) before any output: a bad filter or an unreadable store is said alone.
    let first: IteratorResult<ArticleRecord>;
    try {
      first = await found.next();
    } catch (e) {
      if (e instanceof QueryInputError) throw new UsageError(e.message);
      throw e;
    }
    async function* records(): AsyncGenerator<ArticleRecord> {
      if (first.done) return;
      yield first.value;
      yield* found;
    }
    const matched = (r: ArticleRecord) => describe(matchedValues(r, resolved!));

    if (format === 'json') await writeJsonArray(io.stdout, records());
    else if (format === 'jsonl') for await (const r of records()) await writeOut(io.stdout, `${JSON.stringify(r)}\n`);
    else if (format === 'csv') {
      await writeOut(io.stdout, (values.excel ? UTF8_BOM : '') + csvRow(['id', 'publishedAt', 'title', 'source', 'matched']));
      for await (const r of records()) await writeOut(io.stdout, csvRow([r.id, r.publishedAt, r.title, r.source.location, matched(r)]));
    } else {
      const rows: string[][] = [];
      for await (const r of records()) rows.push([r.publishedAt ?? '-', r.id, clip(r.title ?? path.basename(r.source.location), 60), clip(matched(r), 80)]);
      await writeOut(io.stdout, `${renderTable(['published', 'id', 'title', 'matched'], rows)}${rows.length} record${rows.length === 1 ? '' : 's'}\n`);
    }
    return 0;
  },
};

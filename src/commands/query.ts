/** `vnews query`: search the records through output/index.sqlite. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { NoRecordsError } from '../query/index-db.js';
import { QueryInputError, type QueryFilters } from '../query/filters.js';
import { matchedValues, queryIds, readRecord, type MatchedValues } from '../query/query-records.js';
import { clip, csvRow, renderTable } from '../query/format-table.js';
import { writeJsonArray, writeOut } from '../query/write-out.js';
import type { ArticleRecord } from '../record/schema.js';
import { UsageError, type CliIO, type Command } from './command.js';

const help = `Usage: vnews query [filters] [--format json|csv|table] [--limit N] [--out DIR]

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
  --award TYPE       an award whose type starts with TYPE ("giay khen", "Bằng khen")
  --text WORDS       words in the title or text, next to each other and in this order;
                     separate phrases with commas to require several ("an ninh, cụm thi đua")

Output:
  --format F         json (default; the full records, newest first), csv (id, publishedAt,
                     title, source, matched values) or table (for a terminal)
  --limit N          at most N records
  --out DIR          the output folder to search (default: output)
  -h, --help         this help

The index is rebuilt from records.jsonl first when it is missing or out of date.
Exit codes: 0 (also when nothing matches: json prints []), 2 bad usage.
`;

const FORMATS = ['json', 'csv', 'table'] as const;
type Format = (typeof FORMATS)[number];

const positiveInt = (flag: string, v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v.trim()) || Number(v) < 1) throw new UsageError(`${flag} takes a positive whole number, not "${v}"`);
  return Number(v);
};

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
        official: { type: 'string' },
        rank: { type: 'string' },
        province: { type: 'string' },
        successors: { type: 'boolean', default: false },
        cluster: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        award: { type: 'string' },
        text: { type: 'string' },
        limit: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string', default: 'output' },
      },
    });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}" (filters are options, e.g. --text "${positionals[0]}")`);
    const format = parseFormat(values.format) as Format;
    const filters: QueryFilters = {
      official: values.official,
      rank: values.rank,
      province: values.province,
      successors: values.successors,
      cluster: positiveInt('--cluster', values.cluster),
      from: values.from,
      to: values.to,
      award: values.award,
      text: values.text,
    };
    const limit = positiveInt('--limit', values.limit);
    const outDir = path.resolve(io.cwd, values.out!);

    let found: Awaited<ReturnType<typeof queryIds>>;
    try {
      found = await queryIds(outDir, filters, { limit });
    } catch (e) {
      if (e instanceof QueryInputError) throw new UsageError(e.message);
      if (e instanceof NoRecordsError) {
        io.stderr.write(`vnews query: ${e.message}\n`);
        return 2;
      }
      throw e;
    }
    const { ids, resolved } = found;
    if (resolved.provinces !== null && resolved.provinces.length === 0) io.stderr.write(`vnews query: no province in the index matches "${values.province}"\n`);

    async function* records(): AsyncGenerator<ArticleRecord> {
      for (const id of ids) {
        const r = await readRecord(outDir, id);
        if (r) yield r;
      }
    }

    if (format === 'json') await writeJsonArray(io.stdout, records());
    else if (format === 'csv') {
      await writeOut(io.stdout, csvRow(['id', 'publishedAt', 'title', 'source', 'matched']));
      for await (const r of records()) await writeOut(io.stdout, csvRow([r.id, r.publishedAt, r.title, r.source.location, describe(matchedValues(r, resolved))]));
    } else {
      const rows: string[][] = [];
      for await (const r of records()) rows.push([r.publishedAt ?? '-', r.id, clip(r.title ?? path.basename(r.source.location), 60), clip(describe(matchedValues(r, resolved)), 80)]);
      await writeOut(io.stdout, `${renderTable(['published', 'id', 'title', 'matched'], rows)}${rows.length} record${rows.length === 1 ? '' : 's'}\n`);
    }
    return 0;
  },
};

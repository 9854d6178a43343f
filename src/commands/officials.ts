/** `vnews officials`: the registry of officials across articles. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { officialsRegistry } from '../query/officials-registry.js';
import { clip, csvRow, renderTable } from '../query/format-table.js';
import { writeJsonArray, writeOut } from '../query/write-out.js';
import { UsageError, warnTo, type CliIO, type Command } from './command.js';
import { parseFormat } from './query.js';

const help = `Usage: vnews officials [NAME] [--format json|csv|table] [--out DIR]

The registry of officials in DIR (default: output): each person once, with every
appearance (date, article, title, rank, positions, province) sorted by date, so rank and
posts can be followed over time. NAME keeps the people whose name is NAME or contains it
as whole syllables, ignoring case and diacritics ("nguyen van thanh", "van thanh").

Appearances of the same name are one person unless they contradict each other: two
different ranks on the same date, a lower rank at a later date, or posts in two different
provinces in the same year. Such namesakes are listed apart (key "name#2" …). An appearance's date is the article's
publishedAt, else the latest date its text names (dateFrom "mentioned"), else empty.

Options:
  --format F   json (default), csv (one row per appearance) or table
  --out DIR    the output folder (default: output)
  -h, --help   this help

Exit codes: 0 (also when nobody matches: json prints []), 2 bad usage or no records,
3 the store cannot be read (the message says what to do).
`;

export const command: Command = {
  name: 'officials',
  help,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string' }, out: { type: 'string', default: 'output' } },
    });
    const format = parseFormat(values.format);
    const name = positionals.length ? positionals.join(' ') : undefined;
    if (name !== undefined && !name.trim()) throw new UsageError('NAME is empty');
    const outDir = path.resolve(io.cwd, values.out!);
    const entries = await officialsRegistry(outDir, name, { onNote: warnTo(io, 'officials') });
    if (format === 'json') await writeJsonArray(io.stdout, entries);
    else if (format === 'csv') {
      await writeOut(io.stdout, csvRow(['key', 'name', 'date', 'dateFrom', 'articleId', 'title', 'rank', 'positions', 'province']));
      for (const e of entries)
        for (const a of e.appearances)
          await writeOut(io.stdout, csvRow([e.key, e.name, a.date, a.dateFrom, a.articleId, a.title, a.rank, a.positions.join('; '), a.province]));
    } else {
      const rows: string[][] = [];
      for (const e of entries)
        e.appearances.forEach((a, i) =>
          rows.push([i === 0 ? e.name : '', a.date ?? '-', a.rank ?? '-', a.province ?? '-', clip(a.positions.join('; ') || '-', 60), a.articleId, clip(a.title ?? '-', 40)]),
        );
      await writeOut(io.stdout, `${renderTable(['official', 'date', 'rank', 'province', 'positions', 'article', 'title'], rows)}${entries.length} official${entries.length === 1 ? '' : 's'}\n`);
    }
    return 0;
  },
};

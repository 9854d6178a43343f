/** `vnews stats`: counts by year, province, cluster, rank and award type. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stats, type Stats } from '../query/stats.js';
import { renderTable } from '../query/format-table.js';
import { writeOut } from '../query/write-out.js';
import { UsageError, warnTo, type CliIO, type Command } from './command.js';
import { parseFormat } from './query.js';

const help = `Usage: vnews stats [--format json|table] [--out DIR]

Counts over the records in DIR (default: output): articles by year of publication
("unknown" when undated), articles naming each province and each cluster, officials by
rank ("none" when no rank is stated), and awards by type with the collectives and
individuals they were given to (where the article states the counts).

Options:
  --format F   json (default) or table
  --out DIR    the output folder (default: output)
  -h, --help   this help

Exit codes: 0, 2 bad usage or no records, 3 the store cannot be read (the message says what to do).
`;

/** Stats as aligned tables, one per grouping. */
function statsTables(s: Stats): string {
  const section = (title: string, header: string[], rows: (string | number | null)[][]) =>
    `${title}\n${rows.length ? renderTable(header, rows.map((r) => r.map((c) => (c === null ? '-' : String(c))))) : '(none)\n'}`;
  return [
    `articles: ${s.articles}; officials: ${s.totals.officials}; awards: ${s.totals.awards} (${s.totals.collectives} collectives, ${s.totals.individuals} individuals)\n`,
    section('by year', ['year', 'articles'], s.byYear.map((r) => [r.year, r.articles])),
    section('by province', ['province', 'code', 'articles'], s.byProvince.map((r) => [r.province, r.code, r.articles])),
    section('by cluster', ['cluster', 'articles'], s.byCluster.map((r) => [r.cluster, r.articles])),
    section('by rank', ['rank', 'officials', 'articles'], s.byRank.map((r) => [r.rank, r.officials, r.articles])),
    section('by award type', ['type', 'awards', 'articles', 'collectives', 'individuals'], s.byAwardType.map((r) => [r.type, r.awards, r.articles, r.collectives, r.individuals])),
  ].join('\n');
}

export const command: Command = {
  name: 'stats',
  help,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string' }, out: { type: 'string', default: 'output' } },
    });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const format = parseFormat(values.format, ['json', 'table']);
    const s = await stats(path.resolve(io.cwd, values.out!), { onNote: warnTo(io, 'stats') });
    await writeOut(io.stdout, format === 'json' ? `${JSON.stringify(s, null, 2)}\n` : statsTables(s));
    return 0;
  },
};

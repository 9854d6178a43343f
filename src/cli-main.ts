/** vnews command line: parses the command name and hands the rest to the command module. */
import type { CliIO, Command } from './commands/command.js';
import { UsageError } from './commands/command.js';

const loaders: Record<string, () => Promise<{ command: Command }>> = {
  ingest: () => import('./commands/ingest.js'),
  refresh: () => import('./commands/refresh.js'),
  query: () => import('./commands/query.js'),
  officials: () => import('./commands/officials.js'),
  stats: () => import('./commands/stats.js'),
  eval: () => import('./commands/eval.js'),
  explain: () => import('./commands/explain.js'),
};

const summaries: Record<string, string> = {
  ingest: 'load files, folders, JSON Lines, WARC or URLs; extract; write records',
  refresh: 'the nightly job: fetch what is new or changed from the sources file',
  query: 'search the records (diacritics optional)',
  officials: 'the registry of officials across articles',
  stats: 'counts by year, province, cluster, rank and award type',
  eval: 'precision, recall and F1 per entity type against gold annotations',
  explain: 'what the rules read in an article, and why they dropped each candidate they dropped',
};

const mainHelp = `vnews: structured records from Vietnamese police news

Usage: vnews <command> [options]

Commands:
${Object.entries(summaries)
  .map(([k, v]) => `  ${k.padEnd(10)} ${v}`)
  .join('\n')}

Run "vnews <command> --help" for the options of a command.
Exit codes: 0 all inputs became records, 1 some inputs failed, 2 bad usage.
`;

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(mainHelp);
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.stdout.write('vnews 0.1.0\n');
    return 0;
  }
  const load = loaders[name];
  if (!load) {
    io.stderr.write(`vnews: unknown command "${name}"\n\n${mainHelp}`);
    return 2;
  }
  const { command } = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.help);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`vnews ${name}: ${(e as Error).message}\n\n${command.help}`);
      return 2;
    }
    io.stderr.write(`vnews ${name}: ${(e as Error).stack ?? e}\n`);
    return 1;
  }
}



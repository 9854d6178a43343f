/** vnews command line: parses the command name and hands the rest to the command module. */
import type { CliIO, Command } from './commands/command.js';
import { UsageError } from './commands/command.js';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/index.js';
import { DamagedStoreError, EXIT_STORAGE, NewerStoreError, NoRecordsError, OutputError } from './store/store-errors.js';

const loaders: Record<string, () => Promise<{ command: Command }>> = {
  ingest: () => import('./commands/ingest.js'),
  refresh: () => import('./commands/refresh.js'),
  query: () => import('./commands/query.js'),
  officials: () => import('./commands/officials.js'),
  stats: () => import('./commands/stats.js'),
  eval: () => import('./commands/eval.js'),
  export: () => import('./commands/export.js'),
  'index-warc': () => import('./commands/index-warc.js'),
  serve: () => import('./commands/serve.js'),
  explain: () => import('./commands/explain.js'),
};

const summaries: Record<string, string> = {
  ingest: 'load files, folders, JSON Lines, WARC or URLs; extract; write records',
  refresh: 'the nightly job: fetch what is new or changed from the sources file',
  query: 'search the records (diacritics optional)',
  officials: 'the registry of officials across articles',
  stats: 'counts by year, province, cluster, rank and award type',
  eval: 'precision, recall and F1 per entity type against gold annotations',
  export: 'write the records as JSON Lines, JSON files, CSV or Parquet tables',
  'index-warc': 'write a CDXJ index beside WARC files, for replay tools',
  serve: 'a read-only research web interface on the store',
  explain: 'what the rules read in an article, and why they dropped each candidate they dropped',
};

const mainHelp = `vnews: structured records from Vietnamese police news

Usage: vnews <command> [options]

Commands:
${Object.entries(summaries)
  .map(([k, v]) => `  ${k.padEnd(11)} ${v}`)
  .join('\n')}

Run "vnews <command> --help" for the options of a command.
Exit codes: 0 all inputs became records, 1 some inputs failed, 2 bad usage,
3 the output folder or its store cannot be used (the message says what to do),
4 refresh could fetch nothing at all, 130 interrupted (the run summary is written).
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
    const guess = closest(name, Object.keys(loaders));
    io.stderr.write(`vnews: unknown command "${name}"${guess ? `; did you mean "${guess}"?` : ''}\nRun "vnews --help" for the list of commands.\n`);
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
    if (e instanceof UsageError || String((e as { code?: unknown }).code ?? '').startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`vnews ${name}: ${usageLine(e as Error & { code?: unknown }, command.help)}\nRun "vnews ${name} --help" for its options.\n`);
      return 2;
    }
    // Storage: one line naming the path and what to do, never a stack trace.
    if (e instanceof NoRecordsError) {
      io.stderr.write(`vnews ${name}: ${e.message}\n`);
      return 2;
    }
    if (e instanceof OutputError || e instanceof DamagedStoreError || e instanceof NewerStoreError) {
      io.stderr.write(`vnews ${name}: ${e.message}\n`);
      return EXIT_STORAGE;
    }
    io.stderr.write(`vnews ${name}: ${(e as Error).stack ?? e}\n`);
    return 1;
  }
}



/**
 * The one-line cause of a usage error. Node's parseArgs explains at length how to pass a
 * positional that starts with "-"; the user needs the option's name and, when it is close
 * to a real one, the real one.
 */
function usageLine(e: Error & { code?: unknown }, help: string): string {
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const given = /'(-[^']*)'/.exec(e.message)?.[1] ?? e.message;
    const flag = given.split('=')[0]!;
    const options = [...help.matchAll(/^\s+(--[a-z][a-z0-9-]*)/gm)].map((m) => m[1]!);
    const guess = closest(flag, options);
    return `unknown option ${flag}${guess ? `; did you mean ${guess}?` : ''}`;
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return e.message.replace(/\.?\s*To specify .*$/s, '');
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return e.message.split('. ')[0]!;
  return e.message;
}

/** The candidate nearest to `word` by edit distance (natural's Damerau–Levenshtein), when it is near enough to be a typo. */
function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = DamerauLevenshteinDistance(word, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  // A third of the word may be wrong ("--provnce", "--provice"); beyond that it is another word.
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(word.replace(/^-+/, '').length / 3)) ? best : undefined;
}

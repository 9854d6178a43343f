/** `vnews eval`: precision, recall and F1 per entity type against gold annotations. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ingest } from '../ingest.js';
import { formatReport, formatReportJson, readGold, scoreRecords, ScoreInputError, type ScoreReport } from '../eval/score.js';
import { readRecordsAt } from '../eval/read-records.js';
import { storePath } from '../store/store-db.js';
import { UsageError, warnTo, type CliIO, type Command } from './command.js';

const help = `Usage: vnews eval --gold DIR [options]

Score records against gold annotations (one JSON file per article, named after the
article's file) and print true/false positives, false negatives, precision, recall and
F1 per entity type, then the micro F1 over all types except officials+rank, title and
publishedAt. The matching rules are those of the reference scorer (tools/score.mjs).

Without --records, the articles the gold files name (<name>.txt, .html or .jsonl) are
looked up in --articles DIR, or else in corpus/ and fixtures/articles/, ingested into
--out (default: a temporary folder, removed afterwards) and then scored.

Options:
  --gold DIR          folder of gold files (required)
  --records PATH      score these records instead: an output folder (its vnews.sqlite,
                      else its records.jsonl), a records.jsonl file, or a folder of
                      <id>.json records; anything else is refused
  --articles DIR      where to find the articles named by the gold files
  --out DIR           keep the records of the articles ingested for scoring here
  --json              print the report as JSON
  --verbose           list each article's false positives and negatives
  -h, --help          this help

Exit codes: 0 scored, 2 bad usage (no --gold, unreadable gold or records, a --records
path that holds no records), 3 a store that cannot be read (damaged, newer).
`;

/** Where the articles named by gold files are looked for when --articles is not given. */
export const DEFAULT_ARTICLE_DIRS = ['corpus', path.join('fixtures', 'articles')];
const ARTICLE_EXTS = ['.txt', '.html', '.jsonl'];

/** The article file for each gold basename found in `dirs` (first match wins); the rest are missing. */
export function findArticles(basenames: string[], dirs: string[]): { found: string[]; missing: string[] } {
  const found: string[] = [];
  const missing: string[] = [];
  for (const base of basenames) {
    let hit: string | undefined;
    for (const dir of dirs) {
      for (const ext of ARTICLE_EXTS) {
        const p = path.join(dir, base + ext);
        if (fs.existsSync(p) && fs.statSync(p).isFile()) {
          hit = p;
          break;
        }
      }
      if (hit) break;
    }
    if (hit) found.push(hit);
    else missing.push(base);
  }
  return { found, missing };
}

export interface EvalOptions {
  /** Folder of gold files. */
  goldDir: string;
  /** Score these records instead of ingesting: an output folder, a store, records.jsonl or a records folder (see read-records.ts). */
  records?: string;
  /** Folders to look for the gold files' articles in (when `records` is not given). */
  articleDirs?: string[];
  /** Where to write the ingested records; a temporary folder (removed afterwards) if not given. */
  outDir?: string;
}

export interface EvalResult {
  report: ScoreReport;
  /** Gold basenames with no article found (only when ingesting). */
  missingArticles: string[];
  /** Inputs that failed to ingest. */
  failed: Array<{ input: string; reason: string }>;
  /** What opening a store had to settle on the way (a rebuilt index, a moved older layout). */
  notes: string[];
}

/** Ingest the gold files' articles (unless records are given) and score them. */
export async function evaluate(opts: EvalOptions): Promise<EvalResult> {
  const notes: string[] = [];
  const onNote = (line: string): void => void notes.push(line);
  const gold = readGold(opts.goldDir);
  // Nothing to score is bad input, never a score: 1.000 over no documents would pass for a result.
  if (!gold.length) throw new ScoreInputError(`${opts.goldDir} holds no gold files (*.json)`);
  if (opts.records !== undefined) {
    const records = await readRecordsAt(opts.records, { onNote });
    if (!records.length) throw new ScoreInputError(`${opts.records} holds no records (an empty store or records.jsonl): ingest into it first`);
    return { report: scoreRecords(opts.goldDir, records), missingArticles: [], failed: [], notes };
  }
  const bases = gold.map(([b]) => b);
  const { found, missing } = findArticles(bases, opts.articleDirs ?? DEFAULT_ARTICLE_DIRS);
  if (!found.length) throw new ScoreInputError(`no article found for any gold file of ${opts.goldDir} (looked in ${(opts.articleDirs ?? DEFAULT_ARTICLE_DIRS).join(', ')}): is it a gold folder?`);
  const outDir = opts.outDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'vnews-eval-'));
  try {
    const run = await ingest(found, { outDir, index: false, exports: ['jsonl'] });
    // Nothing written (every input failed): no store, nothing to score.
    const records = fs.existsSync(storePath(outDir)) ? await readRecordsAt(outDir, { onNote }) : [];
    return { report: scoreRecords(opts.goldDir, records), missingArticles: missing, failed: run.failed, notes };
  } finally {
    if (opts.outDir === undefined) fs.rmSync(outDir, { recursive: true, force: true });
  }
}

const readableDir = (p: string, flag: string): void => {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
    if (st.isDirectory()) fs.readdirSync(p);
  } catch (e) {
    throw new UsageError(`cannot read ${flag} ${p}: ${(e as Error).message}`);
  }
  if (!st.isDirectory()) throw new UsageError(`${flag} ${p} is not a folder`);
};

export const command: Command = {
  name: 'eval',
  help,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        gold: { type: 'string' },
        records: { type: 'string' },
        articles: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
      },
    });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    if (!values.gold) throw new UsageError('--gold DIR is required');
    const goldDir = path.resolve(io.cwd, values.gold);
    readableDir(goldDir, '--gold');

    let records: string | undefined;
    if (values.records !== undefined) {
      records = path.resolve(io.cwd, values.records);
      try {
        fs.accessSync(records, fs.constants.R_OK);
      } catch (e) {
        throw new UsageError(`cannot read --records ${values.records}: ${(e as Error).message}`);
      }
    }
    let articleDirs: string[] | undefined;
    if (values.articles !== undefined) {
      const dir = path.resolve(io.cwd, values.articles);
      readableDir(dir, '--articles');
      articleDirs = [dir];
    } else {
      articleDirs = DEFAULT_ARTICLE_DIRS.map((d) => path.resolve(io.cwd, d));
    }

    let result: EvalResult;
    try {
      result = await evaluate({
        goldDir,
        records,
        articleDirs,
        outDir: values.out === undefined ? undefined : path.resolve(io.cwd, values.out),
      });
    } catch (e) {
      // unreadable or unparsable gold or records files are bad input to this command
      if (e instanceof ScoreInputError) throw new UsageError(e.message);
      throw e;
    }
    for (const n of result.notes) warnTo(io, 'eval')(n);
    for (const m of result.missingArticles) io.stderr.write(`vnews eval: no article found for gold file ${m}.json\n`);
    for (const f of result.failed) io.stderr.write(`vnews eval: failed: ${f.input}: ${f.reason}\n`);
    io.stdout.write(values.json ? formatReportJson(result.report) : formatReport(result.report, { verbose: values.verbose }));
    return 0;
  },
};

/** `vnews ingest`: files, folders, JSON Lines, WARC or URLs → records. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ingest, type Progress } from '../ingest.js';
import { readFileSync, rmSync } from 'node:fs';
import { LOCK_FILE, LockedError } from '../state/run-lock.js';
import type { ToneStyle } from '../normalize/normalize-text.js';
import { defaultJobs } from '../process-articles.js';
import { EXPORT_FORMATS, type ExportFormat } from '../store/export-store.js';
import { UsageError, warnTo, type CliIO, type Command } from './command.js';
import { wholeNumber } from './parse-flags.js';

const help = `Usage: vnews ingest [PATH|URL ...] [options]

Load .txt, .html, .jsonl, .warc and .warc.gz files, folders of them (recursively) or
http(s) URLs; extract the article and its entities; write one record per article.
With no inputs, ingests corpus/ into output/.

Options:
  --out DIR                 output folder (default: output); the records go into DIR/vnews.sqlite
  --urls FILE               also ingest the URLs listed in FILE, one per line
  --jobs N                  threads running the pipeline (default: one per core, here ${defaultJobs()});
                            the records are the same for every N
  --export FORMATS          exports kept current in the output folder after a run that
                            changed the store (comma-separated: jsonl → records.jsonl,
                            json → records/, csv → csv/, parquet → parquet/; default
                            jsonl; none for no export, as large archives want, since an
                            export costs a pass over the whole store; see vnews export)
  --tone-style STYLE        tone-mark placement in the text: old (hòa, thủy; default), new (hoà, thuỷ), keep
  --concurrency N           fetches at once (URLs; default 8)
  --per-host-concurrency N  fetches at once per host (default 2)
  --per-host-interval MS    minimum time between requests to one host (default 1000)
  --user-agent UA           User-Agent for fetching
  --allow-private-network   allow loopback and private addresses (off by default)
  --no-index                do not update the query index (rebuilt when next needed)
  -h, --help                this help

Exit codes: 0 every input became a record (or was skipped: given twice), 1 some inputs
failed (named on stderr and in the run summary), 2 bad usage or another run (ingest or
refresh) writing to the same folder, 3 the output folder cannot be written (the message
names the path and what to do), 130 interrupted by Ctrl-C (what was read is stored and the
run summary, marked interrupted, says what was done).
`;

/** A path as the user would type it: relative when it lies under the working directory. */
export const shown = (cwd: string, p: string): string => {
  const rel = path.relative(cwd, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
};

export const command: Command = {
  name: 'ingest',
  help,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'output' },
        urls: { type: 'string' },
        'tone-style': { type: 'string', default: 'old' },
        concurrency: { type: 'string' },
        'per-host-concurrency': { type: 'string' },
        'per-host-interval': { type: 'string' },
        'user-agent': { type: 'string' },
        'allow-private-network': { type: 'boolean', default: false },
        'no-index': { type: 'boolean', default: false },
        jobs: { type: 'string' },
        export: { type: 'string' },
      },
    });
    const jobs = wholeNumber('--jobs', values.jobs, { min: 1, max: 256 });
    const exportList = values.export ?? 'jsonl';
    const exports = exportList === 'none' ? [] : exportList.split(',').map((f) => f.trim());
    for (const f of exports) if (!(EXPORT_FORMATS as readonly string[]).includes(f)) throw new UsageError(`--export takes ${EXPORT_FORMATS.join(', ')} or none, not "${f}"`);
    const tone = values['tone-style'];
    if (tone !== 'old' && tone !== 'new' && tone !== 'keep') throw new UsageError(`--tone-style must be old, new or keep, not "${tone}"`);
    const inputs = [...positionals];
    if (values.urls) {
      const { readFile } = await import('node:fs/promises');
      let listed: string;
      try {
        listed = await readFile(path.resolve(io.cwd, values.urls), 'utf8');
      } catch (e) {
        throw new UsageError(`cannot read --urls ${values.urls}: ${(e as Error).message}`);
      }
      inputs.push(...listed.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
    }
    if (inputs.length === 0) inputs.push('corpus');

    // Ctrl-C (or a TERM from cron): stop reading, finish and store what was read, write the
    // summary marked interrupted, let go of the lock, exit 130. A second one stops at once,
    // still letting go of the lock; everything already stored is complete either way.
    const stop = new AbortController();
    const onSignal = (signal: NodeJS.Signals): void => {
      if (stop.signal.aborted) {
        releaseOwnLock(path.resolve(io.cwd, values.out!));
        process.exit(signal === 'SIGINT' ? 130 : 143);
      }
      io.stderr.write(`\nvnews ingest: interrupted; finishing the articles already read (again to stop at once)\n`);
      stop.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);

    const progress = makeProgress(io);
    let result;
    try {
      result = await ingest(inputs, {
      signal: stop.signal,
      outDir: values.out!,
      toneStyle: tone as ToneStyle,
      concurrency: wholeNumber('--concurrency', values.concurrency, { min: 1 }),
      perHostConcurrency: wholeNumber('--per-host-concurrency', values['per-host-concurrency'], { min: 1 }),
      perHostIntervalMs: wholeNumber('--per-host-interval', values['per-host-interval']),
      userAgent: values['user-agent'],
      allowPrivateNetwork: values['allow-private-network'],
      index: !values['no-index'],
      jobs,
      exports: exports as ExportFormat[],
      onNote: warnTo(io, 'ingest'),
      ...(progress.update ? { onProgress: progress.update } : {}),
    });
    } catch (e) {
      if (e instanceof LockedError) {
        io.stderr.write(`vnews ingest: ${e.message}\n`);
        return 2;
      }
      throw e;
    } finally {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
    }
    progress.end();
    for (const f of result.skipped) io.stderr.write(`vnews ingest: skipped: ${f.input}: ${f.reason}\n`);
    for (const f of result.failed) io.stderr.write(`vnews ingest: failed: ${f.input}: ${f.reason}\n`);
    const skipped = result.skipped.length ? `, ${result.skipped.length} skipped` : '';
    io.stderr.write(
      `vnews ingest: ${result.total} input${result.total === 1 ? '' : 's'}, ${result.written} written, ${result.unchanged} unchanged${skipped}, ${result.failed.length} failed → ${values.out}\n`,
    );
    for (const x of result.exported) io.stderr.write(`vnews ingest: exported ${x.records} record${x.records === 1 ? '' : 's'} → ${shown(io.cwd, x.path)}\n`);
    if (result.interrupted) {
      io.stderr.write(`vnews ingest: interrupted: the summary says what was done; run again to go on\n`);
      return 130;
    }
    return result.failed.length ? 1 : 0;
  },
};

/** Remove the output folder's run lock when this process holds it (a second Ctrl-C leaves no lock behind). */
function releaseOwnLock(outDir: string): void {
  const lockPath = path.join(outDir, LOCK_FILE);
  try {
    if ((JSON.parse(readFileSync(lockPath, 'utf8')) as { pid?: number }).pid === process.pid) rmSync(lockPath, { force: true });
  } catch {
    // no lock, or not ours
  }
}

/**
 * Progress on a terminal only (count, rate, ETA), written to stderr so stdout stays clean;
 * off the terminal there is no callback at all, so the run does not even count its inputs.
 */
export function makeProgress(io: CliIO): { update: ((p: Progress) => void) | undefined; end: () => void } {
  // Drawn on stderr, so stderr decides: `vnews ingest … | tee log` still shows it, cron and `2> log` do not.
  if (!io.stderr.isTTY) return { update: undefined, end: () => {} };
  let last = 0;
  let shown = false;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < 100 && p.done !== p.total) return;
      last = now;
      shown = true;
      const eta = p.eta != null ? `, ETA ${Math.ceil(p.eta)} s` : '';
      const total = p.total != null ? `/${p.total}` : '';
      io.stderr.write(`\r\x1b[K${p.done}${total} articles, ${p.rate.toFixed(0)}/s${eta}, ${p.failed} failed`);
    },
    end() {
      if (shown) io.stderr.write('\r\x1b[K');
    },
  };
}

/** `vnews refresh`: the nightly job over a sources file. */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { refresh, EXIT_UNREACHABLE, SourcesError, LockedError, type RefreshEvent, type RefreshProgress } from '../refresh.js';
import { LOCK_FILE } from '../state/run-lock.js';
import type { ToneStyle } from '../normalize/normalize-text.js';
import { makeProgress } from './ingest.js';
import { UsageError, type CliIO, type Command } from './command.js';

const help = `Usage: vnews refresh --sources FILE [options]

The nightly job: find article URLs in the feeds (RSS, Atom), sitemaps (and sitemap
indexes, .xml or .xml.gz), listing pages and single URLs of the sources file; fetch
only what is new or changed (conditional requests, content hashes); process it; write
records; keep raw responses as WARC in <out>/raw/; print a summary.

Options:
  --sources FILE            the sources file (JSON, comments allowed; see README)
  --out DIR                 output folder (default: output)
  --concurrency N           fetches at once (default 8, or the file's value)
  --per-host-concurrency N  fetches at once per host (default 2)
  --per-host-interval MS    minimum time between requests to one host (default 1000;
                            a robots.txt Crawl-delay can raise it)
  --user-agent UA           User-Agent (default "vnews/0.1 (+https://github.com/vnews)")
  --allow-private-network   allow loopback and private addresses (off by default)
  --tone-style STYLE        tone-mark placement in the text: old (default), new, keep
  --log-format FORMAT       text (default: failures and a summary) or json (one JSON
                            object per event on stderr)
  --no-index                do not update the query index (rebuilt when next needed)
  -h, --help                this help

Command-line options override the sources file. One refresh runs at a time per output
folder (<out>/.refresh.lock); a lock left by a killed run is taken over.

Exit codes: 0 every article became a record or was unchanged (URLs that robots.txt
disallows are counted as skipped, pages answering 404 or 410 as gone: neither is a
failure), 1 some sources or articles failed (named on stderr and in the run summary),
2 bad usage, an unreadable sources file, or another refresh holding the lock,
${EXIT_UNREACHABLE} nothing could be fetched at all (no host answered: network down, DNS, every
connection refused or timed out).
`;

export const command: Command = {
  name: 'refresh',
  help,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        sources: { type: 'string' },
        out: { type: 'string', default: 'output' },
        concurrency: { type: 'string' },
        'per-host-concurrency': { type: 'string' },
        'per-host-interval': { type: 'string' },
        'user-agent': { type: 'string' },
        'allow-private-network': { type: 'boolean' },
        'tone-style': { type: 'string', default: 'old' },
        'log-format': { type: 'string', default: 'text' },
        'no-index': { type: 'boolean', default: false },
      },
    });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}" (the sources go in --sources FILE)`);
    if (!values.sources) throw new UsageError('--sources FILE is required');
    const format = values['log-format'];
    if (format !== 'text' && format !== 'json') throw new UsageError(`--log-format must be text or json, not "${format}"`);
    const tone = values['tone-style'];
    if (tone !== 'old' && tone !== 'new' && tone !== 'keep') throw new UsageError(`--tone-style must be old, new or keep, not "${tone}"`);
    const count = (name: string, v: string | undefined, min: number): number | undefined => {
      if (v === undefined) return undefined;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min) throw new UsageError(`${name} takes a whole number of at least ${min}, not "${v}"`);
      return n;
    };
    const outDir = path.resolve(io.cwd, values.out!);
    const json = format === 'json';
    const log = (e: RefreshEvent | (RefreshEvent & Record<string, unknown>)): void => {
      if (json) io.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...e })}\n`);
      else if (e.level === 'warn') io.stderr.write(`vnews refresh: warning: ${e.msg}${e.url ? ` (${e.url})` : ''}${e.reason ? `: ${e.reason}` : ''}\n`);
    };

    // Ctrl-C or a TERM from cron: fetch no more, store the articles in flight, write the summary
    // marked interrupted, let go of the lock, exit 130 (143 for TERM). A second signal stops at
    // once, still letting go of the lock; everything written so far is complete either way.
    const lockPath = path.join(outDir, LOCK_FILE);
    const stop = new AbortController();
    let stoppedBy: NodeJS.Signals | null = null;
    const onSignal = (signal: NodeJS.Signals): void => {
      if (stop.signal.aborted) {
        try {
          if ((JSON.parse(readFileSync(lockPath, 'utf8')) as { pid?: number }).pid === process.pid) rmSync(lockPath, { force: true });
        } catch {
          // no lock
        }
        process.exit(signal === 'SIGINT' ? 130 : 143);
      }
      stoppedBy = signal;
      if (!json) io.stderr.write(`\nvnews refresh: interrupted; finishing the articles in flight (again to stop at once)\n`);
      stop.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);

    const progress = json ? { update: () => {}, end: () => {} } : refreshProgress(io);
    try {
      const result = await refresh(path.resolve(io.cwd, values.sources), {
        outDir,
        toneStyle: tone as ToneStyle,
        concurrency: count('--concurrency', values.concurrency, 1),
        perHostConcurrency: count('--per-host-concurrency', values['per-host-concurrency'], 1),
        perHostIntervalMs: count('--per-host-interval', values['per-host-interval'], 0),
        userAgent: values['user-agent'],
        allowPrivateNetwork: values['allow-private-network'],
        index: !values['no-index'],
        signal: stop.signal,
        onProgress: progress.update,
        onEvent: log,
      });
      progress.end();
      const { writtenIds: _w, removedIds, failed, skipped: _s, gone: _g, ...rest } = result;
      if (json) {
        for (const f of failed) log({ level: 'error', msg: 'failed', url: f.input, reason: f.reason });
        log({ level: 'info', msg: 'summary', ...rest, skipped: result.skipped.length, gone: result.gone.length, removed: removedIds.length, failed: failed.length });
      } else {
        for (const f of failed) io.stderr.write(`vnews refresh: failed: ${f.input}: ${f.reason}\n`);
        for (const s of result.skipped) io.stderr.write(`vnews refresh: skipped: ${s.input}: ${s.reason}\n`);
        for (const g of result.gone) io.stderr.write(`vnews refresh: gone: ${g.input}: ${g.reason}\n`);
        const shown = result.warcPath && (path.relative(io.cwd, result.warcPath).startsWith('..') ? result.warcPath : path.relative(io.cwd, result.warcPath));
        const archive = shown ? `; archive ${shown}` : '';
        io.stderr.write(
          `vnews refresh: ${result.discovered} article${result.discovered === 1 ? '' : 's'} found, ${result.written} written, ${result.unchanged} unchanged (${result.notModified} not modified), ${result.skipped.length} skipped, ${result.gone.length} gone, ${failed.length} failed → ${values.out}${archive}\n`,
        );
        if (result.unreachable) io.stderr.write('vnews refresh: nothing could be fetched: no host answered (is the network up?)\n');
      }
      if (result.interrupted) {
        if (!json) io.stderr.write('vnews refresh: interrupted: the summary says what was done; run again to go on\n');
        return stoppedBy === 'SIGTERM' ? 143 : 130;
      }
      if (result.unreachable) return EXIT_UNREACHABLE;
      return failed.length ? 1 : 0;
    } catch (e) {
      progress.end();
      if (e instanceof SourcesError) throw new UsageError(e.message);
      if (e instanceof LockedError) {
        if (json) log({ level: 'error', msg: e.message });
        else io.stderr.write(`vnews refresh: ${e.message}\n`);
        return 2;
      }
      throw e;
    } finally {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
    }
  },
};

/**
 * The progress line of a refresh (a terminal only, as for ingest): "reading sources 2/5"
 * while feeds, sitemaps and listing pages are read, then the articles' count, rate and ETA.
 */
function refreshProgress(io: CliIO): { update: ((p: RefreshProgress) => void) | undefined; end: () => void } {
  const articles = makeProgress(io);
  if (!articles.update) return articles;
  let shown = false;
  return {
    update(p) {
      if (p.phase === 'discovery') {
        shown = true;
        io.stderr.write(`\r\x1b[Kreading feeds, sitemaps and pages: ${p.done}/${p.total ?? '?'} sources${p.failed ? `, ${p.failed} failed` : ''}`);
      } else articles.update!(p);
    },
    end() {
      articles.end();
      if (shown) io.stderr.write('\r\x1b[K');
    },
  };
}

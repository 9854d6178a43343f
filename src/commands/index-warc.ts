/** `vnews index-warc`: a CDXJ index beside any WARC file, for replay tools (pywb and others). */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { indexWarc } from '../warc/cdxj.js';
import { UsageError, type CliIO, type Command } from './command.js';

const help = `Usage: vnews index-warc FILE.warc[.gz] ...

Write a CDXJ index beside each WARC file (FILE.warc.gz.cdxj): one line per response,
revisit and resource record, keyed by SURT and time, with the record's offset and
length, sorted as replay tools such as pywb expect. WARC files that vnews writes in
<out>/raw/ are indexed already; this is for files from other tools.

Exit codes: 0 every file indexed whole, 1 some records could not be read (named on
stderr; the others are indexed), 2 bad usage.
`;

export const command: Command = {
  name: 'index-warc',
  help,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
    if (positionals.length === 0) throw new UsageError('name at least one WARC file');
    let failed = false;
    for (const p of positionals) {
      const file = path.resolve(io.cwd, p);
      const { path: out, entries, errors } = await indexWarc(file);
      for (const e of errors) io.stderr.write(`vnews index-warc: ${e.startsWith(file) ? p + e.slice(file.length) : e}\n`);
      if (errors.length) failed = true;
      io.stderr.write(`vnews index-warc: ${p}: ${entries} record${entries === 1 ? '' : 's'} → ${path.relative(io.cwd, out)}\n`);
    }
    return failed ? 1 : 0;
  },
};

/** `vnews serve`: the read-only research web interface on the store. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { NoRecordsError } from '../query/index.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../serve/server.js';
import { UsageError, type CliIO, type Command } from './command.js';

const help = `Usage: vnews serve [--port N] [--host ADDRESS] [--out DIR]

Serve a read-only web interface on the records in DIR (default: output): search with the
filters of "vnews query" and facet counts that narrow it, article pages with every
extracted value highlighted where it was read, each official's timeline, and an overview
with charts. Every page has a JSON twin (the same URL with .json). The store is opened
read-only and nothing is ever written; runs that write to it while it is served are seen
by the next request.

Options:
  --port N        port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
  --host ADDRESS  address to bind (default ${DEFAULT_HOST}, this machine only); any other
                  address, such as 0.0.0.0, opens the archive to the network and is used
                  only when given here
  --out DIR       the output folder to serve (default: output)
  -h, --help      this help

Prints the address on stdout and runs until interrupted (Ctrl-C).
Exit codes: 0 stopped, 2 bad usage, no records, or an address that cannot be bound,
3 a store that cannot be read as it stands (an older layout not yet moved in, an index
behind its records, a damaged or newer store): one line says which command settles it.
`;

export const command: Command = {
  name: 'serve',
  help,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { port: { type: 'string' }, host: { type: 'string' }, out: { type: 'string', default: 'output' } },
    });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    let port = DEFAULT_PORT;
    if (values.port !== undefined) {
      if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535) throw new UsageError(`--port takes a number from 0 to 65535, not "${values.port}"`);
      port = Number(values.port);
    }
    if (values.host !== undefined && !values.host.trim()) throw new UsageError('--host needs an address');
    const outDir = path.resolve(io.cwd, values.out!);
    let server: Awaited<ReturnType<typeof startServer>>;
    try {
      server = await startServer({
        outDir,
        host: values.host?.trim() ?? DEFAULT_HOST,
        hostExplicit: values.host !== undefined,
        port,
        onError: (e) => io.stderr.write(`vnews serve: ${e.stack ?? e.message}\n`),
      });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (e instanceof NoRecordsError) {
        io.stderr.write(`vnews serve: ${e.message}\n`);
        return 2;
      }
      if (err.code === 'EADDRINUSE' || err.code === 'EADDRNOTAVAIL' || err.code === 'EACCES' || err.code === 'ENOTFOUND') {
        io.stderr.write(`vnews serve: cannot listen on ${values.host ?? DEFAULT_HOST} port ${port}: ${err.code === 'EADDRINUSE' ? 'the port is in use (choose another with --port)' : err.message}\n`);
        return 2;
      }
      throw e;
    }
    io.stdout.write(`${server.url}/\n`);
    if (values.host !== undefined && !/^(127\.|::1$|\[::1\]$|localhost$)/.test(values.host.trim())) {
      io.stderr.write(`vnews serve: listening on ${values.host}: anyone who can reach this address can read the archive\n`);
    }
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await server.close();
    return 0;
  },
};

#!/usr/bin/env node
/** Entry point of the `vnews` binary: everything else is in cli-main.ts and the command modules. */
import { main } from './cli-main.js';

// `vnews query | head`: the reader went away; stop quietly instead of dying on EPIPE.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`vnews: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);

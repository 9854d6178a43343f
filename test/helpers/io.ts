/** Runs the CLI in-process with captured output (the same `main` the binary calls). */
import { Writable } from 'node:stream';
import { main } from '../../src/cli-main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

class Capture extends Writable {
  data = '';
  constructor(readonly isTTY = false) {
    super();
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.data += chunk.toString('utf8');
    cb();
  }
}

/** `tty: true` makes both streams terminals; `{ stdout, stderr }` sets each (stdout piped while stderr is a terminal, say). */
export async function runCli(argv: string[], opts: { tty?: boolean | { stdout: boolean; stderr: boolean }; cwd?: string } = {}): Promise<CliRun> {
  const tty = typeof opts.tty === 'object' ? opts.tty : { stdout: !!opts.tty, stderr: !!opts.tty };
  const stdout = new Capture(tty.stdout);
  const stderr = new Capture(tty.stderr);
  const code = await main(argv, { stdout, stderr, cwd: opts.cwd ?? process.cwd() });
  return { code, stdout: stdout.data, stderr: stderr.data };
}

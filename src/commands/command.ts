/** The shape every CLI command module exports. The CLI only dispatches; commands call the library. */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Working directory against which relative paths are resolved. */
  cwd: string;
}

export interface Command {
  name: string;
  /** Full `--help` text. */
  help: string;
  /** Returns the exit code: 0 ok, 1 some inputs failed, 2 bad usage, 3 the output folder or its store cannot be used. */
  run(argv: string[], io: CliIO): Promise<number>;
}

/** Thrown for bad usage; the CLI prints the message and the command's help and exits 2. */
export class UsageError extends Error {}

/** A one-line warning on stderr, for what a command had to settle on its way (a rebuilt index, a migration). */
export const warnTo =
  (io: CliIO, command: string) =>
  (line: string): void =>
    void io.stderr.write(`vnews ${command}: warning: ${line}\n`);

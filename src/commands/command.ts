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
  /** Returns the exit code: 0 ok, 1 some inputs failed, 2 bad usage. */
  run(argv: string[], io: CliIO): Promise<number>;
}

/** Thrown for bad usage; the CLI prints the message and the command's help and exits 2. */
export class UsageError extends Error {}

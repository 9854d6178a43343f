/**
 * A run's delta, changes/<run>.jsonl.gz, written while the run goes: each line as the run
 * stores, changes or removes a record, compressed on zlib's own threads as it comes. The
 * file is written under a temporary name and renamed when the run finishes; a killed run's
 * temporary file is swept by the next run, which writes that run's delta from the store
 * (the ids a run changed are kept in the store until its delta is in place).
 *
 * Lines are JSON objects: `{"id","op":"written","record":{…}}` for a record created or
 * changed (as it then stood) and `{"id","op":"removed"}` for one taken out; applied in
 * order they bring a mirror from one run to the next (an id changed twice in a run appears
 * twice, the later line standing).
 */
import { createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGzip, type Gzip } from 'node:zlib';
import { tmpNameFor } from './write-atomic.js';

/**
 * gzip level of the deltas: 4 writes a first bulk load's delta (every record once more) at
 * about 0.38 of its text, where 6 saves 5 % more for twice the CPU and 1 costs 17 % more space.
 */
export const DELTA_GZIP_LEVEL = 4;

/** The line of a record written, from its JSON. */
export const writtenLine = (id: string, json: string): string => `{"id":"${id}","op":"written","record":${json}}\n`;
/** The line of a record removed. */
export const removedLine = (id: string): string => `{"id":"${id}","op":"removed"}\n`;

export class DeltaWriter {
  private readonly tmp: string;
  private readonly gzip: Gzip;
  private readonly written: Promise<void>;
  private failure: unknown = null;

  constructor(private readonly target: string) {
    this.tmp = tmpNameFor(target);
    this.gzip = createGzip({ level: DELTA_GZIP_LEVEL });
    this.written = pipeline(this.gzip, createWriteStream(this.tmp)).catch((e: unknown) => {
      this.failure ??= e;
    });
  }

  /** Add a line (or lines). Compression and writing go on in the background. */
  write(line: string | Uint8Array): void {
    this.gzip.write(line);
  }

  /** Bytes waiting to be compressed: a writer far ahead of zlib waits for it (see drain). */
  get backlog(): number {
    return this.gzip.writableLength;
  }

  /** Resolves once the waiting lines are taken in by zlib. */
  drain(): Promise<void> {
    return this.gzip.writableNeedDrain ? new Promise((resolve) => this.gzip.once('drain', () => resolve())) : Promise.resolve();
  }

  /** Complete the file, sync it and put it in place. */
  async close(): Promise<void> {
    this.gzip.end();
    await this.written;
    if (this.failure) {
      await rm(this.tmp, { force: true });
      throw this.failure;
    }
    const fh = await open(this.tmp, 'r+');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(this.tmp, this.target);
  }

  /** Give up: the temporary file is removed (a run that failed); a file left by an exit meanwhile is swept by the next run. */
  async abort(): Promise<void> {
    this.gzip.destroy();
    await this.written;
    await rm(this.tmp, { force: true });
  }
}

/** Writing large outputs to a stream while honouring back-pressure (a query may print the whole corpus). */

/** Write `s` and wait for the stream to drain when its buffer is full. */
export function writeOut(stream: NodeJS.WritableStream, s: string): Promise<void> | void {
  if (stream.write(s)) return;
  return new Promise((resolve) => stream.once('drain', () => resolve()));
}

/** A JSON array written one element at a time, laid out as `JSON.stringify(array, null, 2)` would. */
export async function writeJsonArray<T>(stream: NodeJS.WritableStream, items: AsyncIterable<T> | Iterable<T>): Promise<void> {
  let first = true;
  for await (const item of items) {
    await writeOut(stream, `${first ? '[\n' : ',\n'}${JSON.stringify(item, null, 2).replace(/^/gm, '  ')}`);
    first = false;
  }
  await writeOut(stream, first ? '[]\n' : '\n]\n');
}

/**
 * Finding the WARC record a fetched article was read from, in real WARC files written by
 * vnews's own WarcWriter: the right run's file, the record's number, offset and id, a run
 * still writing (`.open`), and the bound: a lookup reads at most its limit of bytes, and
 * says how much it searched when the record lies beyond.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Exchange } from '../src/fetch/fetcher.js';
import { runStamp } from '../src/fetch/fetch-inputs.js';
import { scanningLocator, type WarcNotLocated, type WarcPointer } from '../src/serve/warc-pointer.js';
import { WarcWriter } from '../src/warc/write-warc.js';
import { tempOut } from './query-helpers.js';

/** An exchange of `url` fetched at `at`, with a body that does not compress (so file sizes are known). */
const exchange = (url: string, at: Date, bytes = 8 * 1024): Exchange => ({
  url,
  fetchedAt: at.toISOString(),
  requestHeaders: [['user-agent', 'vnews-test']],
  status: 200,
  statusText: 'OK',
  responseHeaders: [['content-type', 'text/html; charset=utf-8']],
  body: new Uint8Array(Buffer.from(randomBytes(bytes).toString('base64'))),
});

const urlOf = (i: number) => `http://news.example/tin/${i}.html`;

/** A run that started at `start` and fetched `n` pages one second apart; closed unless `open`. */
async function writeRun(out: string, start: Date, n: number, open = false): Promise<{ exchanges: Exchange[]; file: string }> {
  const writer = new WarcWriter(path.join(out, 'raw'), runStamp(start));
  const exchanges = Array.from({ length: n }, (_, i) => exchange(urlOf(i), new Date(start.getTime() + (i + 1) * 1000)));
  for (const ex of exchanges) await writer.write([ex]);
  if (open) {
    await writer.abandon();
    return { exchanges, file: writer.openPath };
  }
  return { exchanges, file: (await writer.close())! };
}

/** What the WARC member at `offset` of `file` says, as text. */
async function memberAt(out: string, file: string, offset: number): Promise<string> {
  const bytes = await readFile(path.join(out, file));
  return gunzipSync(bytes.subarray(offset), { finishFlush: 2 }).toString('latin1').slice(0, 1500);
}

describe('locating a fetched response in raw/', () => {
  it('finds the response record in the file of the run that fetched it, with its number, offset and id', async () => {
    const out = await tempOut('serve-warc');
    const early = await writeRun(out, new Date('2025-03-01T08:00:00Z'), 5);
    const late = await writeRun(out, new Date('2025-03-02T08:00:00Z'), 5);
    const locator = scanningLocator(out);
    for (const [run, file] of [
      [early, early.file],
      [late, late.file],
    ] as const) {
      const ex = run.exchanges[3]!;
      const found = (await locator.locate(ex.url, ex.fetchedAt)) as WarcPointer;
      expect(found.found).toBe(true);
      expect(found.file).toBe(path.join('raw', path.basename(file)));
      // warcinfo, then a request and a response per exchange: the 4th response is record 9.
      expect(found.record).toBe(9);
      const member = await memberAt(out, found.file, found.offset);
      expect(member).toMatch(/^WARC\/1\.1\r\n/);
      expect(member).toContain('\r\nWARC-Type: response\r\n');
      expect(member).toContain(`WARC-Target-URI: ${ex.url}`);
      expect(member).toContain(`WARC-Record-ID: ${found.recordId}`);
      expect(Date.parse(found.date!)).toBe(Date.parse(ex.fetchedAt));
    }
  });

  it('tells apart two fetches of the same URL by their time', async () => {
    const out = await tempOut('serve-warc-twice');
    const run = await writeRun(out, new Date('2025-03-01T08:00:00Z'), 3);
    const again = await writeRun(out, new Date('2025-03-05T08:00:00Z'), 3);
    const locator = scanningLocator(out);
    const first = (await locator.locate(urlOf(1), run.exchanges[1]!.fetchedAt)) as WarcPointer;
    const second = (await locator.locate(urlOf(1), again.exchanges[1]!.fetchedAt)) as WarcPointer;
    expect(first.file).toBe(path.join('raw', path.basename(run.file)));
    expect(second.file).toBe(path.join('raw', path.basename(again.file)));
    // A time no run fetched it at: searched, not found; a time before every run: no file can hold it.
    expect(((await locator.locate(urlOf(1), '2025-03-03T00:00:00.000Z')) as WarcNotLocated).found).toBe(false);
    expect(await locator.locate(urlOf(1), '2024-01-01T00:00:00.000Z')).toBeNull();
  });

  it('reads a run still writing (.open), and the same file once closed', async () => {
    const out = await tempOut('serve-warc-open');
    const start = new Date('2025-04-01T08:00:00Z');
    const writer = new WarcWriter(path.join(out, 'raw'), runStamp(start));
    const ex = exchange(urlOf(7), new Date(start.getTime() + 1000));
    await writer.write([ex]);
    const locator = scanningLocator(out);
    const open = (await locator.locate(ex.url, ex.fetchedAt)) as WarcPointer;
    expect(open.file).toBe(path.join('raw', path.basename(writer.openPath)));
    await writer.close();
    const closed = (await locator.locate(ex.url, ex.fetchedAt)) as WarcPointer;
    expect(closed.file).toBe(path.join('raw', path.basename(writer.path)));
    expect(closed.offset).toBe(open.offset);
  });

  it('reads no more than its limit: a record past it is reported with what was searched', async () => {
    const out = await tempOut('serve-warc-bound');
    const run = await writeRun(out, new Date('2025-05-01T08:00:00Z'), 60);
    const size = (await readFile(run.file)).length;
    expect(size).toBeGreaterThan(500 * 1024);
    const limit = 64 * 1024;
    const small = scanningLocator(out, { maxBytes: limit });
    const first = run.exchanges[0]!;
    const last = run.exchanges.at(-1)!;
    expect(((await small.locate(first.url, first.fetchedAt)) as WarcPointer).found).toBe(true);
    const beyond = (await small.locate(last.url, last.fetchedAt)) as WarcNotLocated;
    expect(beyond).toEqual({ found: false, limit, searched: [{ file: path.join('raw', path.basename(run.file)), bytes: limit, size }] });
    // With room enough, the same record is found.
    const large = (await scanningLocator(out, { maxBytes: 2 * size }).locate(last.url, last.fetchedAt)) as WarcPointer;
    expect(large.found).toBe(true);
    expect(large.record).toBe(121);
  });

  it('shares one limit across the files it tries', async () => {
    const out = await tempOut('serve-warc-files');
    const a = await writeRun(out, new Date('2025-06-01T08:00:00Z'), 10);
    const b = await writeRun(out, new Date('2025-06-02T08:00:00Z'), 10);
    const sizeB = (await readFile(b.file)).length;
    const sizeA = (await readFile(a.file)).length;
    const limit = sizeB + Math.floor(sizeA / 2);
    // A URL fetched after both runs started but in neither: the later file is read whole, the earlier one in part.
    const missing = (await scanningLocator(out, { maxBytes: limit }).locate('http://news.example/khong-co.html', '2025-06-03T00:00:00.000Z')) as WarcNotLocated;
    expect(missing.searched).toEqual([
      { file: path.join('raw', path.basename(b.file)), bytes: sizeB, size: sizeB },
      { file: path.join('raw', path.basename(a.file)), bytes: limit - sizeB, size: sizeA },
    ]);
  });

  it('answers null without raw/', async () => {
    const out = await tempOut('serve-warc-none');
    expect(await scanningLocator(out).locate(urlOf(1), '2025-01-01T00:00:00.000Z')).toBeNull();
  });
});

/**
 * Finding the WARC record a fetched article was read from, in real WARC files written by
 * vnews's own WarcWriter: through the CDXJ index a closed file has beside it, or by reading
 * a file without one (a run still writing, a WARC of an older vnews), bounded: such a
 * lookup reads at most its limit of bytes, and says how much it searched when the record
 * lies beyond.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Exchange } from '../src/fetch/fetcher.js';
import { runStamp } from '../src/fetch/fetch-inputs.js';
import { rawLocator, type WarcNotLocated, type WarcPointer } from '../src/serve/warc-pointer.js';
import { WarcWriter } from '../src/warc/write-warc.js';
import { tempOut } from './query-helpers.js';

/** An exchange of `url` fetched at `at`, with a body that does not compress much (so file sizes are known). */
function exchange(url: string, at: Date, bytes = 8 * 1024): Exchange {
  const body = new Uint8Array(Buffer.from(randomBytes(bytes).toString('base64')));
  return {
    url,
    fetchedAt: at.toISOString(),
    requestHeaders: [['user-agent', 'vnews-test']],
    status: 200,
    statusText: 'OK',
    responseHeaders: [['content-type', 'text/html; charset=utf-8']],
    body,
    wire: body,
  };
}

const urlOf = (i: number) => `http://news.example/tin/${i}.html`;

/** A run that started at `start` and fetched `n` pages one second apart; closed (with its index) unless `open`. */
async function writeRun(out: string, start: Date, n: number, opts: { open?: boolean; urls?: (i: number) => string } = {}): Promise<{ exchanges: Exchange[]; file: string }> {
  const writer = new WarcWriter(path.join(out, 'raw'), runStamp(start));
  const exchanges = Array.from({ length: n }, (_, i) => exchange((opts.urls ?? urlOf)(i), new Date(start.getTime() + (i + 1) * 1000)));
  for (const ex of exchanges) await writer.write([ex]);
  if (opts.open) {
    await writer.abandon();
    return { exchanges, file: writer.openPath };
  }
  return { exchanges, file: (await writer.close())! };
}

/** What the WARC member at `offset` of `file` (relative to `out`) says, as text. */
async function memberAt(out: string, file: string, offset: number): Promise<string> {
  const bytes = await readFile(path.join(out, file));
  return gunzipSync(bytes.subarray(offset), { finishFlush: 2 }).toString('latin1').slice(0, 1500);
}

function expectResponse(member: string, ex: Exchange, found: WarcPointer): void {
  expect(member).toMatch(/^WARC\/1\.1\r\n/);
  expect(member).toContain('\r\nWARC-Type: response\r\n');
  expect(member).toContain(`WARC-Target-URI: ${ex.url}`);
  expect(member).toContain(`WARC-Record-ID: ${found.recordId}`);
  expect(Date.parse(found.date!)).toBe(Date.parse(ex.fetchedAt));
}

describe('locating a fetched response in raw/', () => {
  it('finds it through the CDXJ index of the run that fetched it, and reads its id at the offset the index gives', async () => {
    const out = await tempOut('serve-warc');
    const early = await writeRun(out, new Date('2025-03-01T08:00:00Z'), 5);
    const late = await writeRun(out, new Date('2025-03-02T08:00:00Z'), 5);
    // A limit of one byte: an index lookup reads no file through.
    const locator = rawLocator(out, { maxBytes: 1 });
    for (const run of [early, late]) {
      const ex = run.exchanges[3]!;
      const found = (await locator.locate(ex.url, ex.fetchedAt)) as WarcPointer;
      expect(found).toMatchObject({ found: true, via: 'cdxj', file: path.join('raw', path.basename(run.file)), record: null });
      expect(found.length).toBeGreaterThan(8 * 1024);
      expectResponse(await memberAt(out, found.file, found.offset), ex, found);
    }
  });

  it('finds it by reading the file when there is no index, with the record number', async () => {
    const out = await tempOut('serve-warc-scan');
    const run = await writeRun(out, new Date('2025-03-01T08:00:00Z'), 5);
    const withIndex = (await rawLocator(out).locate(run.exchanges[3]!.url, run.exchanges[3]!.fetchedAt)) as WarcPointer;
    await rm(`${run.file}.cdxj`);
    const ex = run.exchanges[3]!;
    const found = (await rawLocator(out).locate(ex.url, ex.fetchedAt)) as WarcPointer;
    // warcinfo, then a request and a response per exchange: the 4th response is record 9.
    expect(found).toMatchObject({ found: true, via: 'scan', record: 9, offset: withIndex.offset, length: withIndex.length, recordId: withIndex.recordId });
    expectResponse(await memberAt(out, found.file, found.offset), ex, found);
  });

  it('tells apart two fetches of the same URL by their time, in the index and without it', async () => {
    const out = await tempOut('serve-warc-twice');
    const run = await writeRun(out, new Date('2025-03-01T08:00:00Z'), 3);
    const again = await writeRun(out, new Date('2025-03-05T08:00:00Z'), 3);
    for (const indexed of [true, false]) {
      if (!indexed) for (const f of [run.file, again.file]) await rm(`${f}.cdxj`);
      const locator = rawLocator(out);
      const first = (await locator.locate(urlOf(1), run.exchanges[1]!.fetchedAt)) as WarcPointer;
      const second = (await locator.locate(urlOf(1), again.exchanges[1]!.fetchedAt)) as WarcPointer;
      expect(first.file).toBe(path.join('raw', path.basename(run.file)));
      expect(second.file).toBe(path.join('raw', path.basename(again.file)));
      expect(first.via).toBe(indexed ? 'cdxj' : 'scan');
      // A time no run fetched it at: searched, not found; a time before every run: no file can hold it.
      expect(((await locator.locate(urlOf(1), '2025-03-03T00:00:00.000Z')) as WarcNotLocated).found).toBe(false);
      expect(await locator.locate(urlOf(1), '2024-01-01T00:00:00.000Z')).toBeNull();
    }
  });

  it('finds the right line among many in a large index (binary search), and none for a URL it lacks', async () => {
    const out = await tempOut('serve-warc-many');
    const run = await writeRun(out, new Date('2025-07-01T08:00:00Z'), 400, { urls: (i) => `http://news.example/tin/${String(i).padStart(4, '0')}.html` });
    const index = await readFile(`${run.file}.cdxj`, 'utf8');
    expect(index.length).toBeGreaterThan(64 * 1024);
    const locator = rawLocator(out, { maxBytes: 1 });
    for (const i of [0, 1, 199, 398, 399]) {
      const ex = run.exchanges[i]!;
      const found = (await locator.locate(ex.url, ex.fetchedAt)) as WarcPointer;
      expect(found.via, String(i)).toBe('cdxj');
      expectResponse(await memberAt(out, found.file, found.offset), ex, found);
    }
    const missing = (await locator.locate('http://news.example/tin/0200x.html', run.exchanges[200]!.fetchedAt)) as WarcNotLocated;
    expect(missing).toEqual({ found: false, limit: 1, searched: [{ file: path.join('raw', path.basename(run.file)), via: 'cdxj' }] });
  });

  it('passes over index lines that do not hold up (junk, another URL, an offset with no such record)', async () => {
    const out = await tempOut('serve-warc-junk');
    const run = await writeRun(out, new Date('2025-08-01T08:00:00Z'), 2);
    const ex = run.exchanges[1]!;
    const good = (await rawLocator(out).locate(ex.url, ex.fetchedAt)) as WarcPointer;
    const lines = (await readFile(`${run.file}.cdxj`, 'utf8')).trimEnd().split('\n');
    const mine = lines.find((l) => l.includes(`"url":"${ex.url}"`))!;
    const key = mine.slice(0, mine.indexOf('{'));
    const junk = [`${key}{not json`, `${key}{"url":"${ex.url}","offset":"999999999","length":"10"}`, `${key}{"url":"${ex.url}","offset":"1","length":"10"}`];
    await writeFile(`${run.file}.cdxj`, [...lines.filter((l) => l !== mine), ...junk].sort().join('\n') + '\n');
    expect(((await rawLocator(out).locate(ex.url, ex.fetchedAt)) as WarcNotLocated).found).toBe(false);
    await writeFile(`${run.file}.cdxj`, [...lines, ...junk].sort().join('\n') + '\n');
    expect(await rawLocator(out).locate(ex.url, ex.fetchedAt)).toMatchObject({ found: true, via: 'cdxj', offset: good.offset });
  });

  it('reads a run still writing (.open, no index yet), and the same record through the index once closed', async () => {
    const out = await tempOut('serve-warc-open');
    const start = new Date('2025-04-01T08:00:00Z');
    const writer = new WarcWriter(path.join(out, 'raw'), runStamp(start));
    const ex = exchange(urlOf(7), new Date(start.getTime() + 1000));
    await writer.write([ex]);
    const locator = rawLocator(out);
    const open = (await locator.locate(ex.url, ex.fetchedAt)) as WarcPointer;
    expect(open).toMatchObject({ via: 'scan', file: path.join('raw', path.basename(writer.openPath)) });
    await writer.close();
    const closed = (await locator.locate(ex.url, ex.fetchedAt)) as WarcPointer;
    expect(closed).toMatchObject({ via: 'cdxj', file: path.join('raw', path.basename(writer.path)), offset: open.offset });
  });

  it('reads no more of a file without an index than its limit: a record past it is reported with what was searched', async () => {
    const out = await tempOut('serve-warc-bound');
    const run = await writeRun(out, new Date('2025-05-01T08:00:00Z'), 60);
    await rm(`${run.file}.cdxj`);
    const size = (await readFile(run.file)).length;
    expect(size).toBeGreaterThan(500 * 1024);
    const limit = 64 * 1024;
    const small = rawLocator(out, { maxBytes: limit });
    const first = run.exchanges[0]!;
    const last = run.exchanges.at(-1)!;
    expect(((await small.locate(first.url, first.fetchedAt)) as WarcPointer).found).toBe(true);
    const beyond = (await small.locate(last.url, last.fetchedAt)) as WarcNotLocated;
    expect(beyond).toEqual({ found: false, limit, searched: [{ file: path.join('raw', path.basename(run.file)), via: 'scan', bytes: limit, size }] });
    // With room enough, the same record is found.
    const large = (await rawLocator(out, { maxBytes: 2 * size }).locate(last.url, last.fetchedAt)) as WarcPointer;
    expect(large).toMatchObject({ found: true, via: 'scan', record: 121 });
  });

  it('shares one limit across the files without an index that it tries', async () => {
    const out = await tempOut('serve-warc-files');
    const a = await writeRun(out, new Date('2025-06-01T08:00:00Z'), 10);
    const b = await writeRun(out, new Date('2025-06-02T08:00:00Z'), 10);
    for (const f of [a.file, b.file]) await rm(`${f}.cdxj`);
    const sizeB = (await readFile(b.file)).length;
    const sizeA = (await readFile(a.file)).length;
    const limit = sizeB + Math.floor(sizeA / 2);
    // A URL fetched after both runs started but in neither: the later file is read whole, the earlier one in part.
    const missing = (await rawLocator(out, { maxBytes: limit }).locate('http://news.example/khong-co.html', '2025-06-03T00:00:00.000Z')) as WarcNotLocated;
    expect(missing.searched).toEqual([
      { file: path.join('raw', path.basename(b.file)), via: 'scan', bytes: sizeB, size: sizeB },
      { file: path.join('raw', path.basename(a.file)), via: 'scan', bytes: limit - sizeB, size: sizeA },
    ]);
  });

  it('answers null without raw/', async () => {
    const out = await tempOut('serve-warc-none');
    expect(await rawLocator(out).locate(urlOf(1), '2025-01-01T00:00:00.000Z')).toBeNull();
  });
});

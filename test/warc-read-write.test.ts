/** WARC files: what vnews writes reads back, torn files are recovered or named, bad records fail by number. */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { WarcWriter, completeGzipPrefix, recoverWarcs } from '../src/warc/write-warc.js';
import { readWarcArticles } from '../src/warc/read-warc.js';
import type { Exchange } from '../src/fetch/fetcher.js';
import type { LoadResult } from '../src/types.js';

const enc = new TextEncoder();
const page = (title: string): Uint8Array => enc.encode(`<html><head><meta charset="utf-8"></head><body><h1>${title}</h1><p>Công an tỉnh Quảng Bình tổ chức hội nghị.</p></body></html>`);
const exchange = (url: string, body: Uint8Array | null, over: Partial<Exchange> = {}): Exchange => withWire({
  url,
  fetchedAt: '2024-07-05T01:02:03.456Z',
  requestHeaders: [
    ['host', new URL(url).host],
    ['user-agent', 'vnews/0.1 (+https://github.com/vnews)'],
  ],
  status: 200,
  statusText: 'OK',
  responseHeaders: [
    ['content-type', 'text/html; charset=utf-8'],
    ['etag', '"e1"'],
    ['last-modified', 'Fri, 05 Jul 2024 01:00:00 GMT'],
    ['content-encoding', 'gzip'],
  ],
  body,
  wire: null,
  ...over,
});
/** What the server sent: the body gzipped when the headers say so. */
const withWire = (ex: Exchange): Exchange => ({
  ...ex,
  wire: ex.wire ?? (ex.body && ex.responseHeaders.some(([k, v]) => k === 'content-encoding' && v === 'gzip') ? gzipSync(ex.body) : ex.body),
});

const all = async (file: string): Promise<LoadResult[]> => {
  const out: LoadResult[] = [];
  for await (const r of readWarcArticles(file)) out.push(r);
  return out;
};

let tmp: string;
let written: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'vnews-warc-'));
  const w = new WarcWriter(path.join(tmp, 'raw'), 'run-1');
  await w.write([exchange('https://a.vn/1.html', page('Một'))]);
  await w.write([exchange('https://a.vn/rss', enc.encode('<rss/>'), { responseHeaders: [['content-type', 'text/html']] })], 'discovery');
  await w.write([
    exchange('https://a.vn/cu', null, { status: 301, statusText: 'Moved Permanently', responseHeaders: [['location', '/2.html']] }),
    exchange('https://a.vn/2.html', page('Hai')),
  ]);
  await w.write([exchange('https://a.vn/anh.jpg', new Uint8Array([0xff, 0xd8, 0xff]), { responseHeaders: [['content-type', 'image/jpeg']] })]);
  written = (await w.close())!;
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('WarcWriter + readWarcArticles', () => {
  it('writes one finished file per run, no .open left', async () => {
    expect(written).toBe(path.join(tmp, 'raw', 'run-1.warc.gz'));
    expect(await readdir(path.join(tmp, 'raw'))).toEqual(['run-1.warc.gz', 'run-1.warc.gz.cdxj']);
  });

  it('reads back the articles only, with provenance from the WARC and HTTP headers', async () => {
    const results = await all(written);
    expect(results.every((r) => r.ok)).toBe(true);
    const articles = results.flatMap((r) => (r.ok ? [r.article] : []));
    expect(articles.map((a) => a.source.location)).toEqual(['https://a.vn/1.html', 'https://a.vn/2.html']);
    const first = articles[0]!;
    expect(first.source).toEqual({
      location: 'https://a.vn/1.html',
      sha256: createHash('sha256').update(page('Một')).digest('hex'),
      fetchedAt: '2024-07-05T01:02:03.456Z',
      etag: '"e1"',
      lastModified: 'Fri, 05 Jul 2024 01:00:00 GMT',
    });
    expect(first.kind).toBe('html');
    expect(first.body).toContain('<h1>Một</h1>');
  });

  it('stores bodies as received: Content-Encoding kept, the body still compressed', async () => {
    const { gunzipSync } = await import('node:zlib');
    const text = gunzipSync(await readFile(written)).toString('latin1');
    expect(text).toMatch(/^content-encoding: gzip$/m);
    expect(text).not.toContain('<h1>Một</h1>'); // the page is in the archive compressed, as sent
    expect(text).toContain('WARC-Vnews-Role: discovery');
    expect(text.match(/^WARC-Type: request/gm)).toHaveLength(5);
    expect(text.match(/^WARC-Type: response/gm)).toHaveLength(5);
  });

  it('every record carries correct block and payload digests and a matching Content-Length', async () => {
    const { gunzipSync } = await import('node:zlib');
    const all = gunzipSync(await readFile(written));
    let pos = 0;
    let checked = 0;
    while (pos < all.length) {
      const headEnd = all.indexOf('\r\n\r\n', pos);
      const head = all.subarray(pos, headEnd).toString('utf8');
      const length = Number(/^Content-Length: (\d+)$/m.exec(head)![1]);
      const block = all.subarray(headEnd + 4, headEnd + 4 + length);
      const blockDigest = /^WARC-Block-Digest: sha256:([0-9a-f]+)$/m.exec(head)?.[1];
      if (!head.includes('WARC-Type: warcinfo')) {
        expect(blockDigest).toBe(createHash('sha256').update(block).digest('hex'));
        if (head.includes('WARC-Type: response')) {
          const payload = block.subarray(block.indexOf('\r\n\r\n') + 4);
          expect(/^WARC-Payload-Digest: sha256:([0-9a-f]+)$/m.exec(head)?.[1]).toBe(createHash('sha256').update(payload).digest('hex'));
        }
        checked++;
      }
      expect(all.subarray(headEnd + 4 + length, headEnd + 8 + length).toString()).toBe('\r\n\r\n');
      pos = headEnd + 8 + length;
    }
    expect(checked).toBe(10);
  });
});

describe('crash safety of the WARC file', () => {
  it('a killed run leaves a readable prefix; recovery cuts the torn member and renames', async () => {
    const bytes = await readFile(written);
    const dir = path.join(tmp, 'torn');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(dir, { recursive: true });
    // Cut inside the last member (the image's response), as a kill mid-write would.
    await writeFile(path.join(dir, 'run-2.warc.gz.open'), bytes.subarray(0, bytes.length - 40));
    // And a file with nothing complete at all.
    await writeFile(path.join(dir, 'run-3.warc.gz.open'), bytes.subarray(0, 30));
    expect(await recoverWarcs(dir)).toEqual([path.join(dir, 'run-2.warc.gz')]);
    expect(await readdir(dir)).toEqual(['run-2.warc.gz', 'run-2.warc.gz.cdxj']);
    const recovered = await readFile(path.join(dir, 'run-2.warc.gz'));
    expect(completeGzipPrefix(recovered)).toBe(recovered.length);
    expect(recovered.length).toBeLessThan(bytes.length - 40);
    const results = await all(path.join(dir, 'run-2.warc.gz'));
    expect(results.map((r) => (r.ok ? r.article.source.location : r.failure.input))).toEqual(['https://a.vn/1.html', 'https://a.vn/2.html']);
  });

  it('an unrecovered torn file names the torn record', async () => {
    const bytes = await readFile(written);
    const file = path.join(tmp, 'torn.warc.gz');
    // The 4th gzip member (record 4: the first article's response) cut short.
    const starts = [...bytes.keys()].filter((i) => bytes[i] === 0x1f && bytes[i + 1] === 0x8b && bytes[i + 2] === 8);
    await writeFile(file, bytes.subarray(0, starts[2]! + 200));
    const results = await all(file);
    expect(results.some((r) => r.ok)).toBe(false);
    const failures = results.flatMap((r) => (r.ok ? [] : [r.failure]));
    expect(failures).toHaveLength(1);
    expect(failures[0]!.input).toBe(`${file}#${starts[2]}`);
    expect(failures[0]!.reason).toMatch(/^(truncated or corrupt gzip data|https:\/\/a\.vn\/1\.html: truncated payload)/);
  });
});

describe('WARC files from elsewhere', () => {
  const serialize = async (records: WARCRecord[], gzip: boolean, digest?: { algo: 'sha-1'; prefix: 'sha1:'; base32: true }): Promise<Buffer> =>
    Buffer.concat(await Promise.all(records.map((r) => WARCSerializer.serialize(r, { gzip, ...(digest ? { digest } : {}) }))));
  const response = (url: string, body: string, headers: Record<string, string> = { 'Content-Type': 'text/html; charset=UTF-8' }): WARCRecord =>
    WARCRecord.create({ url, type: 'response', date: '2020-11-20T03:00:00Z', warcVersion: 'WARC/1.0', httpHeaders: headers }, [enc.encode(body)]);

  it('an uncompressed WARC/1.0 with sha1 base32 digests (as Heritrix writes) reads fine', async () => {
    const file = path.join(tmp, 'heritrix.warc');
    await writeFile(file, await serialize([response('http://b.vn/x', '<p>Đồng chí Thượng tá phát biểu.</p>'), response('http://b.vn/y.txt', 'Văn bản thuần.', { 'Content-Type': 'text/plain' })], false, { algo: 'sha-1', prefix: 'sha1:', base32: true }));
    const results = await all(file);
    expect(results.map((r) => (r.ok ? [r.article.source.location, r.article.kind, r.article.source.fetchedAt] : r.failure.reason))).toEqual([
      ['http://b.vn/x', 'html', '2020-11-20T03:00:00Z'],
      ['http://b.vn/y.txt', 'text', '2020-11-20T03:00:00Z'],
    ]);
  });

  it('a payload that does not match its digest is a failure naming the record', async () => {
    const file = path.join(tmp, 'tampered.warc');
    const good = (await serialize([response('http://b.vn/a', '<p>Bài một.</p>'), response('http://b.vn/b', '<p>Bài hai.</p>')], false)).toString('latin1');
    await writeFile(file, Buffer.from(good.replace('i hai.', 'i hay.'), 'latin1'));
    const second = good.indexOf('WARC/1.0', 1);
    const results = await all(file);
    expect(results[0]!.ok).toBe(true);
    expect(results[1]).toEqual({ ok: false, failure: { input: `${file}#${second}`, reason: 'http://b.vn/b: payload does not match its WARC-Payload-Digest (truncated or corrupt)' } });
  });

  it('a file that is not a WARC, an empty file and a missing file are named failures', async () => {
    const notWarc = path.join(tmp, 'notes.warc');
    await writeFile(notWarc, 'Đây không phải tệp WARC.\n');
    expect(await all(notWarc)).toEqual([{ ok: false, failure: { input: notWarc, reason: 'not a WARC record (starts with "Đây không phải tệp WARC.")' } }]);
    const empty = path.join(tmp, 'empty.warc.gz');
    await writeFile(empty, '');
    expect(await all(empty)).toEqual([{ ok: false, failure: { input: empty, reason: 'no WARC records found' } }]);
    const missing = path.join(tmp, 'missing.warc.gz');
    const m = await all(missing);
    expect(m).toHaveLength(1);
    expect(m[0]!.ok ? '' : m[0]!.failure.reason).toBe('not found');
  });
});

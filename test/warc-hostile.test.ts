/**
 * Hostile and broken WARC files: every one ends as named failures (by byte offset) and the
 * valid records after the damage are still read; nothing hangs and nothing is read whole.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWarcArticles } from '../src/warc/read-warc.js';
import { readWarcRecords } from '../src/warc/warc-records.js';
import type { LoadResult } from '../src/types.js';
import { articleResponse, gzipMembers, httpResponse, page, warcRecord, zeroBombMember } from './helpers/warc-files.js';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'vnews-warc-hostile-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

const all = async (file: string): Promise<LoadResult[]> => {
  const out: LoadResult[] = [];
  for await (const r of readWarcArticles(file)) out.push(r);
  return out;
};
const summary = (results: LoadResult[]): string[] => results.map((r) => (r.ok ? `ok ${r.article.source.location}` : `fail ${r.failure.input}: ${r.failure.reason}`));
const write = async (name: string, bytes: Buffer): Promise<string> => {
  const file = path.join(tmp, name);
  await writeFile(file, bytes);
  return file;
};
const good = articleResponse('https://a.vn/tot.html', page('Bài tốt'));

describe('a Content-Length larger than the file', () => {
  // The reproducer: 200 bytes that used to spin at 100% CPU forever.
  const reproducer = Buffer.from('WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://x.vn/\r\nContent-Length: 20000000\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>ngắn</p>', 'utf8');

  it('uncompressed: one failure naming the record, at once', async () => {
    const file = await write('liar.warc', reproducer);
    const t0 = process.cpuUsage();
    expect(summary(await all(file))).toEqual([`fail ${file}#0: truncated WARC record: Content-Length 20000000 (19.1 MB) is more than the data holds`]);
    const cpu = process.cpuUsage(t0);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(2000); // generous: it takes a few ms
  });

  it('compressed: the same', async () => {
    const file = await write('liar.warc.gz', gzipSync(reproducer));
    expect(summary(await all(file))).toEqual([`fail ${file}#0: truncated WARC record: Content-Length 20000000 (19.1 MB) is more than the data holds`]);
  });

  it('under the limit but past the end: truncated, named', async () => {
    const short = Buffer.from(reproducer.toString('latin1').replace('20000000', '5000'), 'latin1');
    const file = await write('short.warc', short);
    const [r] = await all(file);
    expect(r).toEqual({ ok: false, failure: { input: `${file}#0`, reason: expect.stringMatching(/^truncated WARC record: Content-Length 5000, but the data ends after \d+ bytes$/) } });
  });
});

describe('broken framing does not swallow the next record', () => {
  it('a non-numeric Content-Length fails that record; the next one is read', async () => {
    const bad = warcRecord({ type: 'response', url: 'https://a.vn/hong.html', block: httpResponse(page('Hỏng')), contentLength: '12a' });
    for (const gz of [false, true]) {
      const file = await write(`nan${gz ? '.warc.gz' : '.warc'}`, gz ? gzipMembers([bad, good]) : Buffer.concat([bad, good]));
      expect(summary(await all(file))).toEqual([`fail ${file}#0: WARC record with Content-Length "12a", not a number`, 'ok https://a.vn/tot.html']);
    }
  });

  it('an oversized article record fails by its offset; the next valid record is read, not called "not a WARC record"', async () => {
    const huge = articleResponse('https://a.vn/to.html', page('To', 'chữ '.repeat(3_000_000)));
    for (const gz of [false, true]) {
      const file = await write(`big${gz ? '.warc.gz' : '.warc'}`, gz ? gzipMembers([huge, good]) : Buffer.concat([huge, good]));
      expect(summary(await all(file))).toEqual([`fail ${file}#0: https://a.vn/to.html: record larger than the limit (${(huge.length / 1024 / 1024).toFixed(1)} MB; the limit is 10 MB)`, 'ok https://a.vn/tot.html']);
    }
  });

  it('a large record under the limit (inflated as a stream, not in one call) is read whole', async () => {
    const large = articleResponse('https://a.vn/dai.html', page('Dài', 'Công an tỉnh Quảng Bình tổ chức hội nghị. '.repeat(80_000)));
    expect(large.length).toBeGreaterThan(3 * 1024 * 1024);
    const file = await write('large.warc.gz', gzipMembers([large, good]));
    expect(summary(await all(file))).toEqual(['ok https://a.vn/dai.html', 'ok https://a.vn/tot.html']);
  });

  it('an oversized image is not an article: passed over silently', async () => {
    const image = warcRecord({ type: 'response', url: 'https://a.vn/anh.jpg', block: httpResponse(Buffer.alloc(12 * 1024 * 1024, 7), { 'Content-Type': 'image/jpeg' }) });
    const file = await write('image.warc.gz', gzipMembers([image, good]));
    expect(summary(await all(file))).toEqual(['ok https://a.vn/tot.html']);
  });

  it('garbage between records is named once and reading resumes at the next record', async () => {
    const file = await write('garbage.warc', Buffer.concat([good, Buffer.from('rác rác rác\r\n\r\n'), articleResponse('https://a.vn/sau.html', page('Sau'))]));
    const results = summary(await all(file));
    expect(results).toEqual(['ok https://a.vn/tot.html', expect.stringMatching(/^fail .*garbage\.warc#\d+: not a WARC record \(starts with "rác rác rác"\)$/), 'ok https://a.vn/sau.html']);
  });

  it('a header block that never ends is bounded (64 KB), then skipped', async () => {
    const endless = Buffer.from(`WARC/1.1\r\nWARC-Type: response\r\n${'X-Filler: aaaaaaaaaaaaaaaa\r\n'.repeat(5000)}`);
    const file = await write('endless.warc.gz', gzipMembers([endless, good]));
    expect(summary(await all(file))).toEqual([`fail ${file}#0: WARC header block longer than 64 KB`, 'ok https://a.vn/tot.html']);
  });
});

describe('decompression bombs', () => {
  it('1 GB of zeros in a 1 MB member, declared as such: refused without inflating it, next member read', async () => {
    const head = Buffer.from('WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.vn/bom.html\r\nContent-Length: 1073741900\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n');
    const bomb = zeroBombMember(head, 1024 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1.1 * 1024 * 1024);
    const file = await write('bomb.warc.gz', Buffer.concat([bomb, gzipSync(good)]));
    const t0 = process.cpuUsage();
    const results = summary(await all(file));
    const cpu = process.cpuUsage(t0);
    expect(results).toEqual([expect.stringMatching(/^fail .*bomb\.warc\.gz#0: https:\/\/a\.vn\/bom\.html: record larger than the limit \(1 GB|1024 MB/), 'ok https://a.vn/tot.html']);
    // Generous: inflating the whole gigabyte would take seconds; skipping it takes well under one.
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(5000);
  });

  it('1 GB of zeros after a small declared record: the zeros are not a record, and reading resumes', async () => {
    const rec = articleResponse('https://a.vn/nho.html', page('Nhỏ'));
    const bomb = zeroBombMember(rec, 1024 * 1024 * 1024);
    const file = await write('bomb2.warc.gz', Buffer.concat([bomb, gzipSync(good)]));
    const results = summary(await all(file));
    expect(results).toEqual(['ok https://a.vn/nho.html', expect.stringMatching(/^fail .*bomb2\.warc\.gz#0: not a WARC record \(starts with "\\u0000/), 'ok https://a.vn/tot.html']);
  });
});

describe('records and their offsets', () => {
  it('gives each record its offset and length in the file, compressed or not', async () => {
    const recs = [good, articleResponse('https://a.vn/2.html', page('Hai'))];
    for (const gz of [false, true]) {
      const bytes = gz ? gzipMembers(recs) : Buffer.concat(recs);
      const file = await write(`offsets${gz ? '.warc.gz' : '.warc'}`, bytes);
      const items = [];
      for await (const it of readWarcRecords(file)) items.push(it.kind === 'record' ? [it.offset, it.length] : it.reason);
      const first = gz ? gzipSync(recs[0]!).length : recs[0]!.length;
      expect(items).toEqual([
        [0, first],
        [first, bytes.length - first],
      ]);
    }
  });
});

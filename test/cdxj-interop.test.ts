/**
 * Our CDXJ lines against an independent indexer: warcio.js's CDXIndexer (Webrecorder's,
 * the logic pywb's tools index with). For WARC files from Wget and from our own writer,
 * both must give the same SURT key, timestamp, URL, status, digest, offset and length for
 * every record a replay tool looks up.
 */
import { createReadStream } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CDXIndexer } from 'warcio';
import { indexWarc } from '../src/warc/cdxj.js';
import { WarcWriter } from '../src/warc/write-warc.js';
import type { Exchange } from '../src/fetch/fetcher.js';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'vnews-cdxj-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

type Entry = Record<string, string>;
const FIELDS = ['urlkey', 'timestamp', 'url', 'status', 'digest', 'offset', 'length', 'filename'] as const;
const pick = (e: Record<string, unknown>): Entry => Object.fromEntries(FIELDS.filter((f) => e[f] != null && e[f] !== '').map((f) => [f, String(e[f])]));

async function theirs(file: string): Promise<Entry[]> {
  const out: Entry[] = [];
  const indexer = new CDXIndexer({ format: 'cdxj' } as ConstructorParameters<typeof CDXIndexer>[0]);
  for await (const e of indexer.iterIndex([{ filename: path.basename(file), reader: createReadStream(file) as never }])) out.push(pick(e));
  return out.sort((a, b) => Number(a.offset) - Number(b.offset));
}

async function ours(file: string): Promise<Entry[]> {
  const lines = (await readFile(`${file}.cdxj`, 'utf8')).trimEnd().split('\n');
  return lines
    .map((l) => {
      const [urlkey, timestamp] = l.split(' ', 2) as [string, string];
      return pick({ urlkey, timestamp, ...(JSON.parse(l.slice(urlkey.length + timestamp.length + 2)) as Entry) });
    })
    .sort((a, b) => Number(a.offset) - Number(b.offset));
}

const ex = (url: string, status: number, headers: Array<[string, string]>, body: string, at: string): Exchange => {
  const wire = Buffer.from(body, 'utf8');
  const gz = headers.some(([k, v]) => k === 'content-encoding' && v === 'gzip');
  return { url, fetchedAt: at, requestHeaders: [['host', new URL(url).host]], status, statusText: status === 200 ? 'OK' : status === 304 ? 'Not Modified' : 'Not Found', responseHeaders: headers, body: status === 200 ? wire : null, wire: gz ? gzipSync(wire) : wire };
};

describe('CDXJ against warcio.js’s indexer', () => {
  it('Wget’s files, indexed by vnews index-warc', async () => {
    for (const name of ['wget-crawl.warc.gz', 'wget-dedup.warc.gz']) {
      const file = path.join(tmp, name);
      await copyFile(path.join(import.meta.dirname, '..', 'fixtures', 'warc', name), file);
      await indexWarc(file);
      expect(await ours(file)).toEqual(await theirs(file));
    }
  });

  it('our own files: gzip and chunked responses, revisits, Vietnamese paths and queries, a 404', async () => {
    const w = new WarcWriter(tmp, 'run-a', 'vnews test', new Date('2024-07-05T01:00:00Z'));
    const html = '<p>Công an tỉnh Nghệ An tổ chức hội nghị.</p>';
    const [capture] = await w.write([ex('https://www.Bao.vn/Tin-Tức/Hội-nghị.html?b=2&a=1', 200, [['content-type', 'text/html; charset=utf-8'], ['content-encoding', 'gzip'], ['transfer-encoding', 'chunked']], html, '2024-07-05T01:02:03.456Z')]);
    await w.write([ex('http://bao.vn:8080/mat.html', 404, [['content-type', 'text/html']], '<h1>Không có</h1>', '2024-07-05T01:02:04.000Z')]);
    await w.writeRevisit({ exchange: ex('https://www.Bao.vn/Tin-Tức/Hội-nghị.html?b=2&a=1', 304, [['etag', '"1"']], '', '2024-07-06T01:00:00.000Z'), profile: 'server-not-modified', refersTo: capture! });
    const file = (await w.close())!;
    const mine = await ours(file);
    expect(mine.map((e) => e.urlkey)).toEqual(['vn,bao)/tin-t%e1%bb%a9c/h%e1%bb%99i-ngh%e1%bb%8b.html?a=1&b=2', 'vn,bao:8080)/mat.html', 'vn,bao)/tin-t%e1%bb%a9c/h%e1%bb%99i-ngh%e1%bb%8b.html?a=1&b=2']);
    expect(mine).toEqual(await theirs(file));
  });
});

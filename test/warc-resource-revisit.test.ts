/**
 * Every WARC is accounted for: `resource` records are documents, a `revisit` becomes its
 * original's article when the original is among the inputs (in the same file or another),
 * and is named when it is not; a WARC that gives no article at all is a named failure.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInputs } from '../src/load/load-inputs.js';
import type { InputFailure } from '../src/types.js';
import { articleResponse, gzipMembers, httpResponse, page, sha1Base32, warcRecord } from './helpers/warc-files.js';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'vnews-warc-revisit-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

const write = async (name: string, records: Buffer[]): Promise<string> => {
  const file = path.join(tmp, name);
  await writeFile(file, gzipMembers(records));
  return file;
};
async function load(paths: string[], skipped: InputFailure[] = []): Promise<string[]> {
  const out: string[] = [];
  for await (const r of loadInputs(paths, { onSkip: (s) => skipped.push(s) })) {
    out.push(r.ok ? `ok ${r.article.source.location} ${r.article.source.fetchedAt} ${r.article.body.includes('<h1>Một</h1>') ? 'Một' : r.article.body.slice(0, 20)}` : `fail ${r.failure.input}: ${r.failure.reason}`);
  }
  return out;
}

const ORIGINAL_ID = '<urn:uuid:11111111-2222-4333-8444-555555555555>';
const html = page('Một');
const payload = Buffer.from(html, 'utf8');
const original = articleResponse('https://a.vn/1.html', html, { id: ORIGINAL_ID, date: '2024-07-01T00:00:00Z', fields: [['WARC-Payload-Digest', sha1Base32(payload)]] });
const revisitHead = httpResponse('', { 'Content-Type': 'text/html; charset=utf-8' });
const revisit = (over: { url?: string; refersTo?: boolean; byDigest?: boolean; date?: string } = {}): Buffer =>
  warcRecord({
    type: 'revisit',
    url: over.url ?? 'https://a.vn/1.html',
    date: over.date ?? '2024-07-02T00:00:00Z',
    contentType: 'application/http; msgtype=response',
    fields: [
      ['WARC-Profile', over.byDigest ? 'http://netpreserve.org/warc/1.1/revisit/identical-payload-digest' : 'http://netpreserve.org/warc/1.1/revisit/server-not-modified'],
      ...(over.refersTo === false ? [] : ([['WARC-Refers-To', ORIGINAL_ID]] as Array<[string, string]>)),
      ...(over.byDigest ? ([['WARC-Payload-Digest', sha1Base32(payload)]] as Array<[string, string]>) : []),
      ...(over.refersTo === false && !over.byDigest
        ? ([
            ['WARC-Refers-To-Target-URI', 'https://a.vn/1.html'],
            ['WARC-Refers-To-Date', '2024-07-01T00:00:00Z'],
          ] as Array<[string, string]>)
        : []),
    ],
    block: revisitHead,
  });

describe('resource records', () => {
  it('are documents: HTML and plain text, typed by their own Content-Type', async () => {
    const file = await write('resources.warc.gz', [
      warcRecord({ type: 'warcinfo', contentType: 'application/warc-fields', block: 'software: a saving tool\r\n' }),
      warcRecord({ type: 'resource', url: 'file:///luu/bai.html', contentType: 'text/html; charset=utf-8', block: html }),
      warcRecord({ type: 'resource', url: 'urn:x-vidu:bai-2', contentType: 'text/plain', block: 'Công an xã tuyên truyền phòng cháy chữa cháy.' }),
      warcRecord({ type: 'resource', url: 'file:///luu/anh.png', contentType: 'image/png', block: Buffer.from([0x89, 0x50, 0x4e, 0x47]) }),
    ]);
    expect(await load([file])).toEqual(['ok file:///luu/bai.html 2024-07-05T01:02:03Z Một', 'ok urn:x-vidu:bai-2 2024-07-05T01:02:03Z Công an xã tuyên tru']);
  });
});

describe('revisit records', () => {
  it('resolve to their original in the same file, by WARC-Refers-To: the article at the revisit’s time', async () => {
    const file = await write('same.warc.gz', [original, revisit()]);
    expect(await load([file])).toEqual(['ok https://a.vn/1.html 2024-07-01T00:00:00Z Một', 'ok https://a.vn/1.html 2024-07-02T00:00:00Z Một']);
  });

  it('resolve across files of the same input set, whichever comes first', async () => {
    const first = await write('crawl-1.warc.gz', [original]);
    const second = await write('crawl-2.warc.gz', [revisit({ refersTo: false, byDigest: true, url: 'https://a.vn/ban-sao.html' })]);
    // the revisit's file first: it waits for the original
    expect(await load([second, first])).toEqual(['ok https://a.vn/1.html 2024-07-01T00:00:00Z Một', 'ok https://a.vn/ban-sao.html 2024-07-02T00:00:00Z Một']);
  });

  it('resolve by Refers-To-Target-URI and Refers-To-Date', async () => {
    const first = await write('by-date-1.warc.gz', [original]);
    const second = await write('by-date-2.warc.gz', [revisit({ refersTo: false })]);
    expect(await load([first, second])).toEqual(['ok https://a.vn/1.html 2024-07-01T00:00:00Z Một', 'ok https://a.vn/1.html 2024-07-02T00:00:00Z Một']);
  });

  it('a WARC of revisits only, without its originals, is a named failure, not "0 inputs"', async () => {
    const file = await write('only-revisits.warc.gz', [revisit(), revisit({ date: '2024-07-03T00:00:00Z' })]);
    expect(await load([file])).toEqual([`fail ${file}: no article: its 2 revisit records refer to records not among the inputs (first: https://a.vn/1.html of 2024-07-02T00:00:00Z)`]);
  });

  it('a revisit without its original beside an article is reported as skipped, by its offset', async () => {
    const other = articleResponse('https://a.vn/2.html', page('Hai'));
    const file = await write('mixed.warc.gz', [other, revisit()]);
    const skipped: InputFailure[] = [];
    expect(await load([file], skipped)).toEqual(['ok https://a.vn/2.html 2024-07-05T01:02:03Z <html><head><meta ch']);
    const offset = gzipMembers([other]).length;
    expect(skipped).toEqual([{ input: `${file}#${offset}`, reason: 'revisit of https://a.vn/1.html (2024-07-02T00:00:00Z): its original record is not among the inputs' }]);
  });
});

describe('naming', () => {
  it('every article from a WARC carries its record (file#OFFSET), for failures later in the pipeline', async () => {
    const rev = revisit();
    const file = await write('named.warc.gz', [original, rev]);
    const inputs: Array<string | undefined> = [];
    for await (const r of loadInputs([file])) if (r.ok) inputs.push(r.article.input);
    expect(inputs).toEqual([`${file}#0`, `${file}#${gzipMembers([original]).length}`]);
  });
});

describe('WARCs with no article', () => {
  it('are named failures that say what they held', async () => {
    const file = await write('images.warc.gz', [
      warcRecord({ type: 'warcinfo', contentType: 'application/warc-fields', block: 'software: x\r\n' }),
      warcRecord({ type: 'request', url: 'https://a.vn/anh.jpg', contentType: 'application/http; msgtype=request', block: 'GET /anh.jpg HTTP/1.1\r\nHost: a.vn\r\n\r\n' }),
      warcRecord({ type: 'response', url: 'https://a.vn/anh.jpg', contentType: 'application/http; msgtype=response', block: httpResponse(Buffer.from([0xff, 0xd8, 0xff]), { 'Content-Type': 'image/jpeg' }) }),
      warcRecord({ type: 'response', url: 'https://a.vn/mat.html', contentType: 'application/http; msgtype=response', block: httpResponse('<h1>Không tìm thấy</h1>', { 'Content-Type': 'text/html' }, '404 Not Found') }),
    ]);
    expect(await load([file])).toEqual([`fail ${file}: no article in this WARC (1 warcinfo, 1 request, 1 response 200 image/jpeg, 1 response 404 text/html)`]);
  });
});

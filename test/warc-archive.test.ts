/**
 * What refresh archives is what it received: the body as sent (compressed, chunked), the
 * robots.txt answer, error pages; unchanged answers as revisits; warcinfo first and not
 * later than what follows; and a CDXJ index whose every line points at its record.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refresh } from '../src/refresh.js';
import { readWarcArticles } from '../src/warc/read-warc.js';
import { readWarcRecords } from '../src/warc/warc-records.js';
import { surt } from '../src/warc/cdxj.js';
import { startServer, type TestServer } from './helpers/http-server.js';

const PAGE = '<html><head><meta charset="utf-8"><title>Hội nghị</title></head><body><h1>Hội nghị tổng kết</h1><p>Sáng 20/11/2020, Công an tỉnh Nghệ An tổ chức hội nghị tổng kết phong trào thi đua.</p></body></html>';
const GZ = gzipSync(Buffer.from(PAGE, 'utf8'));

let server: TestServer;
let tmp: string;
let out: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'vnews-archive-'));
  out = path.join(tmp, 'out');
  server = await startServer((req, res) => {
    if (req.url === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return void res.end('User-agent: *\nDisallow: /rieng/\n');
    }
    if (req.url === '/bai.html') {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' });
        return void res.end();
      }
      // gzip, and chunked (no Content-Length, written in two pieces)
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip', etag: '"v1"' });
      res.write(GZ.subarray(0, 20));
      return void res.end(GZ.subarray(20));
    }
    if (req.url === '/cung.html') {
      // No validators: the same bytes every time.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(Buffer.byteLength(PAGE.replace('Nghệ An', 'Hà Tĩnh'))) });
      return void res.end(PAGE.replace('Nghệ An', 'Hà Tĩnh'));
    }
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<h1>Không tìm thấy</h1>');
  });
});
afterAll(async () => {
  await server.close();
  await rm(tmp, { recursive: true, force: true });
});

const sources = () => ({ sources: [{ url: server.url('/bai.html') }, { url: server.url('/cung.html') }, { url: server.url('/mat.html') }] });
const opts = () => ({ outDir: out, allowPrivateNetwork: true, perHostIntervalMs: 0, index: false });
const warcs = async (): Promise<string[]> => (await readdir(path.join(out, 'raw'))).filter((f) => f.endsWith('.warc.gz')).sort().map((f) => path.join(out, 'raw', f));

interface Rec {
  offset: number;
  length: number | null;
  type: string;
  url: string | null;
  date: string;
  head: string;
  block: Buffer;
  fields: (name: string) => string | null;
}
async function records(file: string): Promise<Rec[]> {
  const out: Rec[] = [];
  for await (const it of readWarcRecords(file)) {
    if (it.kind === 'error') throw new Error(it.reason);
    out.push({
      offset: it.offset,
      length: it.length,
      type: it.headers.get('WARC-Type')!,
      url: it.headers.get('WARC-Target-URI'),
      date: it.headers.get('WARC-Date')!,
      head: Buffer.from(it.block).toString('latin1').split('\r\n\r\n')[0]!,
      block: Buffer.from(it.block),
      fields: (n) => it.headers.get(n),
    });
  }
  return out;
}

describe('a refresh archives what it received', () => {
  it('run 1: the compressed, chunked body as sent; robots.txt and the 404 page as records; warcinfo first and earliest', async () => {
    const r = await refresh(sources(), opts());
    expect(r.written).toBe(2);
    expect(r.gone).toEqual([{ input: server.url('/mat.html'), reason: 'HTTP 404 Not Found' }]);
    const [file] = await warcs();
    const recs = await records(file!);
    expect(recs[0]!.type).toBe('warcinfo');
    for (const x of recs.slice(1)) expect(x.date >= recs[0]!.date, `${x.type} ${x.url} ${x.date} before warcinfo ${recs[0]!.date}`).toBe(true);

    const page = recs.find((x) => x.type === 'response' && x.url === server.url('/bai.html'))!;
    expect(page.head).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(page.head).toMatch(/\r\ncontent-encoding: gzip(\r\n|$)/);
    expect(page.head).toMatch(/\r\ntransfer-encoding: chunked(\r\n|$)/);
    const stored = page.block.subarray(page.block.indexOf('\r\n\r\n') + 4);
    // one chunk framing the gzip bytes exactly as the server sent them
    expect(stored.equals(Buffer.concat([Buffer.from(`${GZ.length.toString(16)}\r\n`), GZ, Buffer.from('\r\n0\r\n\r\n')]))).toBe(true);
    expect(page.fields('WARC-Payload-Digest')).toBe(`sha256:${createHash('sha256').update(GZ).digest('hex')}`);

    const robots = recs.find((x) => x.type === 'response' && x.url === server.url('/robots.txt'))!;
    expect(robots.block.toString('utf8')).toContain('Disallow: /rieng/');
    const gone = recs.find((x) => x.type === 'response' && x.url === server.url('/mat.html'))!;
    expect(gone.head).toMatch(/^HTTP\/1\.1 404 Not Found/);
    expect(gone.block.toString('utf8')).toContain('<h1>Không tìm thấy</h1>');

    // The pipeline read the decoded page: reading the archive back gives the same article.
    const back = [];
    for await (const a of readWarcArticles(file!)) back.push(a.ok ? a.article.source.location : a.failure.reason);
    expect(back.sort()).toEqual([server.url('/bai.html'), server.url('/cung.html')]);
  });

  it('run 2: a 304 becomes a server-not-modified revisit, the same bytes an identical-payload-digest revisit, each pointing at run 1', async () => {
    const r = await refresh(sources(), opts());
    expect(r.notModified).toBe(1);
    expect(r.unchanged).toBe(2);
    const [first, second] = await warcs();
    const one = await records(first!);
    const two = await records(second!);
    const revisits = two.filter((x) => x.type === 'revisit');
    expect(revisits.map((x) => [x.url, x.fields('WARC-Profile')]).sort()).toEqual([
      [server.url('/bai.html'), 'http://netpreserve.org/warc/1.1/revisit/server-not-modified'],
      [server.url('/cung.html'), 'http://netpreserve.org/warc/1.1/revisit/identical-payload-digest'],
    ]);
    for (const v of revisits) {
      const original = one.find((x) => x.type === 'response' && x.url === v.url)!;
      expect(v.fields('WARC-Refers-To')).toBe(original.fields('WARC-Record-ID'));
      expect(v.fields('WARC-Refers-To-Date')).toBe(original.date);
    }
    expect(revisits.find((x) => x.url === server.url('/bai.html'))!.head).toMatch(/^HTTP\/1\.1 304 Not Modified/);
    expect(two.some((x) => x.type === 'response' && (x.url === server.url('/bai.html') || x.url === server.url('/cung.html')))).toBe(false);
  });

  it('each WARC has a sorted CDXJ index whose lines point at their records', async () => {
    for (const file of await warcs()) {
      const lines = (await readFile(`${file}.cdxj`, 'utf8')).trimEnd().split('\n');
      expect([...lines].sort()).toEqual(lines);
      const bytes = await readFile(file);
      const recs = await records(file);
      const indexed = recs.filter((x) => ['response', 'revisit', 'resource'].includes(x.type));
      expect(lines).toHaveLength(indexed.length);
      for (const line of lines) {
        const [key, ts, json] = line.split(/ (.*?) (.*)/s).filter(Boolean) as [string, string, string];
        const e = JSON.parse(json) as Record<string, string>;
        expect(key).toBe(surt(e.url!));
        expect(ts).toMatch(/^\d{14}$/);
        expect(e.filename).toBe(path.basename(file));
        const member = bytes.subarray(Number(e.offset), Number(e.offset) + Number(e.length));
        const text = gunzipSync(member).toString('latin1');
        expect(text.startsWith('WARC/1.1\r\n')).toBe(true);
        expect(text).toContain(`WARC-Target-URI: ${e.url}\r\n`);
        const rec = recs.find((x) => x.offset === Number(e.offset))!;
        expect(rec.date.replace(/\D/g, '').slice(0, 14)).toBe(ts);
        expect(e.mime).toBe(rec.type === 'revisit' ? 'warc/revisit' : rec.url!.endsWith('robots.txt') ? 'text/plain' : 'text/html');
      }
    }
  });

  it('SURT keys as replay tools compute them', () => {
    expect(surt('https://www.Bao.vn:8443/Tin/Bai.html?b=2&a=1#x')).toBe('vn,bao:8443)/tin/bai.html?a=1&b=2');
    expect(surt('http://cand.com.vn/')).toBe('vn,com,cand)/');
    expect(surt('http://127.0.0.1:8080/a')).toBe('1,0,0,127:8080)/a');
  });
});

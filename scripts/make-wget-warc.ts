/**
 * Regenerates fixtures/warc/wget-*.warc.gz with GNU Wget (apt-get install wget): a small
 * invented site served on 127.0.0.1 (one page gzip-compressed and chunked, one plain with a
 * Content-Length, one 404), crawled once, then crawled again with --warc-dedup against the
 * first crawl's CDX, so the second file holds revisit records only.
 *
 *   npx tsx scripts/make-wget-warc.ts
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = path.join(import.meta.dirname, '..', 'fixtures', 'warc');

export const PAGES: Record<string, string> = {
  '/tin-tuc/hoi-nghi.html':
    '<!doctype html><html><head><meta charset="utf-8"><title>Hội nghị tổng kết phong trào thi đua</title></head><body><article><h1>Hội nghị tổng kết phong trào thi đua</h1><p>Sáng 12/12/2023, Công an tỉnh Quảng Trị tổ chức Hội nghị tổng kết phong trào thi đua "Vì an ninh Tổ quốc" năm 2023.</p><p>Đại tá Lê Văn Minh, Giám đốc Công an tỉnh, chủ trì hội nghị và trao Giấy khen cho 12 tập thể, 30 cá nhân.</p></article></body></html>',
  '/tin-tuc/tap-huan.html':
    '<!doctype html><html><head><meta charset="utf-8"><title>Tập huấn nghiệp vụ</title></head><body><article><h1>Tập huấn nghiệp vụ cho Công an xã</h1><p>Ngày 5/3/2024, Công an huyện Gio Linh tổ chức lớp tập huấn nghiệp vụ cho 45 cán bộ Công an xã.</p></article></body></html>',
};

const server = createServer((req, res) => {
  const body = PAGES[req.url ?? ''];
  if (!body) {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    return void res.end('<h1>Không tìm thấy</h1>');
  }
  if (req.url === '/tin-tuc/hoi-nghi.html' && /gzip/.test(String(req.headers['accept-encoding']))) {
    const gz = gzipSync(Buffer.from(body));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' }); // chunked: no length
    res.write(gz.subarray(0, 50));
    return void res.end(gz.subarray(50));
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(Buffer.byteLength(body)) });
  res.end(body);
});

await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const work = mkdtempSync(path.join(tmpdir(), 'vnews-wget-'));
const urls = [...Object.keys(PAGES), '/tin-tuc/da-xoa.html'].map((p) => base + p);
// Asynchronously: the server answering wget lives in this process. wget exits 8 for the 404, which is part of the fixture.
const wget = (args: string[]): Promise<void> =>
  new Promise((resolve) => execFile('wget', ['-q', '-e', 'robots=off', '--compression=gzip', '--no-warc-keep-log', '--delete-after', '-P', work, ...args, ...urls], { cwd: work }, () => resolve()));
await wget(['--warc-file=wget-crawl', '--warc-cdx']);
await wget(['--warc-file=wget-dedup', '--warc-dedup=wget-crawl.cdx']);
server.close();
for (const f of ['wget-crawl.warc.gz', 'wget-dedup.warc.gz']) writeFileSync(path.join(OUT, f), readFileSync(path.join(work, f)));
rmSync(work, { recursive: true, force: true });
console.log(`wrote ${OUT}/wget-crawl.warc.gz and wget-dedup.warc.gz (served from ${base})`);

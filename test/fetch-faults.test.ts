/**
 * The Fetcher against real servers that misbehave: every fault ends as a FetchError whose
 * message names what went wrong, and the transient ones are retried into a success.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { brotliCompressSync, createGzip, gunzipSync, gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { Fetcher, FetchError, type FetcherOptions } from '../src/fetch/fetcher.js';
import { toLoadedArticle } from '../src/fetch/to-loaded-article.js';
import { startServer, type TestServer } from './helpers/http-server.js';

const VI = '<html><head><title>Tin</title></head><body><h1>Công an tỉnh Nghệ An</h1><p>Đồng chí Đại tá trao Giấy khen.</p></body></html>';

/** gzip of `size` zero bytes, made in streaming so the test never holds the inflated bomb. */
async function gzipBomb(size: number): Promise<Buffer> {
  const gz = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gz.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((r) => gz.on('end', r));
  const chunk = Buffer.alloc(1024 * 1024);
  for (let written = 0; written < size; written += chunk.length) if (!gz.write(chunk)) await new Promise((r) => gz.once('drain', r));
  gz.end();
  await done;
  return Buffer.concat(out);
}

let server: TestServer;
let bomb: Buffer;
const counters = new Map<string, number>();
const count = (k: string): number => {
  const n = (counters.get(k) ?? 0) + 1;
  counters.set(k, n);
  return n;
};

beforeAll(async () => {
  bomb = await gzipBomb(256 * 1024 * 1024);
  server = await startServer((req, res) => {
    const p = req.url ?? '/';
    if (p === '/robots.txt') {
      res.writeHead(404);
      return void res.end();
    }
    if (p === '/ok') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"' });
      return void res.end(VI);
    }
    if (p === '/missing') {
      res.writeHead(404, { 'content-type': 'text/html' });
      return void res.end('<h1>Không tìm thấy</h1>');
    }
    if (p.startsWith('/flaky')) {
      if (count(p) === 1) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        return void res.end('Lỗi máy chủ');
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(VI);
    }
    if (p === '/always-503') {
      res.writeHead(503, { 'content-type': 'text/plain' });
      return void res.end('bận');
    }
    if (p === '/busy') {
      if (count(p) === 1) {
        res.writeHead(429, { 'retry-after': '1', 'content-type': 'text/plain' });
        return void res.end('chậm lại');
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(VI);
    }
    if (p === '/busy-date') {
      if (count(p) === 1) {
        res.writeHead(429, { 'retry-after': new Date(Date.now() + 1500).toUTCString() });
        return void res.end();
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(VI);
    }
    if (p === '/slow-body') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write('<html><body><p>Bắt đầu');
      return; // never ends: the body stalls
    }
    if (p === '/slow-headers') return; // never answers
    if (p === '/trickle') {
      // A byte every 50 ms, never ending: no single stall trips the body timeout.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write('<html><body><p>');
      const timer = setInterval(() => res.write('.'), 50);
      const stop = setTimeout(() => {
        clearInterval(timer);
        res.destroy();
      }, 10_000); // bounded: the test never leaves a server talking
      res.on('close', () => {
        clearInterval(timer);
        clearTimeout(stop);
      });
      return;
    }
    if (p === '/random-as-html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.end(randomBytes(20_000));
    }
    if (p === '/gzip-chunked') {
      // Compressed and chunked, as many servers send pages: no Content-Length.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
      const gz = gzipSync(Buffer.from(VI));
      res.write(gz.subarray(0, 10));
      return void res.end(gz.subarray(10));
    }
    if (p === '/loop-a' || p === '/loop-b') {
      res.writeHead(302, { location: p === '/loop-a' ? '/loop-b' : '/loop-a' });
      return void res.end();
    }
    const chain = /^\/chain\/(\d+)$/.exec(p);
    if (chain) {
      const n = Number(chain[1]);
      res.writeHead(n > 0 ? 301 : 200, n > 0 ? { location: `/chain/${n - 1}` } : { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(n > 0 ? '' : VI);
    }
    if (p === '/big' || p === '/big-declared') {
      const size = 3 * 1024 * 1024;
      res.writeHead(200, { 'content-type': 'text/html', ...(p === '/big-declared' ? { 'content-length': String(size) } : {}) });
      return void res.end(Buffer.alloc(size, 0x61));
    }
    if (p === '/bomb') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
      return void res.end(bomb);
    }
    if (p === '/wrong-charset') {
      // Says Latin-1, sends UTF-8: the bytes and the <meta> win.
      res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
      return void res.end(Buffer.from(`<html><head><meta charset="utf-8"></head><body><p>Công an tỉnh Hà Tĩnh tổ chức hội nghị.</p></body></html>`, 'utf8'));
    }
    if (p === '/photo.jpg') {
      res.writeHead(200, { 'content-type': 'image/jpeg' });
      return void res.end(Buffer.alloc(100));
    }
    if (p === '/to-metadata') {
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
      return void res.end();
    }
    if (p === '/to-loopback') {
      res.writeHead(302, { location: `http://127.0.0.2:${server.port}/ok` });
      return void res.end();
    }
    if (p === '/br') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' });
      return void res.end(brotliCompressSync(Buffer.from(VI)));
    }
    res.writeHead(404);
    res.end();
  });
}, 30_000);

afterAll(async () => {
  await server?.close();
});

const quick: FetcherOptions = { allowPrivateNetwork: true, perHostIntervalMs: 0, retryBaseMs: 20, retries: 2 };

async function fetchError(url: string, opts: FetcherOptions = quick): Promise<FetchError> {
  const f = new Fetcher(opts);
  try {
    await f.fetch(url, { purpose: 'article' });
  } catch (e) {
    return e as FetchError;
  } finally {
    await f.close();
  }
  throw new Error(`${url} did not fail`);
}

describe('Fetcher: faults', () => {
  it('fetches a page: decoded body, validators, hash, one exchange', async () => {
    const f = new Fetcher(quick);
    const got = await f.fetch(server.url('/ok'), { purpose: 'article' });
    await f.close();
    expect(got.status).toBe(200);
    expect(got.etag).toBe('"v1"');
    expect(new TextDecoder().decode(got.body)).toBe(VI);
    expect(got.sha256).toBe(createHash('sha256').update(VI, 'utf8').digest('hex'));
    expect(got.exchanges.map((e) => [e.url, e.status])).toEqual([[server.url('/ok'), 200]]);
    expect(got.exchanges[0]!.requestHeaders).toContainEqual(['user-agent', 'vnews/0.1 (+https://github.com/vnews)']);
  });

  it('404 is a failure naming the status', async () => {
    const e = await fetchError(server.url('/missing'));
    expect(e).toBeInstanceOf(FetchError);
    expect(e.message).toBe('HTTP 404 Not Found');
    expect(server.hits('/missing')).toHaveLength(1); // 4xx is not retried
  });

  it('500 then 200: retried, succeeds', async () => {
    const f = new Fetcher(quick);
    const got = await f.fetch(server.url('/flaky-1'), { purpose: 'article' });
    await f.close();
    expect(got.status).toBe(200);
    expect(server.hits('/flaky-1').map((r) => r.status)).toEqual([500, 200]);
  });

  it('503 every time: gives up after the retries, saying how many attempts', async () => {
    const e = await fetchError(server.url('/always-503'));
    expect(e.message).toBe('HTTP 503 Service Unavailable after 3 attempts');
    expect(server.hits('/always-503')).toHaveLength(3);
  });

  it('429 with Retry-After in seconds: waits that long, succeeds', async () => {
    const f = new Fetcher(quick);
    const t0 = Date.now();
    const got = await f.fetch(server.url('/busy'), { purpose: 'article' });
    await f.close();
    expect(got.status).toBe(200);
    const [first, second] = server.hits('/busy');
    expect([first!.status, second!.status]).toEqual([429, 200]);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('429 with Retry-After as an HTTP date: waits until then', async () => {
    const f = new Fetcher(quick);
    await f.fetch(server.url('/busy-date'), { purpose: 'article' });
    await f.close();
    const [first, second] = server.hits('/busy-date');
    // The date has one-second resolution: at least ~0.5 s of the 1.5 s remain.
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(450);
  });

  it('Retry-After longer than the cap waits only the cap', async () => {
    const e = await fetchError(server.url('/always-503'), { ...quick, retries: 1, maxRetryWaitMs: 50 });
    expect(e.message).toBe('HTTP 503 Service Unavailable after 2 attempts');
  });

  it('a body that stalls past the body timeout fails with "timeout"', async () => {
    const t0 = Date.now();
    const e = await fetchError(server.url('/slow-body'), { ...quick, retries: 0, bodyTimeoutMs: 300 });
    expect(e.message).toBe('timeout: body stalled for more than 300 ms');
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('an endless trickle fails at the request timeout with "timeout" (not a TypeError on a numeric code), and is retried', async () => {
    const t0 = Date.now();
    const e = await fetchError(server.url('/trickle'), { ...quick, retries: 1, requestTimeoutMs: 400, bodyTimeoutMs: 5000 });
    expect(e.message).toBe('timeout: request took longer than 400 ms (after 2 attempts)');
    expect(e.kind).toBe('network');
    expect(server.hits('/trickle')).toHaveLength(2);
    expect(Date.now() - t0).toBeLessThan(8000); // generous: two 0.4 s attempts
  });

  it('no headers within the headers timeout fails with "timeout", after retries', async () => {
    const e = await fetchError(server.url('/slow-headers'), { ...quick, retries: 1, headersTimeoutMs: 200 });
    expect(e.message).toBe('timeout: no response headers within 200 ms (after 2 attempts)');
    expect(server.hits('/slow-headers')).toHaveLength(2);
  });

  it('a redirect loop fails naming the loop', async () => {
    const e = await fetchError(server.url('/loop-a'));
    expect(e.message).toBe(`redirect loop: ${server.url('/loop-a')} → ${server.url('/loop-b')} → ${server.url('/loop-a')}`);
  });

  it('follows up to 5 redirects, not 6', async () => {
    const f = new Fetcher(quick);
    const got = await f.fetch(server.url('/chain/5'), { purpose: 'article' });
    await f.close();
    expect(got.url).toBe(server.url('/chain/5'));
    expect(got.finalUrl).toBe(server.url('/chain/0'));
    expect(got.exchanges.map((x) => x.status)).toEqual([301, 301, 301, 301, 301, 200]);
    const e = await fetchError(server.url('/chain/6'));
    expect(e.message).toBe('too many redirects (more than 5)');
  });

  it('an oversized body fails, streamed or declared', async () => {
    const opts = { ...quick, maxBodyBytes: 2 * 1024 * 1024 };
    expect((await fetchError(server.url('/big'), opts)).message).toBe('body larger than 2 MB');
    expect((await fetchError(server.url('/big-declared'), opts)).message).toBe('body larger than 2 MB (Content-Length 3145728)');
  });

  it('a gzip bomb fails cleanly after decompression, and memory stays small', async () => {
    expect(bomb.length).toBeLessThan(1024 * 1024); // 256 MB of zeros, under 1 MB on the wire
    global.gc?.();
    const base = process.memoryUsage();
    let peak = 0;
    const timer = setInterval(() => {
      const m = process.memoryUsage();
      peak = Math.max(peak, m.arrayBuffers + m.heapUsed - base.arrayBuffers - base.heapUsed);
    }, 2);
    const e = await fetchError(server.url('/bomb'), { ...quick, maxBodyBytes: 2 * 1024 * 1024 });
    clearInterval(timer);
    expect(e.message).toBe('body larger than 2 MB after decompression');
    expect(peak).toBeLessThan(64 * 1024 * 1024);
  });

  it('a wrong declared charset is still decoded right', async () => {
    const f = new Fetcher(quick);
    const got = await f.fetch(server.url('/wrong-charset'), { purpose: 'article' });
    await f.close();
    expect(got.charset).toBe('iso-8859-1');
    const loaded = toLoadedArticle({ location: got.url, body: got.body, sha256: got.sha256!, mime: got.mime, charset: got.charset, fetchedAt: got.fetchedAt, etag: null, lastModified: null });
    const article = loaded.ok ? loaded.article : expect.unreachable(loaded.failure.reason);
    expect(article.body).toContain('Công an tỉnh Hà Tĩnh tổ chức hội nghị.');
    expect(article.kind).toBe('html');
  });

  it('random bytes served as text/html are refused as binary, as the same bytes in a file are', async () => {
    const f = new Fetcher(quick);
    const got = await f.fetch(server.url('/random-as-html'), { purpose: 'article' });
    await f.close();
    const loaded = toLoadedArticle({ location: got.url, body: got.body, sha256: got.sha256!, mime: got.mime, charset: got.charset, fetchedAt: got.fetchedAt, etag: null, lastModified: null });
    expect(loaded).toEqual({ ok: false, failure: { input: got.url, reason: expect.stringMatching(/^binary content served as text\/html: (contains NUL bytes|\d+% control bytes)$/) } });
  });

  it('keeps the body as received for the archive, and the decoded body for the pipeline', async () => {
    const f = new Fetcher(quick);
    const got = await f.fetch(server.url('/gzip-chunked'), { purpose: 'article' });
    await f.close();
    const ex = got.exchanges[0]!;
    expect(Buffer.from(got.body).toString('utf8')).toBe(VI);
    expect(gunzipSync(ex.wire!).toString('utf8')).toBe(VI); // still compressed, as sent
    expect(ex.responseHeaders).toContainEqual(['content-encoding', 'gzip']);
    expect(ex.responseHeaders).toContainEqual(['transfer-encoding', 'chunked']);
  });

  it('brotli bodies are decoded', async () => {
    const f = new Fetcher(quick);
    const got = await f.fetch(server.url('/br'), { purpose: 'article' });
    await f.close();
    expect(new TextDecoder().decode(got.body)).toBe(VI);
  });

  it('a content type that is not an article fails with a reason', async () => {
    expect((await fetchError(server.url('/photo.jpg'))).message).toBe('unsupported content type image/jpeg (expected HTML or plain text)');
  });

  it('only http and https', async () => {
    expect((await fetchError('ftp://127.0.0.1/file.html')).message).toBe('unsupported scheme ftp: (only http and https are fetched)');
  });

  it('a closed port: connection refused, retried, then a named failure', async () => {
    const probe = await startServer(() => {});
    const closed = probe.url('/x');
    await probe.close();
    const e = await fetchError(closed, { ...quick, retries: 1, robots: false });
    expect(e.message).toBe('connection refused (ECONNREFUSED) (after 2 attempts)');
    // With robots.txt on, the first thing that fails is robots.txt: RFC 9309 says disallow.
    const r = await fetchError(closed, { ...quick, retries: 0 });
    expect(r.message).toBe('robots.txt unreachable (connection refused (ECONNREFUSED)), so the site is treated as disallowed');
  });
});

describe('Fetcher: network policy', () => {
  it('refuses a loopback server without allowPrivateNetwork, before any request', async () => {
    const before = server.requests.length;
    const e = await fetchError(server.url('/ok'), { perHostIntervalMs: 0 });
    expect(e.message).toBe('refused: 127.0.0.1 is a loopback address (allowPrivateNetwork is off)');
    expect(server.requests.length).toBe(before);
  });

  it('checks what a host name resolves to', async () => {
    const e = await fetchError(`http://localhost:${server.port}/ok`, { perHostIntervalMs: 0 });
    expect(e.message).toMatch(/^refused: localhost \((127\.0\.0\.1|::1)\) is a loopback address/);
  });

  it('refuses a redirect to the cloud metadata address', async () => {
    // The first hop is allowed by range, the redirect target is not.
    const e = await fetchError(server.url('/to-metadata'), { perHostIntervalMs: 0, allowPrivateRanges: ['127.0.0.1/32'] });
    expect(e.message).toBe('redirect to http://169.254.169.254/latest/meta-data/ refused: 169.254.169.254 is a link-local address (allowPrivateNetwork is off)');
  });

  it('refuses a redirect to another loopback address outside the allowed range', async () => {
    const e = await fetchError(server.url('/to-loopback'), { perHostIntervalMs: 0, allowPrivateRanges: ['127.0.0.1/32'] });
    expect(e.message).toBe(`redirect to http://127.0.0.2:${server.port}/ok refused: 127.0.0.2 is a loopback address (allowPrivateNetwork is off)`);
    expect(server.hits('/ok').some((r) => r.headers.host === `127.0.0.2:${server.port}`)).toBe(false);
  });
});

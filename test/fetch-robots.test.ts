/** robots.txt rules (RFC 9309) and the politeness the Fetcher keeps against a live server. */
import diagnostics from 'node:diagnostics_channel';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { parseRobots, productToken } from '../src/fetch/robots.js';
import { Fetcher } from '../src/fetch/fetcher.js';
import { HostGate } from '../src/fetch/host-gate.js';
import { startServer, type TestServer } from './helpers/http-server.js';

describe('parseRobots', () => {
  const txt = `# comment
User-agent: *
Disallow: /quan-tri/
Allow: /quan-tri/cong-khai/
Disallow: /*.pdf$
Disallow: /tim-kiem?
Crawl-delay: 2

User-agent: vnews
User-agent: otherbot
Disallow: /rieng/
Crawl-delay: 0.5
`;

  it('our own group wins over *, with its Crawl-delay', () => {
    const r = parseRobots(txt, 'vnews');
    expect(r.isAllowed('/rieng/a.html')).toBe(false);
    expect(r.isAllowed('/quan-tri/')).toBe(true); // the * group does not apply to us
    expect(r.crawlDelayMs).toBe(500);
  });

  it('the * group for other agents: longest match, Allow wins, * and $', () => {
    const r = parseRobots(txt, 'somebot');
    expect(r.isAllowed('/quan-tri/dang-nhap.aspx')).toBe(false);
    expect(r.isAllowed('/quan-tri/cong-khai/bai.html')).toBe(true);
    expect(r.isAllowed('/van-ban/qd.pdf')).toBe(false);
    expect(r.isAllowed('/van-ban/qd.pdf?x=1')).toBe(true); // $ anchors the end
    expect(r.isAllowed('/tim-kiem?q=cong+an')).toBe(false);
    expect(r.isAllowed('/tim-kiem')).toBe(true);
    expect(r.isAllowed('/tin-tuc/a.html')).toBe(true);
    expect(r.isAllowed('/robots.txt')).toBe(true);
    expect(r.crawlDelayMs).toBe(2000);
  });

  it('empty Disallow allows all; no matching group allows all', () => {
    expect(parseRobots('User-agent: *\nDisallow:\n', 'vnews').isAllowed('/x')).toBe(true);
    expect(parseRobots('User-agent: googlebot\nDisallow: /\n', 'vnews').isAllowed('/x')).toBe(true);
    expect(parseRobots('User-agent: *\nDisallow: /\n', 'vnews').isAllowed('/x')).toBe(false);
  });

  it('matches percent-encoded and raw non-ASCII paths alike', () => {
    const r = parseRobots('User-agent: *\nDisallow: /tin-tức/\n', 'vnews');
    expect(r.isAllowed('/tin-t%E1%BB%A9c/a')).toBe(false);
  });

  it('product token of the User-Agent', () => {
    expect(productToken('vnews/0.1 (+https://github.com/vnews)')).toBe('vnews');
    expect(productToken('MyArchive-Bot/2')).toBe('myarchive-bot');
  });
});

describe('HostGate', () => {
  it('spaces the starts of requests to one host by the interval', async () => {
    const gate = new HostGate(4, 60);
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 4 }, () =>
        gate.run('h', async (started) => {
          await started();
          starts.push(Date.now());
        }),
      ),
    );
    starts.sort((a, b) => a - b);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(55);
  });

  it('holds at most `concurrency` tasks of one host at once', async () => {
    const gate = new HostGate(2, 0);
    let now = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 6 }, () =>
        gate.run('h', async () => {
          now++;
          most = Math.max(most, now);
          await new Promise((r) => setTimeout(r, 20));
          now--;
        }),
      ),
    );
    expect(most).toBe(2);
  });
});

describe('Fetcher politeness against a live server', () => {
  let server: TestServer;
  let inFlight = 0;
  let mostInFlight = 0;
  beforeAll(async () => {
    server = await startServer(async (req, res) => {
      if (req.url === '/robots.txt') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        return void res.end('User-agent: *\nDisallow: /quan-tri/\nCrawl-delay: 0.08\n');
      }
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await new Promise((r) => setTimeout(r, 30));
      inFlight--;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<p>Tin bài</p>');
    });
  });
  afterAll(() => server.close());

  it('fetches robots.txt once, skips disallowed paths, and honours Crawl-delay', async () => {
    const sent: Array<{ path: string; at: number }> = [];
    const onCreate = (m: unknown): void => void sent.push({ path: (m as { request: { path: string } }).request.path, at: Date.now() });
    diagnostics.subscribe('undici:request:create', onCreate);
    onTestFinished(() => void diagnostics.unsubscribe('undici:request:create', onCreate));
    const f = new Fetcher({ allowPrivateNetwork: true, perHostIntervalMs: 0, perHostConcurrency: 4, concurrency: 8 });
    const paths = ['/a', '/b', '/c', '/d', '/quan-tri/x'];
    const results = await Promise.allSettled(paths.map((p) => f.fetch(server.url(p), { purpose: 'article' })));
    await f.close();
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
    expect((results[4] as PromiseRejectedResult).reason.message).toBe(`disallowed by robots.txt (${server.origin}/robots.txt)`);
    expect(server.hits('/robots.txt')).toHaveLength(1);
    expect(server.hits('/quan-tri/x')).toHaveLength(0);
    // Crawl-delay 0.08 s raised the interval from 0: the requests were sent ≥ 80 ms apart.
    // Measured where the client sends them (undici's own diagnostics channel), not where
    // the server, in this same busy process, happens to read them: on a loaded machine two
    // requests sent 80 ms apart can be read by the server in the same millisecond.
    const starts = sent.filter((r) => r.path !== '/robots.txt').map((r) => r.at).sort((a, b) => a - b);
    expect(starts).toHaveLength(4);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(79); // whole milliseconds
    expect(server.hits('/robots.txt')).toHaveLength(1);
    // And the User-Agent carried our product token.
    expect(server.requests[0]!.headers['user-agent']).toBe('vnews/0.1 (+https://github.com/vnews)');
  });

  it('keeps to the per-host concurrency', async () => {
    mostInFlight = 0;
    const f = new Fetcher({ allowPrivateNetwork: true, perHostIntervalMs: 0, perHostConcurrency: 2, concurrency: 16, robots: false });
    await Promise.all(Array.from({ length: 8 }, (_, i) => f.fetch(server.url(`/p${i}`), { purpose: 'article' })));
    await f.close();
    expect(mostInFlight).toBe(2);
  });

  it('keeps to the global concurrency across hosts', async () => {
    mostInFlight = 0;
    const f = new Fetcher({ allowPrivateNetwork: true, perHostIntervalMs: 0, perHostConcurrency: 8, concurrency: 3, robots: false });
    await Promise.all(Array.from({ length: 9 }, (_, i) => f.fetch(server.url(`/g${i}`), { purpose: 'article' })));
    await f.close();
    expect(mostInFlight).toBe(3);
  });

  it('starts no request while the caller holds it back (backpressure), and goes on once released', async () => {
    let release: () => void = () => {};
    let held = true;
    const f = new Fetcher({ allowPrivateNetwork: true, perHostIntervalMs: 0, robots: false, beforeRequest: () => (held ? new Promise<void>((r) => (release = r)) : Promise.resolve()) });
    const before = server.hits('/held').length;
    const got = f.fetch(server.url('/held'), { purpose: 'article' });
    await new Promise((r) => setTimeout(r, 200));
    expect(server.hits('/held')).toHaveLength(before);
    held = false;
    release();
    expect((await got).status).toBe(200);
    expect(server.hits('/held')).toHaveLength(before + 1);
    await f.close();
  });
});

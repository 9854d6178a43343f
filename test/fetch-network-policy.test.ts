/** Which addresses the fetcher refuses, and that the vetted address is the one connected to. */
import { connect } from 'node:net';
import type { buildConnector } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fetcher } from '../src/fetch/fetcher.js';
import { AddressVetter, REFUSED_RANGES, embeddedIPv4, refusedReason, type ResolvedAddress } from '../src/fetch/network-policy.js';
import { startServer, type TestServer } from './helpers/http-server.js';

describe('refusedReason', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['10.0.0.5', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'shared (CGNAT)'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fd12:3456::1', 'private (unique local)'],
    ['fe80::1', 'link-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.1.2.3', 'private'],
  ])('%s is refused as %s', (addr, why) => {
    expect(refusedReason(addr)).toBe(why);
  });

  it.each(['8.8.8.8', '172.32.0.1', '100.128.0.1', '203.113.131.1', '2001:4860:4860::8888'])('%s is public', (addr) => {
    expect(refusedReason(addr)).toBeNull();
  });

  it('every range in the data refuses its own network address, with its own reason', () => {
    for (const [net, , why] of REFUSED_RANGES) expect(refusedReason(net)).toBe(why);
  });
});

describe('AddressVetter', () => {
  it('refuses a private literal unless allowed, and allows listed ranges', async () => {
    await expect(new AddressVetter(false).vet('10.1.2.3')).rejects.toThrow('refused: 10.1.2.3 is a private address (allowPrivateNetwork is off)');
    await expect(new AddressVetter(true).vet('10.1.2.3')).resolves.toEqual([{ address: '10.1.2.3', family: 4 }]);
    await expect(new AddressVetter(false, ['10.1.0.0/16']).vet('10.1.2.3')).resolves.toEqual([{ address: '10.1.2.3', family: 4 }]);
    await expect(new AddressVetter(false, ['10.1.0.0/16']).vet('10.2.0.1')).rejects.toThrow('private address');
    await expect(new AddressVetter(false).vet('[::1]')).rejects.toThrow('refused: ::1 is a loopback address');
  });

  it('the socket lookup answers with the vetted address (no second DNS answer)', async () => {
    const v = new AddressVetter(true);
    const vetted = await v.vet('localhost');
    const got = await new Promise<unknown>((resolve, reject) =>
      v.lookup('localhost', { all: true }, (err, addrs) => (err ? reject(err) : resolve(addrs))),
    );
    expect(got).toEqual(vetted);
    const refused = new AddressVetter(false);
    const err = await new Promise<Error | null>((resolve) => refused.lookup('localhost', {}, (e) => resolve(e)));
    expect(err?.message).toMatch(/^refused: localhost \(/);
  });
});

describe('IPv6 forms that embed an IPv4 address', () => {
  it.each([
    ['64:ff9b::a9fe:a9fe', 'NAT64 (embedding 169.254.169.254, a link-local address)'],
    ['64:ff9b::169.254.169.254', 'NAT64 (embedding 169.254.169.254, a link-local address)'],
    ['64:ff9b::808:808', 'NAT64 (embedding 8.8.8.8)'],
    ['64:ff9b:1:a9fe:a9:fe00::', 'local-use NAT64 (embedding 169.254.169.254, a link-local address)'],
    ['::ffff:0:7f00:1', 'IPv4-translated (SIIT) (embedding 127.0.0.1, a loopback address)'],
    ['::ffff:0:a00:5', 'IPv4-translated (SIIT) (embedding 10.0.0.5, a private address)'],
    ['::ffff:8.8.8.8', 'IPv4-mapped (embedding 8.8.8.8)'],
    ['::a9fe:a9fe', 'IPv4-compatible (embedding 169.254.169.254, a link-local address)'],
    ['::127.0.0.1', 'IPv4-compatible (embedding 127.0.0.1, a loopback address)'],
    ['2002:a9fe:a9fe::1', '6to4 (embedding 169.254.169.254, a link-local address)'],
    ['2002:c0a8:101::', '6to4 (embedding 192.168.1.1, a private address)'],
    // Teredo: server 65.54.227.120, client 127.0.0.1 stored inverted (0x80ff:fffe).
    ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'Teredo (embedding 127.0.0.1, a loopback address)'],
  ])('%s is refused: %s', (addr, why) => {
    expect(refusedReason(addr)).toBe(why);
  });

  it('decodes the embedded address of each range', () => {
    expect(embeddedIPv4('64:ff9b::a9fe:a9fe')).toEqual({ ipv4: '169.254.169.254', range: 'NAT64' });
    expect(embeddedIPv4('2002:0a00:0001::')).toEqual({ ipv4: '10.0.0.1', range: '6to4' });
    expect(embeddedIPv4('2001:db8::1')).toBeNull();
    expect(embeddedIPv4('::1')).toBeNull();
    expect(embeddedIPv4('::')).toBeNull();
    expect(embeddedIPv4('8.8.8.8')).toBeNull();
  });

  it('an allowed translation prefix does not open a private IPv4 address through it', async () => {
    const dns64 = new AddressVetter(false, ['64:ff9b::/96']);
    await expect(dns64.vet('64:ff9b::808:808')).resolves.toEqual([{ address: '64:ff9b::808:808', family: 6 }]);
    await expect(dns64.vet('64:ff9b::a9fe:a9fe')).rejects.toThrow('refused: 64:ff9b::a9fe:a9fe is a NAT64 (embedding 169.254.169.254, a link-local address) address');
    await expect(new AddressVetter(true).vet('64:ff9b::a9fe:a9fe')).resolves.toHaveLength(1);
  });

  it('a host name resolving to such an address is refused, whatever else it resolves to', async () => {
    const v = new AddressVetter(false, [], 60_000, async () => [
      { address: '93.184.215.14', family: 4 },
      { address: '2002:a9fe:a9fe::1', family: 6 },
    ]);
    await expect(v.vet('tin.vidu.vn')).rejects.toThrow('refused: tin.vidu.vn (2002:a9fe:a9fe::1) is a 6to4 (embedding 169.254.169.254, a link-local address) address');
  });
});

/**
 * The policy inside the real Fetcher: names resolve through a table, and the dialer records
 * every connection attempt and connects to a loopback test server instead. No connection
 * to any address outside 127.0.0.0/8 is ever opened.
 */
describe('Fetcher with an injected resolver and a recording dialer', () => {
  let server: TestServer;
  const attempts: string[] = [];
  const dns: Record<string, ResolvedAddress[]> = {
    'tin.vidu.vn': [{ address: '93.184.215.14', family: 4 }],
    'nat64.vidu.vn': [{ address: '64:ff9b::a9fe:a9fe', family: 6 }],
    'teredo.vidu.vn': [{ address: '2001:0:4136:e378:8000:63bf:80ff:fffe', family: 6 }],
  };
  const resolve = async (host: string): Promise<ResolvedAddress[]> => {
    const a = dns[host];
    if (!a) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return a;
  };
  const dial: buildConnector.connector = (opts, cb) => {
    attempts.push(opts.hostname);
    // Whatever the vetted address, the bytes go to the loopback server.
    const socket = connect({ host: '127.0.0.1', port: server.port }, () => cb(null, socket));
    socket.once('error', (e) => cb(e, null));
  };
  const fetcher = (): Fetcher => new Fetcher({ resolve, dial, robots: false, retries: 0, perHostIntervalMs: 0 });

  beforeAll(async () => {
    server = await startServer((req, res) => {
      const to = new URL(req.url!, 'http://x').searchParams.get('to');
      if (to) {
        res.writeHead(302, { location: to });
        return void res.end();
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<p>Công an tỉnh Nghệ An.</p>');
    });
  });
  afterAll(() => server.close());

  it('a public address passes, and the connection goes to exactly that vetted address', async () => {
    attempts.length = 0;
    const f = fetcher();
    const got = await f.fetch('http://tin.vidu.vn/bai.html', { purpose: 'article' });
    await f.close();
    expect(got.status).toBe(200);
    expect(attempts).toEqual(['93.184.215.14']);
  });

  it.each([
    ['http://[64:ff9b::a9fe:a9fe]/latest/meta-data/', 'refused: 64:ff9b::a9fe:a9fe is a NAT64 (embedding 169.254.169.254, a link-local address) address (allowPrivateNetwork is off)'],
    ['http://nat64.vidu.vn/', 'refused: nat64.vidu.vn (64:ff9b::a9fe:a9fe) is a NAT64 (embedding 169.254.169.254, a link-local address) address (allowPrivateNetwork is off)'],
    ['http://teredo.vidu.vn/', 'refused: teredo.vidu.vn (2001:0:4136:e378:8000:63bf:80ff:fffe) is a Teredo (embedding 127.0.0.1, a loopback address) address (allowPrivateNetwork is off)'],
    ['http://[::ffff:0:a9fe:a9fe]/', 'refused: ::ffff:0:a9fe:a9fe is a IPv4-translated (SIIT) (embedding 169.254.169.254, a link-local address) address (allowPrivateNetwork is off)'],
    ['http://[2002:a9fe:a9fe::]/', 'refused: 2002:a9fe:a9fe:: is a 6to4 (embedding 169.254.169.254, a link-local address) address (allowPrivateNetwork is off)'],
  ])('%s is refused before any connection', async (url, reason) => {
    attempts.length = 0;
    const f = fetcher();
    await expect(f.fetch(url, { purpose: 'article' })).rejects.toThrow(reason);
    await f.close();
    expect(attempts).toEqual([]);
  });

  it('a redirect to a NAT64 form of the metadata address is refused; only the first hop connected', async () => {
    attempts.length = 0;
    const f = fetcher();
    await expect(f.fetch(`http://tin.vidu.vn/?to=${encodeURIComponent('http://[64:ff9b::a9fe:a9fe]/latest/meta-data/')}`, { purpose: 'article' })).rejects.toThrow(
      /^redirect to http:\/\/\[64:ff9b::a9fe:a9fe\]\/latest\/meta-data\/ refused: 64:ff9b::a9fe:a9fe is a NAT64/,
    );
    await expect(f.fetch(`http://tin.vidu.vn/?to=${encodeURIComponent('http://nat64.vidu.vn/')}`, { purpose: 'article' })).rejects.toThrow(/^redirect to http:\/\/nat64\.vidu\.vn\/ refused/);
    await f.close();
    expect(attempts).toEqual(['93.184.215.14', '93.184.215.14']);
  });
});

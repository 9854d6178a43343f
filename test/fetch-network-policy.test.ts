/** Which addresses the fetcher refuses, and that the vetted address is the one connected to. */
import { describe, expect, it } from 'vitest';
import { AddressVetter, REFUSED_RANGES, refusedReason } from '../src/fetch/network-policy.js';

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

/**
 * Which addresses vnews may connect to. Fetching a URL someone else wrote (a feed entry, a
 * redirect) must not reach the machine's own services or the cloud metadata endpoint, so
 * every host is resolved here, every address it resolves to is checked, and the socket
 * then connects to exactly the address that was checked (no second DNS answer can swap it).
 *
 * Ranges: IANA special-purpose registries (RFC 6890, RFC 6598 for CGNAT, RFC 4193 for ULA,
 * RFC 4291 for link-local and multicast).
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** Refused ranges, as data: [network, prefix length, why]. */
export const REFUSED_RANGES: ReadonlyArray<readonly [string, number, string]> = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared (CGNAT)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignment'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['fc00::', 7, 'private (unique local)'],
  ['fe80::', 10, 'link-local'],
  ['ff00::', 8, 'multicast'],
];

const lists = REFUSED_RANGES.map(([net, prefix, why]) => {
  const list = new BlockList();
  list.addSubnet(net, prefix, net.includes(':') ? 'ipv6' : 'ipv4');
  return { list, why };
});

/**
 * IPv6 ranges that carry an IPv4 address inside (RFC 6052, 6145, 3056, 4380, 4291, 8215):
 * a translator or tunnel on the path turns them into a connection to that IPv4 address,
 * so `[64:ff9b::a9fe:a9fe]` reaches 169.254.169.254 on a network with NAT64. As data:
 * [network, prefix length, name, where the IPv4 address sits].
 */
export const TRANSLATION_RANGES: ReadonlyArray<readonly [string, number, string, (b: Uint8Array) => Uint8Array]> = [
  ['::ffff:0:0', 96, 'IPv4-mapped', (b) => b.subarray(12, 16)],
  ['::ffff:0:0:0', 96, 'IPv4-translated (SIIT)', (b) => b.subarray(12, 16)],
  ['64:ff9b::', 96, 'NAT64', (b) => b.subarray(12, 16)],
  // Local-use NAT64 with a /48 prefix: the IPv4 address straddles the reserved octet (RFC 6052 §2.2).
  ['64:ff9b:1::', 48, 'local-use NAT64', (b) => Uint8Array.of(b[6]!, b[7]!, b[9]!, b[10]!)],
  ['2002::', 16, '6to4', (b) => b.subarray(2, 6)],
  // Teredo: the client's IPv4 address, obfuscated (every bit inverted) in the last 32 bits.
  ['2001::', 32, 'Teredo', (b) => b.subarray(12, 16).map((x) => x ^ 0xff)],
  ['::', 96, 'IPv4-compatible', (b) => b.subarray(12, 16)],
];

const translations = TRANSLATION_RANGES.map(([net, prefix, name, extract]) => {
  const list = new BlockList();
  list.addSubnet(net, prefix, 'ipv6');
  return { list, name, extract };
});

/** An IPv6 address (any textual form, dotted-quad tail included) → its 16 bytes; null when it is not one. */
export function ipv6Bytes(address: string): Uint8Array | null {
  if (isIP(address) !== 6) return null;
  let text = address.split('%')[0]!;
  const out = new Uint8Array(16);
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? (text.split('::') as [string, string]) : [text, null];
  const groups = (g: string): number[] => (g ? g.split(':').map((x) => parseInt(x, 16)) : []);
  const h = groups(head);
  const t = tail === null ? [] : groups(tail);
  const all = [...h, ...new Array<number>(8 - h.length - t.length).fill(0), ...t];
  all.forEach((g, i) => {
    out[2 * i] = g >> 8;
    out[2 * i + 1] = g & 0xff;
  });
  return out;
}

/** The IPv4 address an IPv6 address embeds, with the name of its range; null when it embeds none. */
export function embeddedIPv4(address: string): { ipv4: string; range: string } | null {
  if (isIP(address) !== 6) return null;
  const bytes = ipv6Bytes(address);
  if (!bytes) return null;
  for (const { list, name, extract } of translations) {
    if (!list.check(address, 'ipv6')) continue;
    // ::/96 holds :: and ::1 too: those are judged as themselves, not as 0.0.0.x.
    if (name === 'IPv4-compatible' && bytes.subarray(12, 14).every((b) => b === 0)) return null;
    return { ipv4: [...extract(bytes)].join('.'), range: name };
  }
  return null;
}

/**
 * Why an address is refused (`loopback`, `private`, `NAT64 embedding 169.254.169.254, a
 * link-local address` …), or null when it is a public address. An IPv6 address that embeds
 * an IPv4 address is refused for its range whatever it embeds (a translator decides where it
 * really leads), and the reason names the embedded address and what that is.
 */
export function refusedReason(address: string): string | null {
  const family = isIP(address);
  if (family === 0) return 'not an IP address';
  const type = family === 4 ? 'ipv4' : 'ipv6';
  // BlockList also matches IPv4-mapped IPv6 (::ffff:127.0.0.1) against the IPv4 ranges.
  for (const { list, why } of lists) if (list.check(address, type)) return why;
  const embedded = embeddedIPv4(address);
  if (embedded) {
    const inner = refusedReason(embedded.ipv4);
    return `${embedded.range} (embedding ${embedded.ipv4}${inner ? `, a ${inner} address` : ''})`;
  }
  return null;
}

/** A refusal by the network policy: never retried. */
export class RefusedAddressError extends Error {
  readonly refused = true;
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** URL.hostname keeps IPv6 literals in brackets; DNS and net want them bare. */
export const bareHost = (hostname: string): string => (hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname);

/**
 * Resolves host names once, checks every address, and remembers the vetted answer so the
 * connection uses it. One instance per Fetcher (per run); answers live `ttlMs`.
 */
/** `10.1.0.0/16`, `fd00::/8` or a single address → a BlockList of the allowed ranges. */
export function rangeList(ranges: readonly string[]): BlockList {
  const list = new BlockList();
  for (const r of ranges) {
    const [net, bits] = r.trim().split('/') as [string, string | undefined];
    const family = isIP(net);
    if (!family) throw new Error(`not an address or CIDR range: "${r}"`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(net, type);
    else list.addSubnet(net, Number(bits), type);
  }
  return list;
}

/** Host name → every address it resolves to. */
export type Resolver = (host: string) => Promise<ResolvedAddress[]>;

const systemResolver: Resolver = async (host) => (await dnsLookup(host, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family as 4 | 6 }));

export class AddressVetter {
  private readonly cache = new Map<string, { at: number; addresses: ResolvedAddress[] }>();
  private readonly allowed: BlockList;

  /** `allowedRanges`: private ranges that are nevertheless allowed (an intranet mirror), when allowPrivate is off. */
  /** `resolve`: the DNS lookup (default node:dns, every address); tests give a table instead. */
  constructor(
    private readonly allowPrivate: boolean,
    allowedRanges: readonly string[] = [],
    private readonly ttlMs = 60_000,
    private readonly resolve: Resolver = systemResolver,
  ) {
    this.allowed = rangeList(allowedRanges);
  }

  /**
   * Whether a refused address lies in the allowed ranges. For an address embedding an IPv4
   * address, that address must be allowed as well (or be public): allowing `64:ff9b::/96`
   * for a DNS64 network does not open the metadata address through it.
   */
  private isAllowed(address: string): boolean {
    const type = isIP(address) === 4 ? 'ipv4' : 'ipv6';
    if (!this.allowed.check(address, type)) return false;
    const embedded = embeddedIPv4(address);
    return !embedded || refusedReason(embedded.ipv4) === null || this.allowed.check(embedded.ipv4, 'ipv4');
  }

  /** Resolve `hostname` and check all its addresses; throws RefusedAddressError naming the address and its range. */
  async vet(hostname: string): Promise<ResolvedAddress[]> {
    const host = bareHost(hostname);
    const hit = this.cache.get(host);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.addresses;
    let addresses: ResolvedAddress[];
    const literal = isIP(host);
    if (literal) addresses = [{ address: host, family: literal as 4 | 6 }];
    else {
      try {
        addresses = await this.resolve(host);
      } catch (e) {
        throw new Error(`cannot resolve ${host}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
      if (addresses.length === 0) throw new Error(`cannot resolve ${host}: no address`);
    }
    if (!this.allowPrivate) {
      for (const a of addresses) {
        const why = refusedReason(a.address);
        if (why && !this.isAllowed(a.address)) {
          const shown = literal ? a.address : `${host} (${a.address})`;
          throw new RefusedAddressError(`refused: ${shown} is a ${why} address (allowPrivateNetwork is off)`);
        }
      }
    }
    this.cache.set(host, { at: Date.now(), addresses });
    return addresses;
  }

  /**
   * The `lookup` handed to the socket: answers from the vetted cache (vetting again when the
   * entry expired), so the address connected to is one that passed the check.
   */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    this.vet(hostname).then(
      (addresses) => {
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
        const list = wanted.length ? wanted : addresses;
        if (options.all) (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, list);
        else callback(null, list[0]!.address, list[0]!.family);
      },
      (e: Error) => callback(Object.assign(e, { code: (e as NodeJS.ErrnoException).code ?? 'EREFUSED_ADDRESS' }), '', 0),
    );
  };
}

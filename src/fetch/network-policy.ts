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

/** Why an address is refused (`loopback`, `private` …), or null when it is a public address. */
export function refusedReason(address: string): string | null {
  const family = isIP(address);
  if (family === 0) return 'not an IP address';
  const type = family === 4 ? 'ipv4' : 'ipv6';
  // BlockList also matches IPv4-mapped IPv6 (::ffff:127.0.0.1) against the IPv4 ranges.
  for (const { list, why } of lists) if (list.check(address, type)) return why;
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

export class AddressVetter {
  private readonly cache = new Map<string, { at: number; addresses: ResolvedAddress[] }>();
  private readonly allowed: BlockList;

  /** `allowedRanges`: private ranges that are nevertheless allowed (an intranet mirror), when allowPrivate is off. */
  constructor(
    private readonly allowPrivate: boolean,
    allowedRanges: readonly string[] = [],
    private readonly ttlMs = 60_000,
  ) {
    this.allowed = rangeList(allowedRanges);
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
        addresses = (await dnsLookup(host, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family as 4 | 6 }));
      } catch (e) {
        throw new Error(`cannot resolve ${host}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
      if (addresses.length === 0) throw new Error(`cannot resolve ${host}: no address`);
    }
    if (!this.allowPrivate) {
      for (const a of addresses) {
        const why = refusedReason(a.address);
        if (why && !this.allowed.check(a.address, a.family === 4 ? 'ipv4' : 'ipv6')) {
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

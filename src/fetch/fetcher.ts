/**
 * The HTTP client of a run: one undici Agent (keep-alive, timeouts), one global p-queue,
 * per-host politeness (HostGate), robots.txt, retries with backoff, bounded redirects,
 * bounded bodies, and the network policy on every hop. It reports through `onEvent` and
 * never prints.
 */
import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import { Agent, buildConnector, request, errors as undiciErrors, type Dispatcher } from 'undici';
import PQueue from 'p-queue';
import { AddressVetter, RefusedAddressError, bareHost, type Resolver } from './network-policy.js';
import { HostGate, sleep } from './host-gate.js';
import { ALLOW_ALL, DISALLOW_ALL, parseRobots, productToken, type RobotsRules } from './robots.js';
import { BodyTooLargeError, formatBytes, parseContentEncoding, readBody } from './read-body.js';
import { checkMediaType, parseContentType, type FetchPurpose } from './content-type.js';

export const DEFAULT_USER_AGENT = 'vnews/0.1 (+https://github.com/vnews)';

/** One structured event (the CLI prints it as a JSON line or a short text line). */
export interface FetchEvent {
  level: 'debug' | 'info' | 'warn' | 'error';
  msg: string;
  url?: string;
  status?: number;
  ms?: number;
  attempt?: number;
  waitMs?: number;
  reason?: string;
  count?: number;
  /** The record an article became (refresh). */
  recordId?: string;
}

/** Politeness, limits and safety of fetching. Every field has a default (see DEFAULTS). */
export interface FetcherOptions {
  userAgent?: string;
  /** Requests at once, all hosts together (default 8). */
  concurrency?: number;
  /** Requests at once to one host (default 2). */
  perHostConcurrency?: number;
  /** Minimum time between the starts of two requests to one host, ms (default 1000). robots.txt Crawl-delay can raise it. */
  perHostIntervalMs?: number;
  /** Allow loopback, private, link-local … addresses (default false). */
  allowPrivateNetwork?: boolean;
  /** Private ranges allowed even so (`10.20.0.0/16`, `127.0.0.1`): an intranet mirror, a local test server. */
  allowPrivateRanges?: string[];
  /** Retries after the first attempt, for network errors, 429 and 5xx (default 3). */
  retries?: number;
  /** First backoff step, doubled per retry, with jitter (default 500 ms). */
  retryBaseMs?: number;
  /** Longest wait before a retry, also caps Retry-After (default 30 s). */
  maxRetryWaitMs?: number;
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  /** Longest silence while the body streams (default 30 s). */
  bodyTimeoutMs?: number;
  /** Whole attempt, headers and body (default 120 s): a trickling body cannot hold a slot forever. */
  requestTimeoutMs?: number;
  /** On the wire and after decompression (default 10 MB). */
  maxBodyBytes?: number;
  maxRedirects?: number;
  /** Crawl-delay above this is capped (default 30 s). */
  maxCrawlDelayMs?: number;
  /** Obey robots.txt (default true). */
  robots?: boolean;
  onEvent?: (e: FetchEvent) => void;
  /**
   * Awaited in a request's global slot before it starts: the caller's backpressure. While
   * it waits no further request starts, so fetched bodies cannot pile up faster than the
   * caller processes them (hosts waiting for their turn hold no slot, see HostGate).
   */
  beforeRequest?: () => Promise<void>;
  /** Receives the exchanges of every robots.txt fetch, to keep them (the WARC file). */
  onRobots?: (exchanges: Exchange[]) => Promise<void>;
  /** DNS: host name → addresses (default node:dns). Every answer passes the network policy. */
  resolve?: Resolver;
  /**
   * Opens the connection to the address the policy vetted (default undici's connector).
   * Tests pass one that records each attempt and connects to a loopback server instead.
   */
  dial?: buildConnector.connector;
}

export const FETCH_DEFAULTS = {
  userAgent: DEFAULT_USER_AGENT,
  concurrency: 8,
  perHostConcurrency: 2,
  perHostIntervalMs: 1000,
  allowPrivateNetwork: false,
  allowPrivateRanges: [] as string[],
  retries: 3,
  retryBaseMs: 500,
  maxRetryWaitMs: 30_000,
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 30_000,
  bodyTimeoutMs: 30_000,
  requestTimeoutMs: 120_000,
  maxBodyBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  maxCrawlDelayMs: 30_000,
  robots: true,
} satisfies Required<Omit<FetcherOptions, 'onEvent' | 'onRobots' | 'resolve' | 'dial' | 'beforeRequest'>>;

/** One HTTP request and its response, as the WARC writer wants them. */
export interface Exchange {
  url: string;
  fetchedAt: string;
  requestHeaders: Array<[string, string]>;
  status: number;
  statusText: string;
  responseHeaders: Array<[string, string]>;
  /** The decoded body of a 2xx response; null for redirects and errors. */
  body: Uint8Array | null;
  /** The body as received (Content-Encoding kept; chunked framing removed by the HTTP client). Error bodies up to 64 KB. */
  wire: Uint8Array | null;
  /** Set when the wire body kept is shorter than what was sent (an error page past 64 KB). */
  truncated?: boolean;
}

/** A successful fetch (2xx) or a confirmation that the resource did not change (304). */
export interface Fetched {
  status: number;
  notModified: boolean;
  /** The URL as asked for: the canonical place of the article. */
  url: string;
  /** Where the body came from after redirects. */
  finalUrl: string;
  fetchedAt: string;
  mime: string | null;
  charset: string | null;
  /** Decoded (Content-Encoding undone) body; empty for 304. */
  body: Uint8Array;
  sha256: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Every hop, redirects included. */
  exchanges: Exchange[];
}

/**
 * Why a fetch failed, for counting: `disallowed` by robots.txt and `gone` (404, 410) are
 * not failures of the run; `network` (no HTTP answer at all: DNS, refused, timeout) tells
 * an unreachable host from a broken one.
 */
export type FetchErrorKind = 'disallowed' | 'gone' | 'http' | 'network' | 'refused' | 'content';

/** A fetch that failed; `message` is the reason shown to the user. */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
    readonly kind: FetchErrorKind = status === 404 || status === 410 ? 'gone' : status !== undefined ? 'http' : 'content',
    /** The exchanges that did happen (redirects, the error response), to archive them. */
    readonly exchanges: Exchange[] = [],
  ) {
    super(message);
  }
}

/** A fetch given up before it was sent, because the run was interrupted (FetchRequest.signal). */
export class InterruptedFetchError extends Error {
  constructor(readonly url: string) {
    super(`${url}: not fetched, the run was interrupted`);
  }
}

export interface FetchRequest {
  purpose: FetchPurpose;
  /** Aborted: a request still waiting for its turn is not sent (InterruptedFetchError). */
  signal?: AbortSignal;
  etag?: string | null;
  lastModified?: string | null;
}

interface Attempt {
  status: number;
  statusText: string;
  headers: Record<string, string | string[] | undefined>;
  body: Uint8Array | null;
  wire: Uint8Array | null;
  truncated?: boolean;
  mime: string | null;
  charset: string | null;
  fetchedAt: string;
  requestHeaders: Array<[string, string]>;
  /** How many attempts it took (retries + 1). */
  attempts?: number;
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);
const RETRY_STATUS = (s: number): boolean => s === 429 || (s >= 500 && s <= 599);
const RETRY_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CLOSED']);


/** Retry-After as seconds or an HTTP date → ms to wait, or null when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | null {
  const v = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!v) return null;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** Strip the fragment: it never reaches the server, so `a#x` and `a#y` are one resource. */
export const canonicalUrl = (url: string): string => {
  const u = new URL(url);
  u.hash = '';
  return u.href;
};

export class Fetcher {
  readonly settings: typeof FETCH_DEFAULTS;
  private readonly agent: Agent;
  private readonly queue: PQueue;
  private readonly gate: HostGate;
  private readonly vetter: AddressVetter;
  private readonly robotsCache = new Map<string, Promise<RobotsRules & { note?: string }>>();
  private readonly token: string;
  private readonly emit: (e: FetchEvent) => void;
  private readonly onRobots: ((exchanges: Exchange[]) => Promise<void>) | null;
  private readonly beforeRequest: () => Promise<void>;
  /** HTTP answers received, and attempts that got none (network errors): "was anything reachable?" */
  readonly stats = { responses: 0, networkErrors: 0 };

  constructor(opts: FetcherOptions = {}) {
    const defined = Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined));
    this.settings = { ...FETCH_DEFAULTS, ...defined } as typeof FETCH_DEFAULTS;
    const s = this.settings;
    this.emit = opts.onEvent ?? (() => {});
    this.onRobots = opts.onRobots ?? null;
    this.beforeRequest = opts.beforeRequest ?? (async () => {});
    this.vetter = new AddressVetter(s.allowPrivateNetwork, s.allowPrivateRanges, 60_000, opts.resolve);
    const dial = opts.dial ?? buildConnector({ timeout: s.connectTimeoutMs });
    const vetter = this.vetter;
    // Every connection goes to an address the policy vetted just now: the host name is
    // resolved and checked here, and the socket is opened to that address (TLS still
    // verifies the certificate for the host name, which undici takes from `host`).
    const connect: buildConnector.connector = (options, callback) => {
      vetter.vet(options.hostname).then(
        (addresses) => dial({ ...options, hostname: isIP(bareHost(options.hostname)) ? bareHost(options.hostname) : addresses[0]!.address }, callback),
        (e: Error) => callback(e, null),
      );
    };
    this.agent = new Agent({
      keepAliveTimeout: 10_000,
      headersTimeout: s.headersTimeoutMs,
      bodyTimeout: s.bodyTimeoutMs,
      connect,
    });
    this.queue = new PQueue({ concurrency: Math.max(1, s.concurrency) });
    this.gate = new HostGate(Math.max(1, s.perHostConcurrency), s.perHostIntervalMs);
    this.token = productToken(s.userAgent);
  }

  async close(): Promise<void> {
    await this.queue.onIdle();
    await this.agent.close();
  }

  /**
   * GET `url`, following redirects. Resolves with a 2xx or a 304; throws FetchError with a
   * reason for everything else (status, timeout, refusal, robots, size, content type).
   */
  async fetch(url: string, req: FetchRequest): Promise<Fetched> {
    const asked = canonicalUrl(url);
    const visited = [asked];
    const exchanges: Exchange[] = [];
    let current = asked;
    for (let hop = 0; ; hop++) {
      const u = new URL(current);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new FetchError(`unsupported scheme ${u.protocol} (only http and https are fetched)`, asked, undefined, 'content', exchanges);
      try {
        await this.vetter.vet(u.hostname);
      } catch (e) {
        const kind = e instanceof RefusedAddressError ? 'refused' : 'network';
        if (kind === 'network') this.stats.networkErrors++;
        throw new FetchError(hop ? `redirect to ${current} ${(e as Error).message}` : (e as Error).message, asked, undefined, kind, exchanges);
      }
      if (req.purpose !== 'robots' && this.settings.robots) {
        const rules = await this.robotsFor(u);
        if (!rules.isAllowed(u.pathname + u.search)) {
          // An unreachable robots.txt disallows the host (RFC 9309), but that is the network's doing, not the site's rule.
          if (rules.note) throw new FetchError(rules.note, asked, undefined, 'network', exchanges);
          throw new FetchError(`disallowed by robots.txt (${u.origin}/robots.txt)${hop ? ` after redirect to ${current}` : ''}`, asked, undefined, 'disallowed', exchanges);
        }
      }
      let a: Attempt;
      try {
        a = await this.requestWithRetries(u, req, asked);
      } catch (e) {
        if (e instanceof FetchError) throw new FetchError(e.message, e.url, e.status, e.kind, exchanges);
        throw e;
      }
      exchanges.push({
        url: current,
        fetchedAt: a.fetchedAt,
        requestHeaders: a.requestHeaders,
        status: a.status,
        statusText: a.statusText,
        responseHeaders: flattenHeaders(a.headers),
        body: a.body,
        wire: a.wire,
        ...(a.truncated ? { truncated: true } : {}),
      });
      const location = a.headers.location;
      if (REDIRECT.has(a.status) && location) {
        const next = canonicalUrl(new URL(Array.isArray(location) ? location[0]! : location, u).href);
        if (visited.includes(next)) throw new FetchError(`redirect loop: ${[...visited, next].join(' → ')}`, asked, a.status, 'http', exchanges);
        if (hop + 1 > this.settings.maxRedirects) throw new FetchError(`too many redirects (more than ${this.settings.maxRedirects})`, asked, a.status, 'http', exchanges);
        visited.push(next);
        current = next;
        continue;
      }
      const header = (name: string): string | null => {
        const v = a.headers[name];
        return (Array.isArray(v) ? v[0] : v) ?? null;
      };
      if (a.status === 304) {
        return { status: 304, notModified: true, url: asked, finalUrl: current, fetchedAt: a.fetchedAt, mime: null, charset: null, body: new Uint8Array(0), sha256: null, etag: header('etag') ?? req.etag ?? null, lastModified: header('last-modified') ?? req.lastModified ?? null, exchanges };
      }
      if (a.status >= 200 && a.status < 300 && a.body) {
        return {
          status: a.status,
          notModified: false,
          url: asked,
          finalUrl: current,
          fetchedAt: a.fetchedAt,
          mime: a.mime,
          charset: a.charset,
          body: a.body,
          sha256: createHash('sha256').update(a.body).digest('hex'),
          etag: header('etag'),
          lastModified: header('last-modified'),
          exchanges,
        };
      }
      const tries = (a.attempts ?? 1) > 1 ? ` after ${a.attempts} attempts` : '';
      throw new FetchError(`HTTP ${a.status}${a.statusText ? ` ${a.statusText}` : ''}${hop ? ` at ${current}` : ''}${tries}`, asked, a.status, undefined, exchanges);
    }
  }

  /** robots.txt of `u`'s origin: fetched once per run (concurrent callers share the promise). */
  private robotsFor(u: URL): Promise<RobotsRules & { note?: string }> {
    let p = this.robotsCache.get(u.origin);
    if (!p) {
      p = this.loadRobots(u);
      this.robotsCache.set(u.origin, p);
    }
    return p;
  }

  private async loadRobots(u: URL): Promise<RobotsRules & { note?: string }> {
    const robotsUrl = `${u.origin}/robots.txt`;
    let rules: RobotsRules & { note?: string };
    // robots.txt answers are kept like any other response (archived by the caller).
    const keep = async (exchanges: Exchange[]): Promise<void> => {
      if (this.onRobots && exchanges.length) await this.onRobots(exchanges).catch((e: Error) => this.emit({ level: 'warn', msg: 'cannot keep the robots.txt response', url: robotsUrl, reason: e.message }));
    };
    try {
      const got = await this.fetch(robotsUrl, { purpose: 'robots' });
      await keep(got.exchanges);
      rules = parseRobots(new TextDecoder('utf-8').decode(got.body), this.token);
    } catch (e) {
      if (e instanceof FetchError) await keep(e.exchanges);
      const status = (e as FetchError).status;
      if (status !== undefined && status >= 400 && status < 500) rules = ALLOW_ALL;
      else {
        // RFC 9309 2.3.1.4: an unreachable robots.txt means complete disallow.
        const reason = `robots.txt unreachable (${(e as Error).message}), so the site is treated as disallowed`;
        this.emit({ level: 'warn', msg: 'robots.txt unreachable', url: robotsUrl, reason: (e as Error).message });
        rules = { ...DISALLOW_ALL, note: reason };
      }
    }
    if (rules.crawlDelayMs != null) {
      const ms = Math.min(rules.crawlDelayMs, this.settings.maxCrawlDelayMs);
      this.gate.raiseInterval(u.host, ms);
      this.emit({ level: 'debug', msg: 'crawl-delay', url: robotsUrl, waitMs: this.gate.intervalOf(u.host) });
    }
    return rules;
  }

  private async requestWithRetries(u: URL, req: FetchRequest, asked: string): Promise<Attempt> {
    const max = this.settings.retries;
    for (let attempt = 0; ; attempt++) {
      let result: Attempt | null = null;
      let error: unknown = null;
      const t0 = Date.now();
      try {
        result = await this.gate.run(u.host, (started) =>
          this.queue.add(async () => {
            if (req.signal?.aborted) throw new InterruptedFetchError(u.href);
            await this.beforeRequest();
            await started();
            return this.attempt(u, req);
          }),
        );
      } catch (e) {
        if (e instanceof InterruptedFetchError) throw e;
        error = e;
      }
      if (result) {
        this.stats.responses++;
        this.emit({ level: 'debug', msg: 'response', url: u.href, status: result.status, ms: Date.now() - t0, attempt: attempt + 1 });
      } else if (!(error instanceof RefusedAddressError || error instanceof BodyTooLargeError || error instanceof PermanentError || (error as { cause?: unknown })?.cause instanceof RefusedAddressError)) this.stats.networkErrors++;
      const retryable = result ? RETRY_STATUS(result.status) : isRetryable(error);
      if (!retryable || attempt >= max) {
        if (result) return { ...result, attempts: attempt + 1 };
        const reason = describeError(error, this.settings);
        const kind = isRefusal(error) ? 'refused' : error instanceof BodyTooLargeError || error instanceof PermanentError ? 'content' : 'network';
        throw new FetchError(attempt > 0 ? `${reason} (after ${attempt + 1} attempts)` : reason, asked, undefined, kind);
      }
      const backoff = Math.min(this.settings.maxRetryWaitMs, this.settings.retryBaseMs * 2 ** attempt);
      const retryAfter = result ? parseRetryAfter(result.headers['retry-after']) : null;
      const wait = retryAfter != null ? Math.min(retryAfter, this.settings.maxRetryWaitMs) : Math.round(backoff * (0.5 + Math.random() * 0.5));
      this.emit({
        level: 'info',
        msg: 'retry',
        url: u.href,
        attempt: attempt + 1,
        waitMs: wait,
        ...(result ? { status: result.status } : { reason: describeError(error, this.settings) }),
      });
      await sleep(wait);
    }
  }

  private async attempt(u: URL, req: FetchRequest): Promise<Attempt> {
    const s = this.settings;
    const headers: Record<string, string> = {
      'user-agent': s.userAgent,
      accept:
        req.purpose === 'article' || req.purpose === 'page'
          ? 'text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.1'
          : req.purpose === 'robots'
            ? 'text/plain,*/*;q=0.1'
            : 'application/rss+xml,application/atom+xml,application/xml,text/xml;q=0.9,*/*;q=0.1',
      'accept-encoding': 'gzip, deflate, br',
      'accept-language': 'vi,en;q=0.5',
    };
    if (req.etag) headers['if-none-match'] = req.etag;
    if (req.lastModified) headers['if-modified-since'] = req.lastModified;
    const fetchedAt = new Date().toISOString();
    const requestHeaders: Array<[string, string]> = [['host', u.host], ...Object.entries(headers)];
    const signal = AbortSignal.timeout(s.requestTimeoutMs);
    const res: Dispatcher.ResponseData = await request(u, { method: 'GET', headers, dispatcher: this.agent, signal, headersTimeout: s.headersTimeoutMs, bodyTimeout: s.bodyTimeoutMs });
    const base = { status: res.statusCode, statusText: res.statusText ?? '', headers: res.headers, fetchedAt, requestHeaders };
    if (res.statusCode < 200 || res.statusCode >= 300) {
      // Redirects, 304s and errors: no article, but what was sent is archived, up to 64 KB as received.
      const { wire, truncated } = await readErrorBody(res.body, ERROR_BODY_BYTES);
      return { ...base, body: null, wire, truncated, mime: null, charset: null };
    }
    const { mime, charset } = parseContentType(res.headers['content-type']);
    const unsupported = checkMediaType(mime, req.purpose);
    try {
      if (unsupported) throw new PermanentError(unsupported);
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > s.maxBodyBytes) throw new BodyTooLargeError(`body larger than ${formatBytes(s.maxBodyBytes)} (Content-Length ${declared})`);
      let codings: string[];
      try {
        codings = parseContentEncoding(res.headers['content-encoding']);
      } catch (e) {
        throw new PermanentError((e as Error).message);
      }
      const { body, wire } = await readBody(res.body, codings, s.maxBodyBytes);
      return { ...base, body, wire, mime, charset };
    } catch (e) {
      // Drop the rest of the body; destroying emits an abort error nobody needs to hear.
      res.body.on('error', () => {});
      res.body.destroy();
      throw e;
    }
  }
}

/** An error that retrying cannot fix (content type, encoding). */
class PermanentError extends Error {}

const ERROR_BODY_BYTES = 64 * 1024;

/** The body of an error or redirect, as received, up to `max` bytes; the rest is dropped and the socket freed. */
async function readErrorBody(body: Dispatcher.ResponseData['body'], max: number): Promise<{ wire: Uint8Array; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const c of body as AsyncIterable<Buffer>) {
      if (size + c.length > max) {
        chunks.push(c.subarray(0, max - size));
        size = max;
        body.on('error', () => {});
        body.destroy();
        return { wire: Buffer.concat(chunks), truncated: true };
      }
      chunks.push(c);
      size += c.length;
    }
  } catch {
    return { wire: Buffer.concat(chunks), truncated: true };
  }
  return { wire: Buffer.concat(chunks), truncated: false };
}

const isRefusal = (e: unknown): boolean => e instanceof RefusedAddressError || (e as { cause?: unknown })?.cause instanceof RefusedAddressError;

function isRetryable(e: unknown): boolean {
  if (e instanceof RefusedAddressError || e instanceof BodyTooLargeError || e instanceof PermanentError) return false;
  const err = e as NodeJS.ErrnoException & { name?: string; cause?: NodeJS.ErrnoException };
  if (err?.name === 'TimeoutError') return true;
  // DOMException (an AbortSignal timeout) has a numeric `code`: only string codes name errno and undici errors.
  const code = typeof err?.code === 'string' ? err.code : typeof err?.cause?.code === 'string' ? err.cause.code : undefined;
  return code !== undefined && RETRY_CODES.has(code);
}

/** A reason a user can act on; timeouts always say "timeout". */
function describeError(e: unknown, s: typeof FETCH_DEFAULTS): string {
  const err = e as NodeJS.ErrnoException & { name?: string; cause?: NodeJS.ErrnoException };
  if (e instanceof undiciErrors.ConnectTimeoutError || err?.code === 'UND_ERR_CONNECT_TIMEOUT') return `timeout: no connection within ${s.connectTimeoutMs} ms`;
  if (e instanceof undiciErrors.HeadersTimeoutError || err?.code === 'UND_ERR_HEADERS_TIMEOUT') return `timeout: no response headers within ${s.headersTimeoutMs} ms`;
  if (e instanceof undiciErrors.BodyTimeoutError || err?.code === 'UND_ERR_BODY_TIMEOUT') return `timeout: body stalled for more than ${s.bodyTimeoutMs} ms`;
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return `timeout: request took longer than ${s.requestTimeoutMs} ms`;
  const refused = err?.cause instanceof RefusedAddressError ? err.cause : e instanceof RefusedAddressError ? e : null;
  if (refused) return refused.message;
  const code = typeof err?.code === 'string' ? err.code : typeof err?.cause?.code === 'string' ? err.cause.code : undefined;
  const message = err?.cause?.message ?? err?.message ?? String(e);
  if (code === 'ECONNREFUSED') return 'connection refused (ECONNREFUSED)';
  if (code === 'ENOTFOUND') return `host not found (ENOTFOUND)`;
  return code && !message.includes(code) ? `${message} (${code})` : message;
}

function flattenHeaders(h: Record<string, string | string[] | undefined>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(h)) {
    if (v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) out.push([k, one]);
  }
  return out;
}

/**
 * `vnews serve`: a read-only web interface on the store, routed by Hono and served by its
 * Node adapter. Safe by construction:
 *   - every page is built with an escaping template tag (pages/html.ts);
 *   - a strict Content-Security-Policy: scripts and styles only from /static, no inline ones;
 *   - GET and HEAD only; the store is opened read-only (SQLite refuses any write);
 *   - static files come from a fixed list read at start-up, so no URL reaches the file system;
 *   - bound to 127.0.0.1 unless another address is asked for explicitly, and then, while on
 *     loopback, requests naming another host (DNS rebinding) are refused.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { serve, type ServerType } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { openArchive, QueryInputError, type Archive, type ArchiveOptions } from './archive.js';
import { DamagedStoreError, NoRecordsError, OutputError } from '../query/index.js';
import { NewerStoreError } from '../store/store-errors.js';
import { errorPage } from './pages/error-page.js';
import { articlePage } from './pages/article-page.js';
import { officialJson, officialPage, officialsJson, officialsPage } from './pages/official-page.js';
import { overviewPage } from './pages/overview-page.js';
import { resultsBlock, searchJson, searchPage, type SearchView } from './pages/search-page.js';
import { PAGE_SIZE, readSearch, SearchParamError, toFilters, type SearchState } from './search-params.js';
import type { Html } from './pages/html.js';

export interface ServeOptions {
  outDir: string;
  /** Address to bind (default 127.0.0.1). */
  host?: string;
  /** Port (default 8080; 0 picks a free one). */
  port?: number;
  /** The host was asked for explicitly (`--host`): only then may it be other than loopback. */
  hostExplicit?: boolean;
  /** Told about errors a page could not recover from (the page itself says only that something went wrong). */
  onError?: (e: Error) => void;
  /** How the archive is read (tests give a WARC locator with a small limit). */
  archive?: ArchiveOptions;
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

/** An address the server will not bind to without being told explicitly. */
export class BindRefusedError extends Error {}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;

/** Loopback addresses and names: only this machine can reach them. */
export const isLoopback = (host: string): boolean => host === 'localhost' || host === '::1' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);

/** Refuse any address but loopback unless it was given explicitly. */
export function checkBindAddress(host: string, explicit: boolean): void {
  if (!isLoopback(host) && !explicit) throw new BindRefusedError(`refusing to serve on ${host} without --host: the archive would be open to the network`);
}

/** The Host header's name without its port ("[::1]:8080" → "[::1]"). */
const hostName = (header: string): string => (header.startsWith('[') ? header.slice(0, header.indexOf(']') + 1) : header.replace(/:\d+$/, '')).toLowerCase();

const CSP = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
};

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

/** The files under src/serve/assets that are served, and nothing else. */
const ASSETS: Record<string, string> = {
  'app.css': 'text/css; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
};

function loadAssets(): Map<string, Asset> {
  // src/serve/server.ts and dist/serve/server.js both sit two levels below the package root.
  const dir = new URL('../../src/serve/assets/', import.meta.url);
  const out = new Map<string, Asset>();
  for (const [name, type] of Object.entries(ASSETS)) {
    const body = readFileSync(new URL(name, dir));
    out.set(name, { body, type, etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"` });
  }
  return out;
}

/** The client asked for JSON rather than HTML. */
const wantsJson = (c: Context): boolean => {
  const accept = c.req.header('accept') ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
};

/** A QueryInputError speaks in flags ("--cluster"); the page names the fields. */
const fieldMessage = (e: Error): string => e.message.replace(/--([a-z-]+)/g, (_, f: string) => f.replace('-', ' '));

/** The Hono app over `archive`. `loopbackOnly`: refuse requests whose Host is not a loopback name. */
export function createApp(archive: Archive, opts: { loopbackOnly: boolean; onError?: (e: Error) => void }): Hono {
  const assets = loadAssets();
  const app = new Hono();
  const page = (c: Context, body: Html, status = 200) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(body, status as 200);
  };
  const json = (c: Context, data: unknown, status = 200) => {
    c.header('Cache-Control', 'no-cache');
    return c.json(data, status as 200);
  };

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: CSP,
      referrerPolicy: 'no-referrer',
      xFrameOptions: 'DENY',
      // Plain HTTP on this machine: HSTS would mean nothing.
      strictTransportSecurity: false,
      crossOriginResourcePolicy: 'same-origin',
      crossOriginOpenerPolicy: 'same-origin',
      permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    }),
  );
  app.use('*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      c.header('Allow', 'GET, HEAD');
      return page(c, errorPage(405, 'This interface only reads the archive.'), 405);
    }
    if (opts.loopbackOnly && !isLoopback(hostName(c.req.header('host') ?? ''))) {
      return page(c, errorPage(400, 'This server answers only to localhost.'), 400);
    }
    await next();
    c.header('Vary', 'Accept');
  });

  app.get('/', (c) => c.redirect('/search'));
  app.get('/robots.txt', (c) => c.text('User-agent: *\nDisallow: /\n'));

  app.get('/static/:name', (c) => {
    const a = assets.get(c.req.param('name'));
    if (!a) return page(c, errorPage(404, 'No such file.'), 404);
    if (c.req.header('if-none-match') === a.etag) return c.body(null, 304);
    c.header('Content-Type', a.type);
    c.header('ETag', a.etag);
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(new Uint8Array(a.body));
  });

  const search = async (c: Context, asJson: boolean) => {
    const params = new URL(c.req.url).searchParams;
    let state: SearchState = {};
    const view: SearchView = { state, page: 1, result: null, error: null, vocabulary: await archive.vocabulary() };
    try {
      state = view.state = readSearch(params);
      const { filters, page: n } = toFilters(state);
      view.page = n;
      view.result = await archive.search(filters, { offset: (n - 1) * PAGE_SIZE, limit: PAGE_SIZE });
    } catch (e) {
      if (!(e instanceof SearchParamError || e instanceof QueryInputError)) throw e;
      view.error = fieldMessage(e);
    }
    if (asJson || wantsJson(c)) return view.error ? json(c, { error: view.error }, 400) : json(c, searchJson(view));
    // The script asks for the results block alone while the researcher types.
    if (c.req.query('fragment') === 'results') return page(c, resultsBlock(view), view.error ? 400 : 200);
    return page(c, searchPage(view), view.error ? 400 : 200);
  };
  app.get('/search', (c) => search(c, false));
  app.get('/search.json', (c) => search(c, true));

  app.get('/article/:file', async (c) => {
    const m = /^([0-9a-f]{16})(\.json)?$/.exec(c.req.param('file'));
    const record = m ? await archive.record(m[1]!) : null;
    if (!record) return m?.[2] || wantsJson(c) ? json(c, { error: 'no such article' }, 404) : page(c, errorPage(404, 'No article has this id.'), 404);
    if (m![2] || wantsJson(c)) return json(c, record);
    const [officialKeys, warc] = await Promise.all([archive.officialKeys(record), archive.warcRecord(record)]);
    return page(c, articlePage({ record, officialKeys, warc }));
  });

  const officials = async (c: Context, asJson: boolean) => {
    const name = (c.req.query('name') ?? '').trim().slice(0, 200);
    const [entries, frequent] = await Promise.all([name ? archive.officials(name) : [], name ? [] : archive.frequentOfficials(40)]);
    if (asJson || wantsJson(c)) return json(c, officialsJson(name, entries, frequent));
    return page(c, officialsPage(name, entries, frequent));
  };
  app.get('/officials', (c) => officials(c, false));
  app.get('/officials.json', (c) => officials(c, true));

  app.get('/official/:key', async (c) => {
    let key = c.req.param('key');
    const asJson = key.endsWith('.json');
    if (asJson) key = key.slice(0, -'.json'.length);
    const found = key.length <= 200 ? await archive.official(key) : null;
    if (!found) return asJson || wantsJson(c) ? json(c, { error: 'no such official' }, 404) : page(c, errorPage(404, 'The registry has no official under this key.'), 404);
    if (asJson || wantsJson(c)) return json(c, officialJson(found.entry, found.namesakes));
    return page(c, officialPage(found.entry, found.namesakes));
  });

  // The overview draws a few thousand chart marks: drawn once per version of the store.
  let drawn: { version: string; html: Html } | null = null;
  const overview = async (c: Context, asJson: boolean) => {
    const o = await archive.overview();
    if (asJson || wantsJson(c)) return json(c, o);
    const version = await archive.version();
    if (drawn?.version !== version) drawn = { version, html: overviewPage(o) };
    return page(c, drawn.html);
  };
  app.get('/overview', (c) => overview(c, false));
  app.get('/overview.json', (c) => overview(c, true));

  app.notFound((c) => page(c, errorPage(404, 'There is no page at this address.'), 404));
  app.onError((e, c) => {
    // The store cannot be read as it stands (removed, damaged, its index behind): say what to do, and serve again once it is settled.
    if (e instanceof NoRecordsError || e instanceof OutputError || e instanceof DamagedStoreError || e instanceof NewerStoreError) {
      c.header('Retry-After', '30');
      const said = `The archive cannot be read right now: ${e.message}`;
      return c.req.path.endsWith('.json') || wantsJson(c) ? json(c, { error: said }, 503) : page(c, errorPage(503, said), 503);
    }
    opts.onError?.(e);
    return page(c, errorPage(500, 'The page could not be made; the server log says why.'), 500);
  });
  return app;
}

/** Open the archive in `outDir` and serve it; resolves once the server listens. */
export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const host = opts.host ?? DEFAULT_HOST;
  checkBindAddress(host, Boolean(opts.hostExplicit));
  const archive = await openArchive(opts.outDir, opts.archive);
  // Warm what every first visit needs (facet counts over everything, the form's vocabulary, the overview).
  await archive.search({}, { offset: 0, limit: 1 });
  await archive.vocabulary();
  await archive.overview();
  const app = createApp(archive, { loopbackOnly: isLoopback(host), onError: opts.onError });
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host.replace(/^\[(.*)\]$/, '$1'), port: opts.port ?? DEFAULT_PORT }, () => resolve(s));
    s.once('error', reject);
  });
  const addr = server.address() as AddressInfo;
  const shown = addr.family === 'IPv6' || addr.address.includes(':') ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${shown}:${addr.port}`,
    host: addr.address,
    port: addr.port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close((e) => {
          archive.close();
          if (e) reject(e);
          else resolve();
        });
      }),
  };
}

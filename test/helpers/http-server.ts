/**
 * Real HTTP servers on 127.0.0.1 for the fetch, refresh and crash tests: a request log
 * (to count 304s and check politeness), and a static site with validators for fixture
 * folders such as fixtures/portal/.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface LoggedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Status sent (0 when the connection was cut before headers). */
  status: number;
  /** Date.now() when the request arrived. */
  at: number;
}

export interface ServerContext {
  origin: string;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, ctx: ServerContext) => void | Promise<void>;

export interface TestServer {
  origin: string;
  port: number;
  requests: LoggedRequest[];
  url(p: string): string;
  /** Requests to `p` (exact path and query). */
  hits(p: string): LoggedRequest[];
  close(): Promise<void>;
}

/** Start a server on `host` (default 127.0.0.1) and a free port. */
export async function startServer(handler: Handler, host = '127.0.0.1'): Promise<TestServer> {
  const requests: LoggedRequest[] = [];
  let origin = '';
  const server = createServer((req, res) => {
    const entry: LoggedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, status: 0, at: Date.now() };
    requests.push(entry);
    const writeHead = res.writeHead.bind(res);
    res.writeHead = ((code: number, ...rest: unknown[]) => {
      entry.status = code;
      return (writeHead as (...a: unknown[]) => ServerResponse)(code, ...rest);
    }) as typeof res.writeHead;
    res.on('finish', () => (entry.status ||= res.statusCode));
    Promise.resolve(handler(req, res, { origin })).catch((e: Error) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(e.stack));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const port = (server.address() as AddressInfo).port;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    origin,
    port,
    requests,
    url: (p) => origin + p,
    hits: (p) => requests.filter((r) => r.path === p),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface StaticSite extends Handler {
  /** Serve `content` at `urlPath` instead of the file (null: back to the file). */
  override(urlPath: string, content: string | null): void;
}

/**
 * A static site over `dir`: `{{origin}}` replaced by the server's origin, strong ETags
 * (content hash) and Last-Modified, 304 for a matching If-None-Match or If-Modified-Since,
 * gzip Content-Encoding when asked for, `X.xml.gz` made by gzipping `X.xml`. Missing files 404.
 */
export function staticSite(dir: string, opts: { lastModified?: Date } = {}): StaticSite {
  const overrides = new Map<string, { content: string; modified: Date }>();
  const baseModified = opts.lastModified ?? new Date('2024-07-05T01:00:00Z');
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.xml': 'application/xml; charset=utf-8',
    '.txt': 'text/plain; charset=utf-8',
    '.gz': 'application/gzip',
  };
  const site = (async (req: IncomingMessage, res: ServerResponse, ctx: ServerContext) => {
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    let body: Buffer;
    let modified = baseModified;
    const fromFile = async (p: string): Promise<string | null> => {
      const o = overrides.get(p);
      if (o) {
        modified = o.modified;
        return o.content;
      }
      const file = path.join(dir, p);
      if (!file.startsWith(dir)) return null;
      try {
        if (!(await stat(file)).isFile()) return null;
        return await readFile(file, 'utf8');
      } catch {
        return null;
      }
    };
    const gz = urlPath.endsWith('.xml.gz');
    const text = await fromFile(gz ? urlPath.slice(0, -3) : urlPath);
    if (text === null) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<h1>404 Không tìm thấy trang</h1>');
      return;
    }
    body = Buffer.from(text.replaceAll('{{origin}}', ctx.origin), 'utf8');
    if (gz) body = gzipSync(body);
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    const lastModified = new Date(Math.floor(modified.getTime() / 1000) * 1000).toUTCString();
    const headers: Record<string, string> = { 'content-type': types[path.extname(urlPath)] ?? 'application/octet-stream', etag, 'last-modified': lastModified };
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    if (inm ? inm === etag : ims ? Date.parse(ims) >= Date.parse(lastModified) : false) {
      res.writeHead(304, { etag, 'last-modified': lastModified });
      res.end();
      return;
    }
    if (!gz && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(body);
  }) as StaticSite;
  site.override = (urlPath, content) => {
    if (content === null) overrides.delete(urlPath);
    else overrides.set(urlPath, { content, modified: new Date() });
  };
  return site;
}

/** Set-up for the serve tests: a store made by the real ingest, served by the real server on a free port of 127.0.0.1. */
import { request } from 'node:http';
import { ingest } from '../src/ingest.js';
import { startServer, type RunningServer } from '../src/serve/server.js';
import { tempOut } from './query-helpers.js';

export interface Served {
  out: string;
  server: RunningServer;
  /** GET (or another method) a path of the server with fetch. */
  get(path: string, init?: RequestInit): Promise<Response>;
  /** GET a path as JSON (the `.json` route or any URL with Accept: application/json). */
  json<T = any>(path: string, init?: RequestInit): Promise<T>;
  /** GET a page's HTML, failing on any status but 200. */
  page(path: string): Promise<string>;
}

/** Ingest `inputs` into a fresh folder and serve it. */
export async function serveIngested(tag: string, inputs: string[], prepare?: (out: string) => Promise<void>): Promise<Served> {
  const out = await tempOut(`serve-${tag}`);
  await prepare?.(out);
  const run = await ingest(inputs, { outDir: out });
  if (run.failed.length) throw new Error(`ingest failed: ${JSON.stringify(run.failed)}`);
  return serveFolder(out);
}

export async function serveFolder(out: string): Promise<Served> {
  const server = await startServer({ outDir: out, port: 0, onError: (e) => console.error(e) });
  const get = (p: string, init?: RequestInit) => fetch(`${server.url}${p}`, { redirect: 'manual', ...init });
  return {
    out,
    server,
    get,
    async json<T>(p: string, init?: RequestInit): Promise<T> {
      const res = await get(p, init);
      if (res.status !== 200) throw new Error(`${p}: status ${res.status}: ${await res.text()}`);
      return (await res.json()) as T;
    },
    async page(p) {
      const res = await get(p);
      const body = await res.text();
      if (res.status !== 200) throw new Error(`${p}: status ${res.status}: ${body.slice(0, 300)}`);
      return body;
    },
  };
}

/**
 * A request with the path sent exactly as written (fetch and URL would resolve "..", and
 * a traversal attempt must reach the server as the attacker wrote it).
 */
export function rawRequest(server: RunningServer, rawPath: string, opts: { method?: string; headers?: Record<string, string> } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: rawPath, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The hrefs of links in a page whose attributes match `attr` (href values unescaped). */
export function links(page: string, attr = ''): string[] {
  const re = new RegExp(`<a href="([^"]*)"${attr}`, 'g');
  return [...page.matchAll(re)].map((m) => m[1]!.replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"'));
}

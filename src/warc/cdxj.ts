/**
 * CDXJ index lines, as pywb and other replay tools read them: a SURT key, a 14-digit
 * timestamp, then a JSON object with the URL, media type, status, payload digest, and the
 * record's length and offset in the WARC file. Lines are sorted by key and time (plain
 * byte order), which is how those tools binary-search them.
 */
import { writeFileAtomic } from '../store/write-atomic.js';
import path from 'node:path';
import { parseContentType } from '../fetch/content-type.js';
import { parseHttpMessage } from './http-message.js';
import { readWarcRecords, type WarcRecordRead } from './warc-records.js';

export interface CdxjEntry {
  url: string;
  /** WARC-Date (ISO). */
  date: string;
  mime: string;
  status: string | null;
  digest: string | null;
  offset: number;
  length: number;
  filename: string;
}

/**
 * The SURT form of a URL (Sort-friendly URI Reordering Transform) as pywb's indexers
 * compute it, so lookups by URL find our lines: `www.` dropped, the URL lower-cased, host
 * labels reversed and joined by commas, port kept, no scheme, query arguments sorted.
 * `https://www.Bao.vn:8443/Tin?b=2&a=1#x` → `vn,bao:8443)/tin?a=1&b=2`. Other schemes
 * are kept as they are.
 */
export function surt(url: string): string {
  if (!url.startsWith('http:') && !url.startsWith('https:')) return url;
  try {
    // Lower-cased before parsing, as the reference does (escapes already in the URL are
    // lower-cased with it; those the parser makes for raw non-ASCII stay upper-case).
    const u = new URL(url.replace(/^(https?:\/\/)www\d*\./, '$1').toLowerCase());
    let key = u.hostname.split('.').reverse().join(',');
    if (u.port) key += `:${u.port}`;
    key += `)${u.pathname}`;
    if (u.search) key += `?${u.search.slice(1).split('&').sort().join('&')}`;
    return key;
  } catch {
    return url;
  }
}

/** `2024-07-05T01:02:03.456Z` → `20240705010203`. */
export const timestamp14 = (iso: string): string => iso.replace(/[^0-9]/g, '').slice(0, 14).padEnd(14, '0');

/** The digest as indexes write it: the value without its algorithm (`sha1:ABC…` → `ABC…`). */
export const digestValue = (d: string | null | undefined): string | null => (d ? (d.split(':', 2)[1] ?? d) : null);

/** One index line. */
export function cdxjLine(e: CdxjEntry): string {
  const fields: Record<string, string> = { url: e.url, mime: e.mime };
  if (e.status) fields.status = e.status;
  if (e.digest) fields.digest = e.digest;
  fields.length = String(e.length);
  fields.offset = String(e.offset);
  fields.filename = e.filename;
  return `${surt(e.url)} ${timestamp14(e.date)} ${JSON.stringify(fields)}`;
}

/** Sorted index text (one line per entry, trailing newline). */
export function cdxjText(entries: CdxjEntry[]): string {
  const lines = entries.map(cdxjLine);
  lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** The index entry of a record that replay tools look up (responses, revisits, resources, metadata), or null. */
export function entryOf(r: WarcRecordRead, filename: string): CdxjEntry | null {
  const h = r.headers;
  const type = (h.get('WARC-Type') ?? '').toLowerCase();
  const url = h.get('WARC-Target-URI')?.replace(/^<(.*)>$/, '$1');
  // As pywb's indexers choose: not requests or warcinfo, nor metadata and resource records of warc-fields.
  if (!url || r.length === null || ['request', 'warcinfo', ''].includes(type)) return null;
  if ((type === 'metadata' || type === 'resource') && /application\/warc-fields/i.test(h.get('Content-Type') ?? '')) return null;
  let mime = parseContentType(h.get('Content-Type') ?? undefined).mime ?? 'unk';
  let status: string | null = null;
  if (type !== 'resource' && /application\/http/i.test(h.get('Content-Type') ?? '')) {
    const http = parseHttpMessage(r.block);
    status = http?.status != null ? String(http.status) : null;
    mime = type === 'revisit' ? 'warc/revisit' : (parseContentType(http?.get('content-type') ?? undefined).mime ?? 'unk');
  }
  return { url, date: h.get('WARC-Date') ?? '', mime, status, digest: digestValue(h.get('WARC-Payload-Digest')), offset: r.offset, length: r.length, filename };
}

/** Index a WARC file (any tool's), writing `<file>.cdxj` beside it, or to `out`. Returns the index path and how many lines it has. */
export async function indexWarc(file: string, out = `${file.replace(/\.open$/, '')}.cdxj`): Promise<{ path: string; entries: number; errors: string[] }> {
  const entries: CdxjEntry[] = [];
  const errors: string[] = [];
  const filename = path.basename(file.replace(/\.open$/, ''));
  for await (const item of readWarcRecords(file)) {
    if (item.kind === 'error') errors.push(`${file}#${item.offset}: ${item.reason}`);
    else {
      const e = entryOf(item, filename);
      if (e) entries.push(e);
    }
  }
  await writeFileAtomic(out, cdxjText(entries));
  return { path: out, entries: entries.length, errors };
}

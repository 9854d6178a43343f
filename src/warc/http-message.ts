/**
 * The HTTP message inside a WARC `response` or `revisit` block (`application/http`):
 * status line, headers, payload as stored. A crawler keeps what the server sent, so the
 * payload may still be chunked (Transfer-Encoding) and compressed (Content-Encoding);
 * `decodePayload` undoes both, within a size limit.
 */
import { Readable } from 'node:stream';
import { parseContentEncoding, readBoundedBody, BodyTooLargeError, formatBytes } from '../fetch/read-body.js';

export interface HttpMessage {
  statusLine: string;
  /** The status code of a response, or null for a request or an unreadable status line. */
  status: number | null;
  headers: Array<[string, string]>;
  /** The entity body as stored: transfer- and content-encoded as sent. */
  payload: Uint8Array;
  get(name: string): string | null;
}

const CRLFCRLF = Buffer.from('\r\n\r\n');

/** Split an HTTP message (`head` is at most `maxHead` bytes) into status line, headers and payload; null when there is no header block. */
export function parseHttpMessage(block: Uint8Array, maxHead = 64 * 1024): HttpMessage | null {
  const buf = Buffer.from(block.buffer, block.byteOffset, block.length);
  let end = buf.indexOf(CRLFCRLF);
  let sep = 4;
  if (end < 0 || end > maxHead) {
    // A message with headers only (a revisit) may end with a single CRLF.
    if (!buf.subarray(0, maxHead).toString('latin1').startsWith('HTTP/') || !/\r\n$/.test(buf.toString('latin1'))) return null;
    end = buf.length - 2;
    sep = 2;
  }
  const lines = buf.subarray(0, end).toString('latin1').split('\r\n');
  const statusLine = lines[0]!;
  const m = /^HTTP\/\d(?:\.\d)?\s+(\d{3})\b/.exec(statusLine);
  const headers: Array<[string, string]> = [];
  for (const line of lines.slice(1)) {
    if (/^[ \t]/.test(line) && headers.length) headers[headers.length - 1]![1] += ` ${line.trim()}`;
    else {
      const colon = line.indexOf(':');
      if (colon > 0) headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
    }
  }
  return {
    statusLine,
    status: m ? Number(m[1]) : null,
    headers,
    payload: buf.subarray(Math.min(buf.length, end + sep)),
    get(name) {
      const lower = name.toLowerCase();
      return headers.find(([k]) => k === lower)?.[1] ?? null;
    },
  };
}

/** Whether the message says its payload is chunked. */
export const isChunked = (msg: HttpMessage): boolean => /(^|,)\s*chunked\s*$/i.test(msg.get('transfer-encoding') ?? '');

/** Undo chunked transfer coding (RFC 9112 §7.1), failing past `max` bytes or on a torn chunk. */
export function dechunk(data: Uint8Array, max: number): Uint8Array {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.length);
  const parts: Buffer[] = [];
  let total = 0;
  let pos = 0;
  for (;;) {
    const eol = buf.indexOf('\r\n', pos);
    if (eol < 0) throw new Error('truncated chunked payload (no last chunk)');
    const size = parseInt(buf.subarray(pos, eol).toString('latin1').split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size) || size < 0) throw new Error('malformed chunked payload');
    if (size === 0) break;
    const start = eol + 2;
    if (start + size > buf.length) throw new Error('truncated chunked payload');
    total += size;
    if (total > max) throw new BodyTooLargeError(`payload larger than ${formatBytes(max)}`);
    parts.push(buf.subarray(start, start + size));
    pos = start + size + 2;
  }
  return Buffer.concat(parts);
}

/** The payload with transfer coding removed (what WARC-Payload-Digest is computed over), content coding kept. */
export function entityBody(msg: HttpMessage, max: number): Uint8Array {
  return isChunked(msg) ? dechunk(msg.payload, max) : msg.payload;
}

/** The payload as the page's bytes: chunked framing and Content-Encoding (gzip, deflate, br) undone, at most `max` bytes. */
export async function decodePayload(msg: HttpMessage, max: number): Promise<Uint8Array> {
  const body = entityBody(msg, max);
  const codings = parseContentEncoding(msg.get('content-encoding') ?? undefined);
  if (codings.length === 0) {
    if (body.length > max) throw new BodyTooLargeError(`payload larger than ${formatBytes(max)}`);
    return body;
  }
  return readBoundedBody(Readable.from([Buffer.from(body.buffer, body.byteOffset, body.length)]), codings, max);
}

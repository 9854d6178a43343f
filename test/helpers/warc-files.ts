/** Hand-made WARC records and files for the reader tests: exact bytes, including broken ones. */
import { createHash } from 'node:crypto';
import { constants, crc32, deflateRawSync, gzipSync } from 'node:zlib';

const enc = new TextEncoder();

export interface RecordSpec {
  type: string;
  url?: string;
  date?: string;
  id?: string;
  /** Extra WARC fields, in order. */
  fields?: Array<[string, string]>;
  contentType?: string;
  block: Uint8Array | string;
  /** Content-Length as written (default: the block's length). */
  contentLength?: string | number;
}

let n = 0;
/** One WARC/1.1 record, uncompressed. */
export function warcRecord(r: RecordSpec): Buffer {
  const block = typeof r.block === 'string' ? Buffer.from(enc.encode(r.block)) : Buffer.from(r.block);
  const lines = [
    'WARC/1.1',
    `WARC-Type: ${r.type}`,
    `WARC-Record-ID: ${r.id ?? `<urn:uuid:00000000-0000-4000-8000-${String(++n).padStart(12, '0')}>`}`,
    `WARC-Date: ${r.date ?? '2024-07-05T01:02:03Z'}`,
    ...(r.url ? [`WARC-Target-URI: ${r.url}`] : []),
    ...(r.fields ?? []).map(([k, v]) => `${k}: ${v}`),
    ...(r.contentType ? [`Content-Type: ${r.contentType}`] : []),
    `Content-Length: ${r.contentLength ?? block.length}`,
  ];
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8'), block, Buffer.from('\r\n\r\n')]);
}

/** An HTTP response message as a crawler stores it. */
export function httpResponse(body: Uint8Array | string, headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8' }, status = '200 OK'): Buffer {
  const b = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
  const head = [`HTTP/1.1 ${status}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), b]);
}

export const sha1Base32 = (b: Uint8Array): string => {
  const hash = createHash('sha1').update(b).digest();
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const x of hash) {
    value = (value << 8) | x;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return `sha1:${out}`;
};

/** A response record for an article page at `url`. */
export const articleResponse = (url: string, html: string, extra: Partial<RecordSpec> = {}): Buffer =>
  warcRecord({ type: 'response', url, contentType: 'application/http; msgtype=response', block: httpResponse(html), ...extra });

/** Each record its own gzip member, as WARC files are compressed. */
export const gzipMembers = (records: Buffer[]): Buffer => Buffer.concat(records.map((r) => gzipSync(r)));

/**
 * One gzip member whose data is `head` followed by `zeros` zero bytes, built without ever
 * holding the zeros: 1 MB of zeros deflated after a full flush is the same segment every
 * time, so the segment is repeated. 1 GB of zeros takes about 1 MB.
 */
export function zeroBombMember(head: Buffer, zeros: number): Buffer {
  const MB = 1024 * 1024;
  if (zeros % MB !== 0) throw new Error('zeros must be whole megabytes');
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const mb = Buffer.alloc(MB);
  const segment = deflateRawSync(mb, flush);
  const parts = [deflateRawSync(head, flush)];
  let crc = crc32(head);
  for (let i = 0; i < zeros / MB; i++) {
    parts.push(segment);
    crc = crc32(mb, crc);
  }
  parts.push(Buffer.from([3, 0])); // an empty final block
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE((head.length + zeros) % 2 ** 32, 4);
  return Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]), ...parts, trailer]);
}

/** An article page of invented text. */
export const page = (title: string, body = 'Công an tỉnh Quảng Bình tổ chức hội nghị tổng kết phong trào thi đua.'): string =>
  `<html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${body}</p></body></html>`;

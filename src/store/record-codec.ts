/**
 * How a record is kept in `articles` (see README "The SQL schema"): its text as plain text
 * (full-text search, snippet() and the views read it there), and the rest of its JSON, with
 * `"text":""` where the text stands, compressed with zlib (RFC 1950, what Python's
 * `zlib.decompress` and the sqlite3 shell's `sqlar_uncompress` read). The record's exact
 * JSON, one line of records.jsonl, is that JSON with the text put back at `text_at`. A CRC-32
 * of the text and that JSON (`checksum`) is checked on every read, so a damaged record is
 * never passed on.
 *
 * Storing the text once and compressing the rest keeps the store near 1.8 times the text it
 * holds (the JSON beside the text was half the text again). Encoding is pure work: the
 * pipeline's worker threads do it, and hand the bytes over without copying them.
 */
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import type { ArticleRecord } from '../record/schema.js';

export interface EncodedRecord {
  /** The record's text, UTF-8 (bound as TEXT). */
  text: Uint8Array;
  /** zlib of the record's JSON with `"text":""` in place of its text (the whole JSON when `textAt` is null). */
  body: Uint8Array;
  /** Bytes of the JSON before compression. */
  bodySize: number;
  /** Where the `""` standing for the text begins in that JSON (a byte offset); null when the JSON holds its text. */
  textAt: number | null;
  /** CRC-32 of the text's UTF-8 bytes followed by the JSON without its text (before compression). */
  checksum: number;
}

/** A stored row, as read back with the columns of the same names. */
export interface StoredRow {
  text: string;
  record: Uint8Array;
  text_at: number | null;
  checksum: number;
}

/** The columns a reader selects to rebuild a record (`SELECT ${RECORD_COLUMNS} FROM articles`). */
export const RECORD_COLUMNS = 'text, record, text_at, checksum';

// A text the JSON of no other field holds: its JSON form is searched for, and must occur once.
const MARK = '\u0001';
const MARK_JSON = JSON.stringify(MARK);

/** An exactly sized copy, so that the bytes can be transferred between threads on their own. */
/** String.prototype.isWellFormed (Node 20; not yet in the ES2023 library types). */
const wellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

const own = (b: Uint8Array): Uint8Array => (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b : new Uint8Array(b));

/** UTF-8 bytes of a string in a buffer of their own (Buffer.from would share its pool with other small strings). */
function utf8(s: string): Buffer {
  const b = Buffer.allocUnsafeSlow(Buffer.byteLength(s));
  b.write(s);
  return b;
}

/** CRC-32 of a record: of its text's UTF-8 bytes, then of its JSON without the text (as stored before compression). */
const checksumOf = (text: Uint8Array | string, body: Uint8Array): number => crc32(body, crc32(text));

/**
 * zlib level of the stored JSON: records are a few KB, where level 1 compresses them nearly
 * as well as 6 (0.181 against 0.171 of the text they go with) for a quarter less CPU.
 */
const RECORD_ZLIB_LEVEL = 1;

/** The stored form of a validated record, and its whole JSON (one line of records.jsonl; not stored). */
export function encodeRecord(r: ArticleRecord): EncodedRecord & { json: string } {
  const marked = JSON.stringify({ ...r, text: MARK });
  const at = marked.indexOf(MARK_JSON);
  const text = utf8(r.text);
  let body: Buffer;
  let json: string;
  let textAt: number | null = null;
  // A text that is not well-formed Unicode (a lone surrogate read from JSON) cannot be stored
  // as TEXT and read back the same: the JSON then keeps its text, escaped as JSON does.
  if (at >= 0 && marked.indexOf(MARK_JSON, at + 1) < 0 && wellFormed(r.text)) {
    const head = marked.slice(0, at);
    const tail = marked.slice(at + MARK_JSON.length);
    body = utf8(`${head}""${tail}`);
    json = head + JSON.stringify(r.text) + tail;
    textAt = Buffer.byteLength(head);
  } else {
    json = JSON.stringify(r);
    body = utf8(json);
  }
  return { text, body: own(deflateSync(body, { level: RECORD_ZLIB_LEVEL })), bodySize: body.length, textAt, checksum: checksumOf(text, body), json };
}

/** UTF-8 bytes in a buffer of their own, which can be handed to another thread. */
export const ownBytes = utf8;

/**
 * The record's JSON (one line of records.jsonl) from its stored row, or null when the row is
 * damaged: its compressed part cannot be read, or text and JSON do not match their checksum.
 */
export function decodeRecord(row: StoredRow): string | null {
  let raw: Buffer;
  try {
    raw = inflateSync(row.record);
  } catch {
    return null;
  }
  if (checksumOf(row.text, raw) !== row.checksum) return null;
  const at = row.text_at;
  if (at === null) return raw.toString('utf8');
  if (!Number.isInteger(at) || at < 0 || at + 2 > raw.length || raw[at] !== 0x22 || raw[at + 1] !== 0x22) return null;
  return raw.toString('utf8', 0, at) + JSON.stringify(row.text) + raw.toString('utf8', at + 2);
}

/** A stored row with its text read as UTF-8 bytes (`SELECT ${RECORD_BYTE_COLUMNS}`). */
export interface StoredBytesRow {
  text: Uint8Array;
  record: Uint8Array;
  text_at: number | null;
  checksum: number;
}

/** The columns a reader selects to rebuild a record as bytes, never decoding its text. */
export const RECORD_BYTE_COLUMNS = 'CAST(text AS BLOB) AS text, record, text_at, checksum';

// JSON.stringify's escapes, by byte: 0 none, 1 a backslash and a letter, 2 \u00XX.
const ESCAPE = new Uint8Array(256);
const SHORT: Record<number, number> = { 0x08: 0x62, 0x09: 0x74, 0x0a: 0x6e, 0x0c: 0x66, 0x0d: 0x72, 0x22: 0x22, 0x5c: 0x5c };
for (let c = 0; c < 0x20; c++) ESCAPE[c] = 2;
for (const c of Object.keys(SHORT)) ESCAPE[Number(c)] = 1;
const HEX = Buffer.from('0123456789abcdef');

/**
 * JSON.stringify of a well-formed text, from and to UTF-8 bytes (the same bytes, since
 * JSON.stringify escapes only quotes, backslashes and control characters, all ASCII).
 */
export function jsonStringBytes(text: Uint8Array): Buffer {
  let extra = 0;
  for (let i = 0; i < text.length; i++) {
    const e = ESCAPE[text[i]!]!;
    if (e) extra += e === 1 ? 1 : 5;
  }
  const out = Buffer.allocUnsafe(text.length + extra + 2);
  out[0] = 0x22;
  let o = 1;
  if (!extra) {
    out.set(text, 1);
    o += text.length;
  } else {
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      const e = ESCAPE[c]!;
      if (!e) continue;
      out.set(text.subarray(from, i), o);
      o += i - from;
      out[o++] = 0x5c;
      if (e === 1) out[o++] = SHORT[c]!;
      else {
        out[o++] = 0x75;
        out[o++] = 0x30;
        out[o++] = 0x30;
        out[o++] = HEX[c >> 4]!;
        out[o++] = HEX[c & 15]!;
      }
      from = i + 1;
    }
    out.set(text.subarray(from), o);
    o += text.length - from;
  }
  out[o] = 0x22;
  return out;
}

/**
 * The record's JSON as UTF-8 bytes, in pieces to be written one after the other (exports
 * and deltas write millions: no text is decoded and encoded again), or null when the row is
 * damaged.
 */
export function decodeRecordBytes(row: StoredBytesRow): Uint8Array[] | null {
  let raw: Buffer;
  try {
    raw = inflateSync(row.record);
  } catch {
    return null;
  }
  if (checksumOf(row.text, raw) !== row.checksum) return null;
  const at = row.text_at;
  if (at === null) return [raw];
  if (!Number.isInteger(at) || at < 0 || at + 2 > raw.length || raw[at] !== 0x22 || raw[at + 1] !== 0x22) return null;
  return [raw.subarray(0, at), jsonStringBytes(row.text), raw.subarray(at + 2)];
}

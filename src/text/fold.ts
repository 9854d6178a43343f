/**
 * Folding for lookup: lower case, tone marks and other diacritics removed, đ → d.
 * `foldAligned` keeps one UTF-16 unit per input unit, so an offset into the folded
 * string is the same offset into the original (NFC Vietnamese letters are single units).
 */

import { endianness } from 'node:os';

/** One character folded (used once per process to build the table below). */
function foldChar(ch: string): string {
  let out: string;
  if (ch === 'đ' || ch === 'Đ') out = 'd';
  else {
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    // Keep alignment: a character whose folded form is not one unit stays as its lower case (or itself).
    if (base.length === 1) out = base;
    else {
      const lower = ch.toLowerCase();
      out = lower.length === 1 ? lower : ch;
    }
  }
  return out;
}

let table: Uint16Array | null = null;

/**
 * UTF-16 unit → folded unit, for all 65,536 units, built once per process from `foldChar`.
 * Folding every article through a table is several times faster than building the folded
 * string a character at a time (measured: 0.012 vs 0.058 ms per seed article).
 */
function foldTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c < 0x80) t[c] = c >= 65 && c <= 90 ? c + 32 : c;
    else if (c >= 0xd800 && c <= 0xdfff) t[c] = c; // surrogate halves stay as they are
    else t[c] = foldChar(String.fromCharCode(c)).charCodeAt(0);
  }
  table = t;
  return t;
}

const LITTLE_ENDIAN = endianness() === 'LE';
/** Up to this length a string is folded in a loop rather than through a buffer. */
const SHORT = 64;

/** Fold keeping length and offsets: `foldAligned(s).length === s.length`. */
export function foldAligned(s: string): string {
  const t = foldTable();
  if (s.length <= SHORT) {
    // A short string (a name, a phrase): the buffer round trip costs more than the loop.
    const codes = new Array<number>(s.length);
    for (let i = 0; i < s.length; i++) codes[i] = t[s.charCodeAt(i)]!;
    return String.fromCharCode(...codes);
  }
  if (!LITTLE_ENDIAN) {
    let out = '';
    for (let i = 0; i < s.length; i++) out += String.fromCharCode(t[s.charCodeAt(i)]!);
    return out;
  }
  const buf = Buffer.from(s, 'utf16le');
  // Pooled buffers start at multiples of 8, but a view of 16-bit units needs an even offset.
  const bytes = buf.byteOffset % 2 === 0 ? buf : Buffer.from(buf);
  const units = new Uint16Array(bytes.buffer, bytes.byteOffset, s.length);
  for (let i = 0; i < units.length; i++) units[i] = t[units[i]!]!;
  return bytes.toString('utf16le');
}

/** Fold for comparison keys (also collapses white space); same rules as the reference scorer. */
export function fold(s: string | null | undefined): string {
  return foldAligned(String(s ?? '').normalize('NFC')).replace(/\s+/g, ' ').trim();
}

/**
 * Bytes → NFC text, for files and HTTP bodies whose encoding may be missing, wrong or one
 * of the legacy Vietnamese 8-bit encodings found in archives.
 *
 * The cascade, each step trying only where the previous one could not decide:
 * 1. A byte-order mark (UTF-8, UTF-16LE, UTF-16BE) wins.
 * 2. A declared charset (HTTP header, else for HTML a `<meta>` in the first 4 KB), any
 *    WHATWG label or a Vietnamese one ("tcvn3", "vni"). A declaration is overruled when
 *    the bytes contradict it: non-ASCII bytes that are valid UTF-8 are UTF-8 (a page
 *    declared iso-8859-1 but written in UTF-8), and a Western single-byte declaration
 *    loses to a Vietnamese legacy encoding that fits far better (TCVN3 pages were often
 *    served as iso-8859-1). Each override is a `charset-mismatch` warning.
 *    A UTF-16 declaration over bytes without UTF-16's zero bytes is dropped, with a warning.
 * 3. Valid UTF-8 is UTF-8; UTF-16 without a BOM is recognised by its zero bytes.
 * 4. Mostly valid UTF-8 (at least four well-formed multi-byte sequences per stray byte) is
 *    UTF-8 with the stray bytes replaced by U+FFFD and an `invalid-utf8` warning, whatever
 *    was declared: legacy 8-bit text almost never forms valid sequences.
 * 5. Otherwise every candidate (TCVN3, VNI-Windows, windows-1258, UTF-8 with a few bad
 *    bytes, windows-1252) is decoded and scored by the share of its accented words that
 *    are well-formed Vietnamese syllables; the best wins, with a `legacy-encoding` warning.
 * Every UTF-8 or UTF-16 result is also checked for double encoding ("Cá»¥m" for "Cụm":
 * UTF-8 read as windows-1252 and saved again), repaired when that makes more words
 * Vietnamese. The text is NFC at the end.
 *
 * `encoding` names the result: a WHATWG name ("utf-8", "windows-1258" …) or one of
 * "tcvn3", "vni", "utf-8-double".
 */
import type { Warning, WarningCode } from '../record/schema.js';
import { ISO_8859_15_DIFF, LEGACY_ENCODING_NAMES, TCVN3_HIGH, VIETNAMESE_CHARSET_LABELS, VNI_DIACRITICS, VNI_LETTERS, WINDOWS_1252_C1 } from '../data/legacy-encodings.js';
import { isVietnameseSyllable } from '../text/vietnamese-syllable.js';

export interface Decoded {
  text: string;
  encoding: string;
  warnings: Warning[];
}

export interface DecodeOptions {
  /** Charset from the HTTP header: a label ("iso-8859-1") or a whole Content-Type value. */
  declaredCharset?: string | null;
  /** Look for `<meta charset>` / `<meta http-equiv="Content-Type">` in the first 4 KB. */
  isHtml?: boolean;
  /** Named in warnings (path or URL). */
  location?: string;
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossyUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const cp1258 = new TextDecoder('windows-1258');

// ---------------------------------------------------------------------------------------
// Byte tables, built once.

/** One string per byte value. */
function table(fill: (b: number) => string): string[] {
  return Array.from({ length: 256 }, (_, b) => fill(b));
}
// Node's TextDecoder reads windows-1252 and iso-8859-15 as Latin-1: these two are decoded here.
const cp1252Char = table((b) => String.fromCodePoint(b >= 0x80 && b <= 0x9f ? WINDOWS_1252_C1[b - 0x80]! : b));
const iso885915Char = table((b) => String.fromCodePoint(ISO_8859_15_DIFF[b] ?? b));

const TCVN3 = table((b) => (b < 0x80 ? String.fromCharCode(b) : String.fromCodePoint(TCVN3_HIGH[b - 0x80]!)));

const VNI = table((b) => {
  if (b < 0x80) return String.fromCharCode(b);
  const lower = b + 0x20; // capital diacritic and letter bytes are the lower-case byte − 0x20
  if (VNI_DIACRITICS[b] !== undefined) return VNI_DIACRITICS[b]!;
  if (VNI_LETTERS[b] !== undefined) return VNI_LETTERS[b]!;
  if (lower <= 0xff && VNI_DIACRITICS[lower] !== undefined) return VNI_DIACRITICS[lower]!;
  if (lower <= 0xff && VNI_LETTERS[lower] !== undefined) return VNI_LETTERS[lower]!.toUpperCase();
  return cp1252Char[b]!;
});

function decodeWith(bytes: Uint8Array, t: string[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += t[bytes[i]!]!;
  return out;
}

/** Decodes with a WHATWG encoding name, working around Node's Latin-1 windows-1252 and iso-8859-15. */
function decodeNamed(bytes: Uint8Array, name: string): string {
  if (name === 'windows-1252') return decodeWith(bytes, cp1252Char);
  if (name === 'iso-8859-15') return decodeWith(bytes, iso885915Char);
  return new TextDecoder(name).decode(bytes);
}

/** TCVN3 (ABC) bytes → NFC text, no detection. */
export const decodeTcvn3 = (bytes: Uint8Array): string => decodeWith(bytes, TCVN3).normalize('NFC');

/** VNI-Windows bytes → NFC text, no detection. */
export const decodeVni = (bytes: Uint8Array): string => decodeWith(bytes, VNI).normalize('NFC');

/** windows-1252 character (and the C1 control a Latin-1 reading gives) → byte, for undoing double encoding. */
const CP1252_BYTE = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) {
  CP1252_BYTE.set(cp1252Char[b]!, b);
  if (b <= 0x9f) CP1252_BYTE.set(String.fromCharCode(b), b);
}

// ---------------------------------------------------------------------------------------
// Scoring: how Vietnamese does a decoding look?

// Words are separated by white space and ASCII punctuation; mojibake symbols (§ « ¸ »)
// stay inside the word and make it fail.
const TOKEN_SPLIT = /[\s!-/:-@[-`{-~]+/;
const NON_ASCII = /[^\x00-\x7f]/;
const LETTERS = /^\p{L}+$/u;
const SCORE_CHARS = 20_000;

/** Share of words with non-ASCII characters that are Vietnamese syllables, and how many such words there are. */
export function vietnameseScore(text: string): { share: number; words: number } {
  let words = 0;
  let good = 0;
  for (const token of text.slice(0, SCORE_CHARS).normalize('NFC').split(TOKEN_SPLIT)) {
    if (!NON_ASCII.test(token)) continue;
    words++;
    if (LETTERS.test(token) && isVietnameseSyllable(token)) good++;
  }
  return { share: words ? good / words : 0, words };
}

// ---------------------------------------------------------------------------------------
// Double-encoded UTF-8.

// A windows-1252 letter that is a UTF-8 lead byte followed by one that is a continuation byte.
const DOUBLE_HINT = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

/** Undo one round of "UTF-8 bytes read as windows-1252", sequence by sequence (correct text in between is kept). */
export function repairDoubleUtf8(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const b0 = CP1252_BYTE.get(s[i]!);
    if (b0 !== undefined && b0 >= 0xc2 && b0 <= 0xf4) {
      const n = b0 < 0xe0 ? 1 : b0 < 0xf0 ? 2 : 3;
      const buf = [b0];
      for (let k = 1; k <= n; k++) {
        const b = i + k < s.length ? CP1252_BYTE.get(s[i + k]!) : undefined;
        if (b === undefined || b > 0xbf) break;
        buf.push(b);
      }
      if (buf.length === n + 1) {
        try {
          out += fatalUtf8.decode(Uint8Array.from(buf));
          i += n + 1;
          continue;
        } catch {
          // not a valid sequence (overlong, surrogate): keep the characters
        }
      }
    }
    out += s[i];
    i++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// How UTF-8 do the bytes look?

/**
 * Well-formed multi-byte UTF-8 sequences and the bytes that fit no sequence. Legacy 8-bit
 * text almost never forms valid sequences (a lead byte must be followed by exactly the
 * right number of continuation bytes), so a text whose non-ASCII bytes are mostly valid
 * sequences is UTF-8 with a few bad bytes, however many high bytes it has.
 */
export function utf8Evidence(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = n > 0;
    for (let k = 1; ok && k <= n; k++) ok = i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += n + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** Mostly valid UTF-8: at least 4 valid sequences for every stray byte (and a few of them at all). */
const mostlyUtf8 = (e: { valid: number; invalid: number }): boolean => e.valid >= 4 && e.valid >= 4 * e.invalid;

// ---------------------------------------------------------------------------------------
// Binary input.

const MAGIC: Array<[bytes: number[], what: string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or DOCX/XLSX/ODT)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an OLE document (DOC/XLS)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x1f, 0x8b], 'gzip-compressed data'],
  [[0x42, 0x5a, 0x68], 'bzip2-compressed data'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'xz-compressed data'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7z archive'],
  [[0x52, 0x49, 0x46, 0x46], 'a RIFF media file'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an ELF executable'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], 'an SQLite database'],
];
const SNIFF = 8192;

function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 16) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd / pairs >= 0.3 && even / pairs < 0.02) return 'utf-16le';
  if (even / pairs >= 0.3 && odd / pairs < 0.02) return 'utf-16be';
  return null;
}

/** Why `bytes` are not text ("a PDF document", "NUL bytes …"), or null when they look like text. */
export function describeBinary(bytes: Uint8Array): string | null {
  for (const [magic, what] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return `binary file: ${what}`;
  const bom = bomOf(bytes);
  const utf16 = bom && bom.encoding !== 'utf-8' ? bom.encoding : utf16WithoutBom(bytes);
  if (utf16) {
    // UTF-16 text has NUL bytes; judge its characters instead.
    const sample = new TextDecoder(utf16).decode(bytes.subarray(0, SNIFF));
    let controls = 0;
    for (const ch of sample) if (/[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]/.test(ch)) controls++;
    return sample.length && controls / sample.length > 0.1 ? `binary file: ${Math.round((100 * controls) / sample.length)}% control characters` : null;
  }
  const head = bytes.subarray(0, SNIFF);
  let controls = 0;
  for (const b of head) {
    // Like git: a NUL byte in the first 8 KB means binary.
    if (b === 0) return 'binary file: contains NUL bytes';
    if ((b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) && b !== 0x1b) controls++;
  }
  if (head.length && controls / head.length > 0.1) return `binary file: ${Math.round((100 * controls) / head.length)}% control bytes`;
  return null;
}

/** Whether `bytes` look like a binary file rather than text (see `describeBinary` for the reason). */
export function looksBinary(bytes: Uint8Array): boolean {
  return describeBinary(bytes) !== null;
}

// ---------------------------------------------------------------------------------------
// Declarations.

function bomOf(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

// <meta charset="…"> and <meta http-equiv="Content-Type" content="text/html; charset=…">
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const CONTENT_TYPE_CHARSET = /charset\s*=\s*["']?\s*([\w.:-]+)/i;

type Resolved = { name: string; kind: 'whatwg' | 'tcvn3' | 'vni' };

/** The label inside a Content-Type value ("text/html; charset=UTF-8" → "utf-8"), trimmed and lower-cased. */
const cleanLabel = (label: string): string =>
  (CONTENT_TYPE_CHARSET.exec(label)?.[1] ?? label).trim().replace(/^["']|["']$/g, '').toLowerCase();

/** A clean charset label → the decoder's name for it, or null when no decoder knows it. */
function resolveLabel(label: string): Resolved | null {
  const vn = VIETNAMESE_CHARSET_LABELS[label];
  if (vn) return { name: vn, kind: vn };
  try {
    return { name: new TextDecoder(label).encoding, kind: 'whatwg' };
  } catch {
    return null;
  }
}

// Single-byte Western declarations that Vietnamese legacy pages were commonly served with.
const WESTERN = new Set(['windows-1252', 'iso-8859-15', 'windows-1250', 'iso-8859-2']);

// ---------------------------------------------------------------------------------------

interface Candidate {
  encoding: string;
  text: string;
  share: number;
  words: number;
}

function candidate(encoding: string, text: string): Candidate {
  return { encoding, text, ...vietnameseScore(text) };
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** Decodes `bytes` to NFC text (see the module comment for the order of decisions). */
export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  const where = opts.location ?? 'input';
  const warnings: Warning[] = [];
  const warn = (code: WarningCode, message: string): void => {
    warnings.push({ code, message: `${where}: ${message}`, start: null, end: null });
  };

  /** UTF-8/UTF-16 result: undo double encoding where that helps, then NFC. */
  const unicode = (text: string, encoding: string): Decoded => {
    if (DOUBLE_HINT.test(text)) {
      let fixed = text;
      for (let round = 0; round < 2; round++) {
        const next = repairDoubleUtf8(fixed);
        if (next === fixed) break;
        fixed = next;
      }
      if (fixed !== text) {
        const before = vietnameseScore(text);
        const after = vietnameseScore(fixed);
        if (after.share > before.share) {
          warn('legacy-encoding', `decoded as ${LEGACY_ENCODING_NAMES['utf-8-double']} and repaired (${pct(after.share)} of accented words are Vietnamese syllables, ${pct(before.share)} before)`);
          return { text: fixed.normalize('NFC'), encoding: 'utf-8-double', warnings };
        }
      }
    }
    return { text: text.normalize('NFC'), encoding, warnings };
  };

  const legacy = (c: Candidate, why: string): Decoded => {
    const name = LEGACY_ENCODING_NAMES[c.encoding as keyof typeof LEGACY_ENCODING_NAMES] ?? c.encoding;
    const fit = c.words ? `; ${pct(c.share)} of ${c.words} accented words are Vietnamese syllables` : '';
    warn('legacy-encoding', `decoded as ${name} (${why}${fit})`);
    return { text: c.text.normalize('NFC'), encoding: c.encoding, warnings };
  };

  /** UTF-8 with invalid bytes replaced by U+FFFD, and a warning that says how many. */
  function strayUtf8(e: { valid: number; invalid: number }): Decoded {
    const text = lossyUtf8.decode(bytes);
    const bad = text.split('\ufffd').length - 1;
    warn('invalid-utf8', `not valid UTF-8; ${bad} invalid byte sequence${bad === 1 ? '' : 's'} replaced with U+FFFD (${e.valid} valid multi-byte sequences)`);
    return unicode(text, 'utf-8');
  }

  // 1. Byte-order mark.
  const bom = bomOf(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    if (bom.encoding === 'utf-8') {
      try {
        return unicode(fatalUtf8.decode(body), 'utf-8');
      } catch {
        warn('invalid-utf8', 'has a UTF-8 byte-order mark but invalid UTF-8 bytes; they were replaced with U+FFFD');
        return unicode(lossyUtf8.decode(body), 'utf-8');
      }
    }
    return unicode(new TextDecoder(bom.encoding, { ignoreBOM: true }).decode(body), bom.encoding);
  }

  let utf8: string | null = null;
  try {
    utf8 = fatalUtf8.decode(bytes);
  } catch {
    utf8 = null;
  }
  const ascii = utf8 !== null && !NON_ASCII.test(utf8);

  // 2. Declared charset: HTTP header, else <meta> for HTML.
  let label = opts.declaredCharset ?? null;
  let source = 'the HTTP header';
  if (!label && opts.isHtml) {
    const head = decodeWith(bytes.subarray(0, 4096), cp1252Char);
    label = META_CHARSET.exec(head)?.[1] ?? null;
    source = 'the <meta> tag';
  }
  let declared: Resolved | null = null;
  const evidence = utf8 === null ? utf8Evidence(bytes) : null;
  if (label) {
    label = cleanLabel(label);
    declared = resolveLabel(label);
    if (!declared) warn('unknown-charset', `charset "${label}" declared in ${source} is not supported; detecting the encoding instead`);
    // WHATWG: a <meta> declaring UTF-16 in an ASCII-compatible document means UTF-8.
    else if (source === 'the <meta> tag' && declared.name.startsWith('utf-16')) declared = { name: 'utf-8', kind: 'whatwg' };
  }

  // A utf-8 declaration the bytes break: named below once the detected encoding is known.
  let brokenUtf8Declaration = false;
  // A UTF-16 declaration is contradicted by bytes without the zero bytes every UTF-16
  // text of Latin letters, digits and spaces has: those bytes are read as if undeclared.
  if (declared?.name.startsWith('utf-16') && bytes.length >= 2 && (bytes.length >= 16 ? !utf16WithoutBom(bytes) : !bytes.includes(0))) {
    warn('charset-mismatch', `declared ${label} in ${source} but the bytes are not UTF-16; decoded by what they are`);
    declared = null;
  }
  if (declared) {
    const { name, kind } = declared;
    if (name.startsWith('utf-16')) return unicode(new TextDecoder(name).decode(bytes), name);
    // ASCII reads the same in every ASCII-compatible charset.
    if (ascii) return { text: utf8!.normalize('NFC'), encoding: kind === 'whatwg' ? name : 'utf-8', warnings };
    if (name === 'utf-8') {
      if (utf8 !== null) return unicode(utf8, 'utf-8');
      brokenUtf8Declaration = true;
    } else if (utf8 !== null) {
      warn('charset-mismatch', `declared ${label} in ${source} but the bytes are valid UTF-8; decoded as UTF-8`);
      return unicode(utf8, 'utf-8');
    } else if (mostlyUtf8(evidence!)) {
      warn('charset-mismatch', `declared ${label} in ${source} but the bytes are UTF-8 (${evidence!.invalid} stray byte${evidence!.invalid === 1 ? '' : 's'}); decoded as UTF-8`);
      return strayUtf8(evidence!);
    } else if (kind === 'tcvn3') {
      return legacy(candidate('tcvn3', decodeWith(bytes, TCVN3)), `declared ${label}`);
    } else if (kind === 'vni') {
      return legacy(candidate('vni', decodeWith(bytes, VNI)), `declared ${label}`);
    } else if (name === 'windows-1258') {
      return legacy(candidate('windows-1258', cp1258.decode(bytes)), `declared ${label}`);
    } else if (WESTERN.has(name)) {
      const asDeclared = candidate(name, decodeNamed(bytes, name));
      const best = bestLegacy(bytes, null);
      if (best && best.share >= 0.5 && best.share >= asDeclared.share + 0.2) {
        warn('charset-mismatch', `declared ${label} in ${source} but the text reads as Vietnamese in another encoding`);
        return legacy(best, `not the declared ${label}`);
      }
      return { text: asDeclared.text.normalize('NFC'), encoding: name, warnings };
    } else {
      return { text: decodeNamed(bytes, name).normalize('NFC'), encoding: name, warnings };
    }
  }

  // 3. UTF-8, or UTF-16 without a byte-order mark.
  if (utf8 !== null) return unicode(utf8, 'utf-8');
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return unicode(new TextDecoder(utf16).decode(bytes), utf16);

  // 4. Mostly UTF-8 (a few stray bytes in a UTF-8 text) stays UTF-8, the bad bytes replaced.
  if (mostlyUtf8(evidence!)) return strayUtf8(evidence!);

  // 5. Legacy detection.
  const best = bestLegacy(bytes, lossyUtf8.decode(bytes));
  if (best && best.encoding === 'utf-8') {
    const bad = best.text.split('\ufffd').length - 1;
    warn('invalid-utf8', `not valid UTF-8; ${bad} invalid byte sequence${bad === 1 ? '' : 's'} replaced with U+FFFD`);
    return unicode(best.text, 'utf-8');
  }
  if (brokenUtf8Declaration) warn('charset-mismatch', `declared utf-8 in ${source} but the bytes are not UTF-8`);
  if (best && best.share >= 0.5) return legacy(best, 'not valid UTF-8');
  return legacy(candidate('windows-1252', decodeWith(bytes, cp1252Char)), 'not valid UTF-8 and no Vietnamese encoding fits');
}

/**
 * The best-scoring Vietnamese decoding of non-UTF-8 bytes. `lossy` is the UTF-8 decoding
 * with replacement characters; it competes only when it has few of them (a truncated or
 * slightly damaged UTF-8 file). On equal scores the earlier candidate wins.
 */
function bestLegacy(bytes: Uint8Array, lossy: string | null): Candidate | null {
  const candidates: Candidate[] = [];
  if (lossy !== null) {
    const bad = lossy.split('\ufffd').length - 1;
    let high = 0;
    for (const b of bytes) if (b >= 0x80) high++;
    if (bad <= Math.max(3, high / 100)) candidates.push(candidate('utf-8', lossy));
  }
  candidates.push(candidate('windows-1258', cp1258.decode(bytes)), candidate('tcvn3', decodeWith(bytes, TCVN3)), candidate('vni', decodeWith(bytes, VNI)));
  let best: Candidate | null = null;
  for (const c of candidates) if (c.words > 0 && (!best || c.share > best.share)) best = c;
  return best;
}

import { describe, it, expect } from 'vitest';
import { decodeBytes, decodeTcvn3, decodeVni, describeBinary, looksBinary, repairDoubleUtf8 } from '../src/decode/decode-bytes.js';
import { TCVN3_HIGH, VNI_DIACRITICS, VNI_LETTERS, WINDOWS_1252_C1 } from '../src/data/legacy-encodings.js';

// Byte columns of the lower-case table in reference/periods.md §4 (from the xvnkb tables and
// Python's cp1258), written out here so the tests do not depend on src/data.
const TCVN3_ROWS =
  'á B8 à B5 ả B6 ã B7 ạ B9 ă A8 ắ BE ằ BB ẳ BC ẵ BD ặ C6 â A9 ấ CA ầ C7 ẩ C8 ẫ C9 ậ CB é D0 è CC ẻ CE ẽ CF ẹ D1 ê AA ế D5 ề D2 ể D3 ễ D4 ệ D6 ' +
  'í DD ì D7 ỉ D8 ĩ DC ị DE ó E3 ò DF ỏ E1 õ E2 ọ E4 ô AB ố E8 ồ E5 ổ E6 ỗ E7 ộ E9 ơ AC ớ ED ờ EA ở EB ỡ EC ợ EE ú F3 ù EF ủ F1 ũ F2 ụ F4 ' +
  'ư AD ứ F8 ừ F5 ử F6 ữ F7 ự F9 ý FD ỳ FA ỷ FB ỹ FC ỵ FE đ AE Ă A1 Â A2 Ê A3 Ô A4 Ơ A5 Ư A6 Đ A7';
const VNI_ROWS =
  'á 61F9 à 61F8 ả 61FB ã 61F5 ạ 61EF ă 61EA ắ 61E9 ằ 61E8 ẳ 61FA ẵ 61FC ặ 61EB â 61E2 ấ 61E1 ầ 61E0 ẩ 61E5 ẫ 61E3 ậ 61E4 ' +
  'é 65F9 è 65F8 ẻ 65FB ẽ 65F5 ẹ 65EF ê 65E2 ế 65E1 ề 65E0 ể 65E5 ễ 65E3 ệ 65E4 í ED ì EC ỉ E6 ĩ F3 ị F2 ' +
  'ó 6FF9 ò 6FF8 ỏ 6FFB õ 6FF5 ọ 6FEF ô 6FE2 ố 6FE1 ồ 6FE0 ổ 6FE5 ỗ 6FE3 ộ 6FE4 ơ F4 ớ F4F9 ờ F4F8 ở F4FB ỡ F4F5 ợ F4EF ' +
  'ú 75F9 ù 75F8 ủ 75FB ũ 75F5 ụ 75EF ư F6 ứ F6F9 ừ F6F8 ử F6FB ữ F6F5 ự F6EF ý 79F9 ỳ 79F8 ỷ 79FB ỹ 79F5 ỵ EE đ F1 ' +
  'Ă 41CA Â 41C2 Ê 45C2 Ô 4FC2 Ơ D4 Ư D6 Đ D1';

function rows(spec: string): Map<string, number[]> {
  const parts = spec.split(' ');
  const out = new Map<string, number[]>();
  for (let i = 0; i < parts.length; i += 2) out.set(parts[i]!, parts[i + 1]!.match(/../g)!.map((h) => parseInt(h, 16)));
  return out;
}
const TCVN3 = rows(TCVN3_ROWS);
const VNI = rows(VNI_ROWS);

/** Encodes NFC Vietnamese with a table; capitals without their own code use the lower-case code (TCVN3 ".VnTimeH" convention). */
function encode(text: string, table: Map<string, number[]>, capital: (lowerBytes: number[]) => number[]): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else if (table.has(ch)) out.push(...table.get(ch)!);
    else if (table.has(ch.toLowerCase())) out.push(...capital(table.get(ch.toLowerCase())!));
    else throw new Error(`no code for ${ch}`);
  }
  return Uint8Array.from(out);
}
const encodeTcvn3 = (t: string): Uint8Array => encode(t, TCVN3, (b) => b);
// VNI capital: upper-case base letter, diacritic byte − 0x20 (Ố = 4F C1); single-byte letters − 0x20 (Ơ = D4).
const encodeVni = (t: string): Uint8Array => encode(t, VNI, (b) => (b.length === 2 ? [b[0]! - 0x20, b[1]! - 0x20] : [b[0]! - 0x20]));

/** windows-1258 from its decoder: precomposed letter when the code page has it, else base letter + combining tone byte. */
const CP1258 = new Map<string, number>();
for (let b = 0xff; b >= 0x80; b--) CP1258.set(new TextDecoder('windows-1258').decode(Uint8Array.of(b)), b);
function encodeCp1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else if (CP1258.has(ch)) out.push(CP1258.get(ch)!);
    else {
      const d = ch.normalize('NFD');
      const tone = [...d].find((c) => '\u0300\u0301\u0303\u0309\u0323'.includes(c))!;
      const base = [...d].filter((c) => c !== tone).join('').normalize('NFC');
      out.push(base.charCodeAt(0) < 0x80 ? base.charCodeAt(0) : CP1258.get(base)!, CP1258.get(tone)!);
    }
  }
  return Uint8Array.from(out);
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const PARAGRAPH =
  'Đồng chí Đại tá Hồ Văn Tứ, Phó Giám đốc Công an tỉnh Nghệ An, trình bày báo cáo tóm tắt phong trào thi đua 6 tháng đầu năm 2020 của cụm thi đua số 5. ' +
  'Thượng tướng Nguyễn Văn Thành, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an đến dự hội nghị ở Thừa Thiên Huế.';

describe('legacy byte tables', () => {
  it('TCVN3 decodes every row of the reference table', () => {
    for (const [ch, bytes] of TCVN3) expect(decodeTcvn3(Uint8Array.from(bytes)), ch).toBe(ch);
  });
  it('VNI decodes every row of the reference table, and the capitals (byte − 0x20)', () => {
    for (const [ch, bytes] of VNI) expect(decodeVni(Uint8Array.from(bytes)), ch).toBe(ch);
    expect(decodeVni(encodeVni('ỐỨỲẶ'))).toBe('ỐỨỲẶ');
  });
  it('tables have no duplicates; TCVN3 covers every letter but the 12 capitals VN1 puts in control codes', () => {
    expect(new Set(TCVN3_HIGH).size).toBe(128);
    expect(new Set(Object.values(VNI_DIACRITICS)).size).toBe(17);
    expect(new Set(Object.values(VNI_LETTERS)).size).toBe(9);
    const inTable = new Set(TCVN3_HIGH.map((c) => String.fromCodePoint(c)));
    const missing: string[] = [];
    for (const v of 'aăâeêioôơuưy')
      for (const tone of ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']) {
        const lower = (v + tone).normalize('NFC');
        for (const ch of [lower, lower.toUpperCase()]) if (ch.charCodeAt(0) >= 0x80 && !inTable.has(ch)) missing.push(ch);
      }
    expect(missing.join('')).toBe('ÚỤỪỨỬỮỰỲÝỶỸỴ');
  });
  it('windows-1252 punctuation agrees with windows-1258 where the two code pages share it', () => {
    // Node's own windows-1252 decoder returns Latin-1 (U+0091 for 0x91), hence our table;
    // its windows-1258 decoder is right, and 1258 shares 0x80–0x9F except 8A 8E 9A 9E.
    const cp1258 = new TextDecoder('windows-1258');
    for (let b = 0x80; b <= 0x9f; b++) {
      if ([0x8a, 0x8e, 0x9a, 0x9e].includes(b)) continue;
      expect(String.fromCodePoint(WINDOWS_1252_C1[b - 0x80]!), b.toString(16)).toBe(cp1258.decode(Uint8Array.of(b)));
    }
  });
  it('reproduces the signature strings of periods.md', () => {
    expect(decodeTcvn3(Uint8Array.from([0x42, 0xe9, 0x20, 0x43, 0xab, 0x6e, 0x67, 0x20, 0x61, 0x6e]))).toBe('Bộ Công an');
    expect(decodeVni(Uint8Array.from([0xd1, 0x61, 0xfb, 0x6e, 0x67, 0x20, 0x75, 0xfb, 0x79]))).toBe('Đảng ủy');
  });
});

describe('decodeBytes: byte-order marks and Unicode', () => {
  it('strips a UTF-8 BOM', () => {
    const d = decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Công an')]));
    expect(d).toEqual({ text: 'Công an', encoding: 'utf-8', warnings: [] });
  });
  it('decodes UTF-16LE and UTF-16BE with a BOM', () => {
    const le = Buffer.from('Cụm thi đua số 5', 'utf16le');
    expect(decodeBytes(Uint8Array.from([0xff, 0xfe, ...le]))).toEqual({ text: 'Cụm thi đua số 5', encoding: 'utf-16le', warnings: [] });
    const be = Uint8Array.from(le).map((_, i, a) => a[i ^ 1]!);
    expect(decodeBytes(Uint8Array.from([0xfe, 0xff, ...be]))).toEqual({ text: 'Cụm thi đua số 5', encoding: 'utf-16be', warnings: [] });
  });
  it('recognises UTF-16LE without a BOM', () => {
    expect(decodeBytes(Uint8Array.from(Buffer.from('Tổ chức Hội nghị tổng kết', 'utf16le'))).text).toBe('Tổ chức Hội nghị tổng kết');
  });
  it('turns decomposed (NFD) input into NFC', () => {
    const d = decodeBytes(utf8('Việt Nam'.normalize('NFD')));
    expect(d.text).toBe('Việt Nam');
    expect(d.text).toHaveLength(8);
    expect(d.warnings).toEqual([]);
  });
  it('keeps plain UTF-8 as it is, without warnings', () => {
    expect(decodeBytes(utf8(PARAGRAPH))).toEqual({ text: PARAGRAPH, encoding: 'utf-8', warnings: [] });
  });
  it('replaces a truncated UTF-8 sequence and says so', () => {
    const bytes = utf8(PARAGRAPH + ' ệ').slice(0, -1);
    const d = decodeBytes(bytes, { location: 'cut.txt' });
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(PARAGRAPH + ' \ufffd');
    expect(d.warnings.map((w) => w.code)).toEqual(['invalid-utf8']);
  });
});

describe('decodeBytes: legacy Vietnamese encodings', () => {
  it('detects TCVN3 and warns', () => {
    const d = decodeBytes(encodeTcvn3(PARAGRAPH), { location: 'old/tcvn.txt' });
    expect(d.encoding).toBe('tcvn3');
    // TCVN3 has no toned capitals: "Ủy" was written with the lower-case code.
    expect(d.text).toBe(PARAGRAPH.replace('Ủy', 'ủy'));
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]).toMatchObject({ code: 'legacy-encoding', start: null, end: null });
    const accented = PARAGRAPH.split(/[\s,.]+/).filter((w) => /[^\x00-\x7f]/.test(w)).length;
    expect(accented).toBe(49);
    expect(d.warnings[0]!.message).toBe(`old/tcvn.txt: decoded as TCVN3 (ABC) (not valid UTF-8; 100% of ${accented} accented words are Vietnamese syllables)`);
  });
  it('detects VNI-Windows and warns', () => {
    const d = decodeBytes(encodeVni(PARAGRAPH), { location: 'vni.txt' });
    expect(d.encoding).toBe('vni');
    expect(d.text).toBe(PARAGRAPH);
    expect(d.warnings.map((w) => w.code)).toEqual(['legacy-encoding']);
    expect(d.warnings[0]!.message).toMatch(/^vni\.txt: decoded as VNI-Windows \(not valid UTF-8; 100% of \d+ accented words/);
  });
  it('detects windows-1258 (combining tone bytes) and warns', () => {
    const bytes = encodeCp1258(PARAGRAPH);
    expect([...bytes.slice(0, 3)]).toEqual([0xd0, 0xf4, 0xcc]); // Đ, ô + combining grave
    const d = decodeBytes(bytes, { location: 'cp.txt' });
    expect(d.encoding).toBe('windows-1258');
    expect(d.text).toBe(PARAGRAPH);
    expect(d.warnings.map((w) => w.code)).toEqual(['legacy-encoding']);
  });
  it('tells short signature strings apart', () => {
    expect(decodeBytes(encodeTcvn3('Bộ Công an')).text).toBe('Bộ Công an');
    expect(decodeBytes(encodeVni('Bộ Công an')).text).toBe('Bộ Công an');
    expect(decodeBytes(encodeCp1258('Bộ Công an')).text).toBe('Bộ Công an');
  });
  it('repairs double-encoded UTF-8 ("Cá»¥m")', () => {
    expect(repairDoubleUtf8('Cá»¥m thi Ä‘ua sá»‘ 5')).toBe('Cụm thi đua số 5');
    // UTF-8 bytes read as windows-1252 (‘ for 0x91 …) and saved again as UTF-8.
    const cp1252 = (b: number): string => String.fromCodePoint(b >= 0x80 && b <= 0x9f ? WINDOWS_1252_C1[b - 0x80]! : b);
    const mojibake = [...utf8(PARAGRAPH)].map(cp1252).join('');
    expect(mojibake.startsWith('Ä\u0090á»“ng chÃ­ Ä\u0090áº¡i tÃ¡')).toBe(true);
    const d = decodeBytes(utf8(mojibake), { location: 'scraped.html' });
    expect(d.encoding).toBe('utf-8-double');
    expect(d.text).toBe(PARAGRAPH);
    expect(d.warnings.map((w) => w.code)).toEqual(['legacy-encoding']);
    expect(d.warnings[0]!.message).toMatch(/^scraped\.html: decoded as double-encoded UTF-8/);
    // The Latin-1 flavour (C1 controls instead of windows-1252 punctuation) is repaired too.
    const latin1 = [...utf8('Thừa Thiên Huế')].map((b) => String.fromCharCode(b)).join('');
    expect(decodeBytes(utf8(latin1)).text).toBe('Thừa Thiên Huế');
  });
  it('does not "repair" correct text that merely contains Latin-1 letters', () => {
    const text = 'Hà… và Thái Bình; Ông Â. Nguyễn — café «Sài Gòn»';
    expect(decodeBytes(utf8(text))).toEqual({ text, encoding: 'utf-8', warnings: [] });
  });
  it('falls back to windows-1252 for non-Vietnamese 8-bit text, with a warning', () => {
    const bytes = Uint8Array.from(Buffer.from("L'été dernier, le comité a adopté une décision très différente à Genève.", 'latin1'));
    const d = decodeBytes(bytes, { location: 'fr.txt' });
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe("L'été dernier, le comité a adopté une décision très différente à Genève.");
    expect(d.warnings[0]!.message).toContain('no Vietnamese encoding fits');
  });
});

describe('decodeBytes: declared charsets', () => {
  it('overrules a wrong iso-8859-1 declaration when the bytes are valid UTF-8', () => {
    const d = decodeBytes(utf8(PARAGRAPH), { declaredCharset: 'text/html; charset=ISO-8859-1', location: 'https://example.vn/a' });
    expect(d.text).toBe(PARAGRAPH);
    expect(d.encoding).toBe('utf-8');
    expect(d.warnings).toEqual([
      { code: 'charset-mismatch', message: 'https://example.vn/a: declared iso-8859-1 in the HTTP header but the bytes are valid UTF-8; decoded as UTF-8', start: null, end: null },
    ]);
  });
  it('finds TCVN3 behind an iso-8859-1 declaration', () => {
    const d = decodeBytes(encodeTcvn3(PARAGRAPH), { declaredCharset: 'iso-8859-1' });
    expect(d.encoding).toBe('tcvn3');
    expect(d.warnings.map((w) => w.code)).toEqual(['charset-mismatch', 'legacy-encoding']);
  });
  it('keeps an iso-8859-1 declaration that fits (French text)', () => {
    const d = decodeBytes(Uint8Array.from(Buffer.from('Le comité a adopté une décision à Genève.', 'latin1')), { declaredCharset: 'iso-8859-1' });
    expect(d).toEqual({ text: 'Le comité a adopté une décision à Genève.', encoding: 'windows-1252', warnings: [] });
  });
  it('detects TCVN3 behind a wrong utf-8 declaration', () => {
    const d = decodeBytes(encodeTcvn3(PARAGRAPH), { declaredCharset: 'utf-8' });
    expect(d.encoding).toBe('tcvn3');
    expect(d.warnings.map((w) => w.code)).toEqual(['charset-mismatch', 'legacy-encoding']);
  });
  it('treats a damaged file declared utf-8 as UTF-8, not as a wrong declaration', () => {
    const d = decodeBytes(utf8(PARAGRAPH + ' ệ').slice(0, -1), { declaredCharset: 'utf-8', location: 'cut.html' });
    expect(d.encoding).toBe('utf-8');
    expect(d.warnings).toEqual([{ code: 'invalid-utf8', message: expect.stringMatching(/^cut\.html: not valid UTF-8; 1 invalid byte sequence replaced with U\+FFFD \(\d+ valid multi-byte sequences\)$/), start: null, end: null }]);
  });
  it('keeps a long UTF-8 article with 16 stray 0xFF bytes as UTF-8, the bytes replaced, with a warning', () => {
    const text = `${PARAGRAPH}\n\n`.repeat(20);
    const good = utf8(text);
    const bytes = new Uint8Array(good.length + 16);
    // 16 stray bytes spread through the text, each after a space
    let j = 0;
    let put = 0;
    for (let i = 0; i < good.length; i++) {
      bytes[j++] = good[i]!;
      if (good[i] === 0x20 && put < 16 && i % 97 < 3) {
        bytes[j++] = 0xff;
        put++;
      }
    }
    expect(put).toBe(16);
    const d = decodeBytes(bytes.subarray(0, j), { location: 'stray.txt' });
    expect(d.encoding).toBe('utf-8');
    expect(d.text.replaceAll('\ufffd', '')).toBe(text);
    expect(d.warnings.map((w) => w.code)).toEqual(['invalid-utf8']);
    expect(d.warnings[0]!.message).toMatch(/^stray\.txt: not valid UTF-8; 16 invalid byte sequences replaced with U\+FFFD/);
    // declared windows-1252, the bytes still win
    const declared = decodeBytes(bytes.subarray(0, j), { declaredCharset: 'windows-1252', location: 'stray.html' });
    expect(declared.encoding).toBe('utf-8');
    expect(declared.warnings.map((w) => w.code)).toEqual(['charset-mismatch', 'invalid-utf8']);
  });
  it('a UTF-8 page served as charset=utf-16 is read as UTF-8, with a warning, not as CJK', () => {
    const d = decodeBytes(utf8(`<html><body><p>${PARAGRAPH}</p></body></html>`), { declaredCharset: 'text/html; charset=utf-16', isHtml: true, location: 'https://example.vn/a' });
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain(PARAGRAPH);
    expect(d.warnings).toEqual([{ code: 'charset-mismatch', message: 'https://example.vn/a: declared utf-16 in the HTTP header but the bytes are not UTF-16; decoded by what they are', start: null, end: null }]);
  });
  it('real UTF-16 declared as such is still UTF-16', () => {
    const bytes = Uint8Array.from(Buffer.from(PARAGRAPH, 'utf16le'));
    expect(decodeBytes(bytes, { declaredCharset: 'utf-16le' })).toEqual({ text: PARAGRAPH, encoding: 'utf-16le', warnings: [] });
  });
  it('reads <meta charset> in HTML when there is no header', () => {
    const html = (meta: string, body: string): Uint8Array => Uint8Array.from([...utf8(`<html><head>${meta}</head><body><p>`), ...encodeCp1258(body), ...utf8('</p></body></html>')]);
    const d = decodeBytes(html('<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">', 'Bộ Công an'), { isHtml: true, location: 'a.html' });
    expect(d.encoding).toBe('windows-1258');
    expect(d.text).toBe('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body><p>Bộ Công an</p></body></html>');
    expect(d.warnings[0]!.message).toBe('a.html: decoded as windows-1258 (declared windows-1258; 100% of 2 accented words are Vietnamese syllables)');
    const v = decodeBytes(Uint8Array.from([...utf8('<meta charset="VNI-Windows"><p>'), ...encodeVni('Việt Nam')]), { isHtml: true });
    expect(v.text).toBe('<meta charset="VNI-Windows"><p>Việt Nam');
    expect(v.encoding).toBe('vni');
  });
  it('names an unknown charset and still decodes', () => {
    const d = decodeBytes(utf8('Công an'), { declaredCharset: 'x-klingon' });
    expect(d.text).toBe('Công an');
    expect(d.warnings.map((w) => w.code)).toEqual(['unknown-charset']);
  });
});

describe('looksBinary / describeBinary', () => {
  it('recognises common binary formats by their signature', () => {
    expect(describeBinary(utf8('%PDF-1.7\n%âãÏÓ'))).toBe('binary file: a PDF document');
    expect(describeBinary(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('binary file: a PNG image');
    expect(describeBinary(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBe('binary file: a ZIP archive (or DOCX/XLSX/ODT)');
  });
  it('treats NUL bytes and control-heavy data as binary', () => {
    expect(describeBinary(Uint8Array.from([...utf8('Công an'), 0, 1, 2, 3]))).toBe('binary file: contains NUL bytes');
    expect(looksBinary(Uint8Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))).toBe(true);
  });
  it('does not flag text: UTF-8, legacy 8-bit, UTF-16, empty', () => {
    expect(looksBinary(utf8(PARAGRAPH))).toBe(false);
    expect(looksBinary(encodeTcvn3(PARAGRAPH))).toBe(false);
    expect(looksBinary(encodeVni(PARAGRAPH))).toBe(false);
    expect(looksBinary(Uint8Array.from([0xff, 0xfe, ...Buffer.from(PARAGRAPH, 'utf16le')]))).toBe(false);
    expect(looksBinary(Uint8Array.from(Buffer.from(PARAGRAPH, 'utf16le')))).toBe(false);
    expect(looksBinary(new Uint8Array(0))).toBe(false);
  });
});

/**
 * Byte tables of the legacy Vietnamese 8-bit encodings that the decoder recognises.
 *
 * Sources (see ../shared/reference/periods.md §4):
 * - TCVN3 / TCVN 5712: the X-TrueType table `TCVNtoUCS2.c` (XFree86, T. Shiozaki and
 *   P. Saratxaga, 1998; read in apple-open-source/macos `X11/xc/extras/X-TrueType/TCVN/`),
 *   cross-checked against lamdao/xvnkb `tcvn.h` and the lower-case table of periods.md §4.
 *   Plain TCVN3 ("ABC", VN3) files only use the lower-case codes and Ă Â Ê Ô Ơ Ư Đ at
 *   0xA1–0xA7 (capitals came from a separate ".VnTimeH" font with the lower-case codes);
 *   the toned capitals at 0x80–0x9F are the VN1 superset and decode harmlessly.
 *   The VN1 capitals placed in C0 control positions (0x01 Ú, 0x02 Ụ …) are left out:
 *   the sources disagree on them and they collide with control characters.
 * - VNI-Windows: lamdao/xvnkb `vni.h` (base letter followed by a diacritic byte) and the
 *   VNI column of periods.md §4. A capital's diacritic byte is the lower-case one − 0x20.
 */

/** TCVN3 bytes 0x80–0xFF → Unicode code point (index = byte − 0x80). 0xB0–0xB4 are combining tone marks. */
export const TCVN3_HIGH: readonly number[] = [
  // 0x80
  0x00c0, 0x1ea2, 0x00c3, 0x00c1, 0x1ea0, 0x1eb6, 0x1eac, 0x00c8, 0x1eba, 0x1ebc, 0x00c9, 0x1eb8, 0x1ec6, 0x00cc, 0x1ec8, 0x0128,
  // 0x90
  0x00cd, 0x1eca, 0x00d2, 0x1ece, 0x00d5, 0x00d3, 0x1ecc, 0x1ed8, 0x1edc, 0x1ede, 0x1ee0, 0x1eda, 0x1ee2, 0x00d9, 0x1ee6, 0x0168,
  // 0xA0
  0x00a0, 0x0102, 0x00c2, 0x00ca, 0x00d4, 0x01a0, 0x01af, 0x0110, 0x0103, 0x00e2, 0x00ea, 0x00f4, 0x01a1, 0x01b0, 0x0111, 0x1eb0,
  // 0xB0
  0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00e0, 0x1ea3, 0x00e3, 0x00e1, 0x1ea1, 0x1eb2, 0x1eb1, 0x1eb3, 0x1eb5, 0x1eaf, 0x1eb4,
  // 0xC0
  0x1eae, 0x1ea6, 0x1ea8, 0x1eaa, 0x1ea4, 0x1ec0, 0x1eb7, 0x1ea7, 0x1ea9, 0x1eab, 0x1ea5, 0x1ead, 0x00e8, 0x1ec2, 0x1ebb, 0x1ebd,
  // 0xD0
  0x00e9, 0x1eb9, 0x1ec1, 0x1ec3, 0x1ec5, 0x1ebf, 0x1ec7, 0x00ec, 0x1ec9, 0x1ec4, 0x1ebe, 0x1ed2, 0x0129, 0x00ed, 0x1ecb, 0x00f2,
  // 0xE0
  0x1ed4, 0x1ecf, 0x00f5, 0x00f3, 0x1ecd, 0x1ed3, 0x1ed5, 0x1ed7, 0x1ed1, 0x1ed9, 0x1edd, 0x1edf, 0x1ee1, 0x1edb, 0x1ee3, 0x00f9,
  // 0xF0
  0x1ed6, 0x1ee7, 0x0169, 0x00fa, 0x1ee5, 0x1eeb, 0x1eed, 0x1eef, 0x1ee9, 0x1ef1, 0x1ef3, 0x1ef7, 0x1ef9, 0x00fd, 0x1ef5, 0x1ed0,
];

/**
 * VNI-Windows diacritic bytes (lower-case form) → the combining marks they add to the
 * preceding base letter ("a" + 0xF9 = á, "a" + 0xE1 = ấ, "a" + 0xE9 = ắ). The capital
 * form of each byte is byte − 0x20 ("A" + 0xD9 = Á).
 */
export const VNI_DIACRITICS: Readonly<Record<number, string>> = {
  0xf9: '\u0301', // sắc
  0xf8: '\u0300', // huyền
  0xfb: '\u0309', // hỏi
  0xf5: '\u0303', // ngã
  0xef: '\u0323', // nặng
  0xe2: '\u0302', // circumflex: â ê ô
  0xe1: '\u0302\u0301',
  0xe0: '\u0302\u0300',
  0xe5: '\u0302\u0309',
  0xe3: '\u0302\u0303',
  0xe4: '\u0302\u0323',
  0xea: '\u0306', // breve: ă
  0xe9: '\u0306\u0301',
  0xe8: '\u0306\u0300',
  0xfa: '\u0306\u0309',
  0xfc: '\u0306\u0303',
  0xeb: '\u0306\u0323',
};

/** VNI-Windows single-byte letters (lower-case form; the capital is byte − 0x20). */
export const VNI_LETTERS: Readonly<Record<number, string>> = {
  0xf4: 'ơ',
  0xf6: 'ư',
  0xf1: 'đ',
  0xed: 'í',
  0xec: 'ì',
  0xe6: 'ỉ',
  0xf3: 'ĩ',
  0xf2: 'ị',
  0xee: 'ỵ',
};

/** Legacy encodings the decoder can produce, with the name used in warnings. */
export const LEGACY_ENCODING_NAMES = {
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI-Windows',
  'windows-1258': 'windows-1258',
  'windows-1252': 'windows-1252',
  'utf-8-double': 'double-encoded UTF-8 (UTF-8 read as windows-1252)',
} as const;

/**
 * Charset labels seen on old Vietnamese pages that WHATWG does not know, mapped to the
 * decoder's own names (lower-case, compared after trimming).
 */
export const VIETNAMESE_CHARSET_LABELS: Readonly<Record<string, 'tcvn3' | 'vni'>> = {
  tcvn: 'tcvn3',
  tcvn3: 'tcvn3',
  'tcvn-3': 'tcvn3',
  tcvn5712: 'tcvn3',
  'tcvn-5712': 'tcvn3',
  'tcvn5712-1': 'tcvn3',
  'x-viet-tcvn': 'tcvn3',
  'x-viet-tcvn5712': 'tcvn3',
  abc: 'tcvn3',
  vni: 'vni',
  'vni-windows': 'vni',
  'x-viet-vni': 'vni',
};

/**
 * windows-1252 bytes 0x80–0x9F → code point (index = byte − 0x80); 0xA0–0xFF are Latin-1.
 * Source: WHATWG Encoding Standard, index-windows-1252 (bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D
 * map to the C1 control of the same number). Needed because Node 20's TextDecoder decodes
 * "windows-1252" (and "iso-8859-15") as plain Latin-1, giving U+0091 for ‘ (0x91).
 */
export const WINDOWS_1252_C1: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** ISO-8859-15 bytes that differ from Latin-1 → code point (WHATWG index-iso-8859-15; same Node bug). */
export const ISO_8859_15_DIFF: Readonly<Record<number, number>> = {
  0xa4: 0x20ac, 0xa6: 0x0160, 0xa8: 0x0161, 0xb4: 0x017d, 0xb8: 0x017e, 0xbc: 0x0152, 0xbd: 0x0153, 0xbe: 0x0178,
};

/** The administrative-unit abbreviations ("TP.", "TX.", "TT."), which also stand alone as nouns ("về quê chưa trở lại TP."). */
export const PLACE_TYPE_ABBREVIATIONS: readonly string[] = ['TP.', 'Tp.', 'tp.', 'TX.', 'Tx.', 'tx.', 'TT.', 'Tt.'];

/**
 * Abbreviations written with a final full stop that does not end a sentence
 * ("TP. Hồ Chí Minh", "PGS.TS. Nguyễn Văn A", "Q. 1", "NXB. Công an nhân dân").
 * Written as they appear, final full stop included; matching is case-sensitive, so a
 * variant in another case is its own entry.
 *
 * Source: the task brief's list (TP., PGS.TS., GS.TS., ThS., TS., Q., P., Th.S, NXB.,
 * Tp., St.) and common Vietnamese press usage: academic titles (GS, PGS, TS, ThS, TSKH,
 * BS, KS, NCS), administrative units (TP thành phố, TX thị xã, Q quận, P phường,
 * H huyện, X xã), publishing (NXB nhà xuất bản, Tr. trang), English titles (Mr., Dr. …).
 * Single letters need no entry: any one-letter word before a full stop is an initial
 * ("H. M. Thắng", "Đ. Hùng"), handled by the parser plugin.
 * Deliberately absent: words that often end a sentence ("ANTT.", "CT/TW.", "CN.", "Inc.").
 * Already handled by parse-latin: "v.v.", "e.g." (initialisms), "etc.", digits up to 3.
 */
export const SENTENCE_ABBREVIATIONS: readonly string[] = [
  // administrative units
  ...PLACE_TYPE_ABBREVIATIONS,
  // academic and professional titles
  'GS.', 'PGS.', 'TS.', 'ThS.', 'Ths.', 'Th.S.', 'TSKH.', 'GS.TS.', 'PGS.TS.', 'GS.TSKH.', 'PGS.TSKH.', 'TS.BS.', 'ThS.BS.', 'BS.', 'KS.', 'NCS.',
  // publishing and references
  'NXB.', 'Nxb.', 'Tr.', 'tr.', 'tb.', 'St.',
  // English titles (English-language articles)
  'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Gen.', 'Col.', 'Lt.', 'Capt.', 'Maj.', 'Sgt.', 'Gov.', 'Rep.', 'Sen.', 'vs.',
];

/**
 * Towns and cities (below province level) whose names open with a family name, so that "TP.
 * Phan Thiết" is never read as a sentence ending in "TP." and a byline "Phan Thiết". Source:
 * the list of Vietnam's provincial cities and towns (Decree-level names, 2008–2025).
 */
export const TOWNS_NAMED_LIKE_PERSONS: readonly string[] = [
  'Phan Thiết', 'Phan Rang', 'Hà Tiên', 'Hà Đông', 'Cao Lãnh', 'Châu Đốc', 'Uông Bí', 'Thái Hòa', 'Hồng Ngự', 'Vĩnh Long', 'Tân An',
  'Hoàng Mai', 'Kim Bảng', 'Từ Sơn', 'Lạng Sơn', 'Lai Châu', 'Lào Cai', 'Mai Sơn', 'Long Xuyên', 'Long Khánh', 'Thạch Hà',
];

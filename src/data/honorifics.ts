/**
 * Honorifics and titles written before a person's name, and the names that are never
 * officials.
 *
 * Sources: ../shared/reference/ranks.md §"Honorifics and pattern around a person mention"
 * ("đồng chí" and its abbreviations "đ/c", "Đ/c", "đ.c"; "ông", "bà" for civilian officials;
 * "Ngài" for foreign dignitaries; the seed 000 misspelling "Đồng trí"; academic prefixes
 * "GS.TS", "GS-TS", "PGS.TS", "TS.", "ThS." between a rank and a name); SPEC.md and GOLD.md
 * §Officials (historical references such as "Chủ tịch Hồ Chí Minh", "Bác Hồ" are not officials).
 *
 * Matching is case-insensitive and insensitive to tone-mark placement; forms containing
 * "/" or "." are compared as written apart from case.
 */

export interface Honorific {
  /** Canonical form, as written in the record's `honorific`. */
  canonical: string;
  /** Other spellings and abbreviations. */
  variants: readonly string[];
  /**
   * true: the honorific alone makes the named person an official ("đồng chí Nguyễn Văn A").
   * false: it needs a rank or a stated position ("ông Võ Ngọc Thành, Chủ tịch UBND tỉnh
   * Gia Lai" counts, "ông Nguyễn Văn C" alone does not — GOLD.md).
   */
  standalone: boolean;
  /**
   * Misspellings are read through (with a `typo` warning) when a candidate is close to this
   * form by Jaro-Winkler distance, has the same first syllable and the same rhyme in the
   * last one ("Đồng trí" for "Đồng chí": the ch/tr confusion of northern speech).
   */
  fuzzy: boolean;
  /**
   * true: the officials recogniser reads it as a lead before a name. The others ("anh", "chị",
   * "cô" …) address ordinary people; they only tell the province matcher that a name follows
   * ("chị Huế" is a woman, not the city).
   */
  readsOfficial: boolean;
}

export const HONORIFICS: readonly Honorific[] = [
  { canonical: 'đồng chí', variants: ['đ/c', 'đ.c'], standalone: true, fuzzy: true, readsOfficial: true },
  { canonical: 'Ngài', variants: [], standalone: true, fuzzy: false, readsOfficial: true },
  { canonical: 'ông', variants: [], standalone: false, fuzzy: false, readsOfficial: true },
  { canonical: 'bà', variants: [], standalone: false, fuzzy: false, readsOfficial: true },
  // Forms of address for anyone (general usage): a given name follows them.
  ...['anh', 'chị', 'cô', 'chú', 'em', 'cháu', 'cụ', 'thầy', 'bác'].map((canonical) => ({ canonical, variants: [], standalone: false, fuzzy: false, readsOfficial: false })),
];

/** Least Jaro-Winkler similarity (natural) for reading a misspelt honorific through. */
export const HONORIFIC_FUZZY_THRESHOLD = 0.88;

/**
 * Academic and professional titles that may stand before a name, alone or after a rank
 * ("Đại tướng, GS.TS Tô Lâm"). They never make a person an official on their own.
 */
export const ACADEMIC_TITLES: readonly string[] = [
  'GS.TSKH',
  'GS.TS',
  'GS-TS',
  'GS. TS',
  'PGS.TS',
  'PGS-TS',
  'PGS. TS',
  'GS',
  'PGS',
  'TSKH',
  'TS',
  'ThS',
  'BS',
  'BSCKII',
  'LS',
];

/**
 * Other titles written before a person's name (engineers, architects, pharmacists, bachelors,
 * artists' and teachers' honours: "KS Trần Văn Huế", "NSND Thái Bình"). The province matcher
 * reads a province name after one as the person's given name. The officials recogniser does
 * not take them as leads: as words they are mostly something else ("CN" Sunday, "KS" a hotel).
 * Source: general usage.
 */
export const OTHER_TITLES: readonly string[] = [
  'BSCKI', 'KS', 'KTS', 'DS', 'CN', 'NSND', 'NSƯT', 'NGND', 'NGƯT', 'TTND', 'TTƯT',
  // a deputy, abbreviated in debate reports ("ĐB Phan Thái Bình"): read as a deputy by the officials' own vocabulary
  'ĐB', 'ĐBQH',
];

/**
 * Names never recorded as officials, however they are introduced: historical figures cited
 * as references ("Di chúc của Chủ tịch Hồ Chí Minh", "tư tưởng Hồ Chí Minh", "Bác Hồ").
 */
export const HISTORICAL_NAMES: readonly string[] = ['Hồ Chí Minh', 'Bác Hồ'];

/**
 * Words before a lead that make the person an invented persona, not an official: a fraudster
 * "giả danh Thiếu tá Trần Minh Đức, cán bộ Công an quận …" pretends to be him (GOLD.md: only a
 * real office-holder counts). Counted in any case, right before the honorific, rank or position.
 */
export const PERSONA_CUES: readonly string[] = [
  'giả danh', 'mạo danh', 'mạo nhận', 'tự xưng', 'tự xưng là', 'tự nhận là', 'giả làm', 'đóng giả', 'đóng vai',
  'giả danh là', 'mạo danh là',
];

/**
 * Rank ladders of the People's Public Security (CAND) and the People's Army (QĐND), with the
 * navy's flag ranks, as they appear before a person's name.
 *
 * Sources: ../shared/reference/ranks.md — Luật Công an nhân dân 2018 (Luật 37/2018/QH14)
 * Điều 21 for the CAND ladder and its order (1 = highest); Luật Sĩ quan QĐND 1999 Điều 10 for
 * the army ladder (same words) and the naval equivalents (Chuẩn Đô đốc = Thiếu tướng, Phó Đô
 * đốc = Trung tướng, Đô đốc = Thượng tướng); §"Abbreviations and spelling variants" for the
 * "uý/úy" and "sĩ/sỹ" spellings. The canonical form is capitalised and new style ("Đại úy"),
 * as GOLD.md asks.
 *
 * Matching is case-insensitive and insensitive to tone-mark placement ("Đại uý" = "Đại úy"),
 * so `variants` lists only spellings that differ in letters ("sỹ" for "sĩ").
 * "hạ sĩ quan" and "chiến sĩ" are groups of ranks, not ranks written before a name: "Hạ sĩ"
 * is refused when "quan" follows, and "chiến sĩ" is not listed (it is mostly generic:
 * "cán bộ, chiến sĩ", "chiến sĩ thi đua").
 */

export type RankTier = 'cấp tướng' | 'cấp tá' | 'cấp úy' | 'hạ sĩ quan' | 'chiến sĩ';

export interface Rank {
  /** Canonical form, as written in the record. */
  canonical: string;
  /** Global ordinal, 1 = highest (Đại tướng). Navy flag ranks share the order of their army equivalent. */
  order: number;
  tier: RankTier;
  /** Which ladder: both forces use the same words; the navy's flag ranks are army only. */
  force: 'CAND, QĐND' | 'QĐND (Hải quân)';
  /** Army rank a naval rank is equivalent to. */
  equivalent?: string;
  /** Other spellings (letters differ, not only case or tone placement). */
  variants: readonly string[];
  /** Folded words that, following the rank, make it a group word instead ("hạ sĩ quan"). */
  notFollowedBy?: readonly string[];
}

/** The ladder, highest first. */
export const RANKS: readonly Rank[] = [
  { canonical: 'Đại tướng', order: 1, tier: 'cấp tướng', force: 'CAND, QĐND', variants: [] },
  { canonical: 'Thượng tướng', order: 2, tier: 'cấp tướng', force: 'CAND, QĐND', variants: [] },
  { canonical: 'Đô đốc', order: 2, tier: 'cấp tướng', force: 'QĐND (Hải quân)', equivalent: 'Thượng tướng', variants: [] },
  { canonical: 'Trung tướng', order: 3, tier: 'cấp tướng', force: 'CAND, QĐND', variants: [] },
  { canonical: 'Phó Đô đốc', order: 3, tier: 'cấp tướng', force: 'QĐND (Hải quân)', equivalent: 'Trung tướng', variants: [] },
  { canonical: 'Thiếu tướng', order: 4, tier: 'cấp tướng', force: 'CAND, QĐND', variants: [] },
  { canonical: 'Chuẩn Đô đốc', order: 4, tier: 'cấp tướng', force: 'QĐND (Hải quân)', equivalent: 'Thiếu tướng', variants: [] },
  { canonical: 'Đại tá', order: 5, tier: 'cấp tá', force: 'CAND, QĐND', variants: [] },
  { canonical: 'Thượng tá', order: 6, tier: 'cấp tá', force: 'CAND, QĐND', variants: [] },
  { canonical: 'Trung tá', order: 7, tier: 'cấp tá', force: 'CAND, QĐND', variants: [] },
  { canonical: 'Thiếu tá', order: 8, tier: 'cấp tá', force: 'CAND, QĐND', variants: [] },
  { canonical: 'Đại úy', order: 9, tier: 'cấp úy', force: 'CAND, QĐND', variants: [] },
  { canonical: 'Thượng úy', order: 10, tier: 'cấp úy', force: 'CAND, QĐND', variants: [] },
  { canonical: 'Trung úy', order: 11, tier: 'cấp úy', force: 'CAND, QĐND', variants: [] },
  { canonical: 'Thiếu úy', order: 12, tier: 'cấp úy', force: 'CAND, QĐND', variants: [] },
  { canonical: 'Thượng sĩ', order: 13, tier: 'hạ sĩ quan', force: 'CAND, QĐND', variants: ['Thượng sỹ'] },
  { canonical: 'Trung sĩ', order: 14, tier: 'hạ sĩ quan', force: 'CAND, QĐND', variants: ['Trung sỹ'] },
  { canonical: 'Hạ sĩ', order: 15, tier: 'hạ sĩ quan', force: 'CAND, QĐND', variants: ['Hạ sỹ'], notFollowedBy: ['quan'] },
  { canonical: 'Binh nhất', order: 16, tier: 'chiến sĩ', force: 'CAND, QĐND', variants: [] },
  { canonical: 'Binh nhì', order: 17, tier: 'chiến sĩ', force: 'CAND, QĐND', variants: [] },
];

/**
 * Words that may stand between a rank and the name without being part of either
 * ("Thiếu tá QNCN Nguyễn Văn A": a professional soldier of the army, ranks.md §QĐND).
 */
export const RANK_SUFFIXES: readonly string[] = ['QNCN'];

/**
 * Force words written between a rank and the name ("Thiếu tướng cảnh sát Jaafar Mahad",
 * "Đại tá quân đội …"): read through only when a capitalised word follows, so "phong Thiếu
 * tướng công an năm 2019" stays a rank with no name.
 */
export const RANK_FORCE_WORDS: readonly string[] = ['cảnh sát', 'công an', 'quân đội', 'hải quân', 'không quân', 'biên phòng'];

/**
 * Vocabulary of the Ministry of Public Security's emulation clusters ("Cụm thi đua số N") and
 * the memberships attested in the press, by period.
 *
 * Source: reference/clusters.md of the vnews research notes (press reports cited per row there;
 * no official membership list was found). The recogniser (src/extract/clusters/) takes
 * members from the article text only: ATTESTED_MEMBERS is for information and for researchers,
 * never used to fill a record.
 */

/** The canonical cluster phrase, as the typo warning names it. */
export const CLUSTER_PHRASE = 'cụm thi đua';

/** The word for "cluster" that starts every mention ("cụm 8", "Cụm II"). */
export const CLUSTER_WORD = 'cụm';

/** The word before a number ("số 5"). */
export const NUMBER_WORD = 'số';

/** Words that join listed numbers ("số 6 và 7"). Commas, "&" and dashes are handled as punctuation. */
export const LIST_WORDS = ['và'];

/**
 * Typo tolerance for the three-syllable phrase, on folded text (natural's Jaro–Winkler and
 * Damerau–Levenshtein). Seed 003 writes "cụm thu đua" (JW 0.934, 1 edit). Near-misses that are
 * real words of their own are listed in `notTypos`.
 */
export const TYPO_TOLERANCE = {
  minJaroWinkler: 0.9,
  maxEdits: 2,
  notTypos: ['cụm thi đấu'],
};

/** Largest cluster number accepted (9 clusters in 2015–2023, about 12–13 in 2024). */
export const MAX_CLUSTER_NUMBER = 30;

/** Roman digits ("Cụm thi đua số III", "Cụm II"); only canonical numerals are read. */
export const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/**
 * Nouns that make the number before them a count, not a cluster number ("Cụm thi đua 6 tháng
 * đầu năm", "cụm 3 xã", "số 6 và 7 tỉnh"). Checked when no "số" stands before the number.
 */
export const COUNT_NOUNS = [
  'tỉnh', 'thành phố', 'xã', 'huyện', 'quận', 'phường', 'thị xã', 'đơn vị', 'đội', 'hộ', 'nhà', 'người',
  'km', 'ha', 'thôn', 'bản', 'làng', 'khu', 'điểm', 'tổ', 'năm', 'tháng', 'ngày', 'tuần', 'quý', 'lần',
  'chiếc', 'căn', 'nhóm', 'cá nhân', 'tập thể', 'cụm', 'trường', 'lớp', 'cơ sở', 'doanh nghiệp', 'phòng',
  'địa phương', 'công an',
];

/** Words that open the list of members right after a cluster ("… số 5-BCA gồm Công an các đơn vị: …"). */
export const MEMBER_LEADS = ['gồm', 'bao gồm', 'gồm có'];

/** Words that may stand before each listed member: "Công an tỉnh Thanh Hóa, Công an tỉnh Nghệ An". */
export const MEMBER_UNIT_WORDS = ['Công an', 'CA'];
export const MEMBER_LEVEL_WORDS = ['tỉnh', 'thành phố', 'TP'];

/** Suffixes seen between a cluster number and its member list ("số 5-BCA", "số 5 - Bộ Công an"). */
export const CLUSTER_SUFFIXES = ['BCA', 'Bộ Công an'];

/**
 * The word before a year that may qualify the cluster before its member list: membership
 * changes from year to year, so reports write "Cụm thi đua số 3 năm 2025 gồm …" (clusters.md).
 */
export const CLUSTER_YEAR_WORD = 'năm';

/**
 * Longest bracketed note skipped inside a member list: "Quảng Trị (Cụm trưởng), Thừa Thiên Huế
 * (Cụm phó), Quảng Nam …" (clusters.md, 2024 cluster 7). Longer brackets end the list.
 */
export const MAX_MEMBER_NOTE = 40;

/** One attested membership: which provinces formed cluster N in a period, per a press report. */
export interface AttestedMembership {
  cluster: number;
  /** ISO years covered by the source, inclusive. */
  from: number;
  to: number;
  /** Canonical short names (src/data/provinces.ts). */
  members: string[];
  inferred?: boolean;
  source: string;
}

/** Local-police cluster memberships by period (clusters.md, periods B–D). */
export const ATTESTED_MEMBERS: AttestedMembership[] = [
  // Period B: about 2014/2015 – 2023, 9 clusters for 63 units.
  { cluster: 1, from: 2015, to: 2024, members: ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ'], source: 'anninhthudo.vn 2015; sggp.org.vn 3/2023, 11/2024' },
  { cluster: 2, from: 2017, to: 2017, members: ['Lạng Sơn', 'Sơn La', 'Hà Giang', 'Lai Châu', 'Cao Bằng', 'Lào Cai', 'Điện Biên'], source: 'cand.com.vn 450960' },
  { cluster: 3, from: 2015, to: 2022, members: ['Thái Nguyên', 'Bắc Giang', 'Bắc Kạn', 'Hòa Bình', 'Phú Thọ', 'Quảng Ninh', 'Tuyên Quang', 'Yên Bái'], source: 'cand.com.vn 361418, i676056' },
  { cluster: 4, from: 2018, to: 2021, members: ['Bắc Ninh', 'Ninh Bình', 'Hà Nam', 'Hải Dương', 'Hưng Yên', 'Nam Định', 'Thái Bình', 'Vĩnh Phúc'], source: 'cand.com.vn 522325; baonamdinh.vn 11/2021' },
  { cluster: 5, from: 2017, to: 2020, members: ['Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị', 'Thừa Thiên Huế'], source: 'cand.com.vn 465497, 533940; seed 003' },
  { cluster: 6, from: 2021, to: 2023, members: ['Đắk Lắk', 'Đắk Nông', 'Gia Lai', 'Kon Tum', 'Lâm Đồng', 'Bình Phước'], source: 'baolamdong.vn 4/2021; kontumtv.vn 7/2023; sggp.org.vn 11/2023' },
  { cluster: 7, from: 2017, to: 2017, members: ['Quảng Nam', 'Quảng Ngãi', 'Bình Định', 'Phú Yên', 'Khánh Hòa', 'Ninh Thuận', 'Bình Thuận'], inferred: true, source: 'inferred: the 7 provinces in no other cluster; 6 + 7 = 13 matches seed 001' },
  { cluster: 8, from: 2020, to: 2022, members: ['Bà Rịa - Vũng Tàu', 'Bến Tre', 'Bình Dương', 'Đồng Nai', 'Đồng Tháp', 'Long An', 'Tây Ninh', 'Tiền Giang'], source: 'baobariavungtau.com.vn 11/2020, 10/2022' },
  { cluster: 9, from: 2018, to: 2023, members: ['Sóc Trăng', 'Cà Mau', 'Bạc Liêu', 'An Giang', 'Kiên Giang', 'Vĩnh Long', 'Hậu Giang', 'Trà Vinh'], source: 'cand.com.vn 480608, 583192; congan.haugiang.gov.vn 9/2023' },
  // Period C: 2024, smaller clusters (full list not found).
  { cluster: 2, from: 2024, to: 2024, members: ['Sơn La', 'Điện Biên', 'Lai Châu', 'Lào Cai', 'Yên Bái'], source: 'press result of 21/11/2024 (no URL)' },
  { cluster: 5, from: 2024, to: 2024, members: ['Hưng Yên', 'Thái Bình', 'Nam Định', 'Hà Nam', 'Hải Dương'], source: 'congan.hanam.gov.vn 26/11/2024' },
  { cluster: 7, from: 2024, to: 2024, members: ['Quảng Trị', 'Thừa Thiên Huế', 'Quảng Nam', 'Quảng Ngãi', 'Bình Định'], source: 'cadn.com.vn; baoquangnam.vn 4/2024' },
  { cluster: 8, from: 2024, to: 2024, members: ['Phú Yên', 'Khánh Hòa', 'Ninh Thuận', 'Bình Thuận', 'Bà Rịa - Vũng Tàu'], source: 'plo.vn; tienphong.vn 11/2024' },
  // Period D: after 1/7/2025 (34 units).
  { cluster: 3, from: 2025, to: 2025, members: ['Cao Bằng', 'Điện Biên', 'Lào Cai', 'Lai Châu', 'Sơn La', 'Tuyên Quang'], source: 'baomoi.net.vn 21/11/2025' },
  { cluster: 4, from: 2025, to: 2025, members: ['Phú Thọ', 'Bắc Ninh', 'Quảng Ninh', 'Lạng Sơn', 'Thái Nguyên', 'Hưng Yên'], source: 'baophutho.vn 27/11/2025' },
];

/**
 * Province-level units of Viet Nam: the 63 of 1/8/2008–30/6/2025, the defunct Hà Tây, and the
 * 34 units from 1/7/2025, with GSO codes, the forms the press writes, and each old unit's
 * successor.
 *
 * Source: reference/provinces.md and provinces.json of the vnews research notes
 * (GSO list via daohoangson/dvhcvn data/dvhcvn.json, data date 01/03/2025; new codes from
 * GSO letter 915/CTK-CSCL; old → new mapping from Resolution 60-NQ/TW and dvhcvn/20250701
 * mapping/splits.json; Huế from NQ 175/2024/QH15; Hà Tây from NQ 15/2008/QH12).
 * Press variants marked "attested" there: TP.HCM, TPHCM, TP HCM, BR-VT, TT-Huế, Thừa Thiên-Huế,
 * Đắk Lắc, Bà Rịa - Vũng Tàu; the rest are common usage added from general knowledge. The
 * family names, honorifics and place words the matcher consults live in their own modules
 * (family-names.ts, honorifics.ts, place-words.ts).
 *
 * How the matcher reads this table (src/extract/provinces/):
 * - Tone placement is normalised before comparing (Thanh Hoá = Thanh Hóa, Hoà Bình = Hòa Bình),
 *   so a form is listed once, in the old style that the gold annotations use.
 * - Dashes between syllables are one class: "Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu" and
 *   "Bà Rịa – Vũng Tàu" are the same form; a dot with or without a space too ("TP.HCM", "TP. HCM").
 * - Prefix words ("tỉnh", "thành phố", "TP", "Công an tỉnh") are not part of a form: "TP Hà Tĩnh"
 *   is read as Hà Tĩnh. Forms in `prefixed` are accepted only right after such a prefix.
 * - `english` forms are read in English articles only.
 */

/** 'tỉnh' or a centrally-run city ('thành phố trực thuộc trung ương'). */
export type UnitType = 'tỉnh' | 'thành phố trực thuộc trung ương';

/** Which prefix words make a `prefixed` form a province (see PROVINCE_PREFIXES). */
export type PrefixSet = 'city' | 'police' | 'place';

/** A form read only after a prefix: "HCM" in "CATP HCM", "Thủ đô" in "Công an Thủ đô". */
export interface PrefixedForm {
  form: string;
  after: PrefixSet;
}

/** One province-level unit of the 2008–2025 map (plus Hà Tây, defunct in 2008). */
export interface ProvinceUnit {
  /** GSO code in force 1/8/2008–30/6/2025 (Hà Tây: 28, until 31/7/2008). */
  code: string;
  /** Short official name, old tone style as in the gold annotations: "Thanh Hóa", "Hòa Bình". */
  name: string;
  /** Official name in the GSO list of 01/03/2025 ("Tỉnh Nghệ An", "Thành phố Huế"). */
  officialName: string;
  type: UnitType;
  /** Spelling variants read anywhere (besides `name`), kept as written inside a stated position. */
  variants: string[];
  /**
   * Abbreviations read anywhere, like variants, and written out inside a stated position
   * ("Phó Giám đốc Công an TT-Huế" and "… Công an TTH" both state "… Công an Thừa Thiên Huế").
   */
  abbreviations?: { forms: string[]; expansion: string };
  /** Forms read only after a prefix word. */
  prefixed: PrefixedForm[];
  /** True when the bare name is too ambiguous and needs a prefix too (Hồ Chí Minh the person). */
  nameNeedsPrefix?: PrefixSet;
  /** ASCII and English forms, for English articles ("Nghe An", "Hanoi", "HCMC"). */
  english: string[];
  /** Code of the unit it belongs to from 1/7/2025 (see UNITS_2025). */
  successor: string;
  /** Last day of existence, ISO, for units that ended before 2025 (Hà Tây). */
  endedOn?: string;
  /** A later official name and the forms that mean it (Thừa Thiên Huế → Huế from 1/1/2025). */
  renamed?: { name: string; since: string; forms: string[] };
}

/** One unit of the 34 from 1/7/2025. */
export interface Unit2025 {
  code: string;
  /** Short name: "Huế", "Hồ Chí Minh", "Thanh Hóa". */
  name: string;
  officialName: string;
  type: UnitType;
  /** GSO codes (2008–2025) of the old units it was formed from. */
  formedFrom: string[];
}

/** The day the 34-unit map took effect (provinces.md: press and police use 1/7/2025). */
export const MAP_2025_FROM = '2025-07-01';

const T: UnitType = 'tỉnh';
const C: UnitType = 'thành phố trực thuộc trung ương';

/** The 63 units of 2008–2025, in GSO code order. */
export const PROVINCES: ProvinceUnit[] = [
  {
    code: '01', name: 'Hà Nội', officialName: 'Thành phố Hà Nội', type: C, successor: '01',
    // "Thủ đô Hà Nội" is read as prefix + name; bare "Thủ đô" only as "Công an Thủ đô".
    variants: [], prefixed: [{ form: 'HN', after: 'city' }, { form: 'Thủ đô', after: 'police' }],
    english: ['Ha Noi', 'Hanoi'],
  },
  { code: '02', name: 'Hà Giang', officialName: 'Tỉnh Hà Giang', type: T, successor: '08', variants: [], prefixed: [], english: ['Ha Giang'] },
  { code: '04', name: 'Cao Bằng', officialName: 'Tỉnh Cao Bằng', type: T, successor: '04', variants: [], prefixed: [], english: ['Cao Bang'] },
  { code: '06', name: 'Bắc Kạn', officialName: 'Tỉnh Bắc Kạn', type: T, successor: '19', variants: ['Bắc Cạn'], prefixed: [], english: ['Bac Kan', 'Bac Can'] },
  { code: '08', name: 'Tuyên Quang', officialName: 'Tỉnh Tuyên Quang', type: T, successor: '08', variants: [], prefixed: [], english: ['Tuyen Quang'] },
  { code: '10', name: 'Lào Cai', officialName: 'Tỉnh Lào Cai', type: T, successor: '15', variants: [], prefixed: [], english: ['Lao Cai'] },
  { code: '11', name: 'Điện Biên', officialName: 'Tỉnh Điện Biên', type: T, successor: '11', variants: [], prefixed: [], english: ['Dien Bien'] },
  { code: '12', name: 'Lai Châu', officialName: 'Tỉnh Lai Châu', type: T, successor: '12', variants: [], prefixed: [], english: ['Lai Chau'] },
  { code: '14', name: 'Sơn La', officialName: 'Tỉnh Sơn La', type: T, successor: '14', variants: [], prefixed: [], english: ['Son La'] },
  { code: '15', name: 'Yên Bái', officialName: 'Tỉnh Yên Bái', type: T, successor: '15', variants: [], prefixed: [], english: ['Yen Bai'] },
  { code: '17', name: 'Hòa Bình', officialName: 'Tỉnh Hoà Bình', type: T, successor: '25', variants: [], prefixed: [], english: ['Hoa Binh'] },
  { code: '19', name: 'Thái Nguyên', officialName: 'Tỉnh Thái Nguyên', type: T, successor: '19', variants: [], prefixed: [], english: ['Thai Nguyen'] },
  { code: '20', name: 'Lạng Sơn', officialName: 'Tỉnh Lạng Sơn', type: T, successor: '20', variants: [], prefixed: [], english: ['Lang Son'] },
  { code: '22', name: 'Quảng Ninh', officialName: 'Tỉnh Quảng Ninh', type: T, successor: '22', variants: [], prefixed: [], english: ['Quang Ninh'] },
  { code: '24', name: 'Bắc Giang', officialName: 'Tỉnh Bắc Giang', type: T, successor: '24', variants: [], prefixed: [], english: ['Bac Giang'] },
  { code: '25', name: 'Phú Thọ', officialName: 'Tỉnh Phú Thọ', type: T, successor: '25', variants: [], prefixed: [], english: ['Phu Tho'] },
  { code: '26', name: 'Vĩnh Phúc', officialName: 'Tỉnh Vĩnh Phúc', type: T, successor: '25', variants: [], prefixed: [], english: ['Vinh Phuc'] },
  { code: '27', name: 'Bắc Ninh', officialName: 'Tỉnh Bắc Ninh', type: T, successor: '24', variants: [], prefixed: [], english: ['Bac Ninh'] },
  { code: '30', name: 'Hải Dương', officialName: 'Tỉnh Hải Dương', type: T, successor: '31', variants: [], prefixed: [], english: ['Hai Duong'] },
  { code: '31', name: 'Hải Phòng', officialName: 'Thành phố Hải Phòng', type: C, successor: '31', variants: [], prefixed: [], english: ['Hai Phong', 'Haiphong'] },
  { code: '33', name: 'Hưng Yên', officialName: 'Tỉnh Hưng Yên', type: T, successor: '33', variants: [], prefixed: [], english: ['Hung Yen'] },
  { code: '34', name: 'Thái Bình', officialName: 'Tỉnh Thái Bình', type: T, successor: '33', variants: [], prefixed: [], english: ['Thai Binh'] },
  { code: '35', name: 'Hà Nam', officialName: 'Tỉnh Hà Nam', type: T, successor: '37', variants: [], prefixed: [], english: ['Ha Nam'] },
  { code: '36', name: 'Nam Định', officialName: 'Tỉnh Nam Định', type: T, successor: '37', variants: [], prefixed: [], english: ['Nam Dinh'] },
  { code: '37', name: 'Ninh Bình', officialName: 'Tỉnh Ninh Bình', type: T, successor: '37', variants: [], prefixed: [], english: ['Ninh Binh'] },
  { code: '38', name: 'Thanh Hóa', officialName: 'Tỉnh Thanh Hóa', type: T, successor: '38', variants: [], prefixed: [], english: ['Thanh Hoa'] },
  { code: '40', name: 'Nghệ An', officialName: 'Tỉnh Nghệ An', type: T, successor: '40', variants: [], prefixed: [], english: ['Nghe An'] },
  { code: '42', name: 'Hà Tĩnh', officialName: 'Tỉnh Hà Tĩnh', type: T, successor: '42', variants: [], prefixed: [], english: ['Ha Tinh'] },
  { code: '44', name: 'Quảng Bình', officialName: 'Tỉnh Quảng Bình', type: T, successor: '44', variants: [], prefixed: [], english: ['Quang Binh'] },
  { code: '45', name: 'Quảng Trị', officialName: 'Tỉnh Quảng Trị', type: T, successor: '44', variants: [], prefixed: [], english: ['Quang Tri'] },
  {
    // A tỉnh until 31/12/2024, then the centrally-run Thành phố Huế (same code). GOLD: bare
    // "Huế" before 2025 counts as Thừa Thiên Huế.
    code: '46', name: 'Thừa Thiên Huế', officialName: 'Thành phố Huế', type: T, successor: '46',
    variants: ['Thừa Thiên - Huế', 'Huế'], prefixed: [],
    abbreviations: { forms: ['TT-Huế', 'TT Huế', 'TT.Huế', 'TTH'], expansion: 'Thừa Thiên Huế' },
    english: ['Thua Thien Hue', 'Thua Thien - Hue', 'Hue'],
    renamed: { name: 'Huế', since: '2025-01-01', forms: ['Huế', 'Hue'] },
  },
  { code: '48', name: 'Đà Nẵng', officialName: 'Thành phố Đà Nẵng', type: C, successor: '48', variants: [], prefixed: [], english: ['Da Nang', 'Danang'] },
  { code: '49', name: 'Quảng Nam', officialName: 'Tỉnh Quảng Nam', type: T, successor: '48', variants: [], prefixed: [], english: ['Quang Nam'] },
  { code: '51', name: 'Quảng Ngãi', officialName: 'Tỉnh Quảng Ngãi', type: T, successor: '51', variants: [], prefixed: [], english: ['Quang Ngai'] },
  { code: '52', name: 'Bình Định', officialName: 'Tỉnh Bình Định', type: T, successor: '52', variants: [], prefixed: [], english: ['Binh Dinh'] },
  { code: '54', name: 'Phú Yên', officialName: 'Tỉnh Phú Yên', type: T, successor: '66', variants: [], prefixed: [], english: ['Phu Yen'] },
  { code: '56', name: 'Khánh Hòa', officialName: 'Tỉnh Khánh Hòa', type: T, successor: '56', variants: [], prefixed: [], english: ['Khanh Hoa'] },
  { code: '58', name: 'Ninh Thuận', officialName: 'Tỉnh Ninh Thuận', type: T, successor: '56', variants: [], prefixed: [], english: ['Ninh Thuan'] },
  { code: '60', name: 'Bình Thuận', officialName: 'Tỉnh Bình Thuận', type: T, successor: '68', variants: [], prefixed: [], english: ['Binh Thuan'] },
  { code: '62', name: 'Kon Tum', officialName: 'Tỉnh Kon Tum', type: T, successor: '51', variants: ['Kontum'], prefixed: [], english: ['Kon Tum'] },
  { code: '64', name: 'Gia Lai', officialName: 'Tỉnh Gia Lai', type: T, successor: '52', variants: [], prefixed: [], english: ['Gia Lai'] },
  {
    code: '66', name: 'Đắk Lắk', officialName: 'Tỉnh Đắk Lắk', type: T, successor: '66',
    variants: ['Đắc Lắc', 'Đắk Lắc', 'Đắc Lắk', 'Đăk Lăk', 'Đắk Lăk', 'Daklak', 'Dak Lak'], prefixed: [],
    english: ['Dak Lac'],
  },
  {
    code: '67', name: 'Đắk Nông', officialName: 'Tỉnh Đắk Nông', type: T, successor: '68',
    variants: ['Đăk Nông', 'Đắc Nông', 'Dak Nong', 'Daknong'], prefixed: [], english: [],
  },
  { code: '68', name: 'Lâm Đồng', officialName: 'Tỉnh Lâm Đồng', type: T, successor: '68', variants: [], prefixed: [], english: ['Lam Dong'] },
  { code: '70', name: 'Bình Phước', officialName: 'Tỉnh Bình Phước', type: T, successor: '75', variants: [], prefixed: [], english: ['Binh Phuoc'] },
  { code: '72', name: 'Tây Ninh', officialName: 'Tỉnh Tây Ninh', type: T, successor: '80', variants: [], prefixed: [], english: ['Tay Ninh'] },
  { code: '74', name: 'Bình Dương', officialName: 'Tỉnh Bình Dương', type: T, successor: '79', variants: [], prefixed: [], english: ['Binh Duong'] },
  { code: '75', name: 'Đồng Nai', officialName: 'Tỉnh Đồng Nai', type: T, successor: '75', variants: [], prefixed: [], english: ['Dong Nai'] },
  {
    code: '77', name: 'Bà Rịa - Vũng Tàu', officialName: 'Tỉnh Bà Rịa - Vũng Tàu', type: T, successor: '79',
    variants: ['Bà Rịa Vũng Tàu'], prefixed: [{ form: 'Vũng Tàu', after: 'place' }], english: ['Ba Ria - Vung Tau', 'Ba Ria Vung Tau'],
    abbreviations: { forms: ['BR-VT', 'BRVT'], expansion: 'Bà Rịa - Vũng Tàu' },
  },
  {
    // The bare name is the person far more often than the city ("tư tưởng Hồ Chí Minh",
    // "Chủ tịch Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh"), so it needs a city prefix.
    code: '79', name: 'Hồ Chí Minh', officialName: 'Thành phố Hồ Chí Minh', type: C, successor: '79',
    nameNeedsPrefix: 'city',
    variants: ['Sài Gòn', 'Saigon', 'HCMC'],
    abbreviations: { forms: ['TP.HCM', 'TP HCM', 'TPHCM'], expansion: 'Thành phố Hồ Chí Minh' },
    prefixed: [{ form: 'HCM', after: 'city' }],
    english: ['Ho Chi Minh City', 'HCM City'],
  },
  { code: '80', name: 'Long An', officialName: 'Tỉnh Long An', type: T, successor: '80', variants: [], prefixed: [], english: ['Long An'] },
  { code: '82', name: 'Tiền Giang', officialName: 'Tỉnh Tiền Giang', type: T, successor: '82', variants: [], prefixed: [], english: ['Tien Giang'] },
  { code: '83', name: 'Bến Tre', officialName: 'Tỉnh Bến Tre', type: T, successor: '86', variants: [], prefixed: [], english: ['Ben Tre'] },
  { code: '84', name: 'Trà Vinh', officialName: 'Tỉnh Trà Vinh', type: T, successor: '86', variants: [], prefixed: [], english: ['Tra Vinh'] },
  { code: '86', name: 'Vĩnh Long', officialName: 'Tỉnh Vĩnh Long', type: T, successor: '86', variants: [], prefixed: [], english: ['Vinh Long'] },
  { code: '87', name: 'Đồng Tháp', officialName: 'Tỉnh Đồng Tháp', type: T, successor: '82', variants: [], prefixed: [], english: ['Dong Thap'] },
  { code: '89', name: 'An Giang', officialName: 'Tỉnh An Giang', type: T, successor: '91', variants: [], prefixed: [], english: ['An Giang'] },
  { code: '91', name: 'Kiên Giang', officialName: 'Tỉnh Kiên Giang', type: T, successor: '91', variants: [], prefixed: [], english: ['Kien Giang'] },
  { code: '92', name: 'Cần Thơ', officialName: 'Thành phố Cần Thơ', type: C, successor: '92', variants: [], prefixed: [], english: ['Can Tho'] },
  { code: '93', name: 'Hậu Giang', officialName: 'Tỉnh Hậu Giang', type: T, successor: '92', variants: [], prefixed: [], english: ['Hau Giang'] },
  { code: '94', name: 'Sóc Trăng', officialName: 'Tỉnh Sóc Trăng', type: T, successor: '92', variants: [], prefixed: [], english: ['Soc Trang'] },
  { code: '95', name: 'Bạc Liêu', officialName: 'Tỉnh Bạc Liêu', type: T, successor: '96', variants: [], prefixed: [], english: ['Bac Lieu'] },
  { code: '96', name: 'Cà Mau', officialName: 'Tỉnh Cà Mau', type: T, successor: '96', variants: [], prefixed: [], english: ['Ca Mau'] },
];

/** Units that ended before 2025 but still appear in archive articles. */
export const DEFUNCT: ProvinceUnit[] = [
  // NQ 15/2008/QH12 (voted 29/5/2008, in force 1/8/2008): all of Hà Tây joined Hà Nội.
  {
    code: '28', name: 'Hà Tây', officialName: 'Tỉnh Hà Tây', type: T, successor: '01', endedOn: '2008-07-31',
    variants: [], prefixed: [], english: ['Ha Tay'],
  },
];

/** The 34 units from 1/7/2025 (NQ 202/2025/QH15; codes from GSO letter 915/CTK-CSCL). */
export const UNITS_2025: Unit2025[] = [
  { code: '01', name: 'Hà Nội', officialName: 'Thành phố Hà Nội', type: C, formedFrom: ['01'] },
  { code: '04', name: 'Cao Bằng', officialName: 'Tỉnh Cao Bằng', type: T, formedFrom: ['04'] },
  { code: '08', name: 'Tuyên Quang', officialName: 'Tỉnh Tuyên Quang', type: T, formedFrom: ['02', '08'] },
  { code: '11', name: 'Điện Biên', officialName: 'Tỉnh Điện Biên', type: T, formedFrom: ['11'] },
  { code: '12', name: 'Lai Châu', officialName: 'Tỉnh Lai Châu', type: T, formedFrom: ['12'] },
  { code: '14', name: 'Sơn La', officialName: 'Tỉnh Sơn La', type: T, formedFrom: ['14'] },
  // Keeps Yên Bái's code (its administrative centre), not old Lào Cai's 10.
  { code: '15', name: 'Lào Cai', officialName: 'Tỉnh Lào Cai', type: T, formedFrom: ['10', '15'] },
  { code: '19', name: 'Thái Nguyên', officialName: 'Tỉnh Thái Nguyên', type: T, formedFrom: ['06', '19'] },
  { code: '20', name: 'Lạng Sơn', officialName: 'Tỉnh Lạng Sơn', type: T, formedFrom: ['20'] },
  { code: '22', name: 'Quảng Ninh', officialName: 'Tỉnh Quảng Ninh', type: T, formedFrom: ['22'] },
  // Keeps Bắc Giang's code (administrative centre).
  { code: '24', name: 'Bắc Ninh', officialName: 'Tỉnh Bắc Ninh', type: T, formedFrom: ['24', '27'] },
  { code: '25', name: 'Phú Thọ', officialName: 'Tỉnh Phú Thọ', type: T, formedFrom: ['17', '25', '26'] },
  { code: '31', name: 'Hải Phòng', officialName: 'Thành phố Hải Phòng', type: C, formedFrom: ['30', '31'] },
  { code: '33', name: 'Hưng Yên', officialName: 'Tỉnh Hưng Yên', type: T, formedFrom: ['33', '34'] },
  { code: '37', name: 'Ninh Bình', officialName: 'Tỉnh Ninh Bình', type: T, formedFrom: ['35', '36', '37'] },
  { code: '38', name: 'Thanh Hóa', officialName: 'Tỉnh Thanh Hóa', type: T, formedFrom: ['38'] },
  { code: '40', name: 'Nghệ An', officialName: 'Tỉnh Nghệ An', type: T, formedFrom: ['40'] },
  { code: '42', name: 'Hà Tĩnh', officialName: 'Tỉnh Hà Tĩnh', type: T, formedFrom: ['42'] },
  // Keeps Quảng Bình's code (administrative centre).
  { code: '44', name: 'Quảng Trị', officialName: 'Tỉnh Quảng Trị', type: T, formedFrom: ['44', '45'] },
  { code: '46', name: 'Huế', officialName: 'Thành phố Huế', type: C, formedFrom: ['46'] },
  { code: '48', name: 'Đà Nẵng', officialName: 'Thành phố Đà Nẵng', type: C, formedFrom: ['48', '49'] },
  { code: '51', name: 'Quảng Ngãi', officialName: 'Tỉnh Quảng Ngãi', type: T, formedFrom: ['51', '62'] },
  // Keeps Bình Định's code (administrative centre).
  { code: '52', name: 'Gia Lai', officialName: 'Tỉnh Gia Lai', type: T, formedFrom: ['52', '64'] },
  { code: '56', name: 'Khánh Hòa', officialName: 'Tỉnh Khánh Hòa', type: T, formedFrom: ['56', '58'] },
  { code: '66', name: 'Đắk Lắk', officialName: 'Tỉnh Đắk Lắk', type: T, formedFrom: ['54', '66'] },
  { code: '68', name: 'Lâm Đồng', officialName: 'Tỉnh Lâm Đồng', type: T, formedFrom: ['60', '67', '68'] },
  { code: '75', name: 'Đồng Nai', officialName: 'Tỉnh Đồng Nai', type: T, formedFrom: ['70', '75'] },
  { code: '79', name: 'Hồ Chí Minh', officialName: 'Thành phố Hồ Chí Minh', type: C, formedFrom: ['74', '77', '79'] },
  // Keeps Long An's code (administrative centre).
  { code: '80', name: 'Tây Ninh', officialName: 'Tỉnh Tây Ninh', type: T, formedFrom: ['72', '80'] },
  // Keeps Tiền Giang's code (administrative centre).
  { code: '82', name: 'Đồng Tháp', officialName: 'Tỉnh Đồng Tháp', type: T, formedFrom: ['82', '87'] },
  { code: '86', name: 'Vĩnh Long', officialName: 'Tỉnh Vĩnh Long', type: T, formedFrom: ['83', '84', '86'] },
  // Keeps Kiên Giang's code (administrative centre).
  { code: '91', name: 'An Giang', officialName: 'Tỉnh An Giang', type: T, formedFrom: ['89', '91'] },
  { code: '92', name: 'Cần Thơ', officialName: 'Thành phố Cần Thơ', type: C, formedFrom: ['92', '93', '94'] },
  { code: '96', name: 'Cà Mau', officialName: 'Tỉnh Cà Mau', type: T, formedFrom: ['95', '96'] },
];

/**
 * Prefix words that make a `prefixed` form a province, and the sets they belong to: `city`
 * ("TP HCM", "thành phố HCM", "CATP HCM", "Công an HN"), `police` ("Công an Thủ đô"), `place`
 * (a name that is also a common word, in a line in capitals: "CÔNG AN TỈNH HÒA BÌNH").
 * Abbreviations must keep their capitals ("ca" is a common word); words may be in any case.
 */
export const PROVINCE_PREFIXES: readonly { word: string; sets: readonly PrefixSet[] }[] = [
  { word: 'tỉnh', sets: ['place'] },
  { word: 'thành phố', sets: ['city', 'place'] },
  { word: 'TP', sets: ['city', 'place'] },
  { word: 'CATP', sets: ['city', 'place'] },
  { word: 'Công an', sets: ['city', 'police', 'place'] },
  { word: 'CA', sets: ['city', 'police', 'place'] },
];

/**
 * Context traps: a form directly followed or preceded by one of these capitalised words names
 * something else. Sources: GOLD.md (Điện Biên Phủ), general knowledge.
 */
export const CONTEXT_TRAPS: { form: string; followedBy?: string[]; precededBy?: string[]; why: string }[] = [
  { form: 'Điện Biên', followedBy: ['Phủ'], why: 'the battle and the city of Điện Biên Phủ' },
  { form: 'Thái Bình', followedBy: ['Dương'], why: 'Thái Bình Dương, the Pacific Ocean' },
  { form: 'Bình Dương', precededBy: ['Thái'], why: 'Thái Bình Dương, the Pacific Ocean' },
  { form: 'Hà Nam', followedBy: ['Ninh'], why: 'Hà Nam Ninh, the province of 1975–1991' },
  { form: 'Đồng Tháp', followedBy: ['Mười'], why: 'Đồng Tháp Mười, a region' },
  { form: 'Sài Gòn', followedBy: ['Giải'], why: 'the newspaper Sài Gòn Giải Phóng' },
  { form: 'Hà Nội', followedBy: ['Mới'], why: 'the newspaper Hà Nội Mới' },
  // '*': any capitalised word ("Thủ đô Viêng Chăn", "Công an Thủ đô Phnôm Pênh").
  { form: 'Thủ đô', followedBy: ['*'], why: "another country's capital" },
];

/**
 * Province names that are also ordinary words in lower case ("hòa bình" peace, "thái bình"
 * peaceful, "bình định" pacify, "long an" in "long an cư lạc nghiệp", "hải dương" ocean). Case
 * tells them apart, except in a line written all in capitals ("VÌ HÒA BÌNH", "HÒA BÌNH: …"),
 * where they are read only after a `place` prefix ("CÔNG AN TỈNH HÒA BÌNH") or in
 * a list next to another province. Other names are read in capitals as elsewhere.
 */
export const COMMON_WORD_NAMES = ['Hòa Bình', 'Thái Bình', 'Bình Định', 'Long An', 'Hải Dương'];

/** Every 2008–2025 unit plus the defunct ones, for lookups. */
export const ALL_UNITS: ProvinceUnit[] = [...PROVINCES, ...DEFUNCT];

/** Unit by its 2008–2025 (or defunct) code. */
export const unitByCode: ReadonlyMap<string, ProvinceUnit> = new Map(ALL_UNITS.map((u) => [u.code, u]));

/** 2025 unit by its code. */
export const unit2025ByCode: ReadonlyMap<string, Unit2025> = new Map(UNITS_2025.map((u) => [u.code, u]));

/** Name of the unit from 1/7/2025 that an old unit belongs to ("Ninh Bình" for Nam Định). */
export function since2025Name(unit: ProvinceUnit): string {
  return unit2025ByCode.get(unit.successor)?.name ?? unit.name;
}

/**
 * Code in force on a date (ISO) for the territory a unit named: its own code on the 2008–2025
 * map, its successor's from 1/7/2025, Hà Nội's for Hà Tây after 31/7/2008. No date: the own code.
 */
export function codeOn(unit: ProvinceUnit, date: string | null): string {
  if (!date) return unit.code;
  if (date >= MAP_2025_FROM) return unit.successor;
  if (unit.endedOn && date > unit.endedOn) return unit.successor;
  return unit.code;
}

/** Name to report for a unit on a date, given the form read (Thừa Thiên Huế → Huế from 2025 for "Huế"). */
export function nameOn(unit: ProvinceUnit, date: string | null, renamedForm: boolean): string {
  if (renamedForm && unit.renamed && date && date >= unit.renamed.since) return unit.renamed.name;
  return unit.name;
}

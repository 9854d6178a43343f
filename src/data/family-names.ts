/**
 * Vietnamese family names: the first syllable of a person's name.
 *
 * Sources: ../shared/reference/ranks.md §"Honorifics and pattern around a person mention"
 * (Nguyễn, Trần, Lê, Phạm, Hoàng/Huỳnh, Phan, Vũ/Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý …),
 * the names in the seeds and in organisation.md (Tô Lâm, Lương Tam Quang, Trần Quốc Tỏ,
 * Lê Tấn Tới, Đặng Xuân Loan …), and the common surnames of the Kinh and of the larger ethnic
 * groups (Lò, Quàng, Cầm, Giàng, Sùng, Thào, Ksor, Siu, Thạch, Danh …).
 *
 * Left out on purpose: surnames that usually begin a province name and would make a place
 * look like a person after "tỉnh"/"Công an" ("Đồng" of Đồng Nai/Đồng Tháp, "Giang",
 * "Sơn" of Sơn La, "Ninh" of Ninh Bình/Ninh Thuận, "Ông", which is the honorific). A name
 * with one of them is still found after a rank or "đồng chí".
 * Also left out: "Văn", a rare surname but above all a middle name and the first syllable of
 * "Văn phòng", "Văn hóa"; a name that begins with it ("Văn Thành") is still read after a rank
 * or "đồng chí", and joins the full name it ends. It is listed with "Thị" in MIDDLE_NAMES.
 *
 * `common`: the commonest surnames of the Kinh (the first group of the sources above). The
 * province matcher takes only these (and the middle names) as the start of a person's name
 * before a province name ("Nguyễn Bình Định", "Trần Văn Huế"): a rarer surname as a capitalised
 * word before a province is more often part of a place or an organisation ("Đoàn Nghệ An" is a
 * delegation, "Hà" begins place names).
 */

export interface FamilyName {
  /** Capitalised, NFC. */
  name: string;
  common: boolean;
}

const COMMON = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Trương', 'Đinh', 'Lâm', 'Mai', 'Trịnh', 'Cao', 'Lương', 'Tạ', 'Tô', 'Chu', 'Lưu', 'Quách',
  'Kiều', 'Đào', 'Phùng', 'Vương', 'Tăng', 'Lại', 'Lò', 'Lục', 'Mạc', 'Khổng', 'Nông', 'Hứa', 'Triệu',
  'Giáp', 'Thân',
];

const LESS_COMMON = [
  'Hà', 'Đoàn', 'Thái', 'La', 'Lã', 'Đàm', 'Khúc', 'Âu', 'Quan', 'Tống', 'Từ', 'Nghiêm', 'Doãn', 'Diệp',
  'Châu', 'Bạch', 'Kim', 'Chế', 'Hầu', 'Tôn', 'Viên', 'Vi', 'Hàn', 'Phí', 'Tiêu', 'Kha', 'Ngọ', 'Mẫn', 'Cù',
  'Khương', 'Quàng', 'Lường', 'Cầm', 'Bế', 'Ma', 'Giàng', 'Sùng', 'Thào', 'Vàng', 'Mùa', 'Lầu', 'Hạng',
  'Ksor', 'Siu', 'Rơ', 'Nay', 'Rah', 'Thạch', 'Danh', 'Y', 'Lèo', 'Bàn', 'Đậu', 'Nhữ', 'Ôn', 'Thiều', 'Lữ',
  'Vưu', 'Hán', 'Dư',
];

/** Every family name, the common ones first. */
export const FAMILY_NAMES: readonly FamilyName[] = [
  ...COMMON.map((name) => ({ name, common: true })),
  ...LESS_COMMON.map((name) => ({ name, common: false })),
];

/**
 * The two commonest middle names: a province name right after one ("Trần Văn Huế", "Nguyễn Thị
 * Thái Bình") is part of a person's name. Source: general usage; GOLD.md ("Nguyễn Bình Định"
 * is no province).
 */
export const MIDDLE_NAMES: readonly string[] = ['Văn', 'Thị'];

/**
 * Vietnamese family names: the first syllable of a person's name.
 *
 * Sources: ../shared/reference/ranks.md §"Honorifics and pattern around a person mention"
 * (Nguyễn, Trần, Lê, Phạm, Hoàng/Huỳnh, Phan, Vũ/Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý …),
 * the names in the seeds and in organisation.md (Tô Lâm, Lương Tam Quang, Trần Quốc Tỏ,
 * Lê Tấn Tới, Đặng Xuân Loan …), and the common surnames of the Kinh and of the larger ethnic
 * groups (Lò, Quàng, Cầm, Giàng, Sùng, Thào, Ksor, Siu, Thạch, Danh …), and rare surnames of
 * officials in the press (Uông, Khuất, Trình, Sầm, Ngụy …). Left out although they are surnames:
 * "Cung" (also "Cung Văn hóa", a palace of culture), "Nhâm" (a year of the cycle: "Nhâm Dần"),
 * "Ứng" (also "Ứng viên", a candidate, at the start of a sentence).
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
  // Rare surnames of public figures, from the press (issue 10: "Uông", "Thân", "Khổng" were missed).
  'Uông', 'Khuất', 'Trình', 'Sầm', 'Ngụy', 'Bành', 'Lỗ', 'Mạch', 'Tòng', 'Lư', 'Đổng', 'Đái', 'Cáp',
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

/**
 * Words that begin a sentence and are never a syllable of a person's name. Crawled text often
 * loses the line break after a caption or a heading ("… đồng chí Phan Văn A Theo đó, …"): a
 * capitalised run of a name stops before one of them. Source: the clause words of the genre
 * (the lower-case apposition enders of src/data/positions.ts, capitalised at a sentence start),
 * less those that are also given names or surnames ("Từ", "Được", "Các", "Thế", "Tiếp" …).
 */
export const SENTENCE_OPENERS: readonly string[] = [
  'Theo', 'Trong', 'Tại', 'Sau', 'Khi', 'Ngoài', 'Với', 'Để', 'Những', 'Tuy', 'Nhưng', 'Vì', 'Bởi', 'Nếu',
  'Riêng', 'Trước', 'Đây', 'Đó', 'Cùng', 'Trên', 'Dưới', 'Đồng thời', 'Chiều', 'Tối', 'Trưa', 'Đêm', 'Ảnh',
  'Video', 'Clip',
  // "… công ty Đại Nguyên Dương Ông Nguyễn Chí Công, …": a lost line break before the next paragraph's "Ông"
  'Ông',
];

/**
 * Words of time that begin a sentence when a number follows them ("Năm 1934, …", "Ngày 20/9,
 * …", "Sáng 9/6, …"): a capitalised run of a name stops before one of them followed by a
 * number. Alone they may be given names ("Nguyễn Văn Năm", "Trần Thị Sáng"), so only a number
 * after them ends the name. Source: the date forms of src/data/period-vocabulary.ts.
 */
export const TIME_WORDS: readonly string[] = ['Năm', 'Tháng', 'Ngày', 'Sáng', 'Quý', 'Đầu', 'Cuối', 'Hồi', 'Từ'];

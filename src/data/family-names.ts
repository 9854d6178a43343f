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
 * or "đồng chí", and joins the full name it ends.
 */
export const FAMILY_NAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ',
  'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trịnh', 'Lương', 'Mai', 'Tô', 'Hà', 'Cao', 'Lâm',
  'Đào', 'Tạ', 'Đoàn', 'Trương', 'Lưu', 'Vương', 'Phùng', 'Quách', 'Kiều', 'Chu',
  'Triệu', 'Thái', 'Tăng', 'Hứa', 'La', 'Lại', 'Lã', 'Nông', 'Thân', 'Đàm', 'Khổng',
  'Khúc', 'Âu', 'Mạc', 'Quan', 'Tống', 'Từ', 'Lục', 'Nghiêm', 'Doãn', 'Diệp', 'Châu',
  'Bạch', 'Kim', 'Chế', 'Hầu', 'Tôn', 'Viên', 'Vi', 'Hàn', 'Phí', 'Tiêu', 'Kha',
  'Giáp', 'Ngọ', 'Mẫn', 'Cù', 'Khương', 'Lò', 'Quàng', 'Lường', 'Cầm', 'Bế', 'Ma', 'Giàng',
  'Sùng', 'Thào', 'Vàng', 'Mùa', 'Lầu', 'Hạng', 'Ksor', 'Siu', 'Rơ', 'Nay', 'Rah', 'Thạch',
  'Danh', 'Y', 'Lèo', 'Bàn', 'Đậu', 'Nhữ', 'Ôn',
  'Thiều', 'Lữ', 'Vưu', 'Hán', 'Dư',
];

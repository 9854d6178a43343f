/**
 * Abbreviations of police and government reporting, expanded where the record states a
 * position ("PGĐ Công an tỉnh Nghệ An" → "Phó Giám đốc Công an tỉnh Nghệ An"). The body
 * text always keeps what the author wrote.
 *
 * Source: ../shared/reference/organisation.md §"Abbreviations used in police press"; `src`
 * repeats its marks: "S" seen in the sample articles, "P" seen in a cited page, "G" general
 * knowledge (not verified there). "PCT UBND tỉnh" is from qrt.vn (organisation.md §Local
 * government). Department initials joined
 * by "&" or "-" ("Sở TN&MT", "Sở GD&ĐT") are general knowledge, expanded to the ministry names
 * of positions.ts.
 *
 * Abbreviations are matched exactly as written (case included: "CA" is Công an, "ca" is a
 * shift). `role` says what they stand for:
 * - `head`: a whole head word, possibly with its modifier ("PGĐ" = "Phó Giám đốc") or a whole
 *   position ("UVTW" = "Ủy viên Trung ương Đảng");
 * - `organisation`: part of the organisation after a head word ("UBND", "BCA", "CSGT");
 * - `place`: a place word ("TP" = thành phố) or a place ("TP.HCM"). Those are not listed here:
 *   place words' abbreviations are in place-words.ts, provinces' in provinces.ts, so that one
 *   list says how each is written.
 */

export interface Abbreviation {
  abbr: string;
  expansion: string;
  role: 'head' | 'organisation' | 'place';
  src: 'S' | 'P' | 'G';
}

export const POLICE_ABBREVIATIONS: readonly Abbreviation[] = [
  // head words
  { abbr: 'PGĐ', expansion: 'Phó Giám đốc', role: 'head', src: 'S' },
  { abbr: 'P.GĐ', expansion: 'Phó Giám đốc', role: 'head', src: 'G' },
  { abbr: 'GĐ', expansion: 'Giám đốc', role: 'head', src: 'G' },
  // "Quyền" = acting (organisation.md §Position vocabulary): "Q.GĐ CA tỉnh Bắc Ninh".
  { abbr: 'Q.GĐ', expansion: 'Quyền Giám đốc', role: 'head', src: 'G' },
  { abbr: 'Q. GĐ', expansion: 'Quyền Giám đốc', role: 'head', src: 'G' },
  { abbr: 'PCT', expansion: 'Phó Chủ tịch', role: 'head', src: 'P' },
  { abbr: 'UVTW', expansion: 'Ủy viên Trung ương Đảng', role: 'head', src: 'G' },
  { abbr: 'UVBCT', expansion: 'Ủy viên Bộ Chính trị', role: 'head', src: 'G' },
  { abbr: 'ĐBQH', expansion: 'Đại biểu Quốc hội', role: 'head', src: 'P' },
  { abbr: 'TUV', expansion: 'Tỉnh ủy viên', role: 'head', src: 'G' },
  { abbr: 'PBT', expansion: 'Phó Bí thư', role: 'head', src: 'G' },
  { abbr: 'TBT', expansion: 'Tổng Bí thư', role: 'head', src: 'G' },
  // organisations
  { abbr: 'UBND', expansion: 'Ủy ban nhân dân', role: 'organisation', src: 'S' },
  { abbr: 'HĐND', expansion: 'Hội đồng nhân dân', role: 'organisation', src: 'S' },
  { abbr: 'CAND', expansion: 'Công an nhân dân', role: 'organisation', src: 'S' },
  { abbr: 'BCA', expansion: 'Bộ Công an', role: 'organisation', src: 'S' },
  { abbr: 'CA', expansion: 'Công an', role: 'organisation', src: 'S' },
  { abbr: 'CATP', expansion: 'Công an thành phố', role: 'organisation', src: 'G' },
  { abbr: 'CATW', expansion: 'Công an Trung ương', role: 'organisation', src: 'G' },
  { abbr: 'ĐUCATW', expansion: 'Đảng ủy Công an Trung ương', role: 'organisation', src: 'G' },
  { abbr: 'BTV', expansion: 'Ban Thường vụ', role: 'organisation', src: 'P' },
  { abbr: 'BTVTU', expansion: 'Ban Thường vụ Tỉnh ủy', role: 'organisation', src: 'P' },
  { abbr: 'TVTU', expansion: 'Thường vụ Tỉnh ủy', role: 'organisation', src: 'P' },
  { abbr: 'BCH', expansion: 'Ban Chấp hành', role: 'organisation', src: 'G' },
  { abbr: 'TW', expansion: 'Trung ương', role: 'organisation', src: 'S' },
  { abbr: 'TƯ', expansion: 'Trung ương', role: 'organisation', src: 'P' },
  { abbr: 'T.Ư', expansion: 'Trung ương', role: 'organisation', src: 'P' },
  { abbr: 'QH', expansion: 'Quốc hội', role: 'organisation', src: 'G' },
  { abbr: 'UBTVQH', expansion: 'Ủy ban Thường vụ Quốc hội', role: 'organisation', src: 'P' },
  { abbr: 'MTTQ', expansion: 'Mặt trận Tổ quốc', role: 'organisation', src: 'P' },
  { abbr: 'UBMTTQ', expansion: 'Ủy ban Mặt trận Tổ quốc', role: 'organisation', src: 'P' },
  { abbr: 'HĐQT', expansion: 'Hội đồng quản trị', role: 'organisation', src: 'G' },
  { abbr: 'CSGT', expansion: 'Cảnh sát giao thông', role: 'organisation', src: 'G' },
  { abbr: 'CSHS', expansion: 'Cảnh sát hình sự', role: 'organisation', src: 'G' },
  { abbr: 'CSKT', expansion: 'Cảnh sát kinh tế', role: 'organisation', src: 'G' },
  { abbr: 'CSĐT', expansion: 'Cảnh sát điều tra', role: 'organisation', src: 'G' },
  { abbr: 'CSCĐ', expansion: 'Cảnh sát cơ động', role: 'organisation', src: 'G' },
  { abbr: 'CSKV', expansion: 'Cảnh sát khu vực', role: 'organisation', src: 'P' },
  { abbr: 'CSND', expansion: 'Cảnh sát nhân dân', role: 'organisation', src: 'G' },
  { abbr: 'ANND', expansion: 'An ninh nhân dân', role: 'organisation', src: 'G' },
  { abbr: 'PCCC', expansion: 'phòng cháy, chữa cháy', role: 'organisation', src: 'P' },
  { abbr: 'CNCH', expansion: 'cứu nạn, cứu hộ', role: 'organisation', src: 'P' },
  { abbr: 'QLHC', expansion: 'quản lý hành chính', role: 'organisation', src: 'G' },
  { abbr: 'XNC', expansion: 'xuất nhập cảnh', role: 'organisation', src: 'G' },
  { abbr: 'THAHS', expansion: 'thi hành án hình sự', role: 'organisation', src: 'G' },
  { abbr: 'QĐND', expansion: 'Quân đội nhân dân', role: 'organisation', src: 'G' },
  { abbr: 'VKSND', expansion: 'Viện kiểm sát nhân dân', role: 'organisation', src: 'G' },
  { abbr: 'TAND', expansion: 'Tòa án nhân dân', role: 'organisation', src: 'G' },
  // Provincial police divisions ("Trưởng PC08 Công an tỉnh …"). organisation.md §Unit codes:
  // the provincial code is "P" + the ministry code; PC02 = criminal police is its example, the
  // others mirror the C-codes it lists (C01, C03, C04, C06, C07, C08). All general knowledge
  // there; PA and PX codes and PC05, PC09–PC11 are not stated, so they are left out.
  { abbr: 'PC01', expansion: 'Văn phòng Cơ quan Cảnh sát điều tra', role: 'organisation', src: 'G' },
  { abbr: 'PC02', expansion: 'Phòng Cảnh sát hình sự', role: 'organisation', src: 'G' },
  { abbr: 'PC03', expansion: 'Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu', role: 'organisation', src: 'G' },
  { abbr: 'PC04', expansion: 'Phòng Cảnh sát điều tra tội phạm về ma túy', role: 'organisation', src: 'G' },
  { abbr: 'PC06', expansion: 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội', role: 'organisation', src: 'G' },
  { abbr: 'PC07', expansion: 'Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ', role: 'organisation', src: 'G' },
  { abbr: 'PC08', expansion: 'Phòng Cảnh sát giao thông', role: 'organisation', src: 'G' },
  // Departments (Sở) written with "&" or "-" between the initials of their two halves.
  { abbr: 'TN&MT', expansion: 'Tài nguyên và Môi trường', role: 'organisation', src: 'G' },
  { abbr: 'TN-MT', expansion: 'Tài nguyên và Môi trường', role: 'organisation', src: 'G' },
  { abbr: 'TNMT', expansion: 'Tài nguyên và Môi trường', role: 'organisation', src: 'G' },
  { abbr: 'GD&ĐT', expansion: 'Giáo dục và Đào tạo', role: 'organisation', src: 'G' },
  { abbr: 'GD-ĐT', expansion: 'Giáo dục và Đào tạo', role: 'organisation', src: 'G' },
  { abbr: 'KH&ĐT', expansion: 'Kế hoạch và Đầu tư', role: 'organisation', src: 'G' },
  { abbr: 'KH&CN', expansion: 'Khoa học và Công nghệ', role: 'organisation', src: 'G' },
  { abbr: 'NN&PTNT', expansion: 'Nông nghiệp và Phát triển nông thôn', role: 'organisation', src: 'G' },
  { abbr: 'TT&TT', expansion: 'Thông tin và Truyền thông', role: 'organisation', src: 'G' },
  { abbr: 'LĐ-TB&XH', expansion: 'Lao động - Thương binh và Xã hội', role: 'organisation', src: 'G' },
  { abbr: 'VH-TT&DL', expansion: 'Văn hóa, Thể thao và Du lịch', role: 'organisation', src: 'G' },
  { abbr: 'GTVT', expansion: 'Giao thông vận tải', role: 'organisation', src: 'G' },
];

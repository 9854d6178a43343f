/**
 * The vocabulary of stated positions: head words ("Giám đốc", "Thứ trưởng"), the modifiers
 * around them ("Phó", "nguyên", "Quyền", "Thường trực", "phụ trách"), the organisation words
 * that follow ("Bộ Công an", "Công an tỉnh …", "Tổng cục …", "UBND tỉnh …", "Đảng ủy …"),
 * and the words that end an apposition ("phát biểu", "đã", "chủ trì" …).
 *
 * Sources: ../shared/reference/organisation.md §"Position vocabulary in such articles"
 * (party, state, local government and police posts: Chủ tịch nước, Thủ tướng, Phó Thủ tướng,
 * Tổng Bí thư, Chủ tịch Quốc hội, Bộ trưởng …; "kiêm", "nguyên", "tân", "Quyền",
 * "phụ trách"), §"Cục era" (unit names with commas inside, "Cục Cảnh sát PCCC và CNCH"), §"Provincial and local police" (Giám đốc/PGĐ, Trưởng phòng, Trưởng Công an
 * huyện, Đội trưởng, Giám thị, Thủ trưởng Cơ quan CSĐT, Cụm trưởng), §"Tổng cục era"
 * (Tổng cục trưởng, "Phó Tổng cục trưởng phụ trách", seed spellings "Tổng cục Trưởng",
 * "Tổng Cục Chính trị"); GOLD.md §Officials (Bộ trưởng … Chánh thanh tra, nguyên Thứ trưởng;
 * "Tổng Thư ký Interpol Jürgen Stock") and §"Decided borderline cases" (any named person with a
 * stated office: a company chairman, an ambassador, a foreign head of state, a suspect who
 * holds a post — hence Tổng thống, CEO, Thống đốc, "cựu" = former, the birth year before a
 * post in brackets); the seed articles for the apposition enders. The ministries' short names
 * and the country names are general knowledge (the official names of the Government's
 * ministries since 2008 and of the 2025 merged ones; Vietnamese exonyms of countries), as are
 * the mass organisations (Đoàn Thanh niên, Hội Phụ nữ, Hội Cựu chiến binh, Công đoàn), the
 * army's unit heads (Lữ đoàn trưởng, Hải đội trưởng, Tham mưu trưởng …; ranks.md says Border
 * Guard and Coast Guard use army ranks) and the link words between a name and its post
 * ("giữ chức", "đảm nhiệm chức vụ", "là").
 *
 * Every entry is matched case-insensitively and insensitive to tone-mark placement ("Đảng
 * uỷ" = "Đảng ủy"); the canonical form (new tone style) is what the record states.
 */

export type PositionKind = 'party' | 'state' | 'local' | 'police' | 'military' | 'judicial' | 'foreign' | 'other';

export interface PositionHead {
  /** Canonical form of the head word in a stated position. */
  canonical: string;
  kind: PositionKind;
  /**
   * Weak heads describe a member of staff, not an office ("cán bộ Phòng CSGT"): they are
   * recorded after a name that already counts (rank, "đồng chí"), but never make a person
   * an official on their own and never introduce a name.
   */
  weak?: boolean;
  /** The head means nothing without an organisation after it ("Trưởng Công an huyện", "Ủy viên Ban Thường vụ"). */
  needsTail?: boolean;
  /** Other spellings of the whole head, matched like it (case and tone placement aside): "Đại biểu HĐND". */
  variants?: readonly string[];
  /**
   * A bare "Đại biểu" (deputy): before a name it makes an official only when the name is
   * followed by its delegation ("(đoàn Bắc Giang)") or a stated post (rule `official/deputy`);
   * after a name it is weak ("ông X, đại biểu dự hội nghị" is a delegate, not an office).
   */
  deputy?: boolean;
}

/** Head words of positions. Longest match wins, so "Tổng cục trưởng" beats "Tổng cục". */
export const POSITION_HEADS: readonly PositionHead[] = [
  // Party
  { canonical: 'Tổng Bí thư', kind: 'party' },
  { canonical: 'Bí thư', kind: 'party' },
  { canonical: 'Thường trực Ban Bí thư', kind: 'party' },
  { canonical: 'Ủy viên', kind: 'party', needsTail: true },
  { canonical: 'Ủy viên dự khuyết', kind: 'party', needsTail: true },
  { canonical: 'Tỉnh ủy viên', kind: 'party' },
  { canonical: 'Thành ủy viên', kind: 'party' },
  { canonical: 'Huyện ủy viên', kind: 'party' },
  { canonical: 'Đảng ủy viên', kind: 'party' },
  { canonical: 'Trưởng ban', kind: 'party', needsTail: true },
  { canonical: 'Chủ nhiệm', kind: 'party', needsTail: true },
  // State and local government
  { canonical: 'Chủ tịch', kind: 'state' },
  { canonical: 'Thủ tướng', kind: 'state' },
  { canonical: 'Tổng thống', kind: 'state' },
  { canonical: 'Quốc vương', kind: 'state' },
  { canonical: 'Ngoại trưởng', kind: 'state' },
  // Lao and Cambodian provincial governors ("Phó Tỉnh trưởng tỉnh Hủa Phăn").
  { canonical: 'Tỉnh trưởng', kind: 'foreign' },
  { canonical: 'Thống đốc', kind: 'state' },
  { canonical: 'Bộ trưởng', kind: 'state' },
  { canonical: 'Thứ trưởng', kind: 'state' },
  { canonical: 'Đại biểu Quốc hội', kind: 'state' },
  // A People's Council delegate; a bare "đại biểu" (anyone attending) stays a generic word.
  { canonical: 'Đại biểu Hội đồng nhân dân', kind: 'state', variants: ['Đại biểu HĐND'] },
  // GOLD.md (second round): "đại biểu X (đoàn Bắc Giang)", "Đại biểu X, nguyên Chánh tòa …" are deputies.
  { canonical: 'Đại biểu', kind: 'state', variants: ['ĐB'], deputy: true },
  { canonical: 'Trưởng đoàn', kind: 'state', needsTail: true },
  { canonical: 'Tổng Thư ký', kind: 'state' },
  { canonical: 'Thư ký', kind: 'state', needsTail: true },
  { canonical: 'Tổng Kiểm toán Nhà nước', kind: 'state' },
  { canonical: 'Tổng Thanh tra', kind: 'state' },
  { canonical: 'Đại sứ', kind: 'foreign' },
  { canonical: 'Tổng Lãnh sự', kind: 'foreign' },
  { canonical: 'Lãnh sự', kind: 'foreign' },
  { canonical: 'Người phát ngôn', kind: 'state' },
  { canonical: 'Trợ lý', kind: 'state', needsTail: true },
  { canonical: 'Giám đốc', kind: 'local' },
  { canonical: 'Tổng Giám đốc', kind: 'other' },
  { canonical: 'Giám đốc điều hành', kind: 'other' },
  // English company titles, written as they are in Vietnamese business news
  { canonical: 'CEO', kind: 'other' },
  { canonical: 'CFO', kind: 'other' },
  { canonical: 'CTO', kind: 'other' },
  { canonical: 'COO', kind: 'other' },
  { canonical: 'Trưởng', kind: 'local', needsTail: true },
  { canonical: 'Trưởng phòng', kind: 'local' },
  { canonical: 'Trưởng khoa', kind: 'other' },
  { canonical: 'Hiệu trưởng', kind: 'other' },
  { canonical: 'Hiệu phó', kind: 'other' },
  { canonical: 'Tổng Biên tập', kind: 'other' },
  // Company offices (GOLD.md: a company's chairman, directors and chief accountant hold a post).
  { canonical: 'Kế toán trưởng', kind: 'other' },
  { canonical: 'Chánh Văn phòng', kind: 'state' },
  { canonical: 'Chánh Thanh tra', kind: 'state' },
  // The chief of a traffic inspectorate, written with its abbreviation ("Chánh TTGT Đà Nẵng", "Phó chánh TTGT").
  { canonical: 'Chánh Thanh tra giao thông', kind: 'state', variants: ['Chánh TTGT'] },
  // A presiding judge of a court's division ("Chánh tòa Hình sự TAND TP HCM").
  { canonical: 'Chánh tòa', kind: 'judicial' },
  { canonical: 'Thanh tra viên', kind: 'state' },
  // Police and army
  { canonical: 'Tổng cục trưởng', kind: 'police' },
  { canonical: 'Cục trưởng', kind: 'police' },
  { canonical: 'Vụ trưởng', kind: 'police' },
  { canonical: 'Tư lệnh', kind: 'police' },
  { canonical: 'Chính ủy', kind: 'police' },
  { canonical: 'Đội trưởng', kind: 'police' },
  { canonical: 'Đội phó', kind: 'police' },
  { canonical: 'Tổ phó', kind: 'police' },
  { canonical: 'Cụm phó', kind: 'police' },
  { canonical: 'Trạm trưởng', kind: 'police' },
  { canonical: 'Trưởng trạm', kind: 'police' },
  { canonical: 'Trưởng ca', kind: 'police' },
  { canonical: 'Trưởng đồn', kind: 'police' },
  { canonical: 'Đồn trưởng', kind: 'police' },
  { canonical: 'Thủ trưởng', kind: 'police', needsTail: true },
  { canonical: 'Giám thị', kind: 'police' },
  { canonical: 'Trại trưởng', kind: 'police' },
  { canonical: 'Cụm trưởng', kind: 'police' },
  { canonical: 'Chỉ huy trưởng', kind: 'military' },
  { canonical: 'Chính trị viên', kind: 'military' },
  { canonical: 'Tiểu đoàn trưởng', kind: 'military' },
  { canonical: 'Trung đoàn trưởng', kind: 'military' },
  { canonical: 'Sư đoàn trưởng', kind: 'military' },
  { canonical: 'Đại đội trưởng', kind: 'military' },
  { canonical: 'Trung đội trưởng', kind: 'military' },
  { canonical: 'Lữ đoàn trưởng', kind: 'military' },
  { canonical: 'Hải đội trưởng', kind: 'military' },
  { canonical: 'Hải đoàn trưởng', kind: 'military' },
  { canonical: 'Trung đoàn phó', kind: 'military' },
  { canonical: 'Tiểu đoàn phó', kind: 'military' },
  { canonical: 'Đại đội phó', kind: 'military' },
  { canonical: 'Chỉ huy phó', kind: 'military' },
  { canonical: 'Tham mưu trưởng', kind: 'military' },
  { canonical: 'Tổ trưởng', kind: 'police' },
  { canonical: 'Điều tra viên', kind: 'judicial' },
  // Courts and procuracies
  { canonical: 'Chánh án', kind: 'judicial' },
  { canonical: 'Viện trưởng', kind: 'judicial' },
  { canonical: 'Kiểm sát viên', kind: 'judicial' },
  { canonical: 'Thẩm phán', kind: 'judicial' },
  { canonical: 'Chấp hành viên', kind: 'judicial' },
  // Staff, not offices (weak)
  { canonical: 'cán bộ', kind: 'other', weak: true },
  { canonical: 'chiến sĩ', kind: 'other', weak: true },
  { canonical: 'chiến sỹ', kind: 'other', weak: true },
  { canonical: 'nhân viên', kind: 'other', weak: true },
  { canonical: 'học viên', kind: 'other', weak: true },
];

export interface PositionModifier {
  canonical: string;
  /** What it means, for the README. */
  meaning: string;
  /** The person is dead: the mention is a historical reference, not an official ("cố Tổng Bí thư"). */
  historical?: boolean;
  /** Folded words after which it is not a modifier ("ủy quyền" is "authorise", "chính quyền" is "government", not "acting"). */
  notAfter?: readonly string[];
}

/** Words before a head word. They only count when a head word follows ("Quyền", "Tân" are also given names). */
export const POSITION_PREFIXES: readonly PositionModifier[] = [
  { canonical: 'Phó', meaning: 'deputy' },
  { canonical: 'nguyên', meaning: 'former' },
  { canonical: 'cựu', meaning: 'former' },
  { canonical: 'Quyền', meaning: 'acting', notAfter: ['uy', 'trao', 'chinh', 'nhan', 'tham', 'chu', 'dac', 'nu', 'binh', 'toan', 'phan'] },
  { canonical: 'tân', meaning: 'newly appointed' },
  { canonical: 'cố', meaning: 'the late', historical: true },
];

/** Words right after a head word that belong to it ("Phó Chủ tịch Thường trực", "Phó Tổng cục trưởng phụ trách"). */
export const POSITION_SUFFIXES: readonly PositionModifier[] = [
  { canonical: 'Thường trực', meaning: 'standing (first) deputy' },
  { canonical: 'phụ trách', meaning: 'in charge (acting head)' },
  { canonical: 'thứ nhất', meaning: 'first' },
];

/**
 * Words right before a position written ahead of ", [rank] NAME" that make it someone else's
 * post: "Bằng khen của Chủ tịch UBND tỉnh, Đại tá X …". Counted only in lower case.
 */
export const POSITION_BEFORE_BLOCKERS: readonly string[] = ['của', 'theo', 'trao', 'tặng'];

/**
 * Words naming on whose behalf the person acts: "Thay mặt Chủ tịch nước, Trung tướng X trao …",
 * "thừa ủy quyền Bộ trưởng Bộ Công an, Thiếu tướng X …". The post after them is not the
 * person's. Counted in any case, since a sentence often begins with them.
 */
export const ON_BEHALF_BLOCKERS: readonly string[] = ['thừa ủy quyền', 'ủy quyền', 'được sự ủy quyền', 'thay mặt', 'thay mặt cho', 'thừa lệnh', 'nhân danh'];

/**
 * Least Jaro-Winkler similarity (natural) for reading a misspelt head word through ("Giám
 * đôc" for "Giám đốc"), compared on the lower-case written syllables. Only heads of two or
 * more syllables whose first syllable is written exactly are tried, so a common word is not
 * caught ("giám sát" scores 0.85 against "giám đốc").
 */
export const HEAD_FUZZY_THRESHOLD = 0.93;

/**
 * Lower-case words between a name and its position, in place of a comma ("thiếu tướng X giữ
 * chức Giám đốc Công an tỉnh", "ông X là Chủ tịch UBND xã"). They count only when a head word
 * follows. Longest match wins.
 */
export const NAME_POSITION_LINKS: readonly string[] = [
  'giữ chức', 'giữ chức vụ', 'giữ cương vị', 'trên cương vị', 'làm', 'đảm nhiệm', 'đảm nhiệm chức vụ', 'đảm nhận',
  // "ông X thôi giữ chức Bí thư …": the post just left is still the person's stated office (GOLD: former posts count)
  'thôi giữ chức', 'thôi giữ chức vụ', 'thôi làm',
  'được bổ nhiệm', 'được bổ nhiệm giữ chức', 'được bổ nhiệm làm', 'được bổ nhiệm chức vụ', 'được điều động giữ chức',
  'là', 'hiện là', 'nay là', 'lúc đó là', 'khi đó là', 'đang là', 'từng là', 'nguyên là',
  'trước đó là', 'trước đây là', 'hiện đang là', 'trước đó từng là', 'trước đây từng là',
];

/**
 * Parent units written after a comma inside one position ("Đội trưởng Đội CSGT, Công an TP
 * Móng Cái", "Cục trưởng Cục Cảnh sát hình sự, Bộ Công an"): the comma does not end the
 * position. `needsPlace`: only when a place word follows ("Công an tỉnh …", "CA huyện …"), so
 * a list ("…, Công an các đơn vị") is not read into it. Canonical forms, as the organisation
 * words and abbreviations expand.
 */
export const PARENT_UNITS: readonly { canonical: string; needsPlace: boolean }[] = [
  { canonical: 'Bộ Công an', needsPlace: false },
  { canonical: 'Bộ Quốc phòng', needsPlace: false },
  { canonical: 'Công an thành phố', needsPlace: false },
  { canonical: 'Công an', needsPlace: true },
];

/** Joins two positions held at once ("Bí thư Đảng ủy kiêm Giám đốc Công an tỉnh"). */
export const POSITION_JOINERS: readonly string[] = ['kiêm'];

/**
 * Organisation words rewritten to their canonical casing and tone style inside a stated
 * position ("tổng cục Chính trị" → "Tổng cục Chính trị", "Đảng uỷ" → "Đảng ủy"). Only words
 * that cannot be anything else there; "phòng" (also the verb of "phòng, chống") is left as
 * written.
 */
export const ORGANISATION_WORDS: readonly string[] = [
  'Bộ Công an',
  'Công an nhân dân',
  'Công an',
  'Tổng cục Chính trị',
  'Tổng cục',
  'Cục',
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Đảng ủy Công an Trung ương',
  'Đảng ủy',
  'Tỉnh ủy',
  'Thành ủy',
  'Huyện ủy',
  'Quận ủy',
  'Ban Thường vụ',
  'Ban Chấp hành Trung ương',
  'Ban Chấp hành',
  'Trung ương Đảng',
  'Trung ương',
  'Quốc hội',
  'Chính phủ',
  'Bộ Chính trị',
  'Ban Bí thư',
  'Mặt trận Tổ quốc',
  'Ủy ban Mặt trận Tổ quốc',
  // Mass organisations: several begin with a family name ("Đoàn"), so a name must not be read in them.
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Đoàn Thanh niên',
  'Trung ương Đoàn',
  'Hội Liên hiệp Phụ nữ',
  'Hội Phụ nữ',
  'Hội Cựu chiến binh',
  'Hội Nông dân',
  'Tổng Liên đoàn Lao động',
  'Liên đoàn Lao động',
  'Công đoàn',
  'Ngân hàng Nhà nước',
  'Ủy ban Kiểm tra',
  'Ủy ban Thường vụ Quốc hội',
  'Bộ Tư lệnh',
  'Bộ Quốc phòng',
  'Bộ đội Biên phòng',
  // A newspaper's readers' department ("Trưởng ban Bạn đọc Báo …"): "đọc" there is no verb;
  // a project ("Ban Quản lý dự án …"): "dự" there is no verb either.
  'Bạn đọc',
  'dự án',
  'Cơ quan Cảnh sát điều tra',
  'Cơ quan An ninh điều tra',
  'Cảnh sát giao thông',
  'Cảnh sát hình sự',
  'Cảnh sát',
  'An ninh',
];

/**
 * Words that begin the name of a unit ("Sở Y tế", "Phòng Cảnh sát hình sự", "Bệnh viện
 * Chợ Rẫy"). They are kept as written in a position; a capitalised run that begins with one
 * of them is an organisation, never a person's name.
 */
export const UNIT_WORDS: readonly string[] = [
  'Bộ', 'Sở', 'Phòng', 'Ban', 'Đội', 'Vụ', 'Viện', 'Trường', 'Học viện', 'Bệnh viện', 'Trại giam',
  'Trại tạm giam', 'Trại', 'Đồn', 'Công ty', 'Tập đoàn', 'Tòa án', 'Viện kiểm sát', 'Hội', 'Hội đồng',
  'Văn phòng', 'Thanh tra', 'Ủy ban', 'Trung tâm', 'Chi cục', 'Ngân hàng', 'Báo', 'Đài', 'Tạp chí',
  'Nhà máy', 'Tiểu đoàn', 'Trung đoàn', 'Sư đoàn', 'Lữ đoàn', 'Đại đội', 'Trung đội', 'Hải đội', 'Hải đoàn', 'Quân khu', 'Quân đoàn', 'Vùng', 'Bộ Chỉ huy', 'Ban Chỉ huy',
  'Cơ quan', 'Khoa', 'Đảng bộ', 'Chi bộ', 'Cụm thi đua',
];

/**
 * Unit words always followed by the unit's own proper name ("Công ty Hoàng Long", "Bệnh viện
 * Bạch Mai"): a capitalised run right after one is that name, even when it opens with a family
 * name, unless a person's name follows it in the same run ("Giám đốc Công ty Hoàng Long Nguyễn
 * Văn A").
 */
export const NAMED_UNIT_WORDS: readonly string[] = ['Công ty', 'Tập đoàn', 'Ngân hàng', 'Bệnh viện', 'Nhà máy', 'Khách sạn', 'Hợp tác xã', 'Doanh nghiệp'];

/**
 * Organisation and place names that contain a comma, a dash or "và": inside a position
 * they are read whole, so the separator does not end the position ("Giám đốc Sở Giáo dục
 * và Đào tạo", "Bộ Văn hóa, Thể thao và Du lịch"). Spacing around a dash and its kind do not
 * matter ("Thừa Thiên- Huế" = "Thừa Thiên – Huế"). Other province names ("Bà Rịa – Vũng Tàu")
 * are kept whole, as written, by the province recogniser (src/extract/provinces/).
 */
export const NAMES_WITH_SEPARATORS: readonly (string | { canonical: string; variants: readonly string[] })[] = [
  'Văn hóa, Thể thao và Du lịch',
  'Lao động - Thương binh và Xã hội',
  'Lao động, Thương binh và Xã hội',
  'Giáo dục và Đào tạo',
  'Tài nguyên và Môi trường',
  'Thông tin và Truyền thông',
  'Kế hoạch và Đầu tư',
  'Nông nghiệp và Phát triển nông thôn',
  'Nông nghiệp và Môi trường',
  'Khoa học và Công nghệ',
  'Quốc phòng và An ninh',
  'Quốc phòng, An ninh và Đối ngoại',
  'Công tác Đảng và công tác chính trị',
  'Pháp chế và cải cách hành chính, tư pháp',
  { canonical: 'phòng cháy, chữa cháy và cứu nạn, cứu hộ', variants: ['PCCC và CNCH', 'PCCC & CNCH'] },
  'quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng',
  'Khoa học, chiến lược và lịch sử Công an',
  'phòng cháy, chữa cháy',
  'cứu nạn, cứu hộ',
  'phòng, chống tội phạm',
  'phòng, chống ma túy',
  'an ninh, trật tự',
  'tội phạm về ma túy',
  'tội phạm về trật tự xã hội',
  'tội phạm về tham nhũng, kinh tế, buôn lậu',
  'tội phạm về môi trường',
  'quản lý hành chính về trật tự xã hội',
  'Hậu cần - Kỹ thuật',
  { canonical: 'Thừa Thiên Huế', variants: ['Thừa Thiên - Huế'] },
];

/**
 * Foreign and international bodies written between a head word and a foreign name
 * ("Tổng Thư ký Interpol Jürgen Stock"): read as part of the position, not the name.
 */
export const FOREIGN_BODIES: readonly string[] = [
  'Interpol', 'Europol', 'ASEANAPOL', 'UNODC', 'FBI', 'ASEAN', 'Liên Hợp Quốc', 'NATO', 'EU', 'Liên minh châu Âu',
  'UNICEF', 'WHO', 'IMF', 'World Bank', 'Ngân hàng Thế giới',
  // Foreign agencies written between a post and a name ("Giám đốc CIA Gina Haspel", "Chánh văn phòng Nhà Trắng John Kelly").
  'CIA', 'NSA', 'KGB', 'FSB', 'NASA', 'IAEA', 'WTO', 'OPEC', 'APEC', 'Nhà Trắng', 'Lầu Năm Góc', 'Điện Kremlin',
];

/**
 * Countries (Vietnamese exonyms and the English names the press keeps). After a head word the
 * country belongs to the position ("Thủ tướng Singapore Lawrence Wong", "Đại sứ Nhật Bản tại
 * Việt Nam"). Matched only when capitalised. Right after the head, a one-syllable country
 * followed by a lower-case word is read as a short name instead ("Thứ trưởng Đức đề nghị":
 * Đức is also a given name).
 */
export const COUNTRIES: readonly string[] = [
  'Việt Nam', 'Mỹ', 'Hoa Kỳ', 'Singapore', 'Nhật Bản', 'Nhật', 'Trung Quốc', 'Hàn Quốc', 'Triều Tiên', 'Lào',
  'Campuchia', 'Thái Lan', 'Malaysia', 'Indonesia', 'Philippines', 'Myanmar', 'Brunei', 'Timor-Leste', 'Đông Timor',
  'Australia', 'Úc', 'New Zealand', 'Anh', 'Pháp', 'Đức', 'Nga', 'Ấn Độ', 'Ukraine', 'Canada', 'Italy', 'Ý',
  'Tây Ban Nha', 'Bồ Đào Nha', 'Hà Lan', 'Bỉ', 'Thụy Sĩ', 'Thụy Điển', 'Na Uy', 'Phần Lan', 'Đan Mạch', 'Ba Lan',
  'Séc', 'Hungary', 'Áo', 'Hy Lạp', 'Thổ Nhĩ Kỳ', 'Israel', 'Iran', 'Iraq', 'Ả Rập Xê Út', 'Saudi Arabia', 'UAE',
  'Ai Cập', 'Nam Phi', 'Brazil', 'Argentina', 'Mexico', 'Cuba', 'Venezuela', 'Chile', 'Belarus', 'Kazakhstan',
  'Mông Cổ', 'Bangladesh', 'Pakistan', 'Sri Lanka', 'Nepal',
];

/**
 * Short names of the Government's ministries, written after "Bộ trưởng"/"Thứ trưởng" without
 * "Bộ" ("Bộ trưởng Tài chính Hồ Đức Phớc"). Matched only when capitalised: "giám đốc tài
 * chính" (a company's finance director) is left as written. "Công an" is an organisation word
 * (ORGANISATION_WORDS) and is read there.
 */
export const MINISTRY_NAMES: readonly (string | { canonical: string; variants: readonly string[] })[] = [
  'Tài chính', 'Quốc phòng', 'Ngoại giao', 'Tư pháp', 'Y tế', 'Xây dựng', 'Công Thương', 'Nội vụ',
  'Giao thông vận tải', 'Giáo dục và Đào tạo', 'Kế hoạch và Đầu tư', 'Nông nghiệp và Phát triển nông thôn',
  'Nông nghiệp và Môi trường', 'Tài nguyên và Môi trường', 'Thông tin và Truyền thông', 'Khoa học và Công nghệ',
  'Dân tộc và Tôn giáo',
  { canonical: 'Lao động - Thương binh và Xã hội', variants: ['Lao động, Thương binh và Xã hội'] },
  'Văn hóa, Thể thao và Du lịch',
];

/**
 * Lower-case words that continue a position instead of ending it (they are apposition enders
 * elsewhere): "của" before an organisation ("CEO của công ty Nexo", "Giám đốc công nghệ của
 * Bitfinex"); "tại" before a capitalised place, only in a foreign post ("Đại sứ Nhật Bản tại
 * Việt Nam", "Tổng Lãnh sự Mỹ tại TP.HCM"), where a Vietnamese post would end ("… tại Hội nghị").
 */
export const POSITION_LINKS: readonly { word: string; foreignOnly: boolean }[] = [
  { word: 'của', foreignOnly: false },
  { word: 'tại', foreignOnly: true },
];

/**
 * Details that come before a post in brackets after a name: the birth year or the age
 * ("Nguyễn Văn A (SN 1985, Giám đốc Công ty X)", "(45 tuổi, Chủ tịch UBND xã …)").
 */
export const BIRTH_MARKERS: readonly string[] = ['SN', 'sinh năm', 'sinh ngày'];
export const AGE_WORDS: readonly string[] = ['tuổi'];

/**
 * Words that end an apposition or the organisation part of a position: verbs and clause
 * words that follow the person in a sentence ("Thứ trưởng Bộ Công an đến dự", "Giám đốc
 * Công an tỉnh đã nhấn mạnh", "Phó Chủ tịch UBND tỉnh dự"). Longest match wins, so
 * "dự khuyết" (in "Ủy viên dự khuyết", a head word) is read before "dự".
 */
export const APPOSITION_ENDS: readonly string[] = [
  // verbs of the genre
  'phát biểu', 'trình bày', 'chủ trì', 'đồng chủ trì', 'đến dự', 'tới dự', 'dự', 'tham dự', 'cho biết', 'điều hành',
  'nhấn mạnh', 'yêu cầu', 'đề nghị', 'trao', 'trao tặng', 'tặng', 'biểu dương', 'đánh giá', 'ghi nhận',
  'khẳng định', 'chúc mừng', 'thăm', 'làm việc', 'chỉ đạo', 'kết luận', 'báo cáo', 'gửi', 'đọc', 'công bố',
  'trả lời', 'giới thiệu', 'ký', 'phát động', 'khai mạc', 'bế mạc', 'kiểm tra', 'nói', 'cho rằng', 'lưu ý',
  'quán triệt', 'thay mặt', 'mong muốn', 'đề xuất', 'bày tỏ', 'phân tích', 'khen ngợi', 'động viên',
  'hoan nghênh', 'nêu', 'chia sẻ', 'thông tin', 'thông báo', 'hướng dẫn', 'thừa ủy quyền', 'ủy quyền',
  'tiếp', 'tiếp nhận', 'tiếp đón', 'đón', 'dẫn đầu', 'cùng', 'cùng với', 'cùng dự', 'chứng kiến', 'gắn',
  'đeo', 'trực tiếp', 'chủ động', 'tập trung', 'thăm hỏi', 'tặng quà', 'khen thưởng', 'tuyên dương', 'quyết định',
  'trao đổi', 'thảo luận', 'làm', 'đi', 'về dự', 'lên', 'xuống', 'đứng', 'ra', 'vào', 'tới', 'đến',
  // clause words
  'đã', 'đang', 'sẽ', 'vừa', 'mới', 'cũng', 'luôn', 'còn', 'là', 'được', 'bị', 'có', 'không', 'chưa',
  'gồm', 'gồm có', 'bao gồm',
  'và', 'với', 'cho', 'của', 'tại', 'trong', 'về', 'khi', 'sau', 'trước', 'để', 'nhằm', 'theo', 'từ',
  'thì', 'mà', 'nhưng', 'nên', 'vì', 'do', 'bởi', 'như', 'này', 'đó', 'ấy', 'cùng các', 'các', 'những',
  'đồng thời', 'trên', 'dưới', 'qua', 'giữa', 'ngày', 'năm', 'tháng', 'lúc', 'hôm',
  // adverbs and auxiliaries ("Hiệu trưởng Trường … lại yêu cầu")
  'lại', 'vẫn', 'liền', 'bèn', 'đều', 'từng', 'rằng',
  // verbs of reported speech in general news
  'thừa nhận', 'nhìn nhận', 'tiết lộ', 'dự đoán', 'đưa ra', 'cảnh báo', 'nhận định', 'tuyên bố', 'xác nhận',
  'lên tiếng', 'kêu gọi', 'hy vọng', 'cam kết', 'nhận xét', 'dẫn', 'hội đàm', 'tiếp kiến',
  // verbs of operations reports, after a complete unit ("Thư ký Cụm thông qua dự thảo", "Phòng
  // Cảnh sát đường thủy chỉ huy …"); "Ban Chỉ huy", "Chỉ huy trưởng" are longer entries, read first
  'thông qua', 'chỉ huy', 'tạm giữ', 'bắt giữ', 'phối hợp', 'phát hiện', 'khởi tố', 'tiến hành', 'triển khai',
];

/**
 * Province-level units of the maps before 2008 whose names begin with a family name: after
 * "tỉnh" two capitalised syllables that name no current province are a person ("Phó Chủ tịch
 * UBND tỉnh Lê Hòa"), except these ("UBND tỉnh Hà Bắc" in a history). Source: the provinces of
 * 1976–2008 (merged and split by the National Assembly's resolutions of 1976, 1978, 1989, 1991,
 * 1996 and 2003; general knowledge); Hà Tây is in src/data/provinces.ts.
 */
export const FORMER_PROVINCES: readonly string[] = ['Hà Bắc', 'Hà Tuyên', 'Cao Lạng', 'Hà Sơn Bình', 'Hà Nam Ninh', 'Hoàng Liên Sơn'];

/**
 * Words before a position that make it several people's: "các Phó Viện trưởng Trần Văn B, Lê
 * Văn C", "hai Phó Chủ tịch UBND tỉnh B và C" (a number in digits counts too). Source: general
 * usage (plural markers and the number words of src/data/number-words.ts up to ten).
 */
export const PLURAL_MARKERS: readonly string[] = ['các', 'những', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/**
 * Words between a position and the list of its holders ("Các phó giám đốc gồm: đại tá A, đại
 * tá B", "Thứ trưởng gồm có …"). They end a position as clause words do (APPOSITION_ENDS).
 * Source: general usage; the member leads of src/data/clusters.ts.
 */
export const LIST_LEADS: readonly string[] = ['gồm', 'gồm có', 'bao gồm', 'là'];

/**
 * Words that place an article at a session of the National Assembly or a People's Council,
 * where a bare "Đại biểu"/"ĐB" before a name is a deputy (rule `official/deputy`). Compared
 * folded, as whole words. Source: GOLD.md (deputies named as such are officials).
 */
export const ASSEMBLY_WORDS: readonly string[] = ['Quốc hội', 'HĐND', 'Hội đồng nhân dân', 'chất vấn', 'nghị trường', 'ĐBQH'];

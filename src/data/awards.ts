/**
 * Award vocabulary: commendation types and their canonical forms, orders and medals
 * with their classes, emulation titles, issuers, the words that count recipients, and the
 * frames that mean "not (yet) an award". Aliases are lower case NFC; both tone-mark
 * styles (ủy/uỷ, khóa/khoá) are generated when patterns are built, and "sĩ"/"sỹ" is
 * listed where the press uses both.
 *
 * Source: ../shared/reference/awards.md (types and issuers, Luật Thi đua, khen thưởng
 * 2003/2022; verbs and frames; how counts are phrased) and ../shared/GOLD.md "Awards" and
 * "Decided borderline cases".
 */

/** One award type: how the record names it and the ways articles write it. */
export interface AwardTypeEntry {
  /** Canonical form in the record ("Bằng khen", "Thưởng"). */
  canonical: string;
  /** Lower-case forms that name it. */
  aliases: readonly string[];
  /** `generic`: a verb used as the type when no specific type is written ("khen thưởng 5 tập thể"). */
  kind: 'type' | 'generic';
  /**
   * The bare verb used as a type: dropped when a typed award of the same article has the
   * same counts, since it then only repeats that award (a heading "KHEN THƯỞNG 45 TẬP THỂ,
   * 120 CÁ NHÂN" over "tặng Giấy khen cho 45 tập thể, 120 cá nhân").
   */
  yieldsToTyped?: boolean;
  /** Like an unnamed medal, a prize when its sentence is about a contest ("trao thưởng cho 5 tập thể đoạt giải"). */
  contestPrize?: boolean;
  /**
   * Who receives one of it, when the award itself is counted ("tặng 8 cờ thi đua cho …" gives
   * 8 collectives, GOLD "Decided in the second round"): a Cờ thi đua goes only to collectives
   * (Luật Thi đua, khen thưởng 2022 Điều 20, via reference/awards.md).
   */
  recipient?: 'collective' | 'individual';
  /** The award itself may be counted ("trao 15 giấy khen cho các cá nhân"): a thing handed over, not a verb. */
  countable?: boolean;
}

/** Commendation types written on their own (orders, medals and titles are below). */
export const AWARD_TYPES: readonly AwardTypeEntry[] = [
  { canonical: 'Bằng khen', aliases: ['bằng khen'], kind: 'type', countable: true },
  { canonical: 'Giấy khen', aliases: ['giấy khen'], kind: 'type', countable: true },
  { canonical: 'Cờ thi đua', aliases: ['cờ thi đua'], kind: 'type', countable: true, recipient: 'collective' },
  { canonical: 'Kỷ niệm chương', aliases: ['kỷ niệm chương', 'kỉ niệm chương'], kind: 'type', countable: true },
  { canonical: 'Thư khen', aliases: ['thư khen'], kind: 'type', countable: true },
  // Cash rewards (GOLD: "thưởng nóng" → "Thưởng"); bare "thưởng" is handled by the recogniser
  // because it is also half of "khen thưởng", "tặng thưởng", "phần thưởng".
  // "khen thưởng nóng" is the same hot reward.
  { canonical: 'Thưởng', aliases: ['thưởng nóng', 'khen thưởng nóng', 'trao thưởng'], kind: 'generic', contestPrize: true },
  { canonical: 'Khen thưởng', aliases: ['khen thưởng'], kind: 'generic', yieldsToTyped: true },
  { canonical: 'Tuyên dương', aliases: ['tuyên dương'], kind: 'generic' },
  { canonical: 'Biểu dương', aliases: ['biểu dương'], kind: 'generic' },
  // Praise at a ceremony, type as written (GOLD "Decided borderline cases"); at a contest's
  // ceremony ("tôn vinh 20 doanh nghiệp đạt giải") it honours prize winners.
  { canonical: 'Tôn vinh', aliases: ['tôn vinh'], kind: 'generic', contestPrize: true },
  { canonical: 'Vinh danh', aliases: ['vinh danh'], kind: 'generic', contestPrize: true },
];

/** Orders ("Huân chương …"): canonical name after "Huân chương" → lower-case aliases. */
export const ORDER_NAMES: ReadonlyArray<{ canonical: string; aliases: readonly string[] }> = [
  { canonical: 'Sao vàng', aliases: ['sao vàng'] },
  { canonical: 'Hồ Chí Minh', aliases: ['hồ chí minh'] },
  { canonical: 'Độc lập', aliases: ['độc lập'] },
  { canonical: 'Quân công', aliases: ['quân công'] },
  { canonical: 'Lao động', aliases: ['lao động'] },
  { canonical: 'Bảo vệ Tổ quốc', aliases: ['bảo vệ tổ quốc'] },
  { canonical: 'Chiến công', aliases: ['chiến công'] },
  { canonical: 'Dũng cảm', aliases: ['dũng cảm'] },
  { canonical: 'Đại đoàn kết dân tộc', aliases: ['đại đoàn kết dân tộc'] },
  { canonical: 'Hữu nghị', aliases: ['hữu nghị'] },
  { canonical: 'Chiến sĩ vẻ vang', aliases: ['chiến sĩ vẻ vang', 'chiến sỹ vẻ vang'] },
];

/** Medals ("Huy chương …"), Luật 2022 Điều 54 and the older law. */
export const MEDAL_NAMES: ReadonlyArray<{ canonical: string; aliases: readonly string[] }> = [
  { canonical: 'Vì an ninh Tổ quốc', aliases: ['vì an ninh tổ quốc'] },
  { canonical: 'Chiến sĩ vẻ vang', aliases: ['chiến sĩ vẻ vang', 'chiến sỹ vẻ vang'] },
  { canonical: 'Quân kỳ quyết thắng', aliases: ['quân kỳ quyết thắng'] },
  { canonical: 'Hữu nghị', aliases: ['hữu nghị'] },
];

/**
 * Medal colours of a contest ("huy chương vàng/bạc/đồng"): sports and contest medals, prizes
 * rather than state awards (GOLD "Decided borderline cases": contest prizes are not awards).
 */
export const CONTEST_MEDAL_COLOURS: readonly string[] = ['vàng', 'bạc', 'đồng'];

/**
 * Words of a contest in the sentence of an unnamed "huy chương" ("Hội thao trao huy chương
 * cho 5 tập thể"): the medal is a contest prize. A named state medal ("Huy chương Vì an ninh
 * Tổ quốc") stays an award whatever the context. `notFollowedBy`: words after the cue that
 * make it something else ("giải quyết", "giải pháp" are no contest).
 */
export const CONTEST_CONTEXT: ReadonlyArray<{ cue: string; notFollowedBy?: readonly string[] }> = [
  { cue: 'giải', notFollowedBy: ['quyết', 'pháp', 'phóng', 'thích', 'trình', 'tỏa', 'ngân', 'tán', 'cứu', 'đáp', 'mã', 'trí', 'oan', 'vây', 'phẫu', 'thể'] },
  { cue: 'hội thao' },
  { cue: 'thể thao' },
  { cue: 'hội thi' },
  { cue: 'cuộc thi' },
  { cue: 'thi đấu' },
  { cue: 'vận động viên' },
  { cue: 'vđv' },
  // Festivals hand out prizes like contests do.
  { cue: 'liên hoan' },
  { cue: 'hội diễn' },
];

/** The words that open an order or a medal; the canonical type is "<head> <name>[ hạng <class>]". */
export const ORDER_HEAD = { canonical: 'Huân chương', aliases: ['huân chương'] } as const;
export const MEDAL_HEAD = { canonical: 'Huy chương', aliases: ['huy chương'] } as const;

/** Classes after "hạng": written as words, Roman or Arabic numerals → canonical word. */
export const AWARD_CLASSES: ReadonlyArray<{ canonical: string; aliases: readonly string[] }> = [
  { canonical: 'Nhất', aliases: ['nhất', 'i', '1'] },
  { canonical: 'Nhì', aliases: ['nhì', 'ii', '2'] },
  { canonical: 'Ba', aliases: ['ba', 'iii', '3'] },
];

/**
 * Emulation and honour titles, recognised after "danh hiệu" (optionally quoted); "Bà mẹ Việt
 * Nam anh hùng" is a state honour title of reference/awards.md's table.
 */
export const TITLES: ReadonlyArray<{ canonical: string; aliases: readonly string[] }> = [
  {
    canonical: 'Anh hùng Lực lượng vũ trang nhân dân',
    aliases: ['anh hùng lực lượng vũ trang nhân dân', 'anh hùng llvt nhân dân', 'anh hùng llvtnd', 'ahllvtnd'],
  },
  { canonical: 'Anh hùng Lao động', aliases: ['anh hùng lao động'] },
  { canonical: 'Bà mẹ Việt Nam anh hùng', aliases: ['bà mẹ việt nam anh hùng', 'mẹ việt nam anh hùng'] },
  { canonical: 'Chiến sĩ thi đua toàn quốc', aliases: ['chiến sĩ thi đua toàn quốc', 'chiến sỹ thi đua toàn quốc'] },
  {
    canonical: 'Chiến sĩ thi đua Công an nhân dân',
    aliases: [
      'chiến sĩ thi đua toàn lực lượng công an nhân dân',
      'chiến sỹ thi đua toàn lực lượng công an nhân dân',
      'chiến sĩ thi đua toàn lực lượng cand',
      'chiến sỹ thi đua toàn lực lượng cand',
      'chiến sĩ thi đua công an nhân dân',
      'chiến sỹ thi đua công an nhân dân',
      'chiến sĩ thi đua cand',
      'chiến sỹ thi đua cand',
    ],
  },
  { canonical: 'Chiến sĩ thi đua cơ sở', aliases: ['chiến sĩ thi đua cơ sở', 'chiến sỹ thi đua cơ sở'] },
  { canonical: 'Chiến sĩ thi đua', aliases: ['chiến sĩ thi đua', 'chiến sỹ thi đua'] },
  { canonical: 'Chiến sĩ tiên tiến', aliases: ['chiến sĩ tiên tiến', 'chiến sỹ tiên tiến'] },
  { canonical: 'Lao động tiên tiến', aliases: ['lao động tiên tiến'] },
  { canonical: 'Đơn vị quyết thắng', aliases: ['đơn vị quyết thắng'] },
  { canonical: 'Đơn vị tiên tiến', aliases: ['đơn vị tiên tiến'] },
  { canonical: 'Tập thể lao động xuất sắc', aliases: ['tập thể lao động xuất sắc'] },
  { canonical: 'Tập thể lao động tiên tiến', aliases: ['tập thể lao động tiên tiến'] },
];

/** The word that introduces a title. */
export const TITLE_HEAD: readonly string[] = ['danh hiệu'];

/** Who gives an award: canonical issuer ← lower-case aliases (longest alias wins at a position). */
export const ISSUERS: ReadonlyArray<{ canonical: string; aliases: readonly string[] }> = [
  { canonical: 'Chủ tịch nước', aliases: ['chủ tịch nước'] },
  { canonical: 'Thủ tướng Chính phủ', aliases: ['thủ tướng chính phủ', 'thủ tướng'] },
  { canonical: 'Chính phủ', aliases: ['chính phủ'] },
  { canonical: 'Bộ trưởng Bộ Công an', aliases: ['bộ trưởng bộ công an', 'bộ trưởng bca'] },
  { canonical: 'Bộ trưởng Bộ Quốc phòng', aliases: ['bộ trưởng bộ quốc phòng', 'bộ trưởng bqp'] },
  { canonical: 'Bộ trưởng', aliases: ['bộ trưởng'] },
  { canonical: 'Bộ Công an', aliases: ['bộ công an', 'bca'] },
  { canonical: 'Bộ Quốc phòng', aliases: ['bộ quốc phòng'] },
  { canonical: 'Tổng cục trưởng', aliases: ['tổng cục trưởng'] },
  { canonical: 'Cục trưởng', aliases: ['cục trưởng'] },
  {
    canonical: 'Chủ tịch UBND tỉnh',
    aliases: ['chủ tịch ubnd tỉnh', 'chủ tịch ủy ban nhân dân tỉnh', 'chủ tịch ub nhân dân tỉnh'],
  },
  {
    canonical: 'Chủ tịch UBND thành phố',
    aliases: ['chủ tịch ubnd thành phố', 'chủ tịch ubnd tp', 'chủ tịch ủy ban nhân dân thành phố'],
  },
  { canonical: 'Chủ tịch UBND huyện', aliases: ['chủ tịch ubnd huyện', 'chủ tịch ủy ban nhân dân huyện'] },
  { canonical: 'UBND tỉnh', aliases: ['ubnd tỉnh', 'ủy ban nhân dân tỉnh'] },
  { canonical: 'UBND thành phố', aliases: ['ubnd thành phố', 'ubnd tp', 'ủy ban nhân dân thành phố'] },
  { canonical: 'Giám đốc Công an tỉnh', aliases: ['giám đốc công an tỉnh', 'giám đốc ca tỉnh'] },
  {
    canonical: 'Giám đốc Công an thành phố',
    aliases: ['giám đốc công an thành phố', 'giám đốc công an tp', 'giám đốc catp'],
  },
  { canonical: 'Công an tỉnh', aliases: ['công an tỉnh'] },
  { canonical: 'Công an thành phố', aliases: ['công an thành phố', 'catp'] },
  { canonical: 'Ban Thường vụ Tỉnh ủy', aliases: ['ban thường vụ tỉnh ủy', 'btv tỉnh ủy'] },
  { canonical: 'Ban Thường vụ Thành ủy', aliases: ['ban thường vụ thành ủy', 'btv thành ủy'] },
  { canonical: 'Tỉnh ủy', aliases: ['tỉnh ủy'] },
  { canonical: 'Thành ủy', aliases: ['thành ủy'] },
  { canonical: 'Đảng ủy Công an Trung ương', aliases: ['đảng ủy công an trung ương'] },
  { canonical: 'Đảng ủy Công an tỉnh', aliases: ['đảng ủy công an tỉnh'] },
  // Listed so that "Đảng bộ Công an tỉnh" is not read as "Bộ Công an" from its middle.
  { canonical: 'Đảng bộ Công an tỉnh', aliases: ['đảng bộ công an tỉnh'] },
  { canonical: 'Tư lệnh', aliases: ['tư lệnh'] },
  { canonical: 'Trung ương Đoàn', aliases: ['trung ương đoàn', 'tw đoàn', 'ban chấp hành trung ương đoàn'] },
];

/** Words before an issuer that say the giver acts on someone's behalf: that someone is the issuer. */
export const ON_BEHALF_OF: readonly string[] = ['thừa ủy quyền', 'thay mặt'];

/** Verbs of giving (reference "Verbs and frames"); an issuer must be joined to its type by one. */
export const GIVING_VERBS: readonly string[] = [
  'trao tặng',
  'tặng thưởng',
  'truy tặng',
  'phong tặng',
  'khen thưởng',
  'tuyên dương',
  'biểu dương',
  'tặng',
  'trao',
  'ký quyết định',
  'quyết định',
];

/** Words that may stand between a subject issuer and a verb-type ("Công an tỉnh đã khen thưởng 5 tập thể"). */
export const SUBJECT_AUXILIARIES: readonly string[] = ['đã', 'vừa', 'cũng', 'kịp thời', 'đồng thời'];

/** Words after a count that make the count the recipient of an award named later ("2 tập thể được tặng …"). */
export const PASSIVE_CUES: readonly string[] = ['được', 'vinh dự nhận', 'đón nhận', 'nhận', 'đạt'];

/**
 * Recipient nouns: collectives (GOLD: "đơn vị" = tập thể; Party units "tổ chức (cơ sở) đảng",
 * "chi bộ", "đảng bộ" are collectives too) and individuals (every word for one counted
 * person: "cá nhân", soldiers "quân nhân", members "đảng viên", "đoàn viên", "hội viên",
 * trainees "học viên"). `alsoGives`: the unit also gives awards ("được Đảng bộ tỉnh tặng
 * Bằng khen"), so its name after a passive cue is the giver, not a second recipient.
 */
export const RECIPIENTS: ReadonlyArray<{ kind: 'collective' | 'individual'; aliases: readonly string[]; alsoGives?: boolean }> = [
  { kind: 'collective', aliases: ['tập thể', 'đơn vị', 'tổ chức cơ sở đảng', 'tổ chức đảng'] },
  {
    kind: 'individual',
    aliases: [
      'cá nhân',
      'đồng chí',
      'cbcs',
      'cán bộ, chiến sĩ',
      'cán bộ, chiến sỹ',
      'cán bộ chiến sĩ',
      'cán bộ chiến sỹ',
      'chiến sĩ',
      'chiến sỹ',
      'cán bộ',
      'quân nhân',
      'đảng viên',
      'đoàn viên',
      'hội viên',
      'học viên',
    ],
  },
  { kind: 'collective', aliases: ['chi bộ', 'đảng bộ'], alsoGives: true },
];

/**
 * Recipients counted by other nouns (GOLD "Decided in the second round": any person noun counts
 * individuals, "3 tài xế", "310 bà mẹ"; counted units are collectives, "43 công đoàn cơ sở").
 * These nouns also count people and places that receive nothing ("giải cứu 5 người dân", "tại
 * 12 xã"), so the rule `award/other-recipient` reads them only where the award is theirs: right
 * after the type ("khen thưởng 3 tài xế", "Giấy khen cho 43 công đoàn cơ sở") or as the
 * subject of a passive award ("Toàn tỉnh có 310 bà mẹ được phong tặng …").
 *
 * Source: the project's own list of the person and unit nouns Vietnamese reports count, by
 * GOLD's examples; "mẹ" alone is how the press counts Heroic Mothers ("truy tặng … cho 15 mẹ").
 */
export const OTHER_RECIPIENTS: ReadonlyArray<{ kind: 'collective' | 'individual'; aliases: readonly string[] }> = [
  {
    kind: 'individual',
    aliases: [
      'tài xế', 'lái xe', 'người', 'người dân', 'công dân', 'bà mẹ', 'mẹ', 'học sinh', 'sinh viên', 'em', 'cháu', 'thanh niên',
      'công nhân', 'nông dân', 'ngư dân', 'giáo viên', 'bác sĩ', 'y bác sĩ', 'nhân viên', 'người lao động', 'công chức', 'viên chức',
      'công an viên', 'dân quân', 'bảo vệ dân phố', 'cựu chiến binh', 'sĩ quan', 'hạ sĩ quan', 'phóng viên', 'nhà báo', 'tình nguyện viên',
      'cộng tác viên', 'trinh sát', 'điều tra viên', 'cảnh sát', 'bộ đội', 'thành viên', 'già làng', 'người có uy tín', 'trưởng thôn',
      'trưởng bản', 'tổ viên',
    ],
  },
  {
    kind: 'collective',
    aliases: [
      'công đoàn cơ sở', 'công đoàn', 'chi đoàn', 'cơ sở đoàn', 'tổ chức', 'cơ quan', 'doanh nghiệp', 'trường', 'trường học', 'tổ dân phố',
      'khu dân cư', 'thôn', 'xã', 'phường', 'thị trấn', 'công an xã', 'công an phường', 'chi hội', 'gia đình', 'hộ gia đình', 'tổ', 'đội',
      'tổ công tác',
    ],
  },
];

/**
 * What may stand right before an other-noun count that is the subject of a passive award:
 * nothing (a clause start) or one of these ("Toàn tỉnh có 310 bà mẹ được …"). A verb there
 * makes the count its object ("đã cứu 3 người dân, được …").
 */
export const SUBJECT_LEADS: readonly string[] = ['có', 'đã có', 'với', 'gồm', 'trong đó', 'trong đó có', 'tổng số', 'tổng cộng', 'tất cả', 'cả'];

/**
 * Words that open what the recipients achieved, between counts and a passive cue that may then
 * stand further away ("19 tập thể, 33 cá nhân có thành tích xuất sắc trong phong trào … đã
 * vinh dự được Bộ Công an tặng Bằng khen").
 */
export const ACHIEVEMENT_OPENERS: readonly string[] = [
  'có thành tích', 'đã có thành tích', 'có nhiều thành tích', 'lập thành tích', 'lập được thành tích', 'đạt thành tích',
  'có nhiều đóng góp', 'có đóng góp', 'tiêu biểu', 'xuất sắc', 'điển hình',
];

/** "lượt" counts award instances; the number still counts (1.750 lượt tập thể = 1750). */
export const INSTANCE_WORDS: readonly string[] = ['lượt'];

/** Approximate counts stay counts (the number is stated); the vague "hàng trăm" is no number at all. */
export const APPROXIMATE_PREFIXES: readonly string[] = ['gần', 'hơn', 'trên', 'khoảng', 'gần như'];

/**
 * Frames that make a counted commendation NOT an award (GOLD "Decided borderline cases"):
 * proposals and selections for a later honour, sanctions, findings, future plans, prizes,
 * scholarships and gifts.
 *
 * A cue vetoes only the count group of its own clause. `scope` says where that clause ends:
 * - `act`: the cue frames an act that follows it ("đề nghị Bộ trưởng tặng Bằng khen cho 3 tập
 *   thể", "xử lý kỷ luật 2 tập thể"); its clause runs over that act's verb and type and ends at
 *   ";" or, once the act has its counts, at a new giving verb ("…, khen thưởng 30 tập thể").
 * - `object`: the cue is the thing given ("tặng quà 20 gia đình", "trao học bổng"); any later
 *   giving verb or award type starts another act ("… và trao tặng Bằng khen cho 3 tập thể").
 * - `type`: the cue takes back the award type right after it ("thu hồi Bằng khen đã tặng cho 3
 *   cá nhân", "tước danh hiệu …"), and nothing else: "thu hồi 20 xe máy" leaves the sentence's
 *   awards alone. GOLD lists no revocation as an award.
 */
export const NOT_AWARD_CUES: ReadonlyArray<{ reason: string; scope: 'act' | 'object' | 'type'; cues: readonly string[] }> = [
  { reason: 'proposal', scope: 'act', cues: ['đề nghị', 'đề xuất', 'kiến nghị', 'xét tặng', 'xét chọn', 'bình xét', 'bình chọn', 'suy tôn', 'lựa chọn'] },
  { reason: 'not yet given', scope: 'act', cues: ['phấn đấu', 'sẽ', 'dự kiến', 'chuẩn bị'] },
  { reason: 'sanction', scope: 'act', cues: ['kỷ luật', 'kỉ luật', 'khiển trách', 'cảnh cáo', 'xử lý', 'xử phạt', 'kiểm điểm'] },
  { reason: 'finding', scope: 'act', cues: ['phát hiện', 'vi phạm'] },
  {
    reason: 'prize, gift or scholarship',
    scope: 'object',
    cues: ['giải nhất', 'giải nhì', 'giải ba', 'giải khuyến khích', 'giải đặc biệt', 'giải thưởng', 'đoạt giải', 'đạt giải', 'trao giải', 'quà', 'học bổng'],
  },
  { reason: 'revocation', scope: 'type', cues: ['thu hồi', 'tước', 'hủy bỏ', 'hủy'] },
];

/**
 * Proposal cues after these words name the proposal an award was given on, not a proposal
 * still open: "Theo đề nghị của Giám đốc Công an tỉnh, Chủ tịch UBND tỉnh tặng Bằng khen …".
 */
export const GRANTED_PROPOSAL_LEADS: readonly string[] = ['theo', 'xét', 'trên cơ sở', 'căn cứ'];

/** Words between a revocation cue (scope `type`) and the award it takes back ("thu hồi quyết định khen thưởng …"). */
export const REVOKED_OBJECT_WORDS: readonly string[] = ['quyết định', 'danh hiệu', 'các', 'những', 'lại'];

/**
 * Cues right after the counts that make them no award's recipients: "3 tập thể, 5 cá nhân vi
 * phạm" (a finding), "… cho 8 tập thể và 16 cá nhân đạt giải" (contest winners: a prize).
 */
export const AFTER_COUNT_CUES: ReadonlyArray<{ reason: string; cues: readonly string[] }> = [
  { reason: 'finding', cues: ['vi phạm', 'sai phạm'] },
  { reason: 'prize, gift or scholarship', cues: ['đạt giải', 'đoạt giải'] },
];

/**
 * A cash reward with no award type written (GOLD: a cash reward to counted units is "Thưởng"):
 * one of these verbs right before the counts ("Giám đốc tặng 3 đơn vị …") and a sum of money
 * in the sentence ("… mỗi đơn vị 10 triệu đồng").
 */
export const CASH_VERBS: readonly string[] = ['trao tặng', 'tặng thưởng', 'tặng', 'trao'];
/** Verbs that hand a counted award over ("tặng 8 cờ thi đua cho …", "trao 15 giấy khen cho các cá nhân"). */
export const HANDING_VERBS: readonly string[] = ['trao tặng', 'tặng thưởng', 'truy tặng', 'phong tặng', 'tặng', 'trao'];
/** Units of a sum of money after a number ("10 triệu đồng", "500.000 đồng", "5 triệu", "2 tỷ"). */
export const MONEY_UNITS: readonly string[] = ['triệu đồng', 'nghìn đồng', 'ngàn đồng', 'tỷ đồng', 'tỉ đồng', 'đồng', 'vnđ', 'vnd', 'triệu', 'tỷ', 'tỉ'];
/** Money given out of charity, not as a reward: no "Thưởng" in their sentence (GOLD: gifts are not awards). */
export const CHARITY_CUES: readonly string[] = [
  'hỗ trợ', 'ủng hộ', 'khó khăn', 'nghèo', 'chính sách', 'quà', 'thăm hỏi', 'nạn nhân', 'bị nạn', 'trợ cấp', 'cứu trợ', 'từ thiện',
  'mai táng', 'phúng viếng', 'điều trị', 'học bổng',
];

/** Words that join a new act to the one before ("… và trao tặng …"); a comma does too ("…, khen thưởng …"). A giving verb follows. */
export const NEW_ACT_JOINERS: readonly string[] = ['và', 'đồng thời', 'sau đó'];

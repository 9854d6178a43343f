/**
 * Word lists that tell an article apart from what surrounds it: bylines, sources, CMS
 * accounts, outlet names, captions, datelines and the chrome of news pages.
 *
 * Sources: ../shared/reference/html-structures.md (bylines "Văn Thành", "Nguyễn Bình –
 * Đức Thắng", "H.M/VOV.VN", "Tin, ảnh: HOÀNG VŨ", "Theo TTXVN", "PV"; captions ending
 * "Ảnh: …"; breadcrumbs, share bars, related boxes), GOLD.md "Authors" (outlets, "Admin",
 * "Theo …" sources and photo credits are not authors), the five seed articles (section
 * header printed twice, bare date line, reporter name, then "Admin"), and the negative /
 * positive class words of mozilla/readability, extended with Vietnamese sites' class names.
 *
 * Entries are compared case-insensitively with their tone marks: folding would make the
 * outlet word "Đài" match "Đại tá …", "Báo" match "Bảo đảm …", and the outlet "Tiền Phong" match
 * the name "Tiến Phong". An entry written without any diacritic ("Kenh14", "PV") also matches
 * its accented spellings ("Kênh14"). A maintainer adds a variant here, not in the engine.
 */

/** Accounts a CMS prints under the article; never an author. */
export const CMS_ACCOUNTS: readonly string[] = [
  'Admin',
  'Administrator',
  'Quản trị',
  'Quản trị viên',
  'Quản trị hệ thống',
  'Webmaster',
  'Biên tập viên',
  'Ban biên tập',
  'BBT',
  'BTV',
];

/**
 * News outlets and agencies: a source or a publisher, never a person's byline. After a slash
 * in a byline, a part that opens with one of these (or with an OUTLET_OPENERS word) is the
 * outlet or one of its desks: "Trọng Tín/VOV-Nam Trung Bộ" gives only "Trọng Tín".
 */
export const OUTLETS: readonly string[] = [
  'TTXVN',
  // TTXVN's daily, credited after the agency ("TTXVN/Tin Tức")
  'Tin Tức',
  'VNA',
  'Thông tấn xã Việt Nam',
  'VOV',
  'VOV.VN',
  'Đài Tiếng nói Việt Nam',
  'VTV',
  'VTC',
  'VTC News',
  'Báo Công an nhân dân',
  'Công an nhân dân',
  'CAND',
  'CAND Online',
  'Dân trí',
  'Báo Dân trí',
  'Báo điện tử Dân trí',
  'VnExpress',
  'Tuổi Trẻ',
  'Tuổi Trẻ Online',
  'TTO',
  'Thanh Niên',
  'Báo Thanh Niên',
  'Người Lao Động',
  'NLĐO',
  'Lao Động',
  'Báo Lao Động',
  'VietNamNet',
  'Zing',
  'Znews',
  'Tiền Phong',
  'Pháp luật TP.HCM',
  'PLO',
  'An ninh Thủ đô',
  'ANTĐ',
  'Nhân Dân',
  'Báo Nhân Dân',
  'Quân đội nhân dân',
  'QĐND',
  'Chinhphu.vn',
  'Cổng TTĐT Bộ Công an',
  'Bộ Công an',
  'Reuters',
  'AFP',
  'AP',
  'Xinhua',
  'Tân Hoa xã',
  'BBC',
  'CNN',
  'Sputnik',
  // Further national outlets seen in bylines and source lines ("H.M/VietnamPlus"); general knowledge.
  'VietnamPlus',
  'Vietnam+',
  'Báo Tin tức',
  'SGGP',
  'Sài Gòn Giải Phóng',
  'VnEconomy',
  'Đại Đoàn Kết',
  'Kinh tế & Đô thị',
  'Pháp luật Việt Nam',
  'ANTV',
  'VTV News',
  'QĐND Online',
  'Infonet',
  'Soha',
  'Kenh14',
  // English-language Vietnamese outlets, whose names are shaped like a person's ("Vietnam
  // News") at the end of an English text; general knowledge.
  'Vietnam News',
  'Việt Nam News',
  'Vietnam News Agency',
  'VNS',
  'VnExpress International',
  'Tuoi Tre News',
  'Saigon Times',
  'The Saigon Times',
  'Hanoi Times',
  'VOV World',
  'Nhan Dan Online',
];

/**
 * Words that open the name of an outlet ("Báo …", "Tạp chí …", "Cổng thông tin …"). The name
 * itself follows capitalised ("Báo Nghệ An", "Đài PT-TH Nghệ An"), perhaps after an
 * OUTLET_QUALIFIERS word ("Báo điện tử Dân trí"): "Báo cáo được gửi …" is a sentence.
 */
export const OUTLET_OPENERS: readonly string[] = ['Báo', 'Tạp chí', 'Đài', 'Cổng thông tin', 'Cổng TTĐT', 'Trang thông tin', 'Thông tấn xã'];

/** Lower-case words between an outlet word and the outlet's name ("Báo điện tử Dân trí", "Báo ảnh Việt Nam"). */
export const OUTLET_QUALIFIERS: readonly string[] = ['điện tử', 'ảnh'];

/**
 * Lower-case words that make a short closing line a clause, so body text and not an outlet or
 * a source: "Báo cáo được gửi về Bộ Công an", "Theo Đại tá Nguyễn Văn A cho biết". Only verbs
 * and particles that no outlet's name holds (not "tại": "Đài Truyền hình Việt Nam tại TP HCM").
 */
export const CLAUSE_WORDS: readonly string[] = [
  'được',
  'là',
  'đã',
  'đang',
  'sẽ',
  'bị',
  'có',
  'không',
  'cho',
  'cho biết',
  'để',
  'khi',
  'nhằm',
  'phải',
  'vừa',
  'tiếp tục',
  'kết thúc',
];

/** Words that open a source line ("Theo TTXVN", "Nguồn: …"): a source, not an author. */
export const SOURCE_OPENERS: readonly string[] = ['Theo', 'Nguồn'];

/**
 * Labels in front of a byline's names ("Tin, ảnh: HOÀNG VŨ"). Written with a colon after
 * them in the article; the colon is not part of the entry.
 */
export const BYLINE_LABELS: readonly string[] = [
  'Tin, ảnh',
  'Tin và ảnh',
  'Tin - ảnh',
  'Tin – ảnh',
  'Tin, ảnh, clip',
  'Bài, ảnh',
  'Bài và ảnh',
  'Bài - ảnh',
  'Bài – ảnh',
  'Bài, ảnh, clip',
  'Bài',
  'Tin',
  'Tác giả',
  'Phóng viên',
  'Nhóm phóng viên',
  'Nhóm PV',
  'PV',
  'Thực hiện',
  'Nhóm thực hiện',
];

/**
 * A reporter's role written before the name in a byline ("CTV Hồng Nhung/VOV.VN", "PV Hải
 * Yến"): the role leaves, the name is the author. Compared with tone marks, case aside.
 * Sources: GOLD.md "Authors" (a byline's person names as written) and the bylines of VOV and
 * the provincial papers ("CTV", "PV", "PVTT" = phóng viên thường trú).
 */
export const BYLINE_ROLES: readonly string[] = [
  'CTV', 'PV', 'PVTT', 'Phóng viên', 'Phóng viên thường trú', 'Cộng tác viên', 'Nhà báo',
  // "Tổng hợp Cự Giải": what the writer did, written before the name
  'Tổng hợp',
];

/**
 * Words written after a byline's names, lower case as written ("Hữu Tài - Bá Đạt thực
 * hiện", "Hải Vân ghi", "Lê Hạnh (t/h)"): what the reporter did, never part of a name. Also
 * the whole content of a closing parenthesis ("(tổng hợp)"), and, followed by "theo …", the
 * start of a source note ("(Tổng hợp theo TTXVN, VTV)"). Source: the press usage of
 * ../shared/reference/html-structures.md ("QUANG ĐẠI (thực hiện)") and GOLD.md "Authors".
 */
export const BYLINE_SUFFIXES: readonly string[] = ['thực hiện', 'tổng hợp', 't/h', 'th', 'lược dịch', 'biên dịch', 'dịch', 'tổng hợp và biên dịch', 'ghi', 'ghi chép', 'chuyển ngữ'];

/**
 * Organisation and place words (and a few function words) that open a capitalised run which
 * is no pen name: at the end of a paragraph "… theo quy định. Sở Tư Pháp" or "… Tỉnh Nghệ An"
 * is an organisation or a place, "… Những Góc Khuất" a title, not a byline glued to the text. Compared with tone marks, case aside ("Vụ" is a
 * department, "Vũ" a name; "Đội" a team, "Đỗ" a name). Deliberately absent: words that also open pen names ("Trường"
 * as in "Trường Giang", "Thanh", "Đoàn", "Hội", "Khoa", "Trung Tâm"). Sources: the unit words
 * of src/data/positions.ts and src/data/place-words.ts, less those names.
 */
export const NOT_NAME_OPENERS: readonly string[] = [
  'Bộ',
  'Sở',
  'Phòng',
  'Cục',
  'Tổng cục',
  'Chi cục',
  'Vụ',
  'Viện',
  'Viện kiểm sát',
  'Tòa án',
  'Đồn',
  'Trại',
  'Công an',
  'Cảnh sát',
  'Công ty',
  'Tập đoàn',
  'Ngân hàng',
  'Ủy ban',
  'UBND',
  'HĐND',
  'Đảng ủy',
  'Tỉnh ủy',
  'Thành ủy',
  'Huyện ủy',
  'Quốc hội',
  'Chính phủ',
  'Nhà nước',
  'Văn phòng',
  'Học viện',
  'Bệnh viện',
  'Đội',
  'Đại đội',
  'Tiểu đoàn',
  'Trung đoàn',
  'Lữ đoàn',
  'Sư đoàn',
  'Trạm',
  'Trại giam',
  'Hội đồng',
  'Mặt trận',
  'Liên đoàn',
  'Tỉnh',
  'Thành phố',
  'TP',
  'Huyện',
  'Quận',
  'Thị xã',
  'Thị trấn',
  'Xã',
  'Phường',
  'Thôn',
  'Ấp',
  'Xóm',
  'Đường',
  'Phố',
  'Sông',
  'Núi',
  'Cầu',
  'Chợ',
  'Việt Nam',
  // media words ("… sự việc. Ảnh Minh Họa") and words that open a phrase, never a name
  // ("… kỳ tới. Những Góc Khuất"); not "Từ", a family name
  'Ảnh',
  'Video',
  'Clip',
  'Đồ họa',
  'Những',
  'Các',
  'Một',
  'Mọi',
  'Khi',
  'Vì',
  'Để',
  'Nếu',
  'Với',
  'Trong',
  'Cùng',
  'Tại',
  'Ngày',
  'Tháng',
  'Năm',
  'Hôm',
  'Lúc',
];

/**
 * Words that name a person of the story right before their name ("bị cáo Khánh", "anh Quang
 * Huy", "đối tượng Lò Văn Tâm"): a glued name at the end that the story introduced so is the
 * story's person, not its writer. Ranks and the honorifics of src/data/honorifics.ts count too.
 * Compared with tone marks, case aside. Source: GOLD.md "Decided in the second round" (a name
 * that is the subject of the last sentence is not a byline) and crime-report usage.
 */
export const STORY_PERSON_LEADS: readonly string[] = [
  'ông',
  'bà',
  'anh',
  'chị',
  'em',
  'cháu',
  'cô',
  'chú',
  'cụ',
  'đồng chí',
  'đối tượng',
  'bị can',
  'bị cáo',
  'nghi phạm',
  'nghi can',
  'nạn nhân',
  'tài xế',
  'lái xe',
  'bác sĩ',
  'luật sư',
  'giáo viên',
  'thầy',
];

/** Labels of a photo or video credit ("Ảnh: Hoàng Phong"): not an author. */
export const CREDIT_LABELS: readonly string[] = ['Ảnh', 'Ảnh minh họa', 'Clip', 'Video', 'Đồ họa', 'Nguồn ảnh'];

/** A byline that names no person ("PV", "Nhóm PV"): it leaves the body, no author. */
/**
 * Words opening a newsroom desk written after a placeholder ("Nhóm PV Ban TPHCM", "PV Ban Thời
 * sự"): the placeholder with its desk still names nobody.
 */
export const DESK_WORDS: readonly string[] = ['Ban', 'Phòng'];

export const REPORTER_PLACEHOLDERS: readonly string[] = [
  'PV',
  'P.V',
  'Nhóm P.V',
  'Nhóm PV',
  'Nhóm phóng viên',
  'Phóng viên',
  'CTV',
  'Cộng tác viên',
  'PV tổng hợp',
  'Nhóm PV tổng hợp',
  'Tổng hợp',
];

/** First words of a photo caption: such a first line is not taken for a title. */
export const CAPTION_OPENERS: readonly string[] = ['Quang cảnh', 'Toàn cảnh', 'Ảnh', 'Ảnh minh họa', 'Các đại biểu', 'Đại biểu dự'];

/**
 * Section names a portal prints above the title, sometimes only once ("Tin tức - Sự kiện",
 * "Hoạt động Công an tỉnh"). A top line that is exactly one of these is page chrome, not the
 * title. Sources: the police-portal row of html-structures.md ("Hoạt động của lực lượng Công
 * an" above the title) and common menu names of Vietnamese news and police portals.
 */
export const SECTION_NAMES: readonly string[] = [
  'Tin tức',
  'Tin tức - Sự kiện',
  'Tin tức sự kiện',
  'Tin hoạt động',
  'Tin trong tỉnh',
  'Tin trong nước',
  'Tin trong ngành',
  'Tin Công an',
  'Hoạt động Công an tỉnh',
  'Hoạt động Công an thành phố',
  'Hoạt động Công an địa phương',
  'Hoạt động của lực lượng Công an',
  'Hoạt động của Công an tỉnh',
  'Hoạt động của lãnh đạo',
  'Hoạt động lãnh đạo',
  'Thời sự',
  'Thời sự - Chính trị',
  'Chính trị',
  'Xã hội',
  'Pháp luật',
  'An ninh trật tự',
  'An ninh - Trật tự',
  'An ninh trật tự xã hội',
  'Xây dựng lực lượng',
  'Xây dựng Đảng',
  'Xây dựng lực lượng CAND',
  'Phong trào thi đua',
  'Thi đua khen thưởng',
  'Thi đua - Khen thưởng',
  'Gương người tốt việc tốt',
  'Phòng cháy chữa cháy',
  'Cảnh sát giao thông',
  'Điều tra phá án',
  'Chỉ đạo điều hành',
  'Tin nổi bật',
  'Trang chủ',
];

/**
 * First words of a unit's name in a byline "name - unit" ("Thu Hà - Phòng Tham mưu"): the unit
 * is where the reporter works, not an author. A part counts as a unit only when it opens with
 * one of these and is not itself shaped like a name (so "Trung Tâm", a person, stays a name).
 */
export const BYLINE_UNIT_OPENERS: readonly string[] = [
  'Phòng',
  'Công an',
  'Đội',
  'Ban',
  'Cục',
  'Vụ',
  'Văn phòng',
  'Trung tâm',
  'Đồn',
  'Trạm',
  'Trung đoàn',
  'Tiểu đoàn',
  'Lữ đoàn',
  'Sư đoàn',
  'Bộ Chỉ huy',
  'Bộ Tư lệnh',
  'Trại giam',
  'Trường',
  'Học viện',
  'Bệnh viện',
  'Viện',
  'Sở',
  'Tổ',
  'Đoàn Thanh niên',
  'Huyện đoàn',
  'Tỉnh đoàn',
  'Thành đoàn',
  'Hội',
  'Ủy ban',
  'UBND',
  'Đảng ủy',
  'Cảnh sát',
  'Cơ quan',
];

/** Paragraphs that open a related-articles box or a page widget. */
export const RELATED_OPENERS: readonly string[] = [
  'Tin liên quan',
  'Bài liên quan',
  'Tin cùng chuyên mục',
  'Tin khác',
  'Các tin khác',
  'Tin mới',
  'Xem thêm',
  'Đọc thêm',
  'Xem tiếp',
  'Mời quý độc giả',
  'Bình luận',
  'Chia sẻ',
  'Sao chép liên kết',
  'Copy link',
  'Trở lại',
];

/** Words that may stand before the date of a dateline ("Cập nhật: 20/11/2020"). */
export const DATELINE_LABELS: readonly string[] = [
  'Ngày',
  'Ngày đăng',
  'Đăng ngày',
  'Ngày cập nhật',
  'Cập nhật',
  'Cập nhật lúc',
  'Cập nhật ngày',
  'Đăng lúc',
  'Thời gian đăng',
  'Ngày xuất bản',
  'Xuất bản',
];

/** Weekday names before a date ("Thứ năm, 2/11/2023"); both spellings of the numbered form. */
export const WEEKDAYS: readonly string[] = [
  'Thứ Hai',
  'Thứ Ba',
  'Thứ Tư',
  'Thứ Năm',
  'Thứ Sáu',
  'Thứ Bảy',
  'Chủ Nhật',
  'Thứ 2',
  'Thứ 3',
  'Thứ 4',
  'Thứ 5',
  'Thứ 6',
  'Thứ 7',
  'T2',
  'T3',
  'T4',
  'T5',
  'T6',
  'T7',
  'CN',
];

/**
 * Elements removed from every page before the body is read. Page furniture (script,
 * navigation, form controls) and captions: a caption describes a photo, not the story.
 * Not `form`: ASP.NET portals (many provincial police sites) wrap the whole page in one.
 */
export const HTML_CHROME: readonly string[] = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'svg',
  'button',
  'input',
  'select',
  'textarea',
  'nav',
  'header',
  'footer',
  'aside',
  'figcaption',
  '.tplCaption',
  '.PhotoCMS_Caption',
  '.image-caption',
  '.caption',
  '.breadcrumb',
  '.breadcrumbs',
  '.social-share',
  '.share-buttons',
  '.box-share',
  '.comment',
  '.comments',
  '#comments',
  '.box-comment',
  '.related-news',
  '.tin-lien-quan',
  '[hidden]',
];

/**
 * A class or id word of an advertising slot, matched against each class word and the id
 * whole: `ads`, `banner-ads`, `adsbygoogle(-box)`, `ads-inread`, `sis_inread` (VnExpress),
 * `advertisement`, `quang-cao`. Such a slot holds at most a label ("Quảng cáo") once its
 * script is gone, so it is removed with the page chrome. Sources: VnExpress
 * `div#sis_inread.banner-ads > .ads_label`, Người Lao Động `div.ads-inread > span`, Google
 * AdSense `ins.adsbygoogle`.
 */
export const AD_BLOCK = '^(?:ads?|adv|adverts?|advertis(?:ement|ing)s?|ads?[-_][\\w-]*|[\\w-]*[-_]ads?|adsbygoogle[\\w-]*|[\\w-]*inread[\\w-]*|quang-?cao[\\w-]*)$';

/** A paragraph that is only one of these labels is the label of an ad slot, not body text. */
export const AD_LABELS: readonly string[] = ['Quảng cáo', 'Advertisement', 'Advertising', 'Sponsored'];

/**
 * Class or id words of blocks that are almost never the article (readability's "unlikely
 * candidates", plus cookie and consent notices, which sit beside the article on many sites).
 */
export const UNLIKELY_BLOCK =
  '-ad-|ai2html|banner|cookie|consent|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|lien-?quan|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|share|most-?view|xem-?nhieu|tin-?moi|tags';

/** Class or id words that rescue an unlikely-looking block (readability's "ok maybe"). */
export const MAYBE_BLOCK = 'and|article|body|column|content|main|shadow|detail|singular|fck';

/** Class or id words that add to a block's content score. */
export const POSITIVE_BLOCK = 'article|body|content|entry|hentry|main|page|post|text|blog|story|detail|singular|fck|noi-?dung|chi-?tiet';

/** Class or id words that subtract from a block's content score (readability's, plus cookie, consent and newsletter boxes). */
export const NEGATIVE_BLOCK =
  '-ad-|hidden|banner|cookie|consent|newsletter|subscribe|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|lien-?quan|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|most-?view|xem-?nhieu';

/**
 * Class, id or rel words of a byline block inside the article ("By Jane Doe", the author's
 * card): readability's byline words. Such a block under 100 characters leaves the body.
 */
export const BYLINE_BLOCK = 'byline|author|dateline|writtenby|p-author|tac-?gia';

/** Class or id words of a share bar inside the article (readability's share elements). */
export const SHARE_BLOCK = '(?:^|[\\s_-])(?:share|sharing|sharedaddy|social)(?:$|[\\s_-])';

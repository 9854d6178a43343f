/**
 * Invented sentences of the award shapes real press uses (issue 10, GOLD "Decided borderline
 * cases" and "Decided in the second round"), and of the exclusions that must keep holding. Every
 * sentence is this project's own writing. Used by test/awards-shapes.test.ts; kept apart so that
 * a script can score an older build on the same sentences.
 */

/** [type, collectives, individuals] of one expected award. */
export type Expected = [type: string, collectives: number | null, individuals: number | null];

export interface ShapeCase {
  shape: string;
  text: string;
  awards: Expected[];
}

/** Sentences that state counted awards, by shape. */
export const POSITIVE: ShapeCase[] = [
  // Counts first, then a passive award.
  { shape: 'count first, passive', text: 'Dịp này, 64 tập thể và 27 cá nhân đã được Ủy ban nhân dân tỉnh tặng bằng khen.', awards: [['Bằng khen', 64, 27]] },
  { shape: 'count first, passive', text: 'Có 19 tập thể, 33 cá nhân có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc đã vinh dự được Bộ Công an tặng Bằng khen.', awards: [['Bằng khen', 19, 33]] },
  { shape: 'count first, passive', text: 'Có 19 tập thể, 33 cá nhân có thành tích xuất sắc trong phong trào thi đua, đã vinh dự được Bộ Công an tặng Bằng khen.', awards: [['Bằng khen', 19, 33]] },
  { shape: 'count first, passive', text: 'Dịp này, có 64 tập thể và 27 cá nhân có thành tích xuất sắc trong 5 năm thực hiện phong trào đã được UBND tỉnh tặng bằng khen.', awards: [['Bằng khen', 64, 27]] },
  { shape: 'count first, passive', text: 'Nhân dịp này, 7 tập thể, 15 cá nhân được Giám đốc Công an tỉnh tặng Giấy khen vì đã có thành tích trong đợt cao điểm.', awards: [['Giấy khen', 7, 15]] },
  { shape: 'count first, passive', text: '12 tập thể và 20 cá nhân được UBND tỉnh khen thưởng.', awards: [['Khen thưởng', 12, 20]] },
  { shape: 'count first, passive', text: 'Trong năm, 4 đơn vị được nhận Cờ thi đua của Bộ Công an.', awards: [['Cờ thi đua', 4, null]] },
  { shape: 'count first, passive', text: 'Đã có 9 tập thể và 14 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen; 30 tập thể, 75 cá nhân được Giám đốc Công an tỉnh tặng Giấy khen.', awards: [['Bằng khen', 9, 14], ['Giấy khen', 30, 75]] },
  { shape: 'count first, passive', text: 'Kết quả, 3 tập thể được Thủ tướng Chính phủ tặng Bằng khen, 10 cá nhân được Bộ trưởng Bộ Công an tặng Bằng khen.', awards: [['Bằng khen', 3, null], ['Bằng khen', null, 10]] },
  { shape: 'count first, passive', text: 'Hai tập thể và năm cá nhân được tặng Giấy khen.', awards: [['Giấy khen', 2, 5]] },
  { shape: 'count first, passive', text: 'Tại lễ tổng kết, 15 tập thể, 32 cá nhân được Bộ trưởng Bộ Công an tặng Bằng khen; 2 tập thể được Thủ tướng Chính phủ tặng Cờ thi đua.', awards: [['Bằng khen', 15, 32], ['Cờ thi đua', 2, null]] },
  { shape: 'count first, passive', text: 'Năm qua, có 3 cán bộ bị kỷ luật, 25 cán bộ được khen thưởng.', awards: [['Khen thưởng', null, 25]] },
  { shape: 'count first, passive', text: 'Năm 2017, toàn tỉnh có 4 tập thể bị cảnh cáo, 2 tập thể được tặng Cờ thi đua.', awards: [['Cờ thi đua', 2, null]] },
  { shape: 'count first, passive', text: 'Năm qua, khen thưởng 30 tập thể, 55 cá nhân, trong đó có 5 tập thể và 10 cá nhân được tặng Bằng khen của Bộ trưởng.', awards: [['Khen thưởng', 30, 55], ['Bằng khen', 5, 10]] },

  // The award itself counted.
  { shape: 'award counted', text: 'Bộ trưởng đã tặng 8 cờ thi đua xuất sắc cho các đơn vị dẫn đầu phong trào.', awards: [['Cờ thi đua', 8, null]] },
  { shape: 'award counted', text: 'Thủ tướng Chính phủ trao 2 Cờ thi đua của Chính phủ cho Công an tỉnh Nghệ An và Công an tỉnh Hà Tĩnh.', awards: [['Cờ thi đua', 2, null]] },
  { shape: 'award counted', text: 'Giám đốc trao 15 giấy khen cho các cá nhân có thành tích.', awards: [['Giấy khen', null, 15]] },
  { shape: 'award counted', text: 'Dịp này, 6 cờ thi đua của UBND tỉnh được trao cho các đơn vị xuất sắc.', awards: [['Cờ thi đua', 6, null]] },
  { shape: 'award counted', text: 'Bộ trưởng Bộ Công an tặng 3 cờ thi đua, 25 bằng khen cho các tập thể.', awards: [['Cờ thi đua', 3, null], ['Bằng khen', 25, null]] },
  { shape: 'award counted', text: 'Thừa ủy quyền Chủ tịch nước, Bộ trưởng trao 2 Huân chương Chiến công hạng Ba cho các tập thể.', awards: [['Huân chương Chiến công hạng Ba', 2, null]] },
  { shape: 'award counted', text: 'Chủ tịch UBND tỉnh trao tặng 20 bằng khen cho các tập thể.', awards: [['Bằng khen', 20, null]] },
  { shape: 'award type, counted recipients', text: 'Dịp này, UBND tỉnh tặng cờ thi đua cho 12 tập thể.', awards: [['Cờ thi đua', 12, null]] },
  { shape: 'award type, counted recipients', text: 'UBND tỉnh tặng cờ thi đua xuất sắc cho 5 đơn vị.', awards: [['Cờ thi đua', 5, null]] },
  { shape: 'award type, counted recipients', text: 'Thủ tướng trao 2 Cờ thi đua của Chính phủ cho 2 đơn vị dẫn đầu.', awards: [['Cờ thi đua', 2, null]] },

  // Praise at a ceremony, type as written.
  { shape: 'praise', text: 'Hội nghị biểu dương 40 tập thể và 65 cá nhân có thành tích xuất sắc.', awards: [['Biểu dương', 40, 65]] },
  { shape: 'praise', text: 'Buổi lễ tôn vinh 58 cá nhân tiêu biểu.', awards: [['Tôn vinh', null, 58]] },
  { shape: 'praise', text: 'Lễ vinh danh 30 cá nhân có nhiều đóng góp cho sự nghiệp bảo vệ an ninh.', awards: [['Vinh danh', null, 30]] },
  { shape: 'praise', text: 'Dịp này, Ban tổ chức tuyên dương 12 tập thể, 20 cá nhân điển hình tiên tiến.', awards: [['Tuyên dương', 12, 20]] },
  { shape: 'praise', text: 'Tại buổi lễ, Ban Thường vụ Tỉnh ủy đã tuyên dương 20 tập thể, 45 cá nhân điển hình.', awards: [['Tuyên dương', 20, 45]] },
  { shape: 'praise', text: 'Có 18 tập thể và 36 cá nhân được tôn vinh tại buổi lễ.', awards: [['Tôn vinh', 18, 36]] },

  // Recipients counted by other nouns.
  { shape: 'other nouns', text: 'Công an tỉnh khen thưởng 3 tài xế dũng cảm.', awards: [['Khen thưởng', null, 3]] },
  { shape: 'other nouns', text: 'Chủ tịch UBND tỉnh khen thưởng đột xuất 2 tài xế xe khách.', awards: [['Khen thưởng', null, 2]] },
  { shape: 'other nouns', text: '27 chiến sĩ tham gia chuyên án được khen thưởng.', awards: [['Khen thưởng', null, 27]] },
  { shape: 'other nouns', text: 'Toàn tỉnh có 310 bà mẹ được phong tặng danh hiệu Bà mẹ Việt Nam anh hùng.', awards: [['Bà mẹ Việt Nam anh hùng', null, 310]] },
  { shape: 'other nouns', text: 'Tỉnh có 1.250 mẹ được phong tặng, truy tặng danh hiệu Bà mẹ Việt Nam anh hùng.', awards: [['Bà mẹ Việt Nam anh hùng', null, 1250]] },
  { shape: 'other nouns', text: 'Chủ tịch nước truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 15 mẹ.', awards: [['Bà mẹ Việt Nam anh hùng', null, 15]] },
  { shape: 'other nouns', text: 'Công đoàn ngành tặng Giấy khen cho 43 công đoàn cơ sở.', awards: [['Giấy khen', 43, null]] },
  { shape: 'other nouns', text: 'Giám đốc Công an tỉnh tặng Giấy khen cho 5 người dân đã dũng cảm bắt cướp.', awards: [['Giấy khen', null, 5]] },
  { shape: 'other nouns', text: 'Giám đốc Công an tỉnh tặng Giấy khen cho 6 người dân có thành tích tố giác tội phạm.', awards: [['Giấy khen', null, 6]] },
  { shape: 'other nouns', text: 'UBND huyện khen thưởng 2 học sinh nhặt được của rơi trả lại người mất.', awards: [['Khen thưởng', null, 2]] },
  { shape: 'other nouns', text: 'Bộ trưởng tặng Bằng khen cho 3 công dân dũng cảm cứu người.', awards: [['Bằng khen', null, 3]] },
  { shape: 'other nouns', text: '8 công an xã được Chủ tịch UBND huyện tặng Giấy khen.', awards: [['Giấy khen', 8, null]] },
  { shape: 'other nouns', text: 'UBND huyện tặng Bằng khen cho 12 xã đạt chuẩn nông thôn mới.', awards: [['Bằng khen', 12, null]] },
  { shape: 'other nouns', text: 'Trường tặng giấy khen cho 150 học sinh giỏi.', awards: [['Giấy khen', null, 150]] },
  { shape: 'other nouns', text: 'Dịp này, Bằng khen của Chủ tịch UBND tỉnh cho 4 ngư dân đã cứu người bị nạn trên biển.', awards: [['Bằng khen', null, 4]] },
  { shape: 'other nouns', text: 'Trong đó có 11 doanh nghiệp được tặng Bằng khen.', awards: [['Bằng khen', 11, null]] },
  { shape: 'other nouns', text: 'Tổng Liên đoàn tặng Bằng khen cho 6 tổ chức, 12 cá nhân.', awards: [['Bằng khen', 6, 12]] },

  // Cash rewards.
  { shape: 'cash', text: 'Giám đốc tặng 3 đơn vị tham gia phá án, mỗi đơn vị 10 triệu đồng.', awards: [['Thưởng', 3, null]] },
  { shape: 'cash', text: 'Chủ tịch UBND tỉnh thưởng 50 triệu đồng cho 2 tập thể có thành tích.', awards: [['Thưởng', 2, null]] },
  { shape: 'cash', text: 'Ban Giám đốc đã thưởng nóng 3 tập thể, mỗi tập thể 5 triệu đồng.', awards: [['Thưởng', 3, null]] },
  { shape: 'cash', text: 'Giám đốc Công an tỉnh đã trao 20 triệu đồng cho 4 cá nhân có thành tích phá án.', awards: [['Thưởng', null, 4]] },
  { shape: 'cash', text: 'Ngay sau khi phá án, Chủ tịch UBND tỉnh đã tặng thưởng 5 cán bộ, chiến sĩ mỗi người 3 triệu đồng.', awards: [['Thưởng', null, 5]] },
  { shape: 'cash', text: 'Sau chuyên án, 7 cán bộ được tặng mỗi người 2 triệu đồng.', awards: [['Thưởng', null, 7]] },

  // Titles conferred over the years.
  { shape: 'titles over the years', text: 'Qua các thời kỳ, 45 tập thể, 12 cá nhân được phong tặng danh hiệu Anh hùng lực lượng vũ trang nhân dân.', awards: [['Anh hùng Lực lượng vũ trang nhân dân', 45, 12]] },
  { shape: 'titles over the years', text: 'Đến nay, lực lượng có 8 tập thể và 3 cá nhân được Nhà nước phong tặng danh hiệu Anh hùng LLVTND.', awards: [['Anh hùng Lực lượng vũ trang nhân dân', 8, 3]] },
  { shape: 'titles over the years', text: 'Đến nay, 2 tập thể được tuyên dương Anh hùng lực lượng vũ trang nhân dân.', awards: [['Anh hùng Lực lượng vũ trang nhân dân', 2, null]] },
  { shape: 'titles over the years', text: 'Qua 70 năm xây dựng, lực lượng đã có 23 tập thể và 11 cá nhân được Nhà nước tuyên dương danh hiệu Anh hùng lực lượng vũ trang nhân dân.', awards: [['Anh hùng Lực lượng vũ trang nhân dân', 23, 11]] },
  { shape: 'titles over the years', text: 'Năm nay, 312 Chiến sĩ thi đua cơ sở được công nhận.', awards: [['Chiến sĩ thi đua cơ sở', null, 312]] },
  { shape: 'titles over the years', text: 'Chủ tịch nước khen thưởng Huân chương Lao động hạng Ba cho 2 tập thể.', awards: [['Huân chương Lao động hạng Ba', 2, null]] },

  // Two counts for one type, zero-padded counts, granted proposals, acts beside a sanction.
  { shape: 'two counts, one type', text: 'Bộ trưởng tặng Bằng khen cho 5 tập thể có thành tích trong chuyên án A và 3 tập thể có thành tích trong chuyên án B.', awards: [['Bằng khen', 5, null], ['Bằng khen', 3, null]] },
  { shape: 'zero-padded', text: '05 tập thể, 09 cá nhân được Chủ tịch UBND huyện tặng Giấy khen.', awards: [['Giấy khen', 5, 9]] },
  { shape: 'granted proposal', text: 'Theo đề nghị của Giám đốc Công an tỉnh, Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể, 9 cá nhân.', awards: [['Bằng khen', 5, 9]] },
  { shape: 'granted proposal', text: 'Trên cơ sở đề nghị của Hội đồng Thi đua - Khen thưởng, Giám đốc quyết định tặng Giấy khen cho 30 tập thể.', awards: [['Giấy khen', 30, null]] },
  { shape: 'beside another act', text: 'Công an tỉnh đã thu hồi 20 xe máy và khen thưởng 5 cá nhân.', awards: [['Khen thưởng', null, 5]] },
  { shape: 'beside another clause', text: 'Công an tỉnh tặng Giấy khen cho 12 tập thể; đơn vị hiện có 35 Chiến sĩ thi đua cơ sở.', awards: [['Giấy khen', 12, null]] },
  { shape: 'beside another clause', text: 'Công an tỉnh tặng Giấy khen cho 12 tập thể; đơn vị hiện có 35 cán bộ.', awards: [['Giấy khen', 12, null]] },
  { shape: 'beside another act', text: 'Bộ trưởng tặng Bằng khen cho 5 tập thể có thành tích giúp đỡ 200 hộ gia đình khó khăn.', awards: [['Bằng khen', 5, null]] },
  // A second batch, written after the rules above and scored before any change (21 of 22 right; "khen thưởng nóng" was then read as the hot reward it is).
  // One sentence of it was written as a negative and is a title total by GOLD: it led to `award/title-holders`.
  { shape: 'second batch', text: 'Toàn huyện hiện có 86 Bà mẹ Việt Nam anh hùng được phong tặng.', awards: [['Bà mẹ Việt Nam anh hùng', null, 86]] },
  { shape: 'second batch', text: 'Nhân dịp này, Chủ tịch UBND tỉnh đã quyết định tặng Bằng khen cho 26 tập thể và 41 cá nhân có thành tích xuất sắc.', awards: [['Bằng khen', 26, 41]] },
  { shape: 'second batch', text: 'Tại hội nghị, 11 tập thể, 23 cá nhân được Giám đốc Công an tỉnh khen thưởng vì đã có thành tích xuất sắc trong công tác đấu tranh phòng chống tội phạm.', awards: [['Khen thưởng', 11, 23]] },
  { shape: 'second batch', text: 'Đã có 17 tập thể và 29 cá nhân thuộc Công an tỉnh vinh dự được Chủ tịch nước tặng thưởng Huân chương Bảo vệ Tổ quốc hạng Ba.', awards: [['Huân chương Bảo vệ Tổ quốc hạng Ba', 17, 29]] },
  { shape: 'second batch', text: 'Dịp này, Bộ Công an đã tặng 5 Cờ thi đua cho các đơn vị có thành tích dẫn đầu phong trào thi đua.', awards: [['Cờ thi đua', 5, null]] },
  { shape: 'second batch', text: 'UBND tỉnh trao 9 cờ thi đua và 40 bằng khen cho các tập thể.', awards: [['Cờ thi đua', 9, null], ['Bằng khen', 40, null]] },
  { shape: 'second batch', text: 'Tại lễ kỷ niệm, Ban tổ chức đã biểu dương 35 gương điển hình và khen thưởng 12 tập thể, 28 cá nhân.', awards: [['Khen thưởng', 12, 28]] },
  { shape: 'second batch', text: 'Ban Thường vụ Thành ủy tuyên dương 15 đảng viên tiêu biểu.', awards: [['Tuyên dương', null, 15]] },
  { shape: 'second batch', text: 'Giám đốc Công an thành phố đã quyết định khen thưởng đột xuất 4 chiến sĩ Cảnh sát cơ động.', awards: [['Khen thưởng', null, 4]] },
  { shape: 'second batch', text: 'Ngay trong đêm, lãnh đạo Công an tỉnh đã khen thưởng nóng 2 lái xe taxi dũng cảm truy đuổi đối tượng cướp.', awards: [['Thưởng', null, 2]] },
  { shape: 'second batch', text: 'Có 14 học sinh, sinh viên được Công an tỉnh tặng Giấy khen vì đã dũng cảm tham gia bắt cướp.', awards: [['Giấy khen', null, 14]] },
  { shape: 'second batch', text: 'Chủ tịch UBND huyện trao tặng Giấy khen cho 7 tổ dân phố có thành tích trong phong trào toàn dân bảo vệ an ninh Tổ quốc.', awards: [['Giấy khen', 7, null]] },
  { shape: 'second batch', text: 'Đại tá Nguyễn Văn B đã trao 30 triệu đồng tiền thưởng cho 3 đơn vị tham gia phá án.', awards: [['Thưởng', 3, null]] },
  { shape: 'second batch', text: 'Trải qua 60 năm xây dựng và trưởng thành, đơn vị có 6 tập thể và 4 cá nhân được Nhà nước phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.', awards: [['Anh hùng Lực lượng vũ trang nhân dân', 6, 4]] },
  { shape: 'second batch', text: 'Lực lượng Công an tỉnh vinh dự có 3 tập thể được tặng Huân chương Chiến công hạng Nhất và 5 cá nhân được tặng Huân chương Chiến công hạng Ba.', awards: [['Huân chương Chiến công hạng Nhất', 3, null], ['Huân chương Chiến công hạng Ba', null, 5]] },
  { shape: 'second batch', text: 'Dịp này, UBND tỉnh khen thưởng 02 tập thể, 05 cá nhân có thành tích xuất sắc.', awards: [['Khen thưởng', 2, 5]] },
  { shape: 'second batch', text: 'Bộ trưởng Bộ Công an tặng Bằng khen cho 6 tập thể và 8 cá nhân, Giám đốc Công an tỉnh tặng Giấy khen cho 20 tập thể và 35 cá nhân.', awards: [['Bằng khen', 6, 8], ['Giấy khen', 20, 35]] },
  { shape: 'second batch', text: 'Đồng chí Phó Chủ tịch UBND tỉnh trao Bằng khen cho 1 tập thể và 6 cá nhân thuộc Phòng Cảnh sát hình sự.', awards: [['Bằng khen', 1, 6]] },
  { shape: 'second batch', text: 'Năm 2016, toàn lực lượng có 245 lượt tập thể, 1.320 lượt cá nhân được các cấp khen thưởng.', awards: [['Khen thưởng', 245, 1320]] },
  { shape: 'second batch', text: 'Bộ Tư lệnh Cảnh sát cơ động tặng Giấy khen cho 9 quân nhân có thành tích xuất sắc.', awards: [['Giấy khen', null, 9]] },
];

/** Sentences with counts that are no award, by the exclusion that rules them out. */
export const NEGATIVE: Array<{ exclusion: string; text: string }> = [
  // Discipline and sanctions.
  { exclusion: 'sanction', text: 'Đoàn kiểm tra kiến nghị xử lý hành chính 172 tổ chức, 310 cá nhân.' },
  { exclusion: 'sanction', text: 'Có 3 cá nhân bị khiển trách, 1 cá nhân bị cảnh cáo.' },
  { exclusion: 'sanction', text: 'Công an tỉnh đã xử lý kỷ luật 4 cán bộ, chiến sĩ vi phạm.' },
  { exclusion: 'sanction', text: 'Công an tỉnh đã kỷ luật 3 chiến sĩ, khiển trách 2 tài xế.' },
  { exclusion: 'sanction', text: 'Trong đợt cao điểm, lực lượng CSGT đã xử phạt 1.200 tài xế vi phạm, được Giám đốc khen thưởng.' },
  { exclusion: 'sanction', text: 'UBND tỉnh xử phạt 15 doanh nghiệp, tặng Bằng khen cho Đội Quản lý thị trường số 3.' },
  // Findings.
  { exclusion: 'finding', text: 'Qua thanh tra phát hiện 12 đơn vị vi phạm quy định về khen thưởng.' },
  { exclusion: 'finding', text: 'Qua kiểm tra phát hiện 7 doanh nghiệp vi phạm, xử phạt 120 triệu đồng.' },
  // Proposals and selections for a later honour.
  { exclusion: 'proposal', text: 'Hội đồng đề xuất khen thưởng 5 tập thể, 8 cá nhân.' },
  { exclusion: 'proposal', text: 'Đơn vị đề nghị UBND tỉnh tặng Bằng khen cho 6 tập thể và 10 cá nhân.' },
  { exclusion: 'proposal', text: 'Hội đồng đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 3 tài xế.' },
  { exclusion: 'proposal', text: 'Đơn vị đề xuất tặng 5 cờ thi đua cho các đơn vị dẫn đầu.' },
  { exclusion: 'proposal', text: 'Hội đồng xét tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 12 mẹ.' },
  { exclusion: 'selection', text: 'Hội đồng thi đua đã bình xét, lựa chọn 20 tập thể, 45 cá nhân để đề nghị Bộ trưởng tặng Bằng khen.' },
  { exclusion: 'not yet given', text: 'Dự kiến sẽ có 40 tập thể được tặng Bằng khen.' },
  { exclusion: 'proposal', text: 'Năm nay có 40 Chiến sĩ thi đua cơ sở được đề nghị công nhận.' },
  // Revocations.
  { exclusion: 'revocation', text: 'Bộ trưởng quyết định thu hồi Bằng khen đã tặng cho 3 cá nhân.' },
  { exclusion: 'revocation', text: 'Chủ tịch UBND tỉnh ký quyết định hủy bỏ quyết định khen thưởng 4 cá nhân.' },
  // Contest and festival prizes.
  { exclusion: 'prize', text: 'Hội thi trao giải cho 10 tập thể.' },
  { exclusion: 'prize', text: 'Kết thúc hội thi, Ban tổ chức trao giải cho 8 tập thể và 16 cá nhân.' },
  { exclusion: 'prize', text: 'Kết thúc hội thi, Ban tổ chức trao Giấy khen cho 8 tập thể và 16 cá nhân đạt giải.' },
  { exclusion: 'prize', text: 'Liên hoan văn nghệ quần chúng trao Giấy khen cho 10 tập thể, 12 cá nhân đoạt giải.' },
  { exclusion: 'prize', text: 'Hội thi có 30 đội tham gia, Ban tổ chức trao Giấy khen cho 10 đội đạt giải.' },
  { exclusion: 'prize', text: 'Hội thao trao 12 huy chương vàng cho các vận động viên.' },
  { exclusion: 'prize', text: 'Tại hội thao, Ban tổ chức trao 15 huy chương cho các vận động viên.' },
  { exclusion: 'prize', text: 'Ban tổ chức đã trao 5 giải nhất, 10 giải nhì cho các tập thể và cá nhân.' },
  { exclusion: 'prize', text: 'Ban tổ chức tôn vinh 20 doanh nghiệp đạt giải thưởng Sao Vàng đất Việt.' },
  { exclusion: 'prize', text: 'Công ty xổ số đã quyết định trao thưởng cho cả 3 khách hàng trúng giải.' },
  // Scholarships and gifts, charity in cash.
  { exclusion: 'gift', text: 'Đoàn đã trao 50 suất quà cho 50 hộ gia đình chính sách.' },
  { exclusion: 'gift', text: 'Đoàn công tác đã trao tặng 100 suất học bổng cho 100 em học sinh nghèo vượt khó.' },
  { exclusion: 'gift', text: 'Tỉnh đoàn trao 20 triệu đồng hỗ trợ 4 gia đình có người bị nạn.' },
  { exclusion: 'gift', text: 'Đoàn tặng 30 hộ gia đình chính sách, mỗi hộ 1 triệu đồng.' },
  { exclusion: 'gift', text: 'Công an xã đã tặng 200 suất quà, mỗi suất 500.000 đồng cho 200 hộ nghèo.' },
  // Named recipients, no number; one holder's awards over the years.
  { exclusion: 'named recipients', text: 'Bộ trưởng tặng Bằng khen cho Phòng Cảnh sát hình sự và Thượng úy Nguyễn Văn Hùng.' },
  { exclusion: 'named recipients', text: 'Bộ trưởng trao 2 Huân chương Chiến công cho Công an tỉnh Nghệ An và Đại úy Nguyễn Văn A.' },
  { exclusion: 'recipients of both kinds', text: 'Chủ tịch nước tặng 8 bằng khen cho các tập thể, cá nhân.' },
  { exclusion: 'one holder', text: 'Ông A từng được tặng 3 Bằng khen của Bộ trưởng.' },
  { exclusion: 'one holder', text: 'Đơn vị đã 5 lần được tặng Cờ thi đua của Bộ Công an.' },
  { exclusion: 'one holder', text: 'Đơn vị được tặng 2 Cờ thi đua, 1 Bằng khen của Bộ trưởng.' },
  // Other counted people and things that receive nothing.
  { exclusion: 'counted, not rewarded', text: 'Giám đốc tặng Giấy khen cho Đội Cảnh sát giao thông vì đã giúp đỡ 3 người dân bị nạn.' },
  { exclusion: 'counted, not rewarded', text: 'Giám đốc tặng Giấy khen cho Tổ công tác đã bắt giữ 2 đối tượng và giải cứu 5 cháu nhỏ.' },
  { exclusion: 'counted, not rewarded', text: 'Công an huyện đã vận động 120 người dân giao nộp vũ khí, được UBND tỉnh tặng Bằng khen.' },
  { exclusion: 'counted, not rewarded', text: 'Đội đã cứu sống 3 ngư dân gặp nạn, được UBND tỉnh tặng Bằng khen.' },
  { exclusion: 'counted, not rewarded', text: 'Đoàn đã khám sức khỏe cho 300 người dân và tặng Giấy khen cho Trạm y tế xã.' },
  { exclusion: 'counted, not rewarded', text: 'Chủ tịch UBND tỉnh khen thưởng Ban chuyên án đã bắt giữ 12 đối tượng, triệt phá 3 đường dây.' },
  { exclusion: 'counted, not rewarded', text: 'Công an đã bắt giữ 12 đối tượng, thu giữ 5 xe máy và 300 triệu đồng.' },
  { exclusion: 'counted, not rewarded', text: 'Tỉnh có 310 bà mẹ Việt Nam anh hùng còn sống.' },
  { exclusion: 'counted, not rewarded', text: 'Vụ cháy làm 3 người tử vong, 5 người bị thương.' },
  // The second batch's sentences with counts and no award.
  // "gương" (an example to follow) may be a person or a unit: no kind, no count.
  { exclusion: 'second batch', text: 'Hội nghị tôn vinh 100 gương người tốt việc tốt.' },
  { exclusion: 'second batch', text: 'Sau khi triệt phá đường dây, Bộ trưởng đã thưởng nóng cho Ban chuyên án 100 triệu đồng.' },
  { exclusion: 'second batch', text: 'Hội đồng Thi đua - Khen thưởng đã đề nghị Chủ tịch nước tặng Huân chương cho 4 tập thể, 6 cá nhân.' },
  { exclusion: 'second batch', text: 'Đoàn kiểm tra đã yêu cầu xử lý trách nhiệm đối với 8 tập thể và 21 cá nhân.' },
  { exclusion: 'second batch', text: 'Qua thanh tra đã phát hiện 46 tổ chức, cá nhân có sai phạm.' },
  { exclusion: 'second batch', text: 'Ban tổ chức trao 3 giải Nhất, 4 giải Nhì và 6 giải Ba cho các đội thi.' },
  { exclusion: 'second batch', text: 'Tại Hội khỏe Phù Đổng, đoàn vận động viên giành 12 huy chương vàng.' },
  { exclusion: 'second batch', text: 'Bộ trưởng đã trao 300 suất quà Tết cho các gia đình chính sách.' },
  { exclusion: 'second batch', text: 'Công an tỉnh trao 50 suất học bổng, mỗi suất 2 triệu đồng, cho 50 học sinh nghèo.' },
  { exclusion: 'second batch', text: 'Đơn vị phấn đấu có 70% cán bộ, chiến sĩ đạt danh hiệu Chiến sĩ tiên tiến.' },
  { exclusion: 'second batch', text: 'Năm nay, đơn vị đề xuất 10 cá nhân được xét tặng danh hiệu Chiến sĩ thi đua cơ sở.' },
  { exclusion: 'second batch', text: 'Các đối tượng đã lừa đảo 35 người với số tiền hơn 2 tỷ đồng.' },
  { exclusion: 'second batch', text: 'Công an huyện đã lập biên bản xử phạt 215 trường hợp, tạm giữ 30 xe mô tô.' },
  { exclusion: 'second batch', text: 'Lực lượng chức năng đã giải cứu 14 công nhân bị mắc kẹt.' },
  { exclusion: 'second batch', text: 'Vụ tai nạn làm 2 người chết, 7 người bị thương phải đưa đi cấp cứu.' },
  { exclusion: 'second batch', text: 'Công an xã phối hợp với 5 tổ dân phố tổ chức tuần tra.' },
  { exclusion: 'second batch', text: 'Công an tỉnh đã tặng Bằng khen cho Đội CSGT số 2 sau khi đội bắt giữ 3 tài xế sử dụng ma túy.' },
  { exclusion: 'second batch', text: 'Trước đó, anh A đã 3 lần được tặng Giấy khen và 1 lần được tặng Bằng khen.' },
  { exclusion: 'second batch', text: 'Bộ trưởng tặng Bằng khen cho Đại úy Trần Văn C, người đã cứu 4 người dân khỏi đám cháy.' },
  { exclusion: 'second batch', text: 'Chủ tịch UBND tỉnh tặng Bằng khen cho Công an huyện, đơn vị đã bắt 20 đối tượng.' },
];

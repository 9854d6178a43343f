/**
 * Shared traps (Recognizers-Text style): sentences full of numbers that are no period, no
 * date and no award. Each must give nothing at all from the three recognisers.
 */
import { describe, expect, it } from 'vitest';
import { extractAwards, extractPeriodsAndDates } from './helpers/context.js';
import { OPEN_ENDED_PHRASES } from '../src/data/period-vocabulary.js';
import { makeContext } from './helpers/context.js';

function everything(text: string, publishedAt: string | null = null) {
  const ctx = makeContext(text, { publishedAt });
  return { ...extractPeriodsAndDates(ctx), awards: extractAwards(ctx) };
}

const NOTHING = { periods: [], dates: [], awards: [] };

const traps: Array<[string, string]> = [
  ['a mobile number with dots', 'Mọi thông tin xin gọi số 0912.345.678 của trực ban.'],
  ['a landline with dots', 'Đường dây nóng 069.2345.678 hoạt động 24/24.'],
  ['a hotline with a dot', 'Du khách có thể gọi đường dây nóng 0258.3822.753.'],
  ['a score written like a day', 'Đội bóng Công an tỉnh thắng 2/9 trận đã đấu.'],
  ['a score with a hyphen', 'Trận chung kết kết thúc với tỷ số 3-1.'],
  ['percentages', 'Tỷ lệ điều tra khám phá án đạt trên 80%, riêng trọng án đạt 92,04%.'],
  ['road numbers', 'Tai nạn xảy ra trên Quốc lộ 1A và QL 14 đoạn qua tỉnh.'],
  ['a house number range', 'Trụ sở tại số 8-12 phố Hàng Bài.'],
  ['a house number range in an alley', 'Trụ sở tại số 8-12/3 phố Hàng Bài, xây dựng 2020.'],
  ['a bracketed house number range', 'Cửa hàng (số 8-12 phố Hàng Bài) mở cửa.'],
  ['a bracketed phone number', 'Liên hệ trực ban (0912-345-678) khi cần.'],
  ['a bracketed score', 'Đội Công an tỉnh thắng (3-1) và (2-0/2020) trong mùa giải.'],
  ['a bracketed day range with no year anywhere', 'Tuần lễ cao điểm (19-23/1) đã kết thúc.'],
  ['a term numeral', 'Thực hiện Nghị quyết Trung ương 4 Khoá XII về xây dựng Đảng.'],
  ['an anniversary count', 'Hướng tới kỷ niệm 75 năm ngày truyền thống, 50 năm thực hiện Di chúc.'],
  ['a number of provinces', 'Tham dự có đại diện lãnh đạo Công an 13 tỉnh trong cụm.'],
  ['money', 'Thu giữ tài sản trị giá 4.000 tỷ đồng.'],
  ['a count of instances with no award', 'Có 1.750 lượt người tham gia hiến máu.'],
  ['document numbers', 'Theo Nghị quyết 202/2025/QH15, Kế hoạch 113/KH-BCA-C04 và Chỉ thị số 05-CT/TW.'],
  ['times of day', 'Lúc 21:11, đến 08:02 thì kết thúc.'],
  ['a day without its lead word or year', 'Hai đội hòa 1-1 và 2/3 số trận.'],
  ['a day in a year-less article', 'Ngày 15/6, lực lượng chức năng bắt giữ đối tượng.'],
  ['a birth year as the only year', 'Khoảng 22h ngày 15/6, bắt Nguyễn Văn T. (SN 1990).'],
  ['a proposal with counts', 'Hội đồng đề nghị Bộ trưởng tặng Bằng khen cho 3 tập thể.'],
  ['discipline with counts', 'Đã xử lý kỷ luật 2 tập thể, 5 cá nhân; khiển trách 1 cá nhân, cảnh cáo 2 cá nhân.'],
  ['a finding with counts', 'Phát hiện 3 tập thể, 5 cá nhân vi phạm quy định.'],
  ['gifts with counts', 'Nhân dịp này, đoàn đã trao thưởng và tặng quà cho 5 tập thể, 10 cá nhân.'],
  ['scholarships with counts', 'Quỹ đã trao thưởng học bổng cho 20 cá nhân, 3 tập thể.'],
];

describe('traps give no period, no date and no award', () => {
  for (const [why, text] of traps) it(why, () => expect(everything(text)).toEqual(NOTHING));

  it('a year-less day-month without its lead word, even with an article date', () =>
    expect(everything('Đội nhà thắng 2/9 trận, hòa 3-1.', '2020-09-10')).toEqual(NOTHING));
});

describe('open-ended and relative spans are no periods', () => {
  for (const phrase of OPEN_ENDED_PHRASES) {
    it(`"${phrase}"`, () => expect(everything(`Kết quả ${phrase} cho thấy phong trào đi vào chiều sâu.`)).toEqual(NOTHING));
  }
  it('seed 002: "Từ nay đến cuối năm"', () =>
    expect(everything('Từ nay đến cuối năm, Thiếu tướng Nguyễn Quang Chữ yêu cầu các đơn vị bám sát nhiệm vụ.')).toEqual(NOTHING));
  it('"6 tháng đầu năm nay" and "quý I năm nay"', () =>
    expect(everything('Sáu tháng đầu năm nay và quý I năm nay tình hình ổn định.')).toEqual(NOTHING));
});

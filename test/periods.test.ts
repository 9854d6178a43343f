import { describe, expect, it } from 'vitest';
import { periodRules } from '../src/extract/periods/index.js';
import { makeContext, extractPeriodsAndDates } from './helpers/context.js';

interface Case {
  /** The sentence. */
  text: string;
  /** The mention as written: must occur once in `text`. */
  mention: string;
  start: string;
  end: string;
  rule: string;
  match?: 'exact' | 'inferred';
}

function periodsOf(text: string, publishedAt: string | null = null) {
  const ctx = makeContext(text, { publishedAt });
  return { ctx, periods: extractPeriodsAndDates(ctx).periods };
}

/** Asserts exactly one period, with its bounds, its exact span and its rule. */
function expectOne(c: Case): void {
  const { ctx, periods } = periodsOf(c.text);
  const at = ctx.text.indexOf(c.mention);
  expect(at, 'mention occurs in the text').toBeGreaterThanOrEqual(0);
  expect(periods).toEqual([
    {
      text: c.mention,
      start: c.start,
      end: c.end,
      mentions: [{ start: at, end: at + c.mention.length, text: c.mention }],
      foundBy: [{ rule: c.rule, match: c.match ?? 'exact' }],
    },
  ]);
}

function expectNone(text: string): void {
  expect(periodsOf(text).periods).toEqual([]);
}

describe('period/months-of-year', () => {
  const rule = 'period/months-of-year';
  it('reads "N tháng đầu năm Y" (seed 000)', () =>
    expectOne({ text: '7 tháng đầu năm 2016 bám sát sự chỉ đạo của Đảng uỷ.', mention: '7 tháng đầu năm 2016', start: '2016-01-01', end: '2016-07-31', rule }));
  it('reads it inside a sentence (seed 001)', () =>
    expectOne({ text: 'Theo báo cáo, trong 9 tháng đầu năm 2017, Công an các tỉnh đã bám sát.', mention: '9 tháng đầu năm 2017', start: '2017-01-01', end: '2017-09-30', rule }));
  it('ends on the last day of February in a leap year', () =>
    expectOne({ text: 'Trong 2 tháng đầu năm 2020 tăng.', mention: '2 tháng đầu năm 2020', start: '2020-01-01', end: '2020-02-29', rule }));
  it('reads "6 tháng cuối năm Y" as the second half', () =>
    expectOne({ text: 'Nhiệm vụ 6 tháng cuối năm 2020 là trọng tâm.', mention: '6 tháng cuối năm 2020', start: '2020-07-01', end: '2020-12-31', rule }));
  it('reads the count in words', () =>
    expectOne({ text: 'Trong sáu tháng đầu năm 2019, tội phạm giảm.', mention: 'sáu tháng đầu năm 2019', start: '2019-01-01', end: '2019-06-30', rule }));
  it('takes the year stated elsewhere in the sentence', () =>
    expectOne({ text: 'Kết quả 6 tháng đầu năm của phong trào thi đua 2020 rất tốt.', mention: '6 tháng đầu năm', start: '2020-01-01', end: '2020-06-30', rule, match: 'inferred' }));
  it('leaves it out with no year in the sentence', () => expectNone('Kết quả 6 tháng đầu năm rất tốt. Năm 2020 là năm bản lề.'));
  it('leaves out "năm nay" when the only year nearby is one compared with', () => expectNone('Sáu tháng đầu năm nay, so với năm 2019, tội phạm giảm.'));
  it('gives "năm nay" the year stated in the same sentence', () =>
    expectOne({ text: 'Trong 5 tháng đầu năm nay, Công an tỉnh thực hiện kế hoạch năm 2018 đạt 60%.', mention: '5 tháng đầu năm nay', start: '2018-01-01', end: '2018-05-31', rule, match: 'inferred' }));
  it('gives "năm nay" the year stated in the sentence before', () =>
    expectOne({ text: 'Năm 2018 là năm bản lề của nhiệm vụ. 5 tháng đầu năm nay, tội phạm về ma túy giảm mạnh.', mention: '5 tháng đầu năm nay', start: '2018-01-01', end: '2018-05-31', rule, match: 'inferred' }));
  it('gives a span with no year the year of the sentence before, never of the one after', () => {
    expectOne({ text: 'Kế hoạch năm 2019 đã được giao. Kết quả 6 tháng đầu năm rất tốt.', mention: '6 tháng đầu năm', start: '2019-01-01', end: '2019-06-30', rule, match: 'inferred' });
    expectNone('Trước đó, đơn vị họp bàn kế hoạch. Sáu tháng đầu năm nay, tội phạm giảm. Năm 2019 là năm bản lề.');
  });
  it('leaves "năm nay" out with no year nearby, and "năm tới", "năm qua" always', () => {
    expectNone('Đơn vị họp bàn kế hoạch. Sáu tháng đầu năm nay, tội phạm giảm mạnh.');
    expectNone('Trong năm 2018, mục tiêu 6 tháng đầu năm tới là giảm tội phạm.');
  });
  it('refuses a count that is no number of months', () => expectNone('Trong 13 tháng đầu năm 2020 và những tháng đầu năm 2020.'));
  it('reads "N tháng năm Y" without "đầu" as the first N months', () =>
    expectOne({ text: 'Hội nghị sơ kết công tác công an 9 tháng năm 2025 diễn ra tại Lâm Đồng.', mention: '9 tháng năm 2025', start: '2025-01-01', end: '2025-09-30', rule }));
  it('reads "10 tháng năm 2024" and "12 tháng năm 2024" (the whole year)', () => {
    expectOne({ text: 'Kết quả 10 tháng năm 2024 rất tốt.', mention: '10 tháng năm 2024', start: '2024-01-01', end: '2024-10-31', rule });
    expectOne({ text: 'Tổng kết 12 tháng năm 2024 của đơn vị.', mention: '12 tháng năm 2024', start: '2024-01-01', end: '2024-12-31', rule });
  });
  it('does not emit the year inside "N tháng năm Y" as a separate date', () => {
    const ctx = makeContext('Sơ kết 9 tháng năm 2025, đơn vị đề ra nhiệm vụ năm 2026.');
    const { periods, dates } = extractPeriodsAndDates(ctx);
    expect(periods.map((p) => [p.text, p.start, p.end])).toEqual([['9 tháng năm 2025', '2025-01-01', '2025-09-30']]);
    expect(dates.map((d) => [d.value, d.mentions])).toEqual([['2026', [{ start: ctx.text.indexOf('năm 2026'), end: ctx.text.indexOf('năm 2026') + 8, text: 'năm 2026' }]]]);
  });
  it('needs the year right after "N tháng năm", and a count of at least 2', () => {
    expectNone('Sau 9 tháng, năm 2025 đơn vị hoàn thành kế hoạch.');
    expectNone('Sau 9 tháng năm nay, so với năm 2024, tội phạm giảm.');
    expectNone('Sau 9 tháng triển khai, năm 2025 đơn vị về đích.');
    expectNone('Trong 13 tháng năm 2024 và 0 tháng năm 2024.');
    // "1 tháng" is a unit: a monthly average, not the first month.
    expectNone('Sản lượng thấp hơn nhiều so với mức bình quân 1 tháng năm 2021.');
  });
});

describe('period/quarter', () => {
  const rule = 'period/quarter';
  it('reads "quý III/2019"', () =>
    expectOne({ text: 'Kết quả quý III/2019 được đánh giá cao.', mention: 'quý III/2019', start: '2019-07-01', end: '2019-09-30', rule }));
  it('reads "quý 2 năm 2020"', () =>
    expectOne({ text: 'Trong quý 2 năm 2020, tình hình ổn định.', mention: 'quý 2 năm 2020', start: '2020-04-01', end: '2020-06-30', rule }));
  it('reads "Quý IV" with the year of its sentence', () =>
    expectOne({ text: 'Quý IV, đơn vị hoàn thành kế hoạch 2019.', mention: 'Quý IV', start: '2019-10-01', end: '2019-12-31', rule, match: 'inferred' }));
  it('leaves out "quý I năm nay" when the only year nearby is one compared with', () => expectNone('Quý I năm nay tăng so với năm 2019.'));
  it('gives "quý II năm nay" the year stated in the sentence before', () =>
    expectOne({ text: 'Năm 2019, đơn vị được giao nhiều nhiệm vụ. Quý II năm nay, đơn vị hoàn thành kế hoạch.', mention: 'Quý II năm nay', start: '2019-04-01', end: '2019-06-30', rule, match: 'inferred' }));
  it('refuses a fifth quarter and "quý" as an adjective', () => expectNone('Quý V/2019 và quý khách năm 2020.'));
});

describe('period/year-span', () => {
  const rule = 'period/year-span';
  it('reads "nhiệm kỳ Y1-Y2" (seed 000)', () =>
    expectOne({ text: 'Bầu cử HĐND các cấp nhiệm kỳ 2016-2021.', mention: 'nhiệm kỳ 2016-2021', start: '2016-01-01', end: '2021-12-31', rule }));
  it('reads "giai đoạn Y1 – Y2" with an en dash and spaces', () =>
    expectOne({ text: 'Kế hoạch giai đoạn 2021 – 2025 đã được ban hành.', mention: 'giai đoạn 2021 – 2025', start: '2021-01-01', end: '2025-12-31', rule }));
  it('reads a bracketed anniversary span without its brackets (seed 004)', () =>
    expectOne({ text: 'Kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh (1969-2019).', mention: '1969-2019', start: '1969-01-01', end: '2019-12-31', rule }));
  it('reads "năm học Y1-Y2"', () =>
    expectOne({ text: 'Tổng kết năm học 2019-2020 tại Học viện.', mention: 'năm học 2019-2020', start: '2019-01-01', end: '2020-12-31', rule }));
  it('reads "năm Y1-Y2"', () =>
    expectOne({ text: 'Trong năm 2018-2019 đơn vị đạt nhiều thành tích.', mention: 'năm 2018-2019', start: '2018-01-01', end: '2019-12-31', rule }));
  it('reads "từ năm Y1 đến Y2"', () =>
    expectOne({ text: 'Ông công tác tại đây từ năm 1975 đến 1986.', mention: 'từ năm 1975 đến 1986', start: '1975-01-01', end: '1986-12-31', rule }));
  it('refuses reversed years, document numbers and a bare "đến"', () =>
    expectNone('Số liệu 2020-2019, Quyết định số 123/2016-2020 và có 2016 đến 2020 người tham gia.'));
});

describe('period/date-range', () => {
  const rule = 'period/date-range';
  it('reads "từ d/m/y đến d/m/y" (seed 004)', () =>
    expectOne({ text: 'Phong trào được triển khai từ 19/5/2019 đến 19/8/2020 và chia thành 4 đợt.', mention: 'từ 19/5/2019 đến 19/8/2020', start: '2019-05-19', end: '2020-08-19', rule }));
  it('reads a bracketed "d/m/y-d/m/y" (seed 004)', () =>
    expectOne({ text: 'Hướng tới 75 năm ngày truyền thống Công an nhân dân (19/8/1945-19/8/2020).', mention: '19/8/1945-19/8/2020', start: '1945-08-19', end: '2020-08-19', rule }));
  it('gives the first day the later day\'s year', () =>
    expectOne({ text: 'Hội nghị diễn ra từ ngày 10/4 đến ngày 12/4/2025 tại Hà Nội.', mention: 'từ ngày 10/4 đến ngày 12/4/2025', start: '2025-04-10', end: '2025-04-12', rule }));
  it('crosses a new year', () =>
    expectOne({ text: 'Cao điểm từ ngày 28/12 đến ngày 3/1/2021 đã kết thúc.', mention: 'từ ngày 28/12 đến ngày 3/1/2021', start: '2020-12-28', end: '2021-01-03', rule }));
  it('takes the year stated elsewhere in the sentence', () =>
    expectOne({ text: 'Dịp Tết Canh Tý năm 2020, từ 26/1-1/2 lực lượng trực 100% quân số.', mention: 'từ 26/1-1/2', start: '2020-01-26', end: '2020-02-01', rule, match: 'inferred' }));
  it('reads a day range in one month after "ngày"', () =>
    expectOne({ text: 'Giải đấu diễn ra ngày 4-6/9/2019 tại Huế.', mention: '4-6/9/2019', start: '2019-09-04', end: '2019-09-06', rule }));
  it('reads the legal long form', () =>
    expectOne({ text: 'Kỳ họp từ ngày 15 tháng 5 đến ngày 20 tháng 5 năm 2016 đã bế mạc.', mention: 'từ ngày 15 tháng 5 đến ngày 20 tháng 5 năm 2016', start: '2016-05-15', end: '2016-05-20', rule }));
  it('keeps "đến hết ngày" bounded', () =>
    expectOne({ text: 'Áp dụng từ ngày 1/7/2025 đến hết ngày 31/12/2025.', mention: 'từ ngày 1/7/2025 đến hết ngày 31/12/2025', start: '2025-07-01', end: '2025-12-31', rule }));
  it('reads a bracketed day range with no lead word (Đại hội XIV, 19–23/1/2026)', () =>
    expectOne({ text: 'Đại hội XIV của Đảng (19-23/1/2026) đã thành công tốt đẹp tại Hà Nội.', mention: '19-23/1/2026', start: '2026-01-19', end: '2026-01-23', rule }));
  it('reads a bracketed range of two days after a noun, spaces inside the brackets', () =>
    expectOne({ text: 'Đợt cao điểm ( 28/12 - 3/1/2021 ) đã kết thúc an toàn.', mention: '28/12 - 3/1/2021', start: '2020-12-28', end: '2021-01-03', rule }));
  it('needs the brackets on both sides of a bare day range', () => {
    // Opening bracket only, closing bracket only, no bracket: no span.
    expect(periodsOf('Đại hội XIV (19-23/1/2026 đã thành công.').periods).toEqual([]);
    expect(periodsOf('Đại hội XIV 19-23/1/2026) đã thành công.').periods).toEqual([]);
    expect(periodsOf('Đại hội XIV 19-23/1/2026 đã thành công.').periods).toEqual([]);
  });
  it('leaves out a span with no year anywhere', () => expectNone('Từ 26/1-1/2 mọi người được nghỉ Tết.'));
  it('takes the year stated in the sentence before when its own sentence has none', () =>
    expectOne({ text: 'Hội chợ năm 2017 có nhiều gian hàng. Hội chợ sẽ diễn ra từ ngày 8/3 đến 13/3 tại Đà Lạt.', mention: 'từ ngày 8/3 đến 13/3', start: '2017-03-08', end: '2017-03-13', rule, match: 'inferred' }));
  it('reads a bracketed "(d/m/y-d/m/y)" anniversary', () =>
    expectOne({ text: 'Lễ kỷ niệm 90 năm ngày thành lập Đảng (15/3/1930-15/3/2020) diễn ra trọng thể.', mention: '15/3/1930-15/3/2020', start: '1930-03-15', end: '2020-03-15', rule }));
  it('leaves out open and relative ends ("từ nay đến …", "tính đến …")', () => {
    expect(periodsOf('Từ nay đến ngày 20/6/2017, các đơn vị phải hoàn thành.').periods).toEqual([]);
    expect(periodsOf('Tính đến ngày 20/6/2017, đã bắt giữ 30 đối tượng.').periods).toEqual([]);
  });
  it('refuses impossible and reversed days', () => expectNone('Từ 31/2 đến 5/3/2020 và từ 10/5 đến 2/5/2020.'));
});

describe('period/month-range', () => {
  const rule = 'period/month-range';
  it('reads "từ tháng M/Y đến tháng M/Y"', () =>
    expectOne({ text: 'Đợt cao điểm từ tháng 3/2020 đến tháng 5/2020 đạt kết quả tốt.', mention: 'từ tháng 3/2020 đến tháng 5/2020', start: '2020-03-01', end: '2020-05-31', rule }));
  it('gives the first month the previous year when it comes later in the calendar', () =>
    expectOne({ text: 'Mùa khô từ tháng 12 đến tháng 2/2020 kéo dài.', mention: 'từ tháng 12 đến tháng 2/2020', start: '2019-12-01', end: '2020-02-29', rule }));
  it('reads "tháng M1-M2/Y"', () =>
    expectOne({ text: 'Trong tháng 3-5/2021 đơn vị ra quân.', mention: 'tháng 3-5/2021', start: '2021-03-01', end: '2021-05-31', rule }));
  it('reads the end month written without "tháng"', () =>
    expectOne({ text: 'Ông phụ trách dự án từ tháng 7/2011 đến 5/2012 rồi nghỉ hưu.', mention: 'từ tháng 7/2011 đến 5/2012', start: '2011-07-01', end: '2012-05-31', rule }));
  it('reads two consecutive months joined by "và", with their year', () =>
    expectOne({ text: 'Trong tháng 5 và 6-2017, trinh sát phát hiện nhiều vụ việc.', mention: 'tháng 5 và 6-2017', start: '2017-05-01', end: '2017-06-30', rule }));
  it('reads a span opening its sentence without "từ"', () =>
    expectOne({ text: 'Ông sinh năm 1950. Tháng 3/1970 đến tháng 5/1975, ông chiến đấu ở chiến trường.', mention: 'Tháng 3/1970 đến tháng 5/1975', start: '1970-03-01', end: '1975-05-31', rule }));
  it('needs "từ" or the start of a sentence for "đến", and consecutive months with a year for "và"', () => {
    expectNone('Nhận được báo cáo tháng 3/2020 đến tháng 5/2020 vẫn chưa xử lý.');
    expectNone('Kiểm tra trong tháng 5 và 8-2017 tại các xã.');
    expectNone('Trong năm 2017, tháng 5 và 6 có nhiều mưa.');
  });
});

describe('period/mixed-range', () => {
  const rule = 'period/mixed-range';
  it('reads a year to a month (GOLD)', () =>
    expectOne({ text: 'Ông công tác tại huyện từ 2011 đến tháng 3/2015 thì chuyển công tác.', mention: 'từ 2011 đến tháng 3/2015', start: '2011-01-01', end: '2015-03-31', rule }));
  it('reads "từ năm Y đến tháng M/Y"', () =>
    expectOne({ text: 'Từ năm 2012 đến tháng 6/2016, ông giữ chức Trưởng phòng.', mention: 'Từ năm 2012 đến tháng 6/2016', start: '2012-01-01', end: '2016-06-30', rule }));
  it('reads a day to a month', () =>
    expectOne({ text: 'Ông giữ chức Tổng Giám đốc từ ngày 15/7/2009 đến tháng 2/2014, gây thua lỗ lớn.', mention: 'từ ngày 15/7/2009 đến tháng 2/2014', start: '2009-07-15', end: '2014-02-28', rule }));
  it('reads a day written with dashes to a month after "tới"', () =>
    expectOne({ text: 'Số vụ tai nạn từ 1-1-2010 tới tháng 6-2017 đã giảm mạnh.', mention: 'từ 1-1-2010 tới tháng 6-2017', start: '2010-01-01', end: '2017-06-30', rule }));
  it('reads a month to a year opening its sentence', () =>
    expectOne({ text: 'Chiến dịch kết thúc năm 1972. Tháng 4/1973 đến năm 1976, ông giữ chức Phó Thủ tướng.', mention: 'Tháng 4/1973 đến năm 1976', start: '1973-04-01', end: '1976-12-31', rule }));
  it('reads a month to a day, the month taking the day\'s year', () =>
    expectOne({ text: 'Đợt cao điểm kéo dài từ tháng 3 đến ngày 15/5/2020 trên toàn tỉnh.', mention: 'từ tháng 3 đến ngày 15/5/2020', start: '2020-03-01', end: '2020-05-15', rule }));
  it('reads two months written without "tháng"', () =>
    expectOne({ text: 'Dự án thực hiện từ 7/2011 đến 5/2012 tại tỉnh.', mention: 'từ 7/2011 đến 5/2012', start: '2011-07-01', end: '2012-05-31', rule }));
  it('leaves ends of one precision to the other rules, and needs "từ" or a sentence start', () => {
    const { periods } = periodsOf('Ông làm việc từ năm 1975 đến 1986 tại đây.');
    expect(periods.map((p) => p.foundBy[0]!.rule)).toEqual(['period/year-span']);
    expectNone('Số liệu cập nhật 2011 đến tháng 3/2015 chưa đầy đủ.');
    expectNone('Ông làm việc từ 2016 đến tháng 3/2015 thì nghỉ.');
  });
  it('leaves out open ends', () => expectNone('Từ năm 2011 đến nay, đơn vị đã bắt 300 đối tượng.'));
});

describe('period/year-start', () => {
  const rule = 'period/year-start';
  it('reads "từ đầu năm đến ngày d/m/y" (both ends resolvable)', () =>
    expectOne({ text: 'Từ đầu năm đến ngày 15/3/2017, lực lượng Cảnh sát điều tra bắt giữ 30 vụ.', mention: 'Từ đầu năm đến ngày 15/3/2017', start: '2017-01-01', end: '2017-03-15', rule, match: 'inferred' }));
  it('reads "từ đầu năm nay đến ngày d/m/y"', () =>
    expectOne({ text: 'Từ đầu năm nay đến ngày 20/6/2017, toàn tỉnh xảy ra 40 vụ tai nạn giao thông.', mention: 'Từ đầu năm nay đến ngày 20/6/2017', start: '2017-01-01', end: '2017-06-20', rule, match: 'inferred' }));
  it('reads "từ đầu năm Y đến d.m" (a day written d.m, in the start\'s year)', () =>
    expectOne({ text: 'Từ đầu năm 2017 đến 8.5, toàn tỉnh xảy ra 20 vụ cháy.', mention: 'Từ đầu năm 2017 đến 8.5', start: '2017-01-01', end: '2017-05-08', rule }));
  it('reads "từ đầu năm đến tháng M/Y"', () =>
    expectOne({ text: 'Từ đầu năm đến tháng 6/2018, đơn vị tiếp nhận 120 tin báo.', mention: 'Từ đầu năm đến tháng 6/2018', start: '2018-01-01', end: '2018-06-30', rule, match: 'inferred' }));
  it('takes the year of the sentence before when neither end states it', () =>
    expectOne({ text: 'Năm 2018, tình hình tội phạm phức tạp. Từ đầu năm đến ngày 15/3, đơn vị bắt 30 vụ.', mention: 'Từ đầu năm đến ngày 15/3', start: '2018-01-01', end: '2018-03-15', rule, match: 'inferred' }));
  it('leaves out open ends and spans with no year anywhere', () => {
    expectNone('Từ đầu năm đến nay, đã xảy ra 20 vụ cháy.');
    expectNone('Từ đầu năm đến ngày 15/3, lực lượng đã bắt 30 vụ.');
    expectNone('Đầu năm đến ngày 15/3/2017 là cao điểm.');
  });
});

describe('period/day-list', () => {
  const rule = 'period/day-list';
  it('reads consecutive listed days (GOLD)', () =>
    expectOne({ text: 'Hội thao diễn ra trong 3 ngày 4, 5 và 6-9-2019 tại Nghệ An.', mention: '3 ngày 4, 5 và 6-9-2019', start: '2019-09-04', end: '2019-09-06', rule }));
  it('reads two days joined by "và"', () =>
    expectOne({ text: 'Đại hội họp ngày 4 và 5/9/2019.', mention: 'ngày 4 và 5/9/2019', start: '2019-09-04', end: '2019-09-05', rule }));
  it('refuses days that are not consecutive, or a count that disagrees', () =>
    expectNone('Kiểm tra ngày 4 và 10/9/2019; trong 2 ngày 4, 5 và 6-9-2019.'));
});

describe('periods: refiners', () => {
  it('merges one span written twice: text from the first mention, both mentions listed', () => {
    const text = 'Phong trào thi đua 6 tháng đầu năm 2020 đạt kết quả. Báo cáo 6 tháng đầu năm 2020 của cụm.';
    const { ctx, periods } = periodsOf(text);
    const first = ctx.text.indexOf('6 tháng đầu năm 2020');
    const second = ctx.text.indexOf('6 tháng đầu năm 2020', first + 1);
    expect(periods).toEqual([
      {
        text: '6 tháng đầu năm 2020',
        start: '2020-01-01',
        end: '2020-06-30',
        mentions: [
          { start: first, end: first + 20, text: '6 tháng đầu năm 2020' },
          { start: second, end: second + 20, text: '6 tháng đầu năm 2020' },
        ],
        foundBy: [{ rule: 'period/months-of-year', match: 'exact' }],
      },
    ]);
  });

  it('keeps the days of a span out of the dates, and "năm Y" out of the periods', () => {
    const ctx = makeContext('Triển khai từ 19/5/2019 đến 19/8/2020, trong năm 2020.');
    const { periods, dates } = extractPeriodsAndDates(ctx);
    expect(periods.map((p) => [p.start, p.end])).toEqual([['2019-05-19', '2020-08-19']]);
    expect(dates.map((d) => d.value)).toEqual(['2020']);
  });

  it('documents every rule for the README table', () => {
    expect(periodRules.map((r) => r.id)).toEqual([
      'period/date-range',
      'period/day-list',
      'period/month-range',
      'period/year-span',
      'period/mixed-range',
      'period/year-start',
      'period/months-of-year',
      'period/quarter',
      'date/long-form',
      'date/day',
      'date/day-month',
      'date/month',
      'date/year',
      'period/overlap',
    ]);
    for (const r of periodRules) expect(r.example.length).toBeGreaterThan(0);
  });
});

describe('real-press shapes of the held-out round', () => {
  const spans = (text: string, publishedAt: string | null = null) =>
    extractPeriodsAndDates(makeContext(text, { publishedAt })).periods.map((p) => [p.text, p.start, p.end]);

  it('"đến trước năm Y" ends with the year before', () => {
    expect(spans('Đơn vị cho hay từ tháng 12-2013 đến trước năm 2017, một số cán bộ đã vi phạm.')).toEqual([['từ tháng 12-2013 đến trước năm 2017', '2013-12-01', '2016-12-31']]);
    expect(spans('Từ năm 2010 đến trước năm 2015, đơn vị đã bắt giữ 300 đối tượng.')).toEqual([['Từ năm 2010 đến trước năm 2015', '2010-01-01', '2014-12-31']]);
    expect(spans('Từ năm 2010 đến năm 2015, đơn vị đã bắt giữ 300 đối tượng.')).toEqual([['Từ năm 2010 đến năm 2015', '2010-01-01', '2015-12-31']]);
  });

  it('of several years side by side in the sentence before, the article\'s own year', () => {
    const text = 'Số người chết dịp Tết 2019 là 20 người/ngày, dịp Tết năm 2018 là 25 người/ngày. Trong 7 ngày nghỉ Tết (từ 2/2 - 8/2), toàn quốc xảy ra 150 vụ.';
    expect(spans(text, '2019-02-10')).toEqual([['từ 2/2 - 8/2', '2019-02-02', '2019-02-08']]);
    // with no article date, the last one stated, as before
    expect(spans(text)).toEqual([['từ 2/2 - 8/2', '2018-02-02', '2018-02-08']]);
  });
});

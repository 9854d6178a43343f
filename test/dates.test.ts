import { describe, expect, it } from 'vitest';
import { makeContext, extractPeriodsAndDates } from './helpers/context.js';

interface Case {
  text: string;
  /** The mention as written: must occur once in `text`. */
  mention: string;
  value: string;
  rule: string;
  match?: 'exact' | 'inferred';
  publishedAt?: string | null;
}

function datesOf(text: string, publishedAt: string | null = null) {
  const ctx = makeContext(text, { publishedAt });
  return { ctx, ...extractPeriodsAndDates(ctx) };
}

/** Asserts exactly one date (and no period), with its value, its exact span and its rule. */
function expectOne(c: Case): void {
  const { ctx, dates, periods } = datesOf(c.text, c.publishedAt ?? null);
  const at = ctx.text.indexOf(c.mention);
  expect(at, 'mention occurs in the text').toBeGreaterThanOrEqual(0);
  expect(periods).toEqual([]);
  expect(dates).toEqual([
    {
      text: c.mention,
      value: c.value,
      mentions: [{ start: at, end: at + c.mention.length, text: c.mention }],
      foundBy: [{ rule: c.rule, match: c.match ?? 'exact' }],
    },
  ]);
}

function expectNone(text: string, publishedAt: string | null = null): void {
  const { dates, periods } = datesOf(text, publishedAt);
  expect({ dates, periods }).toEqual({ dates: [], periods: [] });
}

describe('date/day', () => {
  const rule = 'date/day';
  it('reads "Sáng ngày d/m/yyyy" without the lead words (seed 004)', () =>
    expectOne({ text: 'Sáng ngày 20/11/2020, Công an tỉnh đã tổ chức Hội nghị.', mention: '20/11/2020', value: '2020-11-20', rule }));
  it('reads the date after a document number (seed 004)', () =>
    expectOne({ text: 'Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.', mention: '15/5/2016', value: '2016-05-15', rule }));
  it('reads the hyphen style', () => expectOne({ text: 'Luật có hiệu lực từ 1-7-2019.', mention: '1-7-2019', value: '2019-07-01', rule }));
  it('reads the dot style', () => expectOne({ text: 'Hôm qua (22.6.2020) đoàn đã đến.', mention: '22.6.2020', value: '2020-06-22', rule }));
  it('reads zero-padded parts', () => expectOne({ text: 'Cập nhật lúc 08:02 01/03/2025.', mention: '01/03/2025', value: '2025-03-01', rule }));
  it('reads 29 February of a leap year', () => expectOne({ text: 'Ngày 29/2/2020 là thứ Bảy.', mention: '29/2/2020', value: '2020-02-29', rule }));
  it('refuses days that do not exist', () => expectNone('Các ngày 31/2/2020, 29/2/2019 và 12/13/2020 không có thật.'));
  it('refuses document numbers', () => expectNone('Nghị quyết 202/2025/QH15, Kế hoạch 113/KH-BCA-C04 và Chỉ thị số 05-CT/TW.'));
});

describe('date/day-month', () => {
  const rule = 'date/day-month';
  it('reads "chiều d/m" with the year nearest the article date', () =>
    expectOne({ text: 'Chiều 7/8, đoàn công tác đã làm việc.', mention: '7/8', value: '2020-08-07', rule, match: 'inferred', publishedAt: '2020-08-08' }));
  it('reads "sáng nay (d/m)"', () =>
    expectOne({ text: 'Sáng nay (30/6), hội nghị khai mạc.', mention: '30/6', value: '2020-06-30', rule, match: 'inferred', publishedAt: '2020-07-01' }));
  it('reads the hyphen style "ngày d-m"', () =>
    expectOne({ text: 'Ngày 8-11, Công an tỉnh ra quân.', mention: '8-11', value: '2019-11-08', rule, match: 'inferred', publishedAt: '2019-11-09' }));
  it('puts a late-December day in the previous year of an early-January article', () =>
    expectOne({ text: 'Ngày 28/12, đơn vị tổng kết.', mention: '28/12', value: '2020-12-28', rule, match: 'inferred', publishedAt: '2021-01-02' }));
  it('takes the sentence\'s year without an article date', () =>
    expectOne({ text: 'Ngày 2/9, Hội nghị tổng kết phong trào thi đua 2020 đã diễn ra.', mention: '2/9', value: '2020-09-02', rule, match: 'inferred' }));
  it('takes the latest year of its sentence, not the base year of an anniversary span', () => {
    const text = 'Sáng 5-5, tại Cam Ranh, Lữ đoàn tổ chức Lễ kỷ niệm 45 năm Ngày truyền thống (5-5-1979 – 5-5-2024).';
    const { dates, periods } = datesOf(text);
    expect(periods.map((p) => [p.text, p.start, p.end])).toEqual([['5-5-1979 – 5-5-2024', '1979-05-05', '2024-05-05']]);
    expect(dates).toEqual([{ text: '5-5', value: '2024-05-05', mentions: [{ start: 5, end: 8, text: '5-5' }], foundBy: [{ rule, match: 'inferred' }] }]);
  });
  it('prefers the article date over any year of its sentence', () => {
    const { dates } = datesOf('Chiều 3/2, đoàn viếng nghĩa trang, nơi an nghỉ của các liệt sĩ hy sinh năm 1979.', '2024-02-04');
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['3/2', '2024-02-03'],
      ['năm 1979', '1979'],
    ]);
  });
  it('skips a birth year even when it is the latest year of the sentence', () =>
    expect(
      datesOf('Sáng 16/6, đối tượng (sinh năm 2001) khai nhận hành vi từ năm 2020.')
        .dates.filter((d) => d.foundBy[0]!.rule === rule)
        .map((d) => [d.mentions, d.value]),
    ).toEqual([[[{ start: 5, end: 9, text: '16/6' }], '2020-06-16']]));
  it('never takes a birth year', () => expectNone('Khoảng 22h ngày 15/6, bắt giữ Nguyễn Văn T. (SN 1990).'));
  it('refuses a score: no lead word', () => expectNone('Đội bóng thắng 2/9 trận.', '2020-09-10'));
});

describe('date/long-form', () => {
  const rule = 'date/long-form';
  it('reads "ngày D tháng M năm Y"', () =>
    expectOne({ text: 'Hà Nội, ngày 15 tháng 5 năm 2016.', mention: '15 tháng 5 năm 2016', value: '2016-05-15', rule }));
  it('reads "ngày D tháng M" with the article\'s year', () =>
    expectOne({ text: 'Ngày 15 tháng 5, hội nghị được tổ chức.', mention: '15 tháng 5', value: '2016-05-15', rule, match: 'inferred', publishedAt: '2016-05-20' }));
  it('refuses a duration', () => expectNone('Chuyên án kéo dài 15 tháng 5 ngày.', '2016-05-20'));
});

describe('date/month', () => {
  const rule = 'date/month';
  it('reads "tháng M/Y"', () => expectOne({ text: 'Trong tháng 5/2020, đơn vị ra quân.', mention: 'tháng 5/2020', value: '2020-05', rule }));
  it('reads "tháng M năm Y"', () => expectOne({ text: 'Từ đầu tháng 12 năm 2019 đã triển khai.', mention: 'tháng 12 năm 2019', value: '2019-12', rule }));
  it('reads "TM/Y"', () => expectOne({ text: 'Báo cáo T5/2020 đã gửi.', mention: 'T5/2020', value: '2020-05', rule }));
  it('refuses month 13', () => expectNone('Số liệu tháng 13/2020 sai.'));
});

describe('date/year', () => {
  const rule = 'date/year';
  it('reads "năm Y" (seed 000)', () =>
    expectOne({ text: 'Chào mừng các ngày lễ lớn trong năm 2016.', mention: 'năm 2016', value: '2016', rule }));
  it('reads "Năm Y" at a sentence start', () => expectOne({ text: 'Năm 2020 là năm bản lề.', mention: 'Năm 2020', value: '2020', rule }));
  it('refuses "Nam" (no diacritics), durations and anniversaries', () => expectNone('Việt Nam 2020: kỷ niệm 75 năm, 50 năm thành lập.'));
});

describe('dates: refiners', () => {
  it('merges one day written twice, text from the first mention', () => {
    const { ctx, dates } = datesOf('20/11/2020\nSáng ngày 20/11/2020, hội nghị khai mạc.');
    const second = ctx.text.indexOf('20/11/2020', 1);
    expect(dates).toEqual([
      {
        text: '20/11/2020',
        value: '2020-11-20',
        mentions: [
          { start: 0, end: 10, text: '20/11/2020' },
          { start: second, end: second + 10, text: '20/11/2020' },
        ],
        foundBy: [{ rule: 'date/day', match: 'exact' }],
      },
    ]);
  });

  it('gives no date inside a period', () => {
    const { dates, periods } = datesOf('Trong 7 tháng đầu năm 2016 và nhiệm kỳ 2016-2021.');
    expect(dates).toEqual([]);
    expect(periods).toHaveLength(2);
  });
});

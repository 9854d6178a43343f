/** Publication dates as pages and exports write them → ISO days in Vietnam time. */
import { describe, expect, it } from 'vitest';
import { parseDateline, parseDateValue } from '../src/text/vietnam-date.js';

describe('parseDateline: a line that is only a date', () => {
  for (const [line, iso] of [
    ['20/11/2020', '2020-11-20'],
    ['Thứ Hai, 29/06/2015', '2015-06-29'],
    ['20/11/2020 08:15', '2020-11-20'],
    ['20-11-2020', '2020-11-20'],
    ['20.11.2020', '2020-11-20'],
    ['Thứ năm, 2/11/2023, 19:20 (GMT+7)', '2023-11-02'],
    ['02/11/2023 19:20', '2023-11-02'],
    ['Cập nhật: 08:15 - 20/11/2020', '2020-11-20'],
    ['ngày 20 tháng 11 năm 2020', '2020-11-20'],
    ['2020-11-20', '2020-11-20'],
    ['Thứ Năm, ngày 15/08/2019', '2019-08-15'],
    ['Thứ Năm, ngày 15/08/2019 - 21:40', '2019-08-15'],
    ['ngày 15/08/2019', '2019-08-15'],
    ['15/08/2019 - 21:40', '2019-08-15'],
    ['Thứ Sáu, 15-11-2024, 05:20', '2024-11-15'],
  ] as const) {
    it(`"${line}" → ${iso}`, () => expect(parseDateline(line)).toBe(iso));
  }
  for (const line of ['Sáng ngày 20/11/2020, Công an tỉnh tổ chức hội nghị', '31/02/2020', '20/11-2020', '0989.123.456', '19/8/1945-19/8/2020', 'Hội nghị 2020', 'Sáng ngày 15/08/2019', 'ngày 15/08/2019 tại Hà Nội']) {
    it(`"${line}" is not a dateline`, () => expect(parseDateline(line)).toBeNull());
  }
});

describe('parseDateValue: metadata values', () => {
  it('reads an instant in Vietnam time', () => {
    expect(parseDateValue('2023-11-02T19:20:45+07:00')).toBe('2023-11-02');
    expect(parseDateValue('2023-11-02T16:59:59Z')).toBe('2023-11-02');
    expect(parseDateValue('2023-11-02T17:00:00Z')).toBe('2023-11-03');
    expect(parseDateValue('2023-11-02 19:20:45+0700')).toBe('2023-11-02');
    expect(parseDateValue('Thu, 02 Nov 2023 20:20:45 GMT')).toBe('2023-11-03');
  });
  it('takes a time without a zone as Vietnam time', () => expect(parseDateValue('2023-11-02T23:30:00')).toBe('2023-11-02'));
  it('reads Unix timestamps in seconds and milliseconds', () => {
    expect(parseDateValue(1699000000)).toBe('2023-11-03');
    expect(parseDateValue(1699000000000)).toBe('2023-11-03');
    expect(parseDateValue('1699000000')).toBe('2023-11-03');
  });
  it('finds the date in a date element’s text', () => expect(parseDateValue('Đăng lúc 08:15 ngày 20/11/2020 bởi PV')).toBe('2020-11-20'));
  it('gives null for what holds no date', () => {
    expect(parseDateValue('hôm qua')).toBeNull();
    expect(parseDateValue('')).toBeNull();
    expect(parseDateValue(null)).toBeNull();
    expect(parseDateValue('2023-02-30')).toBeNull();
  });
});

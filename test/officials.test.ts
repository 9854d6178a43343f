/**
 * The officials recogniser, one describe per rule family: positive and negative cases with
 * exact values and spans, the five seed articles, merging, the typo warning and exclusions.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { makeContext, extractOfficials } from './helpers/context.js';
import type { Official } from '../src/record/schema.js';

function read(text: string, publishedAt: string | null = null) {
  const ctx = makeContext(text, { publishedAt });
  const officials = extractOfficials(ctx);
  // Every mention points into the text.
  for (const o of officials) for (const m of o.mentions) expect(ctx.text.slice(m.start, m.end)).toBe(m.text);
  return { ctx, officials, warnings: ctx.warnings };
}

const brief = (o: Official) => ({ name: o.name, rank: o.rank, honorific: o.honorific, positions: o.positions, province: o.province });

/** The only official read from `text`. */
function one(text: string, publishedAt: string | null = null): Official {
  const { officials } = read(text, publishedAt);
  expect(officials.map((o) => o.name)).toHaveLength(1);
  return officials[0]!;
}

/** Span of `part` (first occurrence) in `text`, as a mention. */
function span(text: string, part: string, from = 0) {
  const start = text.indexOf(part, from);
  expect(start, part).toBeGreaterThanOrEqual(0);
  return { start, end: start + part.length, text: part };
}

describe('official/rank-name', () => {
  it('reads rank, name and the positions after it, up to the verb', () => {
    const text = 'Thượng tướng Nguyễn Văn Thành, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an đến dự và phát biểu chỉ đạo tại hội nghị.';
    const o = one(text);
    expect(brief(o)).toEqual({ name: 'Nguyễn Văn Thành', rank: 'Thượng tướng', honorific: null, positions: ['Ủy viên Trung ương Đảng', 'Thứ trưởng Bộ Công an'], province: null });
    expect(o.mentions).toEqual([span(text, 'Thượng tướng Nguyễn Văn Thành, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an')]);
    expect(o.foundBy).toEqual([{ rule: 'official/rank-name', match: 'exact' }]);
  });

  it('reads lower-case ranks (VnExpress style) as the canonical rank', () => {
    const text = 'Sáng 12/6, làm việc với Công an TP HCM, thượng tướng Trần Quốc Tỏ, Thứ trưởng Bộ Công an, yêu cầu triệt phá các băng nhóm.';
    const o = one(text);
    expect(brief(o)).toEqual({ name: 'Trần Quốc Tỏ', rank: 'Thượng tướng', honorific: null, positions: ['Thứ trưởng Bộ Công an'], province: null });
    expect(o.mentions).toEqual([span(text, 'thượng tướng Trần Quốc Tỏ, Thứ trưởng Bộ Công an')]);
    expect(one('Theo đại tá Bùi Quang Bình, tình hình đã ổn định.').rank).toBe('Đại tá');
  });

  it('reads "uý"/"úy" and "sỹ"/"sĩ" spellings, naming how', () => {
    expect(one('Đại uý Nguyễn Văn Long cho biết.').rank).toBe('Đại úy');
    const a = one('Đại Tá Nguyễn Văn Long cho biết.');
    expect([a.rank, a.foundBy]).toEqual(['Đại tá', [{ rule: 'official/rank-name', match: 'folded' }]]);
    const b = one('Thượng sỹ Hoàng Minh Đức đang trực ban.');
    expect([b.rank, b.foundBy]).toEqual(['Thượng sĩ', [{ rule: 'official/rank-name', match: 'alias' }]]);
  });

  it('reads army and navy ranks', () => {
    expect(one('Chuẩn Đô đốc Phạm Văn Hải thăm đơn vị.').rank).toBe('Chuẩn Đô đốc');
    expect(one('Trung tướng Lê Tấn Tới phát biểu tại hội nghị.').rank).toBe('Trung tướng');
  });

  it('reads an academic title between rank and name', () => {
    const text = 'Đại tướng, GS.TS Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an dự lễ.';
    const o = one(text);
    expect(brief(o)).toEqual({ name: 'Tô Lâm', rank: 'Đại tướng', honorific: null, positions: ['Ủy viên Bộ Chính trị', 'Bộ trưởng Bộ Công an'], province: null });
    expect(o.mentions).toEqual([span(text, 'Đại tướng, GS.TS Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an')]);
  });

  it('reads the dash apposition', () => {
    const text = 'Thiếu tướng Nguyễn Hữu Cầu - Ủy viên BTV Tỉnh ủy, Giám đốc Công an tỉnh phát biểu.';
    const o = one(text);
    expect(o.positions).toEqual(['Ủy viên Ban Thường vụ Tỉnh ủy', 'Giám đốc Công an tỉnh']);
    expect(o.mentions).toEqual([span(text, 'Thiếu tướng Nguyễn Hữu Cầu - Ủy viên BTV Tỉnh ủy, Giám đốc Công an tỉnh')]);
  });

  it('a rank with no name, a rank group or a generic word gives nothing', () => {
    expect(read('Ông được thăng cấp bậc hàm Thiếu tướng năm 2019.').officials).toEqual([]);
    expect(read('Các hạ sĩ quan Nguyễn Văn A và Trần Văn B đã hoàn thành huấn luyện.').officials).toEqual([]);
    expect(read('Cán bộ, chiến sĩ Công an tỉnh hăng hái thi đua.').officials).toEqual([]);
    expect(read('Chiến sĩ Nguyễn Văn Nam được tuyên dương.').officials).toEqual([]);
  });
});

describe('official/honorific-name', () => {
  it('"đồng chí" alone makes an official; "Đ/c" is its abbreviation', () => {
    const a = one('Đồng chí Phạm Văn Hòa dự lễ.');
    expect(brief(a)).toEqual({ name: 'Phạm Văn Hòa', rank: null, honorific: 'đồng chí', positions: [], province: null });
    expect(a.mentions).toEqual([{ start: 0, end: 21, text: 'Đồng chí Phạm Văn Hòa' }]);
    const text = 'Đ/c Trần Văn Phúc, Phó Trưởng phòng Tham mưu, trình bày báo cáo.';
    const b = one(text);
    expect(brief(b)).toEqual({ name: 'Trần Văn Phúc', rank: null, honorific: 'đồng chí', positions: ['Phó Trưởng phòng Tham mưu'], province: null });
    expect(b.foundBy).toEqual([{ rule: 'official/honorific-name', match: 'alias' }]);
  });

  it('honorific, rank and abbreviated position together (seed 003)', () => {
    const text = 'Đồng chí Đại tá Hồ Văn Tứ, PGĐ Công an tỉnh Nghệ An, trình bày báo cáo tóm tắt.';
    const o = one(text);
    expect(brief(o)).toEqual({ name: 'Hồ Văn Tứ', rank: 'Đại tá', honorific: 'đồng chí', positions: ['Phó Giám đốc Công an tỉnh Nghệ An'], province: 'Nghệ An' });
    expect(o.mentions).toEqual([span(text, 'Đồng chí Đại tá Hồ Văn Tứ, PGĐ Công an tỉnh Nghệ An')]);
  });

  it('reads "Đồng trí" through, with a typo warning and a fuzzy score', () => {
    const text = 'Tham gia giao ban có đại diện lãnh đạo các Vụ, Cục. Đồng trí Nguyễn Ngọc Thạch, Phó chủ tịch UBND tỉnh dự.';
    const { officials, warnings } = read(text);
    expect(officials.map(brief)).toEqual([{ name: 'Nguyễn Ngọc Thạch', rank: null, honorific: 'đồng chí', positions: ['Phó Chủ tịch Ủy ban nhân dân tỉnh'], province: null }]);
    expect(officials[0]!.foundBy).toEqual([{ rule: 'official/honorific-name', match: 'fuzzy', score: 0.9 }]);
    const at = text.indexOf('Đồng trí');
    expect(warnings).toEqual([{ code: 'typo', message: "read 'Đồng trí' as 'Đồng chí'", start: at, end: at + 8, rule: 'official/honorific-name' }]);
  });

  it('no typo where a real word stands before a name ("đồng thời", "đồng phạm")', () => {
    const { officials, warnings } = read('Cơ quan điều tra bắt đồng phạm Nguyễn Văn Tèo, đồng thời Lê Văn Tý cũng ra đầu thú.');
    expect(officials).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('"ông"/"bà" count only with a position', () => {
    const text = 'Về phía địa phương, ông Võ Ngọc Thành, Chủ tịch UBND tỉnh Gia Lai đến dự.';
    const o = one(text);
    expect(brief(o)).toEqual({ name: 'Võ Ngọc Thành', rank: null, honorific: 'ông', positions: ['Chủ tịch Ủy ban nhân dân tỉnh Gia Lai'], province: 'Gia Lai' });
    expect(o.mentions).toEqual([span(text, 'ông Võ Ngọc Thành, Chủ tịch UBND tỉnh Gia Lai')]);
    expect(read('Ông Lê Văn Tám không có mặt tại nhà. Bà Nguyễn Thị Hoa cho biết như vậy.').officials).toEqual([]);
  });

  it('"Ngài" before a foreign name counts', () => {
    expect(brief(one('Ngài Jürgen Stock cảm ơn sự hợp tác của Việt Nam.'))).toEqual({ name: 'Jürgen Stock', rank: null, honorific: 'Ngài', positions: [], province: null });
  });

  it('"Bà Rịa", "bà con" are not honorific + name', () => {
    expect(read('Công an tỉnh Bà Rịa - Vũng Tàu và bà con nhân dân phối hợp tuần tra.').officials).toEqual([]);
  });
});

describe('official/position-name', () => {
  it('head word right before the name', () => {
    const text = 'Phát biểu chỉ đạo tại hội nghị, Thứ trưởng Nguyễn Văn Thành đã ghi nhận kết quả.';
    const o = one(text);
    expect(brief(o)).toEqual({ name: 'Nguyễn Văn Thành', rank: null, honorific: null, positions: ['Thứ trưởng'], province: null });
    expect(o.mentions).toEqual([span(text, 'Thứ trưởng Nguyễn Văn Thành')]);
    expect(o.foundBy).toEqual([{ rule: 'official/position-name', match: 'exact' }]);
    expect(one('Bộ trưởng Tô Lâm đã chúc mừng các đơn vị.').name).toBe('Tô Lâm');
  });

  it('organisation and place between the head and the name', () => {
    const a = one('Chủ tịch UBND TP Đà Nẵng Lê Trung Chinh chủ trì cuộc họp.');
    expect(brief(a)).toEqual({ name: 'Lê Trung Chinh', rank: null, honorific: null, positions: ['Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng'], province: 'Đà Nẵng' });
    expect(a.mentions[0]!.text).toBe('Chủ tịch UBND TP Đà Nẵng Lê Trung Chinh');
    const b = one('Chủ tịch UBND tỉnh Hà Tĩnh Đặng Quốc Khánh dự hội nghị.');
    expect([b.name, b.positions, b.province]).toEqual(['Đặng Quốc Khánh', ['Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh'], 'Hà Tĩnh']);
    const c = one('Chủ tịch UBND tỉnh Nguyễn Đức Trung dự và phát biểu.');
    expect([c.name, c.positions]).toEqual(['Nguyễn Đức Trung', ['Chủ tịch Ủy ban nhân dân tỉnh']]);
    const d = one('Giám đốc Công an TP Hồ Chí Minh Nguyễn Hải Trung phát biểu.');
    expect([d.name, d.positions, d.province]).toEqual(['Nguyễn Hải Trung', ['Giám đốc Công an thành phố Hồ Chí Minh'], 'Hồ Chí Minh']);
  });

  it('police, inspection and former posts', () => {
    expect(brief(one('Trưởng Công an huyện Thanh Chương Nguyễn Văn An cho biết vụ việc đang được điều tra.'))).toEqual({
      name: 'Nguyễn Văn An', rank: null, honorific: null, positions: ['Trưởng Công an huyện Thanh Chương'], province: null,
    });
    expect(one('Đội trưởng Đội CSGT số 3 Trần Văn Bình đã báo cáo.').positions).toEqual(['Đội trưởng Đội Cảnh sát giao thông số 3']);
    const c = one('Chánh thanh tra Bộ Công an Nguyễn Văn Cường cho biết.');
    expect([c.positions, c.foundBy]).toEqual([['Chánh Thanh tra Bộ Công an'], [{ rule: 'official/position-name', match: 'folded' }]]);
    expect(one('nguyên Thứ trưởng Bộ Công an Nguyễn Văn Hưởng đến dự.').positions).toEqual(['nguyên Thứ trưởng Bộ Công an']);
    expect(one('Phó Chủ tịch Thường trực UBND tỉnh Nguyễn Văn Hùng dự buổi lễ.').positions).toEqual(['Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh']);
  });

  it('a foreign office-holder', () => {
    const text = 'Tổng Thư ký Interpol Jürgen Stock đánh giá cao Việt Nam.';
    const o = one(text);
    expect(brief(o)).toEqual({ name: 'Jürgen Stock', rank: null, honorific: null, positions: ['Tổng Thư ký Interpol'], province: null });
    expect(o.mentions).toEqual([span(text, 'Tổng Thư ký Interpol Jürgen Stock')]);
  });

  it('generic roles without a name give nothing', () => {
    for (const text of [
      'Giám đốc Công an tỉnh trao tặng Giấy khen cho các tập thể, cá nhân.',
      'Cần thực hiện chỉ thị của Bộ trưởng Bộ Công an về đổi mới công tác thi đua.',
      'Thủ trưởng Công an các đơn vị, địa phương cần tiếp tục vận dụng.',
      'Giám đốc Công an tỉnh Hà Tĩnh phát biểu bế mạc hội nghị.',
      'Chủ tịch UBND tỉnh Gia Lai đến dự.',
    ]) expect(read(text).officials, text).toEqual([]);
  });

  it('historical references are never officials', () => {
    for (const text of [
      'Kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh (1969-2019).',
      'Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; thực hiện Sáu điều Bác Hồ dạy.',
      'cố Tổng Bí thư Nguyễn Phú Trọng đã nhiều lần căn dặn.',
    ]) expect(read(text).officials, text).toEqual([]);
  });
});

describe('official/name-position', () => {
  it('a bare name followed by a stated position', () => {
    const text = 'Nguyễn Văn Bình, Giám đốc Sở Du lịch Khánh Hòa, cho biết lượng khách tăng.';
    const o = one(text);
    expect(brief(o)).toEqual({ name: 'Nguyễn Văn Bình', rank: null, honorific: null, positions: ['Giám đốc Sở Du lịch Khánh Hòa'], province: 'Khánh Hòa' });
    expect(o.mentions).toEqual([span(text, 'Nguyễn Văn Bình, Giám đốc Sở Du lịch Khánh Hòa')]);
    expect(o.foundBy).toEqual([{ rule: 'official/name-position', match: 'exact' }]);
  });

  it('a position in parentheses', () => {
    const text = 'Ông Lê Văn Hưng (Phó Giám đốc Công an tỉnh Quảng Ngãi) chủ trì.';
    expect(brief(one(text))).toEqual({ name: 'Lê Văn Hưng', rank: null, honorific: 'ông', positions: ['Phó Giám đốc Công an tỉnh Quảng Ngãi'], province: 'Quảng Ngãi' });
  });

  it('suspects, victims, citizens and place lists give nothing', () => {
    for (const text of [
      'Đối tượng Nguyễn Văn Tèo, trú tại huyện Kỳ Sơn, bị bắt giữ.',
      'Anh Trần Văn Tý là người dân địa phương.',
      'Cụm thi đua số 5 gồm Công an các tỉnh Thanh Hoá, Nghệ An, Hà Tĩnh, Quảng Bình.',
      'Nạn nhân Lê Thị Hoa, 35 tuổi, được đưa đi cấp cứu.',
    ]) expect(read(text).officials, text).toEqual([]);
  });

  it('a staff word after a bare name is not an office', () => {
    expect(read('Nguyễn Văn Hải, cán bộ Phòng CSGT, đã giúp đỡ người dân.').officials).toEqual([]);
    expect(brief(one('Đại úy Nguyễn Văn Bảo, cán bộ Phòng CSGT, đã kịp thời giúp đỡ người dân.'))).toEqual({
      name: 'Nguyễn Văn Bảo', rank: 'Đại úy', honorific: null, positions: ['cán bộ Phòng Cảnh sát giao thông'], province: null,
    });
  });
});

describe('official/position-before', () => {
  it('the position written before ", rank NAME" is that person\'s', () => {
    const text = 'Trưởng Công an huyện Vũ Thư, Thượng tá Đặng Văn Thành cho biết, dịp Tết đơn vị trực 100% quân số.';
    const o = one(text);
    expect(brief(o)).toEqual({ name: 'Đặng Văn Thành', rank: 'Thượng tá', honorific: null, positions: ['Trưởng Công an huyện Vũ Thư'], province: null });
    expect(o.mentions).toEqual([span(text, 'Trưởng Công an huyện Vũ Thư, Thượng tá Đặng Văn Thành')]);
    expect(o.foundBy).toEqual([{ rule: 'official/rank-name', match: 'exact' }, { rule: 'official/position-before', match: 'exact' }]);
  });

  it('makes "ông X" an official', () => {
    expect(brief(one('Phó Chủ tịch UBND tỉnh, ông Nguyễn Văn Sáu phát biểu.'))).toEqual({
      name: 'Nguyễn Văn Sáu', rank: null, honorific: 'ông', positions: ['Phó Chủ tịch Ủy ban nhân dân tỉnh'], province: null,
    });
  });

  it('not when the person acts for the post holder, nor when the post was read for someone else', () => {
    const a = one('Dịp này, thừa uỷ quyền Bộ trưởng Bộ Công an, Thiếu tướng Phạm Văn Các đã trao Bằng khen.');
    expect([a.name, a.positions]).toEqual(['Phạm Văn Các', []]);
    const { officials } = read('Dự có Đại tá Lê Minh Tuấn, Giám đốc Công an tỉnh, Đại tá Hà Văn Lâm cùng dự.');
    expect(officials.map((o) => [o.name, o.positions])).toEqual([['Lê Minh Tuấn', ['Giám đốc Công an tỉnh']], ['Hà Văn Lâm', []]]);
  });
});

describe('positions', () => {
  it('expands abbreviations and puts head words in canonical case', () => {
    const text = 'Trung tướng Trần Bá Thiều, Tổng cục Trưởng  tổng cục Chính trị Công an nhân dân đã đánh giá cao.';
    expect(one(text).positions).toEqual(['Tổng cục trưởng Tổng cục Chính trị Công an nhân dân']);
    const b = one('Trung tướng Nguyễn Thanh Nam, Phó Tổng Cục trưởng phụ trách Tổng Cục Chính trị CAND chủ trì hội nghị.');
    expect(b.positions).toEqual(['Phó Tổng cục trưởng phụ trách Tổng cục Chính trị Công an nhân dân']);
  });

  it('splits on "kiêm" and on commas, stopping at the clause', () => {
    const o = one('Thượng tá Lê Văn Hà, Phó Trưởng Công an huyện kiêm Trưởng Công an thị trấn, cho biết đã bắt 3 đối tượng.');
    expect(o.positions).toEqual(['Phó Trưởng Công an huyện', 'Trưởng Công an thị trấn']);
  });

  it('a dash tail that describes the unit ends the reading (seed 003)', () => {
    const text = 'Đồng chí Đại tá Dương Văn Tiến, PGĐ Công an tỉnh Thanh Hóa - Đơn vị Cụm trưởng Cụm thi đua số 5 điều hành buổi thảo luận.';
    const o = one(text);
    expect([o.positions, o.province]).toEqual([['Phó Giám đốc Công an tỉnh Thanh Hóa'], 'Thanh Hóa']);
    expect(o.mentions).toEqual([span(text, 'Đồng chí Đại tá Dương Văn Tiến, PGĐ Công an tỉnh Thanh Hóa')]);
  });

  it('keeps organisation names that contain "và", commas or dashes whole', () => {
    expect(one('Bà Trần Thị Mai, Giám đốc Sở Giáo dục và Đào tạo, phát biểu.').positions).toEqual(['Giám đốc Sở Giáo dục và Đào tạo']);
    const o = one('Thượng tá Trần Hữu Lợi, Trưởng phòng CSGT Công an tỉnh Thừa Thiên- Huế, cho biết.');
    expect([o.positions, o.province]).toEqual([['Trưởng phòng Cảnh sát giao thông Công an tỉnh Thừa Thiên Huế'], 'Thừa Thiên Huế']);
    expect(one('Đại tá Nguyễn Thanh Sơn, Giám đốc Công an tỉnh BR-VT phát biểu.').province).toBe('Bà Rịa - Vũng Tàu');
  });

  it('the province is the one the position names', () => {
    expect(one('Đại tá Nguyễn Văn Thuận, Phó Giám đốc CATP Cần Thơ dự.').positions).toEqual(['Phó Giám đốc Công an thành phố Cần Thơ']);
    expect(one('Đại tá Nguyễn Văn Thuận, Phó Giám đốc CATP Cần Thơ dự.').province).toBe('Cần Thơ');
    expect(one('Đại tá Đinh Thanh Bình, Giám đốc Công an tỉnh phát biểu.').province).toBeNull();
  });
});

describe('province abbreviations inside a position (one list, in the province data)', () => {
  it('writes out every abbreviation of a province alike: TT-Huế, TT Huế and TTH', () => {
    for (const abbr of ['TT-Huế', 'TT Huế', 'TTH']) {
      const o = one(`Đại tá Lê Văn Bình, Phó Giám đốc Công an ${abbr}, phát biểu.`, '2020-05-05');
      expect([o.positions, o.province], abbr).toEqual([['Phó Giám đốc Công an Thừa Thiên Huế'], 'Thừa Thiên Huế']);
    }
    expect(one('Đại tá Lê Văn Bình, Giám đốc Công an BRVT, phát biểu.').positions).toEqual(['Giám đốc Công an Bà Rịa - Vũng Tàu']);
  });
});

describe('merging', () => {
  it('later mentions of the same person join one entry, positions without duplicates', () => {
    const text = [
      'Thượng tướng Nguyễn Văn Thành, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an đến dự.',
      'Thứ trưởng Nguyễn Văn Thành phát biểu chỉ đạo tại hội nghị.',
    ].join('\n\n');
    const o = one(text);
    expect(brief(o)).toEqual({ name: 'Nguyễn Văn Thành', rank: 'Thượng tướng', honorific: null, positions: ['Ủy viên Trung ương Đảng', 'Thứ trưởng Bộ Công an'], province: null });
    expect(o.mentions.map((m) => m.text)).toEqual(['Thượng tướng Nguyễn Văn Thành, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an', 'Thứ trưởng Nguyễn Văn Thành']);
    expect(o.foundBy).toEqual([{ rule: 'official/rank-name', match: 'exact' }, { rule: 'official/position-name', match: 'exact' }]);
  });

  it('a short form joins the one full name it ends', () => {
    const text = 'Thượng tướng Trần Quốc Tỏ, Thứ trưởng Công an, yêu cầu triệt phá băng nhóm. Thứ trưởng Tỏ đề nghị rà soát các đối tượng.';
    const o = one(text);
    expect(o.mentions.map((m) => m.text)).toEqual(['Thượng tướng Trần Quốc Tỏ, Thứ trưởng Công an', 'Thứ trưởng Tỏ']);
    expect(o.foundBy).toContainEqual({ rule: 'official/short-name', match: 'inferred' });
  });

  it('two people sharing a given name stay apart; an ambiguous short form is left out with a warning', () => {
    const text = [
      'Thượng tướng Nguyễn Văn Thành, Thứ trưởng Bộ Công an đến dự.',
      'Về phía địa phương, ông Võ Ngọc Thành, Chủ tịch UBND tỉnh Gia Lai đến dự.',
      'Phát biểu tại buổi làm việc, ông Thành đề nghị tăng cường phối hợp.',
    ].join('\n\n');
    const { officials, warnings } = read(text);
    expect(officials.map((o) => [o.name, o.mentions.length])).toEqual([['Nguyễn Văn Thành', 1], ['Võ Ngọc Thành', 1]]);
    const at = text.indexOf('ông Thành');
    expect(warnings).toEqual([{ code: 'ambiguous-name', message: "'ông Thành' may be Nguyễn Văn Thành or Võ Ngọc Thành; not merged", start: at, end: at + 9, rule: 'official/short-name' }]);
  });

  it('"ông X" with no role joins the same person read before', () => {
    const text = 'Ông Võ Ngọc Thành, Chủ tịch UBND tỉnh Gia Lai dự hội nghị. Ông Võ Ngọc Thành đề nghị Công an tỉnh tiếp tục phối hợp.';
    const o = one(text);
    expect(o.mentions.map((m) => m.start)).toEqual([0, text.lastIndexOf('Ông Võ Ngọc Thành')]);
  });

  it('"Đồng chí Thứ trưởng" is one more mention of the only Thứ trưởng', () => {
    const text = 'Thượng tướng Nguyễn Văn Thành, Thứ trưởng Bộ Công an dự hội nghị. Đồng chí Thứ trưởng cũng đề nghị Đảng ủy quan tâm.';
    const o = one(text);
    expect(o.mentions[1]).toEqual(span(text, 'Đồng chí Thứ trưởng'));
    expect(o.foundBy).toContainEqual({ rule: 'official/anaphora', match: 'inferred' });
  });

  it('a later bare full name is one more mention', () => {
    const text = 'Thiếu tướng Nguyễn Quang Chữ dự hội nghị. Theo Nguyễn Quang Chữ, phong trào đạt kết quả tốt.';
    const o = one(text);
    expect(o.mentions).toEqual([span(text, 'Thiếu tướng Nguyễn Quang Chữ'), span(text, 'Nguyễn Quang Chữ', 30)]);
    expect(o.foundBy).toEqual([{ rule: 'official/rank-name', match: 'exact' }, { rule: 'official/repeat-name', match: 'exact' }]);
  });

  it('entries come in order of first mention', () => {
    const { officials } = read('Đại tá Lê Minh Tuấn dự. Thiếu tướng Trần Văn Vệ dự. Đại tá Lê Minh Tuấn phát biểu.');
    expect(officials.map((o) => [o.name, o.mentions.length])).toEqual([['Lê Minh Tuấn', 2], ['Trần Văn Vệ', 1]]);
  });
});

describe('bylines', () => {
  it('a trailing byline line is never read, not even as a repeat of a full name', () => {
    const text = 'Thượng tướng Nguyễn Văn Thành, Thứ trưởng Bộ Công an dự hội nghị.\n\nVăn Thành';
    const o = one(text);
    expect(o.mentions).toHaveLength(1);
    const text2 = 'Đại tá Nguyễn Bình, Giám đốc Công an tỉnh dự.\n\nNguyễn Bình – Đức Thắng';
    expect(one(text2).mentions).toHaveLength(1);
  });
});

// ---------------------------------------------------------------------------------------------
// The five seed articles (corpus/), read as the pipeline reads them: the trailing byline lines
// (names, "Admin") are dropped first, as the plain-text stage does.

const corpusDir = new URL('../corpus/', import.meta.url);

function seed(prefix: string): string {
  const file = readdirSync(corpusDir).find((f) => f.startsWith(prefix))!;
  return readFileSync(new URL(file, corpusDir), 'utf8');
}

function withoutByline(text: string): string {
  const lines = text.trimEnd().split('\n');
  // A byline line: only capitalised words and dashes, no sentence punctuation.
  while (lines.length && /^[\p{Lu}][\p{L}]*(?:[ \t]+(?:[–-][ \t]+)?[\p{Lu}][\p{L}]*)*$/u.test(lines[lines.length - 1]!.trim())) lines.pop();
  return lines.join('\n');
}

const gold: Record<string, { name: string; rank: string | null; positions?: string[]; province?: string | null }[]> = {
  '000': [
    { name: 'Nguyễn Ngọc Thạch', rank: null, positions: ['Phó Chủ tịch Ủy ban nhân dân tỉnh'] },
    { name: 'Trần Bá Thiều', rank: 'Trung tướng', positions: ['Tổng cục trưởng Tổng cục Chính trị Công an nhân dân'] },
  ],
  '001': [
    { name: 'Nguyễn Văn Thành', rank: 'Thượng tướng', positions: ['Ủy viên Trung ương Đảng', 'Thứ trưởng Bộ Công an'] },
    { name: 'Nguyễn Thanh Nam', rank: 'Trung tướng', positions: ['Phó Tổng cục trưởng phụ trách Tổng cục Chính trị Công an nhân dân'] },
    { name: 'Võ Ngọc Thành', rank: null, positions: ['Chủ tịch Ủy ban nhân dân tỉnh Gia Lai'], province: 'Gia Lai' },
  ],
  '002': [{ name: 'Nguyễn Quang Chữ', rank: 'Thiếu tướng', positions: [] }],
  '003': [
    { name: 'Hồ Văn Tứ', rank: 'Đại tá', positions: ['Phó Giám đốc Công an tỉnh Nghệ An'], province: 'Nghệ An' },
    { name: 'Dương Văn Tiến', rank: 'Đại tá', positions: ['Phó Giám đốc Công an tỉnh Thanh Hóa'], province: 'Thanh Hóa' },
    { name: 'Bùi Quang Thanh', rank: 'Đại tá', positions: ['Phó Giám đốc Công an tỉnh Quảng Bình'], province: 'Quảng Bình' },
  ],
  '004': [{ name: 'Nguyễn Thế Hùng', rank: 'Đại tá', positions: ['Ủy viên Ban Thường vụ Đảng ủy', 'Bí thư Đảng ủy', 'Giám đốc Công an tỉnh'], province: null }],
};

describe('seed articles', () => {
  for (const [prefix, expected] of Object.entries(gold)) {
    it(`seed ${prefix}: exactly the gold officials, with ranks and positions`, () => {
      for (const text of [withoutByline(seed(prefix)), seed(prefix)]) {
        const { officials } = read(text);
        expect(officials.map((o) => ({ name: o.name, rank: o.rank }))).toEqual(expected.map((e) => ({ name: e.name, rank: e.rank })));
        expected.forEach((e, i) => {
          if (e.positions) expect(officials[i]!.positions, e.name).toEqual(e.positions);
          if (e.province !== undefined) expect(officials[i]!.province, e.name).toBe(e.province);
        });
      }
    });
  }

  it('seed 000: the typo warning points at "Đồng trí"; the byline "Nguyễn Bình – Đức Thắng" is no official', () => {
    const text = seed('000');
    const { officials, warnings } = read(text);
    const at = text.indexOf('Đồng trí');
    expect(warnings.filter((w) => w.code === 'typo')).toEqual([{ code: 'typo', message: "read 'Đồng trí' as 'Đồng chí'", start: at, end: at + 8, rule: 'official/honorific-name' }]);
    expect(officials.map((o) => o.name)).not.toContain('Nguyễn Bình');
    expect(officials.map((o) => o.name)).not.toContain('Đức Thắng');
  });

  it('seed 001: the Thứ trưởng is one entry with four mentions; the byline "Văn Thành" is not one of them', () => {
    const text = seed('001');
    const o = read(text).officials[0]!;
    expect(o.mentions.map((m) => m.text)).toEqual([
      'Thượng tướng Nguyễn Văn Thành, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an',
      'Thứ trưởng Nguyễn Văn Thành',
      'Thứ trưởng Nguyễn Văn Thành',
      'Đồng chí Thứ trưởng',
    ]);
    expect(o.mentions.every((m) => m.end < text.lastIndexOf('Văn Thành'))).toBe(true);
  });

  it('seed 002: three mentions of Thiếu tướng Nguyễn Quang Chữ', () => {
    expect(read(seed('002')).officials[0]!.mentions.map((m) => m.text)).toEqual(Array(3).fill('Thiếu tướng Nguyễn Quang Chữ'));
  });

  it('seed 004: "Hồ Chí Minh" (Di chúc, tư tưởng) and the generic "Giám đốc Công an tỉnh" add nothing', () => {
    const { officials } = read(seed('004'));
    expect(officials.map((o) => [o.name, o.mentions.length])).toEqual([['Nguyễn Thế Hùng', 1]]);
  });
});

// ---------------------------------------------------------------------------------------------
// Faults found by a held-out evaluation, each reproduced by one sentence.

describe('place names after a place word', () => {
  it('the words after "xã" are the commune, part of the position, not a person', () => {
    const text = 'Thiếu tá Y Khuê Niê, Trưởng Công an xã Ea Kar, cho biết sau khi sắp xếp lại bộ máy.';
    const o = one(text);
    expect(brief(o)).toEqual({ name: 'Y Khuê Niê', rank: 'Thiếu tá', honorific: null, positions: ['Trưởng Công an xã Ea Kar'], province: null });
    expect(o.mentions).toEqual([span(text, 'Thiếu tá Y Khuê Niê, Trưởng Công an xã Ea Kar')]);
  });

  it('a name after the commune is still read', () => {
    const o = one('Trưởng Công an xã Ea Kar Y Khuê Niê cho biết.');
    expect([o.name, o.positions]).toEqual(['Y Khuê Niê', ['Trưởng Công an xã Ea Kar']]);
    const p = one('Chủ tịch UBND phường Trần Hưng Đạo Lê Văn Tám dự.');
    expect([p.name, p.positions]).toEqual(['Lê Văn Tám', ['Chủ tịch Ủy ban nhân dân phường Trần Hưng Đạo']]);
  });

  it('a ward named after a person is a place, not an official', () => {
    expect(read('Trưởng Công an phường Trần Hưng Đạo cho biết đã xác minh.').officials).toEqual([]);
  });
});

describe('organisation words that begin with a family name', () => {
  it('"Đoàn Thanh niên" is an organisation, not a person named Đoàn Thanh', () => {
    const text = 'Đại úy Trần Ngọc Hân, Bí thư Đoàn Thanh niên Công an tỉnh Sóc Trăng, cho biết các cơ sở đoàn đã tổ chức.';
    const o = one(text);
    expect(brief(o)).toEqual({ name: 'Trần Ngọc Hân', rank: 'Đại úy', honorific: null, positions: ['Bí thư Đoàn Thanh niên Công an tỉnh Sóc Trăng'], province: 'Sóc Trăng' });
    expect(o.mentions).toEqual([span(text, 'Đại úy Trần Ngọc Hân, Bí thư Đoàn Thanh niên Công an tỉnh Sóc Trăng')]);
  });

  it('youth union, women\'s union and trade union words name nobody', () => {
    for (const text of [
      'Đoàn Thanh niên Công an tỉnh Hậu Giang tổ chức hội nghị. Đoàn Thanh niên Công an các tỉnh ra quân.',
      'Chủ tịch Hội Phụ nữ tỉnh và Chủ tịch Hội Cựu chiến binh tỉnh dự.',
      'Bí thư Thành đoàn Hà Nội phát biểu.',
    ]) expect(read(text).officials, text).toEqual([]);
    expect(one('Chủ tịch Công đoàn Công an tỉnh Đặng Văn Bình phát biểu.').positions).toEqual(['Chủ tịch Công đoàn Công an tỉnh']);
  });
});

describe('ministries named without "Bộ"', () => {
  it('"Bộ trưởng Tài chính" is a position, the name follows', () => {
    const text = 'Bộ trưởng Tài chính Hồ Đức Phớc cho biết sẽ sửa luật.';
    const o = one(text);
    expect(brief(o)).toEqual({ name: 'Hồ Đức Phớc', rank: null, honorific: null, positions: ['Bộ trưởng Tài chính'], province: null });
    expect(o.mentions).toEqual([span(text, 'Bộ trưởng Tài chính Hồ Đức Phớc')]);
    expect([one('Thứ trưởng Tài chính Cao Anh Tuấn cho biết.').name, one('Thứ trưởng Tài chính Cao Anh Tuấn cho biết.').positions]).toEqual(['Cao Anh Tuấn', ['Thứ trưởng Tài chính']]);
  });

  it('other ministries, one syllable capitalised or two, and with "và" or a dash inside', () => {
    expect(one('Bộ trưởng Y tế Đào Hồng Lan kiểm tra bệnh viện.').positions).toEqual(['Bộ trưởng Y tế']);
    expect(one('Bộ trưởng Công Thương Nguyễn Hồng Diên phát biểu.').positions).toEqual(['Bộ trưởng Công Thương']);
    expect(one('Bộ trưởng Quốc phòng Phan Văn Giang dự lễ.').name).toBe('Phan Văn Giang');
    expect(one('Thứ trưởng Lao động – Thương binh và Xã hội Nguyễn Văn Hồi phát biểu.').positions).toEqual(['Thứ trưởng Lao động - Thương binh và Xã hội']);
  });

  it('a lower-case "tài chính" after a head is left as written', () => {
    expect(one('Bà Nguyễn Thị Hoa, Giám đốc tài chính của công ty, cho biết.').positions).toEqual(['Giám đốc tài chính của công ty']);
  });
});

describe('more position vocabulary', () => {
  it('heads of state, company heads, "cựu" (former)', () => {
    const a = one('Tổng thống Mỹ Joe Biden công bố gói viện trợ mới.');
    expect(brief(a)).toEqual({ name: 'Joe Biden', rank: null, honorific: null, positions: ['Tổng thống Mỹ'], province: null });
    const b = one('Chủ tịch nước Lương Cường dự lễ kỷ niệm.');
    expect([b.name, b.positions]).toEqual(['Lương Cường', ['Chủ tịch nước']]);
    const c = one('Hồi tháng 4, ông Antoni Trenchev, CEO của công ty Nexo, nói với CNBC.');
    expect(brief(c)).toEqual({ name: 'Antoni Trenchev', rank: null, honorific: 'ông', positions: ['CEO của công ty Nexo'], province: null });
    const d = one('Hồi tháng 1, ông Guido Buehler, cựu Giám đốc ngân hàng Seba, cho biết có thể.');
    expect([d.name, d.positions]).toEqual(['Guido Buehler', ['cựu Giám đốc ngân hàng Seba']]);
  });

  it('the common state, party, court and company heads read a name', () => {
    for (const [text, name, position] of [
      ['Thủ tướng Phạm Minh Chính chủ trì.', 'Phạm Minh Chính', 'Thủ tướng'],
      ['Phó Thủ tướng Trần Hồng Hà kiểm tra.', 'Trần Hồng Hà', 'Phó Thủ tướng'],
      ['Tổng Bí thư Tô Lâm tiếp đoàn.', 'Tô Lâm', 'Tổng Bí thư'],
      ['Chủ tịch Quốc hội Trần Thanh Mẫn dự.', 'Trần Thanh Mẫn', 'Chủ tịch Quốc hội'],
      ['Tổng giám đốc Vietcombank Nguyễn Thanh Tùng nói.', 'Nguyễn Thanh Tùng', 'Tổng Giám đốc Vietcombank'],
      ['Chủ tịch HĐQT Nguyễn Văn Đạt cho biết.', 'Nguyễn Văn Đạt', 'Chủ tịch Hội đồng quản trị'],
      ['Viện trưởng VKSND tối cao Nguyễn Huy Tiến phát biểu.', 'Nguyễn Huy Tiến', 'Viện trưởng Viện kiểm sát nhân dân tối cao'],
      ['Chánh án TAND tối cao Lê Minh Trí dự.', 'Lê Minh Trí', 'Chánh án Tòa án nhân dân tối cao'],
      ['Hiệu trưởng Trường THPT Phan Bội Châu Nguyễn Văn Hòa cho biết.', 'Nguyễn Văn Hòa', 'Hiệu trưởng Trường THPT Phan Bội Châu'],
      ['Đại sứ Pháp Olivier Brochet chúc mừng.', 'Olivier Brochet', 'Đại sứ Pháp'],
      ['Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng cho biết.', 'Nguyễn Thị Hồng', 'Thống đốc Ngân hàng Nhà nước'],
    ] as const) {
      const o = one(text);
      expect([o.name, o.positions], text).toEqual([name, [position]]);
    }
  });
});

describe('foreign names', () => {
  it('a foreign name followed by ", position" at a sentence start or after a comma', () => {
    const text = 'Paolo Ardoino, Giám đốc công nghệ của Bitfinex, đưa ra dự đoán.';
    const o = one(text);
    expect(brief(o)).toEqual({ name: 'Paolo Ardoino', rank: null, honorific: null, positions: ['Giám đốc công nghệ của Bitfinex'], province: null });
    expect(o.mentions).toEqual([span(text, 'Paolo Ardoino, Giám đốc công nghệ của Bitfinex')]);
    expect(o.foundBy).toEqual([{ rule: 'official/name-position', match: 'exact' }]);
    expect(one('Hồi tháng 4, Antoni Trenchev - CEO của công ty Nexo, nói với CNBC.').name).toBe('Antoni Trenchev');
    expect(one('Trong khi đó, Jeffrey Sica, CEO Circle Squared Alternative Investments cho biết.').positions).toEqual(['CEO Circle Squared Alternative Investments']);
  });

  it('not without a position, nor a foreign word inside a sentence, nor a job description', () => {
    for (const text of [
      'Paolo Ardoino đưa ra dự đoán.',
      'Theo Bloomberg News, Giám đốc điều hành Tesla cho biết.',
      'Edward Moya, nhà phân tích cấp cao tại Oanda, cho biết.',
      'Tim Draper, người sáng lập quỹ, dự đoán.',
    ]) expect(read(text).officials, text).toEqual([]);
  });

  it('the country after a head belongs to the position, not to the name', () => {
    const text = 'Thủ tướng Singapore Lawrence Wong tiếp đoàn.';
    const o = one(text);
    expect(brief(o)).toEqual({ name: 'Lawrence Wong', rank: null, honorific: null, positions: ['Thủ tướng Singapore'], province: null });
    expect(o.mentions).toEqual([span(text, 'Thủ tướng Singapore Lawrence Wong')]);
    expect(one('Trước thềm chuyến thăm của Tổng thống Ukraine Volodymyr Zelensky, Mỹ công bố viện trợ.').positions).toEqual(['Tổng thống Ukraine']);
    expect(one('Thủ tướng Nhật Bản Fumio Kishida hội đàm.').name).toBe('Fumio Kishida');
  });

  it('a one-syllable country word followed by a verb is a short name ("Thứ trưởng Đức")', () => {
    const text = 'Thượng tướng Nguyễn Minh Đức, Thứ trưởng Bộ Công an dự. Thứ trưởng Đức đề nghị các đơn vị tập trung.';
    const o = one(text);
    expect(o.mentions.map((m) => m.text)).toEqual(['Thượng tướng Nguyễn Minh Đức, Thứ trưởng Bộ Công an', 'Thứ trưởng Đức']);
  });

  it('"Ngài Đại sứ Nhật Bản tại Việt Nam" + name', () => {
    const text = 'Ngài Đại sứ Nhật Bản tại Việt Nam Yamada Takio phát biểu.';
    const o = one(text);
    expect(brief(o)).toEqual({ name: 'Yamada Takio', rank: null, honorific: 'Ngài', positions: ['Đại sứ Nhật Bản tại Việt Nam'], province: null });
    expect(o.mentions).toEqual([span(text, 'Ngài Đại sứ Nhật Bản tại Việt Nam Yamada Takio')]);
  });

  it('a force word between rank and name ("Thiếu tướng cảnh sát")', () => {
    const text = 'Cùng ngày, đoàn do Thiếu tướng cảnh sát Jaafar Mahad, Giám đốc điều hành Ban Thư ký ASEANAPOL, dẫn đầu.';
    const o = one(text);
    expect(brief(o)).toEqual({ name: 'Jaafar Mahad', rank: 'Thiếu tướng', honorific: null, positions: ['Giám đốc điều hành Ban Thư ký ASEANAPOL'], province: null });
    expect(o.mentions).toEqual([span(text, 'Thiếu tướng cảnh sát Jaafar Mahad, Giám đốc điều hành Ban Thư ký ASEANAPOL')]);
    expect(one('Đại tá quân đội Nguyễn Văn Minh phát biểu.').name).toBe('Nguyễn Văn Minh');
    expect(read('Ông được phong Thiếu tướng công an năm 2019.').officials).toEqual([]);
  });
});

describe('where a position ends', () => {
  it('a province with a dash inside stays whole', () => {
    const text = 'Đại tá Nguyễn Văn Hùng, GĐ Công an tỉnh Bà Rịa – Vũng Tàu phát biểu.';
    const o = one(text);
    expect([o.positions, o.province]).toEqual([['Giám đốc Công an tỉnh Bà Rịa – Vũng Tàu'], 'Bà Rịa - Vũng Tàu']);
    expect(o.mentions).toEqual([span(text, 'Đại tá Nguyễn Văn Hùng, GĐ Công an tỉnh Bà Rịa – Vũng Tàu')]);
  });

  it('adverbs and auxiliaries end a position', () => {
    const o = one('GS.TS Phạm Hồng Chương, Hiệu trưởng Trường đại học Kinh tế Quốc dân lại yêu cầu các khoa.');
    expect([o.name, o.positions]).toEqual(['Phạm Hồng Chương', ['Hiệu trưởng Trường đại học Kinh tế Quốc dân']]);
    expect(one('Đại tá Lê Văn Minh, Giám đốc Công an tỉnh vẫn chỉ đạo sát sao.').positions).toEqual(['Giám đốc Công an tỉnh']);
  });

  it('an organisation whose name has commas inside (organisation.md)', () => {
    const o = one('Thiếu tướng Nguyễn Văn Hùng, Cục trưởng Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng phát biểu.');
    expect(o.positions).toEqual(['Cục trưởng Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng']);
    expect(one('Đại tá Trần Văn Nam, Cục trưởng Cục Cảnh sát PCCC và CNCH cho biết.').positions).toEqual(['Cục trưởng Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ']);
  });

  it('a suspect whose post is stated in brackets after the birth year', () => {
    const text = 'Cơ quan điều tra đã bắt Nguyễn Văn An (SN 1985, Giám đốc Công ty TNHH Hòa Phát) để điều tra.';
    const o = one(text);
    expect(brief(o)).toEqual({ name: 'Nguyễn Văn An', rank: null, honorific: null, positions: ['Giám đốc Công ty TNHH Hòa Phát'], province: null });
    expect(o.mentions).toEqual([span(text, 'Nguyễn Văn An (SN 1985, Giám đốc Công ty TNHH Hòa Phát)')]);
    expect(one('Bắt Trần Văn Bình (45 tuổi, Chủ tịch UBND xã Hòa Sơn) vì nhận hối lộ.').positions).toEqual(['Chủ tịch Ủy ban nhân dân xã Hòa Sơn']);
    expect(read('Bắt Trần Văn Bình (SN 1980, trú tại xã Hòa Sơn) vì trộm cắp.').officials).toEqual([]);
  });
});

describe('held-out follow-ups', () => {
  it('"chính quyền" before a head is not "Quyền" (acting)', () => {
    expect(one('Trước đó, chính quyền Tổng thống Mỹ Joe Biden công bố gói viện trợ.').positions).toEqual(['Tổng thống Mỹ']);
  });

  it('a foreign run before a bare head names a company, not a person', () => {
    expect(read('Sáng nay, London Stock Exchange, Giám đốc điều hành cho biết.').officials).toEqual([]);
  });

  it('a country that begins a province name is the province ("Lào Cai")', () => {
    expect([one('Đại tá Lê Văn An, Giám đốc Công an tỉnh Lào Cai phát biểu.').province]).toEqual(['Lào Cai']);
  });

  it('"tại" continues only a foreign post', () => {
    expect(one('Tổng Lãnh sự Mỹ tại TP.HCM Susan Burns cho biết.').positions).toEqual(['Tổng Lãnh sự Mỹ tại Thành phố Hồ Chí Minh']);
    expect(one('Thượng tá Nguyễn Văn Nam, Phó Giám đốc Công an tỉnh tại Hội nghị sơ kết cho biết.').positions).toEqual(['Phó Giám đốc Công an tỉnh']);
  });

  it('"của" before a person, not an organisation, ends the position and is not kept', () => {
    const { officials } = read('Đại tá Lê Văn An, Giám đốc Công an tỉnh của Đại tá Trần Văn Bình, cho biết.');
    expect(officials.map((o) => [o.name, o.positions, o.mentions[0]!.text])).toEqual([
      ['Lê Văn An', ['Giám đốc Công an tỉnh'], 'Đại tá Lê Văn An, Giám đốc Công an tỉnh'],
      ['Trần Văn Bình', [], 'Đại tá Trần Văn Bình'],
    ]);
  });

  it('a list: a foreign office-holder after a Vietnamese one stays a separate person', () => {
    const { officials } = read('Dự có Bộ trưởng Tô Lâm, Tổng Thư ký Interpol Jürgen Stock.');
    expect(officials.map((o) => [o.name, o.positions])).toEqual([['Tô Lâm', ['Bộ trưởng']], ['Jürgen Stock', ['Tổng Thư ký Interpol']]]);
  });

  it('a province right after the head belongs to the post', () => {
    const o = one('Bí thư Hà Tĩnh Hoàng Trung Dũng dự hội nghị.');
    expect([o.name, o.positions, o.province]).toEqual(['Hoàng Trung Dũng', ['Bí thư Hà Tĩnh'], 'Hà Tĩnh']);
    expect(read('Bí thư Hà Tĩnh phát biểu tại hội nghị.').officials).toEqual([]);
  });
});

describe('held-out follow-ups (2)', () => {
  it('"&" inside an abbreviation keeps the position whole, expanded, with its province', () => {
    const text = 'Bị cáo Trần Văn Hòa (60 tuổi, nguyên phó giám đốc Sở TN&MT tỉnh Bình Dương) bị tuyên phạt 5 năm tù.';
    const o = one(text);
    expect(brief(o)).toEqual({ name: 'Trần Văn Hòa', rank: null, honorific: null, positions: ['nguyên Phó Giám đốc Sở Tài nguyên và Môi trường tỉnh Bình Dương'], province: 'Bình Dương' });
    expect(o.mentions).toEqual([span(text, 'Trần Văn Hòa (60 tuổi, nguyên phó giám đốc Sở TN&MT tỉnh Bình Dương)')]);
    expect(one('Ông Lê Văn Bình, Giám đốc Sở GD&ĐT tỉnh Nghệ An phát biểu.').positions).toEqual(['Giám đốc Sở Giáo dục và Đào tạo tỉnh Nghệ An']);
  });

  it('a misspelt head word is read through with a typo warning', () => {
    const text = 'Đồng trí Đại tá Trần Hữu Tùy, Giám đôc Công an tỉnh Quảng Trị phát biểu.';
    const { officials, warnings } = read(text);
    expect(officials.map(brief)).toEqual([{ name: 'Trần Hữu Tùy', rank: 'Đại tá', honorific: 'đồng chí', positions: ['Giám đốc Công an tỉnh Quảng Trị'], province: 'Quảng Trị' }]);
    expect(officials[0]!.mentions).toEqual([span(text, 'Đồng trí Đại tá Trần Hữu Tùy, Giám đôc Công an tỉnh Quảng Trị')]);
    expect(warnings.filter((w) => w.code === 'typo').map((w) => [w.message, text.slice(w.start ?? 0, w.end ?? 0)])).toEqual([
      ["read 'Đồng trí' as 'Đồng chí'", 'Đồng trí'],
      ["read 'Giám đôc' as 'Giám đốc'", 'Giám đôc'],
    ]);
  });

  it('a common word close to a head is not a misspelt head', () => {
    const { officials, warnings } = read('Đại tá Lê Văn An, giám sát việc thi hành án tại trại giam.');
    expect(officials.map((o) => o.positions)).toEqual([[]]);
    expect(warnings.filter((w) => w.code === 'typo')).toEqual([]);
  });

  it('"giữ chức", "làm", "là" between the name and the position', () => {
    const text = 'Hiện nay, thiếu tướng Phan Đình Lộc giữ chức Giám đốc Công an tỉnh Lâm Đồng.';
    const o = one(text);
    expect(brief(o)).toEqual({ name: 'Phan Đình Lộc', rank: 'Thiếu tướng', honorific: null, positions: ['Giám đốc Công an tỉnh Lâm Đồng'], province: 'Lâm Đồng' });
    expect(o.mentions).toEqual([span(text, 'thiếu tướng Phan Đình Lộc giữ chức Giám đốc Công an tỉnh Lâm Đồng')]);
    expect(one('Đại tá Nguyễn Văn Hải được bổ nhiệm giữ chức Phó Giám đốc Công an tỉnh Nghệ An.').positions).toEqual(['Phó Giám đốc Công an tỉnh Nghệ An']);
    expect(one('Ông Nguyễn Văn Hải là Chủ tịch UBND xã Hòa Sơn.').positions).toEqual(['Chủ tịch Ủy ban nhân dân xã Hòa Sơn']);
    expect(one('Thiếu tá Trần Văn Nam làm Đội trưởng Đội Cảnh sát hình sự.').positions).toEqual(['Đội trưởng Đội Cảnh sát hình sự']);
    // "làm việc" is a verb, not a link; a link with no head after it adds nothing.
    expect(one('Đại tá Nguyễn Văn Hải làm việc tại Công an tỉnh Nghệ An.').positions).toEqual([]);
    expect(read('Nguyễn Văn Hải là người dân địa phương.').officials).toEqual([]);
  });

  it('army heads: brigade, division, battalion, company, squadron, post commanders', () => {
    const heads = ['Lữ đoàn trưởng', 'Sư đoàn trưởng', 'Tiểu đoàn trưởng', 'Đại đội trưởng', 'Phó Lữ đoàn trưởng', 'Chỉ huy trưởng', 'Hải đội trưởng', 'Đồn trưởng'];
    for (const h of heads) expect(one(`Đại tá Trần Quang Hiếu, ${h} cho biết.`).positions, h).toEqual([h]);
    expect(one('Đại tá Trần Quang Hiếu, Chính ủy Lữ đoàn 146 cho biết.').positions).toEqual(['Chính ủy Lữ đoàn 146']);
    expect(one('Chuẩn Đô đốc Phạm Văn Hải, Tư lệnh Vùng 4 Hải quân dự lễ.').positions).toEqual(['Tư lệnh Vùng 4 Hải quân']);
  });

  it('a dash before lower-case words continues the unit; its parent unit after a comma belongs to the post', () => {
    const text = 'Thiếu tá Lê Anh Tuấn, Đội trưởng Đội Cảnh sát giao thông - trật tự, Công an TP Móng Cái cho biết.';
    const o = one(text);
    expect(o.positions).toEqual(['Đội trưởng Đội Cảnh sát giao thông - trật tự, Công an thành phố Móng Cái']);
    expect(o.mentions).toEqual([span(text, 'Thiếu tá Lê Anh Tuấn, Đội trưởng Đội Cảnh sát giao thông - trật tự, Công an TP Móng Cái')]);
    expect(one('Thiếu tướng Phạm Kim Đĩnh, Cục trưởng Cục Công tác chính trị, Bộ Công an dự lễ.').positions).toEqual(['Cục trưởng Cục Công tác chính trị, Bộ Công an']);
    // A list after the post is not its parent unit; a dash before a new post still separates.
    expect(one('Dự có Đại tá Lê Văn An, Giám đốc Công an tỉnh, Công an các đơn vị, địa phương.').positions).toEqual(['Giám đốc Công an tỉnh']);
    expect(one('Đại tá Nguyễn Thế Hùng - Bí thư Đảng ủy - giám đốc Công an tỉnh phát biểu.').positions).toEqual(['Bí thư Đảng ủy', 'Giám đốc Công an tỉnh']);
  });

  it('a position in parentheses after a name ending in an initial; the initial keeps its dot', () => {
    const text = 'Trung tá Đỗ Văn H. (Đội trưởng) cho biết nhóm cướp đã bị bắt.';
    const o = one(text);
    expect(brief(o)).toEqual({ name: 'Đỗ Văn H.', rank: 'Trung tá', honorific: null, positions: ['Đội trưởng'], province: null });
    expect(o.mentions).toEqual([span(text, 'Trung tá Đỗ Văn H. (Đội trưởng)')]);
    expect(one('Lời khai của Đại úy Nguyễn Văn T. cho thấy vụ việc rõ ràng.').name).toBe('Nguyễn Văn T.');
  });
});

describe('positions: where they end and what they skip', () => {
  it('a lower-case word after "tỉnh" with no place name ends the position (the verb follows)', () => {
    const text = 'Đại tá Nguyễn Hữu Hợp, Giám đốc Công an tỉnh ôn lại truyền thống vẻ vang của lực lượng.';
    const o = one(text);
    expect(brief(o)).toEqual({ name: 'Nguyễn Hữu Hợp', rank: 'Đại tá', honorific: null, positions: ['Giám đốc Công an tỉnh'], province: null });
    expect(o.mentions).toEqual([span(text, 'Đại tá Nguyễn Hữu Hợp, Giám đốc Công an tỉnh')]);
    expect(one('Thiếu tá Lê Văn Bình, Trưởng Công an huyện nhắc lại yêu cầu.').positions).toEqual(['Trưởng Công an huyện']);
    // A number after a local place word is still the place ("phường 5").
    expect(one('Thiếu tá Lê Văn Bình, Trưởng Công an phường 5 cho biết.').positions).toEqual(['Trưởng Công an phường 5']);
  });

  it('a birth bracket after the name does not hide the positions after it', () => {
    const text = 'Trung tướng Trần Quang Vinh (1940-2023), nguyên Thứ trưởng Bộ Công an, đã từ trần.';
    const o = one(text);
    expect(brief(o)).toEqual({ name: 'Trần Quang Vinh', rank: 'Trung tướng', honorific: null, positions: ['nguyên Thứ trưởng Bộ Công an'], province: null });
    expect(o.mentions).toEqual([span(text, 'Trung tướng Trần Quang Vinh (1940-2023), nguyên Thứ trưởng Bộ Công an')]);
    expect(one('Ông Nguyễn Văn Tâm (SN 1965), Chủ tịch UBND xã Ea Kar cho biết.').positions).toEqual(['Chủ tịch Ủy ban nhân dân xã Ea Kar']);
    expect(one('Nguyễn Văn Tâm (45 tuổi) - Giám đốc Công ty Sao Mai bị bắt.').positions).toEqual(['Giám đốc Công ty Sao Mai']);
    // A bracket that is not birth information still ends the reading.
    expect(one('Đại tá Trần Văn Tâm (Công an tỉnh) cho biết.').positions).toEqual([]);
  });

  it('"trước đó là", "trước đây là", "hiện đang là" link a name to its position, kept as written', () => {
    const text = 'Đại tá Lê Văn Quang trước đó là Giám đốc Công an tỉnh Bình Dương.';
    const o = one(text);
    expect(brief(o)).toEqual({ name: 'Lê Văn Quang', rank: 'Đại tá', honorific: null, positions: ['Giám đốc Công an tỉnh Bình Dương'], province: 'Bình Dương' });
    expect(o.mentions).toEqual([span(text, 'Đại tá Lê Văn Quang trước đó là Giám đốc Công an tỉnh Bình Dương')]);
    expect(one('Đại tá Lê Văn Quang trước đây là Phó Giám đốc Công an tỉnh.').positions).toEqual(['Phó Giám đốc Công an tỉnh']);
    expect(one('Đại tá Lê Văn Quang hiện đang là Giám đốc Công an tỉnh.').positions).toEqual(['Giám đốc Công an tỉnh']);
  });

  it('provincial division codes expand ("PC08" → "Phòng Cảnh sát giao thông")', () => {
    const text = 'Thượng tá Lê Văn Quang, Trưởng PC08 Công an tỉnh Bình Dương cho biết.';
    const o = one(text);
    expect(brief(o)).toEqual({ name: 'Lê Văn Quang', rank: 'Thượng tá', honorific: null, positions: ['Trưởng Phòng Cảnh sát giao thông Công an tỉnh Bình Dương'], province: 'Bình Dương' });
    expect(o.mentions).toEqual([span(text, 'Thượng tá Lê Văn Quang, Trưởng PC08 Công an tỉnh Bình Dương')]);
    expect(one('Thượng tá Lê Văn Quang, Phó Trưởng PC02 cho biết.').positions).toEqual(['Phó Trưởng Phòng Cảnh sát hình sự']);
    // A code the reference does not state stays as written.
    expect(one('Thượng tá Lê Văn Quang, Trưởng PC05 cho biết.').positions).toEqual(['Trưởng PC05']);
  });
});

describe('official/position-before: on whose behalf, and with no comma', () => {
  it('"Thay mặt …" names on whose behalf he acts, not his post, in any case', () => {
    for (const lead of ['Thay mặt', 'thay mặt', 'Thừa ủy quyền', 'Thừa lệnh', 'Thay mặt cho']) {
      const text = `${lead} Chủ tịch nước, Trung tướng Nguyễn Văn Sơn trao Huân chương cho đơn vị.`;
      const o = one(text);
      expect(brief(o), lead).toEqual({ name: 'Nguyễn Văn Sơn', rank: 'Trung tướng', honorific: null, positions: [], province: null });
      expect(o.mentions, lead).toEqual([span(text, 'Trung tướng Nguyễn Văn Sơn')]);
      expect(o.foundBy, lead).toEqual([{ rule: 'official/rank-name', match: 'exact' }]);
    }
    // Without such a word the post before the comma is his.
    expect(one('Thứ trưởng Bộ Công an, Trung tướng Nguyễn Văn Sơn trao Huân chương.').positions).toEqual(['Thứ trưởng Bộ Công an']);
  });

  it('"position RANK NAME" with no comma, the acting head abbreviated "Q.GĐ"', () => {
    for (const abbr of ['Q.GĐ', 'Q. GĐ']) {
      const text = `${abbr} CA tỉnh Bắc Ninh Đại tá Phạm Văn Nam phát biểu.`;
      const o = one(text);
      expect(brief(o), abbr).toEqual({ name: 'Phạm Văn Nam', rank: 'Đại tá', honorific: null, positions: ['Quyền Giám đốc Công an tỉnh Bắc Ninh'], province: 'Bắc Ninh' });
      expect(o.mentions, abbr).toEqual([span(text, `${abbr} CA tỉnh Bắc Ninh Đại tá Phạm Văn Nam`)]);
      expect(o.foundBy, abbr).toEqual([{ rule: 'official/rank-name', match: 'exact' }, { rule: 'official/position-before', match: 'alias' }]);
    }
    expect(one('Phó Giám đốc Công an tỉnh Đại tá Lê Văn An dự lễ.').positions).toEqual(['Phó Giám đốc Công an tỉnh']);
    // A verb between the post and the rank: the post is someone else's.
    expect(one('Giám đốc Công an tỉnh tặng Giấy khen Đại tá Lê Văn An.').positions).toEqual([]);
  });
});

describe('held-out defects: one-word and long names, foreign posts, personas, HĐND delegates, verbs after a unit', () => {
  it('a one-word name after a rank or "đồng chí" when clearly a name (K\'Brơi)', () => {
    const text = "Thượng tá K'Brơi, Phó Giám đốc Công an tỉnh Lâm Đồng dự hội nghị.";
    const o = one(text);
    expect(brief(o)).toEqual({ name: "K'Brơi", rank: 'Thượng tá', honorific: null, positions: ['Phó Giám đốc Công an tỉnh Lâm Đồng'], province: 'Lâm Đồng' });
    expect(o.mentions).toEqual([span(text, "Thượng tá K'Brơi, Phó Giám đốc Công an tỉnh Lâm Đồng")]);
    expect(brief(one("Đồng chí K'Brơi, Phó Giám đốc Công an tỉnh Lâm Đồng dự hội nghị."))).toEqual({ name: "K'Brơi", rank: null, honorific: 'đồng chí', positions: ['Phó Giám đốc Công an tỉnh Lâm Đồng'], province: 'Lâm Đồng' });
    const { officials } = read("Dự hội nghị có Đại tá Nguyễn Văn An và Thượng tá K'Brơi.");
    expect(officials.map(brief)).toEqual([
      { name: 'Nguyễn Văn An', rank: 'Đại tá', honorific: null, positions: [], province: null },
      { name: "K'Brơi", rank: 'Thượng tá', honorific: null, positions: [], province: null },
    ]);
    // A unit or a lone Vietnamese syllable with no post is no name.
    expect(read('Thượng tá Công an tỉnh dự hội nghị.').officials).toEqual([]);
    expect(read('Thượng tá Hùng dự hội nghị.').officials).toEqual([]);
  });

  it('"Tỉnh trưởng" and a Lao minister with a long name', () => {
    const text = 'Dự hội đàm có ông Xổm Phết Xay Nha, Phó Tỉnh trưởng tỉnh Hủa Phăn.';
    expect(brief(one(text))).toEqual({ name: 'Xổm Phết Xay Nha', rank: null, honorific: 'ông', positions: ['Phó Tỉnh trưởng tỉnh Hủa Phăn'], province: null });
    const o = one('Bộ trưởng Bộ An ninh Lào Vi Lay Lạ Khăm Phoong phát biểu tại hội đàm.');
    expect(brief(o)).toEqual({ name: 'Vi Lay Lạ Khăm Phoong', rank: null, honorific: null, positions: ['Bộ trưởng Bộ An ninh Lào'], province: null });
  });

  it('names of six or seven syllables after an honorific or a rank', () => {
    expect(brief(one('ông Phết Sa Vẳn Phôm Ma Chắc, Phó Chủ tịch UBND tỉnh Sơn La.'))).toEqual({ name: 'Phết Sa Vẳn Phôm Ma Chắc', rank: null, honorific: 'ông', positions: ['Phó Chủ tịch Ủy ban nhân dân tỉnh Sơn La'], province: 'Sơn La' });
    expect(brief(one('Đại tá Phết Sa Vẳn Phôm Ma Chắc, Giám đốc Công an tỉnh Sơn La.'))).toEqual({ name: 'Phết Sa Vẳn Phôm Ma Chắc', rank: 'Đại tá', honorific: null, positions: ['Giám đốc Công an tỉnh Sơn La'], province: 'Sơn La' });
  });

  it('a person someone pretends to be is no official', () => {
    for (const cue of ['giả danh', 'mạo danh', 'tự xưng là', 'giả làm']) {
      expect(read(`Các đối tượng ${cue} Thiếu tá Trần Minh Đức, cán bộ Công an quận Hải Châu gọi điện cho bị hại.`).officials, cue).toEqual([]);
    }
    expect(one('Thiếu tá Trần Minh Đức, cán bộ Công an quận Hải Châu cho biết.').name).toBe('Trần Minh Đức');
  });

  it('a delegate of the People\'s Council, abbreviated or not', () => {
    for (const head of ['Đại biểu HĐND tỉnh', 'Đại biểu Hội đồng nhân dân tỉnh']) {
      const text = `${head} Trần Thị Mỹ Hạnh đặt câu hỏi cho Giám đốc Sở.`;
      const o = one(text);
      expect(brief(o), head).toEqual({ name: 'Trần Thị Mỹ Hạnh', rank: null, honorific: null, positions: ['Đại biểu Hội đồng nhân dân tỉnh'], province: null });
      expect(o.mentions, head).toEqual([span(text, `${head} Trần Thị Mỹ Hạnh`)]);
    }
    expect(one('Đại biểu Quốc hội Nguyễn Thị Hoa phát biểu.').positions).toEqual(['Đại biểu Quốc hội']);
    // A bare "đại biểu" stays a generic word.
    expect(read('Đại biểu Nguyễn Văn An phát biểu.').officials).toEqual([]);
  });

  it('a position ends at a verb after its unit', () => {
    expect(one('Thượng tá Lê Văn Bình, Thư ký Cụm thông qua dự thảo báo cáo.').positions).toEqual(['Thư ký Cụm']);
    expect(one('Thiếu tá Lê Văn Bình, Phó Trưởng phòng Cảnh sát đường thủy chỉ huy đã tạm giữ phương tiện.').positions).toEqual(['Phó Trưởng phòng Cảnh sát đường thủy']);
    expect(one('Đại úy Lê Văn Bình, Đội trưởng Đội Cảnh sát giao thông tạm giữ xe.').positions).toEqual(['Đội trưởng Đội Cảnh sát giao thông']);
    // A unit word is kept as written; "chỉ huy" inside it is no verb.
    expect(one('Trung tá Lê Văn Bình, Chính trị viên Ban chỉ huy Quân sự huyện dự lễ.').positions).toEqual(['Chính trị viên Ban chỉ huy Quân sự huyện']);
  });
});

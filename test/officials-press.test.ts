/**
 * Officials in the shapes of real crawled press (issue 10): one describe per shape, invented
 * sentences of that shape, and the traps beside each (what must not be read).
 */
import { describe, expect, it } from 'vitest';
import { extractOfficials, makeContext } from './helpers/context.js';
import type { Official } from '../src/record/schema.js';

function read(text: string) {
  const ctx = makeContext(text);
  const officials = extractOfficials(ctx);
  for (const o of officials) for (const m of o.mentions) expect(ctx.text.slice(m.start, m.end)).toBe(m.text);
  return { ctx, officials };
}

const names = (text: string): string[] => read(text).officials.map((o) => o.name);
const brief = (o: Official) => ({ name: o.name, rank: o.rank, positions: o.positions });
const briefs = (text: string) => read(text).officials.map(brief);
const rules = (text: string): string[] => read(text).officials.flatMap((o) => o.foundBy.map((f) => f.rule));

describe('a post before a two-syllable name', () => {
  it('after "tỉnh" a run that is no province is the person', () => {
    expect(briefs('Phó Chủ tịch UBND tỉnh Lê Hòa cho biết mưa lũ đã gây thiệt hại lớn.')).toEqual([
      { name: 'Lê Hòa', rank: null, positions: ['Phó Chủ tịch Ủy ban nhân dân tỉnh'] },
    ]);
    expect(names('Chủ tịch UBND tỉnh Kon Tum Đào Duy Cường dự lễ khánh thành.')).toEqual(['Đào Duy Cường']);
  });

  it('not a province of an older map, nor a city after "TP"', () => {
    expect(names('Năm 1985, Chủ tịch UBND tỉnh Hà Bắc đã ký quyết định thành lập trường.')).toEqual([]);
    expect(names('Chủ tịch UBND TP Cao Lãnh cho biết dự án đã hoàn thành đúng hạn.')).toEqual([]);
    // A province with a misplaced mark is still the province.
    expect(names('Phó Chủ tịch UBND tỉnh Hà Tỉnh cho biết.')).toEqual([]);
  });
});

describe('a long unit name between the post and the name', () => {
  it('reads the unit through to the name', () => {
    expect(briefs('Phó Trưởng Ban Quản lý Khu Công nghệ cao TP Trần Văn Lực cho biết dự án đang triển khai.')).toEqual([
      { name: 'Trần Văn Lực', rank: null, positions: ['Phó Trưởng ban Quản lý Khu Công nghệ cao thành phố'] },
    ]);
    expect(names('Trưởng ban Quản lý dự án giao thông Phạm Đức Toàn giải thích thêm.')).toEqual(['Phạm Đức Toàn']);
  });

  it('a one-word short name after a post stands only where the phrase ends', () => {
    // "Thứ trưởng Hải nói": a short name, joined to the full name given before.
    const { officials } = read('Thứ trưởng Bộ Công an, Trung tướng Nguyễn Văn Hải dự. Thứ trưởng Hải nói thêm về kế hoạch.');
    expect(officials.map((o) => [o.name, o.mentions.length])).toEqual([['Nguyễn Văn Hải', 2]]);
  });
});

describe('apposition after the name', () => {
  it('a dash glued to the name', () => {
    expect(briefs('Sáng 4/7, ông Đinh Châu- Phó Chủ tịch UBND tỉnh Quảng Ngãi khẳng định sẽ xử lý nghiêm.')).toEqual([
      { name: 'Đinh Châu', rank: null, positions: ['Phó Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi'] },
    ]);
  });

  it('a birth date before the post, and a second post after "giữ chức"', () => {
    expect(briefs('UBND tỉnh quyết định bổ nhiệm ông Vương Quốc Khải, sinh ngày 12/8/1971, nguyên Phó Giám đốc Trung tâm Khuyến nông, giữ chức Giám đốc Sở Nông nghiệp.')).toEqual([
      { name: 'Vương Quốc Khải', rank: null, positions: ['nguyên Phó Giám đốc Trung tâm Khuyến nông', 'Giám đốc Sở Nông nghiệp'] },
    ]);
    expect(names('Ông Lương Văn Tý, sinh năm 1965, Chủ tịch UBND xã Tân Lập cho biết.')).toEqual(['Lương Văn Tý']);
  });

  it('a bracket of details, then the post after a dash or a comma', () => {
    expect(briefs('Công an tỉnh đã bắt Hồ Văn Quyết (trú tại TP. Vinh, tỉnh Nghệ An) - Giám đốc Công ty TNHH Du lịch Sao Mai vì lừa đảo.')).toEqual([
      { name: 'Hồ Văn Quyết', rank: null, positions: ['Giám đốc Công ty TNHH Du lịch Sao Mai'] },
    ]);
    expect(names('Cơ quan điều tra đã bắt ông Tạ Minh Hiếu (40 tuổi, ở phường Quang Trung, TP Hà Giang), Trưởng ban Bạn đọc Báo Tin Nhanh khi đang nhận tiền.')).toEqual(['Tạ Minh Hiếu']);
  });

  it('a bracket of details with no post after it gives nothing', () => {
    expect(names('Anh Đỗ Văn Lâm (30 tuổi, trú tại Hà Nội), tài xế xe tải, cho biết xe bị hỏng phanh.')).toEqual([]);
    // The post after the second bracket is the second person's.
    expect(names('Bắt Đặng Văn Tú (SN 1990, trú tại Nam Định), Cao Văn Thái (SN 1992), Giám đốc Công ty Phú Gia.')).toEqual(['Cao Văn Thái']);
  });

  it('a rank, former or not, in apposition is the rank', () => {
    expect(briefs('Bị cáo Hà Văn Toản (nguyên trung tá, điều tra viên cao cấp Công an tỉnh Long An) bị tuyên phạt 5 năm tù.')).toEqual([
      { name: 'Hà Văn Toản', rank: 'Trung tá', positions: ['Điều tra viên cao cấp Công an tỉnh Long An'] },
    ]);
    expect(briefs('Ông Lý Văn Sang, nguyên Thượng tá, cán bộ Công an huyện bị khởi tố.')).toEqual([
      { name: 'Lý Văn Sang', rank: 'Thượng tá', positions: ['cán bộ Công an huyện'] },
    ]);
    expect(briefs('Nguyên trung tá Nghiêm Văn Hòa bị khởi tố.')).toEqual([{ name: 'Nghiêm Văn Hòa', rank: 'Trung tá', positions: [] }]);
  });

  it('a rank after the comma that introduces another person is that person\'s', () => {
    expect(briefs('Dự có ông Triệu Văn Thắng, Đại tá Mạc Văn Lâm và nhiều đồng chí khác.')).toEqual([{ name: 'Mạc Văn Lâm', rank: 'Đại tá', positions: [] }]);
  });
});

describe('posts written with abbreviations or in business', () => {
  it('"Chánh TTGT", "Phó chánh TTGT", "Chánh tòa"', () => {
    expect(briefs('Ông Lưu Văn Nghĩa, Chánh TTGT Quảng Nam thông báo các vi phạm.')).toEqual([
      { name: 'Lưu Văn Nghĩa', rank: null, positions: ['Chánh Thanh tra giao thông Quảng Nam'] },
    ]);
    expect(names('Ông Tăng Văn Hoàng, Phó chánh TTGT Đà Nẵng cho hay đơn vị đã xử phạt.')).toEqual(['Tăng Văn Hoàng']);
    expect(names('Bà Trịnh Thị Mai, Chánh tòa Hình sự TAND tỉnh, cho rằng vụ án phức tạp.')).toEqual(['Trịnh Thị Mai']);
  });

  it('"Kế toán trưởng", "Chủ tịch HĐQT" of a company', () => {
    expect(briefs('Khởi tố Bạch Văn Nam, Kế toán trưởng Công ty May Hòa Bình; Lã Văn Định, nguyên Chủ tịch HĐQT Công ty May Hòa Bình.')).toEqual([
      { name: 'Bạch Văn Nam', rank: null, positions: ['Kế toán trưởng Công ty May Hòa Bình'] },
      { name: 'Lã Văn Định', rank: null, positions: ['nguyên Chủ tịch Hội đồng quản trị Công ty May Hòa Bình'] },
    ]);
  });

  it('"chủ tiệm" (a shop\'s owner) is no misspelt "Chủ nhiệm"', () => {
    expect(names('Tài sản được bán cho ông Huỳnh Văn Tâm, 45 tuổi, chủ tiệm điện thoại ở quận 5.')).toEqual([]);
  });
});

describe('foreign, Korean and rare names', () => {
  it('initials inside a foreign name', () => {
    expect(names('Tổng thống John F. Kennedy bị ám sát năm 1963.')).toEqual(['John F. Kennedy']);
    expect(names('Phó Thủ tướng Nga Sergei A.Ivanov thăm Hà Nội.')).toEqual(['Sergei A.Ivanov']);
  });

  it('Korean names with a hyphen, the second part in either case', () => {
    expect(names('Phó Chủ tịch Triều Tiên Kim Yong-Chol đã tới New York.')).toEqual(['Kim Yong-Chol']);
    expect(names('Tổng thống Hàn Quốc Moon Jae-in phát biểu tại lễ khai mạc.')).toEqual(['Moon Jae-in']);
  });

  it('rare family names', () => {
    expect(names('Thứ trưởng Uông Chu Lưu phát biểu tại hội nghị.')).toEqual(['Uông Chu Lưu']);
    expect(names('Phó Chủ tịch UBND tỉnh Thân Văn Khoa dự hội nghị.')).toEqual(['Thân Văn Khoa']);
    expect(names('Giám đốc Sở Y tế Khổng Minh Tuấn cho biết.')).toEqual(['Khổng Minh Tuấn']);
    expect(names('Phó Giám đốc Sở Tư pháp Khuất Văn Duy cho biết.')).toEqual(['Khuất Văn Duy']);
  });

  it('a name written in capitals after a lead that is not', () => {
    expect(briefs('(Theo Đại tá HOÀNG TIẾN LỢI, Phó Cục trưởng Cục Cảnh sát hình sự)')).toEqual([
      { name: 'Hoàng Tiến Lợi', rank: 'Đại tá', positions: ['Phó Cục trưởng Cục Cảnh sát hình sự'] },
    ]);
    // A headline all in capitals is no name.
    expect(names('ĐẠI TÁ HOÀNG TIẾN LỢI PHÁT BIỂU TẠI HỘI NGHỊ')).toEqual([]);
  });
});

describe('a name stops where a crawl lost a line break', () => {
  it('a foreign name before a Vietnamese sentence', () => {
    expect(briefs('Giám đốc CIA Gina Haspel Ứng viên tiếp theo cho vị trí này là một cựu nghị sĩ.')).toEqual([
      { name: 'Gina Haspel', rank: null, positions: ['Giám đốc CIA'] },
    ]);
  });

  it('a word that opens a sentence, or a word of time before a number', () => {
    expect(names('Đồng chí Lê Văn Tám Năm 1945, khi mới 18 tuổi đồng chí Lê Văn Tám đã tham gia.')).toEqual(['Lê Văn Tám']);
    expect(names('Thượng tá Đoàn Minh Quân Theo báo cáo, tình hình đã ổn định.')).toEqual(['Đoàn Minh Quân']);
    // Alone, a word of time may be a given name.
    expect(names('Đồng chí Nguyễn Văn Năm, Trưởng Công an xã cho biết.')).toEqual(['Nguyễn Văn Năm']);
    expect(names('Ông Phạm Văn Các, Chủ tịch UBND xã cho biết.')).toEqual(['Phạm Văn Các']);
  });
});

describe('a post stops before the verb', () => {
  it('before the next sentence run into it', () => {
    expect(briefs('Đại tá Bùi Văn Hải, Phó Giám đốc Công an tỉnh Hà Tĩnh Sáng 4/6, đoàn công tác đã tới hiện trường.')).toEqual([
      { name: 'Bùi Văn Hải', rank: 'Đại tá', positions: ['Phó Giám đốc Công an tỉnh Hà Tĩnh'] },
    ]);
  });

  it('after its province, a lower-case word is the sentence going on', () => {
    expect(briefs('Đại tá Phan Văn Bình, Giám đốc Công an tỉnh Hà Tĩnh cảm ơn sự quan tâm của lãnh đạo Bộ.')).toEqual([
      { name: 'Phan Văn Bình', rank: 'Đại tá', positions: ['Giám đốc Công an tỉnh Hà Tĩnh'] },
    ]);
  });
});

describe('official/deputy', () => {
  it('a deputy with the delegation or a post', () => {
    expect(briefs('ĐB Lê Thị Nga (đoàn Thái Nguyên) chất vấn Bộ trưởng.')).toEqual([{ name: 'Lê Thị Nga', rank: null, positions: ['Đại biểu đoàn Thái Nguyên'] }]);
    expect(briefs('Đại biểu Ngô Đức Sáu, nguyên Chánh tòa Hình sự TAND TP HCM cho rằng cần xử nghiêm.')).toEqual([
      { name: 'Ngô Đức Sáu', rank: null, positions: ['Đại biểu', 'nguyên Chánh tòa Hình sự Tòa án nhân dân Thành phố Hồ Chí Minh'] },
    ]);
    expect(rules('đại biểu Trương Thị Hoa (đoàn Bắc Giang) cho biết.')).toEqual(['official/deputy']);
    expect(names('Đại biểu Quốc hội Đặng Thị Lan phát biểu.')).toEqual(['Đặng Thị Lan']);
  });

  it('a delegate attending, named with no post, is not an official', () => {
    expect(names('Đại biểu Nguyễn Văn An cho rằng cần sửa luật.')).toEqual([]);
    expect(names('Các đại biểu Trần Văn Bảy, Lê Văn Tư đã phát biểu.')).toEqual([]);
    expect(names('Ông Nguyễn Văn An, đại biểu dự hội nghị, phát biểu.')).toEqual([]);
  });
});

describe('official/comrade-list', () => {
  it('"đồng chí A, B, C": each is an official', () => {
    const { officials } = read('Tổ gồm 3 thành viên là: đồng chí Phan Văn Tuấn, Nguyễn Văn Thỏa, Đào Văn Tiến.');
    expect(officials.map((o) => [o.name, o.honorific, o.foundBy[0]!.rule])).toEqual([
      ['Phan Văn Tuấn', 'đồng chí', 'official/comrade-list'],
      ['Nguyễn Văn Thỏa', 'đồng chí', 'official/comrade-list'],
      ['Đào Văn Tiến', 'đồng chí', 'official/comrade-list'],
    ]);
  });

  it('"các đồng chí: A, B, C…", two-syllable names and "và" included', () => {
    expect(names('Ông hoạt động cùng các đồng chí: Lê Duẩn, Phạm Hùng, Mai Chí Thọ và Trần Xuân Độ…, rồi được phân công về Nam.')).toEqual([
      'Lê Duẩn', 'Phạm Hùng', 'Mai Chí Thọ', 'Trần Xuân Độ',
    ]);
  });

  it('the last name keeps the post after it; a post after the first is an apposition', () => {
    expect(briefs('Tiếp đoàn có đồng chí Vũ Văn Hà, Lê Thị Thu, Phó Chủ tịch UBND tỉnh.')).toEqual([
      { name: 'Vũ Văn Hà', rank: null, positions: [] },
      { name: 'Lê Thị Thu', rank: null, positions: ['Phó Chủ tịch Ủy ban nhân dân tỉnh'] },
    ]);
    expect(rules('Đồng chí Vũ Văn Hà, Bí thư Tỉnh ủy, Trần Văn Bình, Chủ tịch UBND tỉnh.')).toEqual(['official/honorific-name', 'official/name-position']);
  });

  it('a place after the name ends the list', () => {
    expect(names('Đồng chí Nguyễn Văn Hiếu, Hà Nội và các tỉnh bạn đã đóng góp nhiều.')).toEqual(['Nguyễn Văn Hiếu']);
  });
});

describe('official/position-list', () => {
  it('a post after a plural, then names: staff of an institute', () => {
    expect(briefs('Lãnh đạo Viện gồm: Viện trưởng Lâm Văn Đạt; các Phó Viện trưởng Triệu Văn Bình, Lê Văn Cường.')).toEqual([
      { name: 'Lâm Văn Đạt', rank: null, positions: ['Viện trưởng'] },
      { name: 'Triệu Văn Bình', rank: null, positions: ['Phó Viện trưởng'] },
      { name: 'Lê Văn Cường', rank: null, positions: ['Phó Viện trưởng'] },
    ]);
    expect(names('Hai Phó Chủ tịch UBND tỉnh Trần Văn Bảo và Lê Văn Châu cùng dự.')).toEqual(['Trần Văn Bảo', 'Lê Văn Châu']);
  });

  it('a post before a colon, ranks allowed before the names', () => {
    expect(briefs('Các Phó Giám đốc Công an tỉnh: Đại tá Đỗ Văn Bình, Thượng tá Lê Văn Chung.')).toEqual([
      { name: 'Đỗ Văn Bình', rank: 'Đại tá', positions: ['Phó Giám đốc Công an tỉnh'] },
      { name: 'Lê Văn Chung', rank: 'Thượng tá', positions: ['Phó Giám đốc Công an tỉnh'] },
    ]);
  });

  it('"gồm:" before the list, and each name\'s own posts kept', () => {
    expect(briefs('Các phó giám đốc gồm: đại tá Hà Văn Bảo (nguyên Giám đốc Công an tỉnh Đắk Nông), thượng tá Võ Đức Tín.')).toEqual([
      { name: 'Hà Văn Bảo', rank: 'Đại tá', positions: ['Phó Giám đốc', 'nguyên Giám đốc Công an tỉnh Đắk Nông'] },
      { name: 'Võ Đức Tín', rank: 'Thượng tá', positions: ['Phó Giám đốc'] },
    ]);
  });

  it('without a plural or a colon, a name after "và" is not given the post', () => {
    expect(names('Phó Chủ tịch UBND tỉnh Trần Văn Bảo và ông Lê Văn Châu cùng dự.')).toEqual(['Trần Văn Bảo']);
  });
});

describe('not official names', () => {
  it('a bare given name or an initial, whatever follows', () => {
    expect(names('Ông Bình (nguyên Phó Cục trưởng Cục CSĐT) nói cứ thực hiện.')).toEqual([]);
    expect(names('Trung úy H., nạn nhân của vụ đập phá nhà, cho biết.')).toEqual([]);
    expect(names('Đồng chí Hùng, Phó Giám đốc Công an tỉnh phát biểu.')).toEqual([]);
  });

  it('the given name joins the one full name the article gives', () => {
    const { officials } = read('Thiếu tướng Lò Văn Bình, Cục trưởng Cục Cảnh sát điều tra dự. Ông Bình (Cục trưởng) cho biết thêm.');
    expect(officials.map((o) => [o.name, o.mentions.length])).toEqual([['Lò Văn Bình', 2]]);
  });

  it('professions without a post', () => {
    expect(names('Luật sư Nguyễn Văn Kiên - Luật sư Văn phòng Luật sư Phạm Sơn cho biết.')).toEqual([]);
    expect(names('Bác sĩ Nguyễn Văn An cho biết bệnh nhân đã qua cơn nguy kịch.')).toEqual([]);
    expect(names('Cán bộ Nguyễn Văn Cường đã có mặt tại hiện trường.')).toEqual([]);
  });
});

describe('deputies, glosses and misspelt posts before a name', () => {
  it('a deputy with the province alone in brackets is a deputy; the gloss "(ĐB)" is read through', () => {
    expect(briefs('Đại biểu Hoàng Văn Thịnh (Hà Tĩnh) cho rằng quy định còn chưa rõ.')).toEqual([
      { name: 'Hoàng Văn Thịnh', rank: null, positions: ['Đại biểu Hà Tĩnh'] },
    ]);
    expect(names('Đại biểu (ĐB) Trần Thị Hoa (Lạng Sơn) đề nghị làm rõ thêm.')).toEqual(['Trần Thị Hoa']);
    // a delegate attending, with no delegation and no post, stays no official
    expect(names('Đại biểu Trần Văn Lâm cùng nhiều người dân đã dự buổi lễ.')).toEqual([]);
    // a bracket that is not the post's initials is not read through
    expect(names('Đại biểu (XYZ) Trần Thị Hoa (Lạng Sơn) đề nghị làm rõ thêm.')).toEqual([]);
  });

  it('a post misspelt by a mark is read before the name, its prefix too, and the nearest spelling wins', () => {
    expect(briefs('Sau đó, Phó thủ tưởng Lê Minh Đạt đã đăng đàn giải trình.')).toEqual([
      { name: 'Lê Minh Đạt', rank: null, positions: ['Phó Thủ tướng'] },
    ]);
    expect(briefs('Sau đó, Giám đôc Lê Minh Đạt đã phát biểu.')).toEqual([{ name: 'Lê Minh Đạt', rank: null, positions: ['Giám đốc'] }]);
    // a word that differs by a letter and more is another word, not a misspelt post
    expect(names('Sau đó, chủ tiệm Lê Minh Đạt đã trình báo công an.')).toEqual([]);
  });
});

describe('what stands between a post and its name, or a name and its post', () => {
  it('a spaced ampersand inside a ministry name', () => {
    expect(briefs('Thứ trưởng Bộ Văn hóa & Thể thao Đỗ Văn Chiến yêu cầu rà soát lại.')).toEqual([
      { name: 'Đỗ Văn Chiến', rank: null, positions: ['Thứ trưởng Bộ Văn hóa & Thể thao'] },
    ]);
  });

  it('where the unit is, in brackets, between the post and the name', () => {
    expect(names('Trưởng công an xã Hòa Lạc (huyện Thạch Thất, TP Hà Nội) Phùng Văn Tĩnh cho biết, vụ việc xảy ra tối qua.')).toEqual(['Phùng Văn Tĩnh']);
    // a bracket of something else does not join a post to a name
    expect(names('Trưởng công an xã Hòa Lạc (theo báo cáo mới) Phùng Văn Tĩnh cho biết.')).toEqual([]);
  });

  it('an age and a residence between a suspect and the post the suspect holds', () => {
    expect(briefs('Cơ quan điều tra đã khởi tố Đỗ Quang Vinh (41 tuổi), trú ở huyện Kim Bôi, Hòa Bình, Giám đốc Công ty TNHH Xây dựng Minh Tâm.')).toEqual([
      { name: 'Đỗ Quang Vinh', rank: null, positions: ['Giám đốc Công ty TNHH Xây dựng Minh Tâm'] },
    ]);
    // a residence with no post after it: a citizen, no official
    expect(names('Công an đã bắt Đỗ Quang Vinh, trú tại xã Hợp Thịnh, huyện Kỳ Sơn, tỉnh Hòa Bình, nghề nghiệp lái xe.')).toEqual([]);
  });

  it('two names joined by "và", then two posts joined by "và": each holds its own', () => {
    expect(briefs('Hội đồng xét xử tuyên án các bị cáo; Lưu Thị Mai và Hà Văn Quế, nguyên Giám đốc và Phó Giám đốc Công ty Sao Việt.')).toEqual([
      { name: 'Lưu Thị Mai', rank: null, positions: ['nguyên Giám đốc'] },
      { name: 'Hà Văn Quế', rank: null, positions: ['nguyên Giám đốc', 'Phó Giám đốc Công ty Sao Việt'] },
    ]);
    // one post after two names says nothing sure of the first
    expect(names('Công an đã bắt Lưu Văn Mạnh và Hà Thị Quế, Giám đốc Công ty Hoàng Long.')).toEqual(['Hà Thị Quế']);
  });

  it('a post just left ("thôi giữ chức") is the person\'s stated office', () => {
    expect(briefs('Bộ Chính trị đã phân công ông Triệu Văn Khang thôi giữ chức Bí thư Tỉnh ủy, về nhận công tác mới.')).toEqual([
      { name: 'Triệu Văn Khang', rank: null, positions: ['Bí thư Tỉnh ủy'] },
    ]);
  });
});

describe('a company named like a person', () => {
  it('the run right after "Công ty" is the company, unless a person\'s name follows in the same run', () => {
    expect(briefs('Ông Trần Văn Bình, Giám đốc Công ty Hoàng Long cho biết.')).toEqual([
      { name: 'Trần Văn Bình', rank: null, positions: ['Giám đốc Công ty Hoàng Long'] },
    ]);
    expect(names('Giám đốc Công ty Hoàng Long cho biết doanh thu tăng.')).toEqual([]);
    expect(names('Giám đốc Công ty Hoàng Long Nguyễn Văn An cho biết.')).toEqual(['Nguyễn Văn An']);
  });
});

describe('held-out round shapes', () => {
  it('in an article about an assembly session, a bare "ĐB" before a name is a deputy', () => {
    expect(names('Tại phiên chất vấn của Quốc hội, ĐB Trần Văn Hiển đã chất vấn Bộ trưởng về vụ án.')).toEqual(['Trần Văn Hiển']);
    expect(names('Đại biểu Trần Văn Hiển cùng nhiều người dân đã dự lễ khánh thành cây cầu.')).toEqual([]);
  });

  it('a dash glued to the post before the name it introduces', () => {
    expect(briefs('Hôm qua, Chủ tịch UBND tỉnh Long An- Cao Văn Lực đã thưởng nóng cho Công an tỉnh.')).toEqual([
      { name: 'Cao Văn Lực', rank: null, positions: ['Chủ tịch Ủy ban nhân dân tỉnh Long An'] },
    ]);
  });

  it('"Ông" after a lost line break opens the next sentence, not the name before it', () => {
    expect(names('Tỉnh chỉ đạo khởi kiện công ty Thành Nam Dương Ông Lê Chí Công, Phó Chủ tịch UBND huyện cho rằng việc này đúng.')).toEqual(['Lê Chí Công']);
  });
});

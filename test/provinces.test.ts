import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { makeContext, rawContext, extractProvinces, provinceResult, type TestView } from './helpers/context.js';
import { provinces as provinceRecogniser } from '../src/extract/provinces/index.js';

const provinceRules = provinceRecogniser.rules;
const names = (ctx: TestView) => extractProvinces(ctx).map((p) => p.name);
/** The province a phrase names, as officials ask it (the article date decides the code). */
const provinceInPhrase = (phrase: string, publishedAt: string | null) => provinceResult(rawContext('', publishedAt)).inPhrase(phrase);
const one = (text: string, publishedAt: string | null = null) => {
  const ctx = makeContext(text, { publishedAt });
  const list = extractProvinces(ctx);
  expect(list, text).toHaveLength(1);
  return { ctx, p: list[0]! };
};
const spanOf = (text: string, sub: string, from = 0) => {
  const start = text.indexOf(sub, from);
  expect(start, sub).toBeGreaterThanOrEqual(0);
  return { start, end: start + sub.length, text: sub };
};

describe('province/name', () => {
  it('reads a short name inside an organisation name, with its span, code and 2025 unit', () => {
    const { ctx, p } = one('Đại tá Hồ Văn Tứ, PGĐ Công an tỉnh Nghệ An, trình bày báo cáo.');
    expect(p).toEqual({
      name: 'Nghệ An', code: '40', since2025: 'Nghệ An',
      mentions: [spanOf(ctx.text, 'Nghệ An')],
      foundBy: [{ rule: 'province/name', match: 'exact' }],
    });
  });

  it('accepts either tone-mark placement and reports the gold style', () => {
    const ctx = rawContext('Công an tỉnh Thanh Hoá và Công an tỉnh Thanh Hóa; tỉnh Hoà Bình; Khánh Hoà.');
    const list = extractProvinces(ctx);
    expect(list.map((p) => [p.name, p.code, p.mentions.map((m) => m.text)])).toEqual([
      ['Thanh Hóa', '38', ['Thanh Hoá', 'Thanh Hóa']],
      ['Hòa Bình', '17', ['Hoà Bình']],
      ['Khánh Hòa', '56', ['Khánh Hoà']],
    ]);
    expect(list[0]!.mentions[0]).toEqual(spanOf(ctx.text, 'Thanh Hoá'));
  });

  it('reads capitals in headlines', () => {
    expect(names(makeContext('CÔNG AN TỈNH NGHỆ AN TỔNG KẾT NĂM'))).toEqual(['Nghệ An']);
  });

  it('reads provincial cities, party and government bodies, and facilities named after the province', () => {
    expect(names(makeContext('Công an TP Hà Tĩnh và Công an TP Thanh Hóa phối hợp.'))).toEqual(['Hà Tĩnh', 'Thanh Hóa']);
    expect(names(makeContext('Tỉnh ủy Nghệ An, UBND tỉnh Gia Lai và nhà máy thủy điện Sơn La.'))).toEqual(['Nghệ An', 'Gia Lai', 'Sơn La']);
  });

  it('reads every unit of a list of police units (seed 003)', () => {
    const ctx = makeContext('Cụm thi đua số 5-BCA gồm Công an các đơn vị: Thanh Hoá, Nghệ An, Hà Tĩnh, Quảng Bình, Quảng Trị và Thừa Thiên Huế.');
    const list = extractProvinces(ctx);
    expect(list.map((p) => [p.name, p.code, p.since2025])).toEqual([
      ['Thanh Hóa', '38', 'Thanh Hóa'], ['Nghệ An', '40', 'Nghệ An'], ['Hà Tĩnh', '42', 'Hà Tĩnh'],
      ['Quảng Bình', '44', 'Quảng Trị'], ['Quảng Trị', '45', 'Quảng Trị'], ['Thừa Thiên Huế', '46', 'Huế'],
    ]);
    expect(list[5]!.mentions).toEqual([spanOf(ctx.text, 'Thừa Thiên Huế')]);
  });

  it('reads both halves of "Quảng Nam Đà Nẵng"', () => {
    expect(names(makeContext('Công an Quảng Nam Đà Nẵng cũ.'))).toEqual(['Quảng Nam', 'Đà Nẵng']);
  });

  it('reads bare "Huế" as Thừa Thiên Huế before 2025', () => {
    const { p } = one('Đoàn công tác đến Huế ngày 5/6.', '2020-06-05');
    expect([p.name, p.code, p.since2025]).toEqual(['Thừa Thiên Huế', '46', 'Huế']);
  });
});

describe('province/not-capitalised', () => {
  it('does not invent Nam Định from "năm Đinh Dậu" nor Hòa Bình from "hòa bình"', () => {
    expect(names(makeContext('Tết năm Đinh Dậu, nhân dân sống trong hòa bình, long an cư lạc nghiệp.'))).toEqual([]);
  });

  it('checks tone marks even when the case fits ("Năm Đinh Dậu" opening a sentence, a headline)', () => {
    expect(names(makeContext('Năm Đinh Dậu 2017. NĂM ĐINH DẬU'))).toEqual([]);
    expect(names(makeContext('Năm Định'))).toEqual([]);
  });
});

describe('province/variant', () => {
  it.each([
    ['Công an TP.HCM triệt phá', 'TP.HCM'],
    ['Công an TP HCM triệt phá', 'TP HCM'],
    ['Công an TPHCM triệt phá', 'TPHCM'],
    ['Công an TP. HCM triệt phá', 'TP. HCM'],
    ['Tp.HCM đón khách', 'Tp.HCM'],
    ['người dân Sài Gòn', 'Sài Gòn'],
    ['HCMC police', 'HCMC'],
  ])('%s → Hồ Chí Minh', (text, form) => {
    const { ctx, p } = one(text);
    expect([p.name, p.code, p.since2025]).toEqual(['Hồ Chí Minh', '79', 'Hồ Chí Minh']);
    expect(p.mentions).toEqual([spanOf(ctx.text, form)]);
    expect(p.foundBy).toEqual([{ rule: 'province/variant', match: 'alias' }]);
  });

  it.each([
    ['Công an TT-Huế', 'TT-Huế', 'Thừa Thiên Huế'],
    ['Công an TT Huế', 'TT Huế', 'Thừa Thiên Huế'],
    ['tỉnh Thừa Thiên - Huế', 'Thừa Thiên - Huế', 'Thừa Thiên Huế'],
    ['tỉnh Thừa Thiên-Huế', 'Thừa Thiên-Huế', 'Thừa Thiên Huế'],
    ['Công an tỉnh BR-VT', 'BR-VT', 'Bà Rịa - Vũng Tàu'],
    ['Công an tỉnh BRVT', 'BRVT', 'Bà Rịa - Vũng Tàu'],
    ['tỉnh Bà Rịa-Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    ['tỉnh Bà Rịa – Vũng Tàu', 'Bà Rịa – Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    ['tỉnh Đắc Lắc', 'Đắc Lắc', 'Đắk Lắk'],
    ['tỉnh Daklak', 'Daklak', 'Đắk Lắk'],
    ['tỉnh Kontum', 'Kontum', 'Kon Tum'],
    ['tỉnh Bắc Cạn', 'Bắc Cạn', 'Bắc Kạn'],
  ])('%s → %s is %s', (text, form, name) => {
    const { ctx, p } = one(text);
    expect(p.name).toBe(name);
    expect(p.mentions).toEqual([spanOf(ctx.text, form)]);
  });

  it('does not read an abbreviation in lower case', () => {
    expect(names(makeContext('mã brvt và tt-huế viết thường'))).toEqual([]);
  });
});

describe('province/prefixed and province/list', () => {
  it.each([
    ['Công an TP Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Thành phố Hồ Chí Minh', 'Hồ Chí Minh'],
    ['tại thành phố Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Công an TP. Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Giám đốc CATP HCM', 'HCM'],
  ])('%s → Hồ Chí Minh', (text, form) => {
    const { ctx, p } = one(text);
    expect(p.name).toBe('Hồ Chí Minh');
    expect(p.mentions).toEqual([spanOf(ctx.text, form)]);
    expect(p.foundBy).toEqual([{ rule: 'province/prefixed', match: form === 'HCM' ? 'alias' : 'exact' }]);
  });

  it('reads "Công an Thủ đô" and "Thủ đô Hà Nội" as Hà Nội', () => {
    const { ctx, p } = one('Lực lượng Công an Thủ đô bảo vệ Thủ đô Hà Nội.');
    expect(p.name).toBe('Hà Nội');
    expect(p.mentions).toEqual([spanOf(ctx.text, 'Thủ đô'), spanOf(ctx.text, 'Hà Nội')]);
  });

  it('reads an unprefixed "Hồ Chí Minh" in a list of provinces', () => {
    const ctx = makeContext('Công an các thành phố Hà Nội, Hồ Chí Minh và Đà Nẵng.');
    const list = extractProvinces(ctx);
    expect(list.map((p) => p.name)).toEqual(['Hà Nội', 'Hồ Chí Minh', 'Đà Nẵng']);
    expect(list[1]!.foundBy).toEqual([{ rule: 'province/list', match: 'exact' }]);
    expect(list[1]!.mentions).toEqual([spanOf(ctx.text, 'Hồ Chí Minh')]);
  });

  it.each([
    'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    'tấm gương đạo đức Hồ Chí Minh',
    'Di chúc của Chủ tịch Hồ Chí Minh (1969-2019)',
    'viếng Lăng Chủ tịch Hồ Chí Minh, viếng Lăng Hồ Chí Minh',
    'Đoàn TNCS Hồ Chí Minh và Bác Hồ',
    'bare Thủ đô and the Thủ đô of Laos: Công an Thủ đô Viêng Chăn',
    'Đoàn thanh niên HCM, mã HN',
  ])('is not the city: %s', (text) => {
    expect(names(makeContext(text))).toEqual([]);
  });
});

describe('province/not-person and province/not-other-place', () => {
  it.each([
    'ông Nguyễn Bình Định, Trưởng phòng',
    'Đại úy Trần Văn Huế và chị Huế',
    'đồng chí Lê Thị Thái Bình',
    'kỷ niệm chiến thắng Điện Biên Phủ',
    'vùng biển Thái Bình Dương',
    'vùng Đồng Tháp Mười',
    'theo báo Sài Gòn Giải Phóng',
    'các tỉnh miền Trung và Tây Nguyên, Nha Trang, Quận 2, Vũng Tàu',
  ])('names no province: %s', (text) => {
    expect(names(makeContext(text))).toEqual([]);
  });

  it.each([
    'Bà Nguyễn Thị Huế (62 tuổi), nhà đối diện, cho biết đám cháy bùng lên lúc 2 giờ sáng.',
    'Ông Nguyễn Bình Định (78 tuổi) kể lại sự việc.',
    'Anh Trần Thái Bình cho biết đã báo Công an phường.',
    'Chị Lê Thu Hà Giang (24 tuổi) bị thương nhẹ.',
    'GS.TS Nguyễn Văn Huế phát biểu tại hội thảo.',
    'Vụ việc xảy ra hôm qua. Ông Phạm Văn Long An trình báo.',
  ])('reads a sentence-initial honorific or title + family name as a person: %s', (text) => {
    expect(names(makeContext(text))).toEqual([]);
  });

  it('keeps the province of a place run that opens with a family name after a place word', () => {
    const ctx = makeContext('Đoàn công tác đến sân bay Chu Lai Quảng Nam, rồi về huyện Lục Ngạn Bắc Giang và TP Cao Lãnh Đồng Tháp.');
    const list = extractProvinces(ctx);
    expect(list.map((p) => [p.name, p.mentions])).toEqual([
      ['Quảng Nam', [spanOf(ctx.text, 'Quảng Nam')]],
      ['Bắc Giang', [spanOf(ctx.text, 'Bắc Giang')]],
      ['Đồng Tháp', [spanOf(ctx.text, 'Đồng Tháp')]],
    ]);
    expect(names(makeContext('Dự án tại Chu Lai Quảng Nam.'))).toEqual(['Quảng Nam']);
  });

  it('still reads a province in the sentence after a person', () => {
    expect(names(makeContext('Bà Nguyễn Thị Huế cho biết. Công an tỉnh Thái Bình vào cuộc.'))).toEqual(['Thái Bình']);
  });

  it('still reads the province next to a trap', () => {
    expect(names(makeContext('Công an tỉnh Điện Biên kỷ niệm chiến thắng Điện Biên Phủ.'))).toEqual(['Điện Biên']);
    expect(names(makeContext('Trung tá Nguyễn Văn Tâm, Công an tỉnh Bình Định.'))).toEqual(['Bình Định']);
    // "Lý" is a family name, but here it closes the place name Phủ Lý.
    expect(names(makeContext('Công an TP Phủ Lý Hà Nam'))).toEqual(['Hà Nam']);
  });
});

describe('province/not-person: forms of address and small address words (one list each)', () => {
  it('reads no province in a name after any form of address, "thầy" and "Ngài" included', () => {
    expect(names(makeContext('Thầy Huế dạy học ở đây. Ngài Thái Bình phát biểu. Chị Hòa Bình cho biết.'))).toEqual([]);
  });
  it('reads no province at the end of a person-named lane ("ngõ", "hẻm"), unlike after a district', () => {
    expect(names(makeContext('Ông sống ở ngõ Lê Văn Huế và hẻm Trần Thái Bình.', { publishedAt: '2020-05-05' }))).toEqual([]);
    expect(names(makeContext('Đoàn về huyện Lục Ngạn Bắc Giang.'))).toEqual(['Bắc Giang']);
  });
});

describe('province/not-local-place', () => {
  it('reads only the province of an address whose hamlet shares a province name (heldout 19)', () => {
    const ctx = makeContext('Đơn vị phát hiện một kho hàng ở ấp Hòa Bình, xã Thạnh Phú, huyện Châu Thành, tỉnh Tiền Giang.');
    expect(extractProvinces(ctx).map((p) => [p.name, p.code, p.mentions])).toEqual([
      ['Tiền Giang', '82', [spanOf(ctx.text, 'Tiền Giang')]],
    ]);
  });

  it.each([
    'Vụ việc xảy ra tại xã Hòa Bình.',
    'Công an phường Hòa Bình tiếp nhận tin báo.',
    'Người dân thôn Quảng Bình đã trình báo.',
    'Đoàn công tác lên bản Lai Châu.',
    'Cửa hàng trên đường Hà Giang bị cháy.',
    'Hộ dân ở khu phố Bình Dương được hỗ trợ.',
    'Quán ăn ở tổ dân phố Long An.',
    'Nhà văn hóa làng Thái Bình, xóm Nghệ An, khóm Sơn La.',
    'Cửa hàng ở phố Huế và ngõ Hà Nam, hẻm Cà Mau.',
    'Trụ sở thị trấn Hải Dương, thị xã Quảng Trị và quận Hà Nội.',
    'Xã Hòa Bình có 3 ấp.',
    'Người dân cụm dân cư Long An, khu Bình Dương.',
    'Cửa hàng trên đường Điện Biên Phủ.',
    'Công an huyện Điện Biên bắt giữ đối tượng.',
  ])('reads no province from a local place that shares its name: %s', (text) => {
    expect(names(makeContext(text))).toEqual([]);
  });

  it('still reads a provincial city, the province and its police after a city prefix', () => {
    expect(names(makeContext('Công an thành phố Hà Tĩnh, Thành phố Thanh Hóa, TP Hòa Bình và tỉnh Tiền Giang.'))).toEqual(['Hà Tĩnh', 'Thanh Hóa', 'Hòa Bình', 'Tiền Giang']);
    expect(names(makeContext('Công an TP Thanh Hóa phối hợp với Công an Hà Giang.'))).toEqual(['Thanh Hóa', 'Hà Giang']);
    expect(names(makeContext('Ông về quê ở xã Thạnh Phú, Tiền Giang.'))).toEqual(['Tiền Giang']);
  });
});

describe('province/not-common-word', () => {
  it.each([
    'HÒA BÌNH: BẮT GIỮ ĐỐI TƯỢNG VẬN CHUYỂN MA TÚY',
    'VÌ HÒA BÌNH VÀ PHÁT TRIỂN BỀN VỮNG',
    'GIỮ GÌN CUỘC SỐNG THÁI BÌNH',
  ])('does not read a common word in a line all in capitals: %s', (text) => {
    expect(names(makeContext(text))).toEqual([]);
  });

  it('reads it in capitals after a place prefix, in a list, or in a line with lower-case words', () => {
    const ctx = makeContext('CÔNG AN TỈNH HÒA BÌNH TỔNG KẾT NĂM');
    expect(extractProvinces(ctx).map((p) => [p.name, p.mentions, p.foundBy])).toEqual([
      ['Hòa Bình', [spanOf(ctx.text, 'HÒA BÌNH')], [{ rule: 'province/name', match: 'exact' }]],
    ]);
    expect(extractProvinces(makeContext('CÔNG AN HÒA BÌNH, SƠN LA PHỐI HỢP')).map((p) => [p.name, p.foundBy[0]!.rule])).toEqual([
      ['Hòa Bình', 'province/name'], ['Sơn La', 'province/name'],
    ]);
    expect(extractProvinces(makeContext('HÒA BÌNH, SƠN LA PHỐI HỢP')).map((p) => [p.name, p.foundBy[0]!.rule])).toEqual([
      ['Hòa Bình', 'province/list'], ['Sơn La', 'province/name'],
    ]);
    expect(names(makeContext('HÒA BÌNH: Bắt giữ đối tượng vận chuyển ma túy'))).toEqual(['Hòa Bình']);
    // Names that are no common word keep being read in a headline.
    expect(names(makeContext('NGHỆ AN: BẮT GIỮ ĐỐI TƯỢNG'))).toEqual(['Nghệ An']);
  });
});

describe('dates and the 2025 map', () => {
  it('keeps an old unit named in a 2025 article, with the code in force that day', () => {
    const { p } = one('Công an tỉnh Hà Nam cũ', '2025-08-15');
    expect([p.name, p.code, p.since2025]).toEqual(['Hà Nam', '37', 'Ninh Bình']);
    expect(one('Công an tỉnh Hà Nam', '2024-11-26').p.code).toBe('35');
    expect(one('Công an tỉnh Hà Nam', null).p.code).toBe('35');
    expect(one('tỉnh Lào Cai', '2025-09-01').p.code).toBe('15');
    expect(one('tỉnh Lào Cai', '2025-01-01').p.code).toBe('10');
  });

  it('reads "Huế" from 2025 as the city Huế, but keeps "Thừa Thiên Huế" as written', () => {
    expect(one('Công an TP Huế', '2025-03-01').p).toMatchObject({ name: 'Huế', code: '46', since2025: 'Huế' });
    expect(one('tỉnh Thừa Thiên Huế', '2025-03-01').p).toMatchObject({ name: 'Thừa Thiên Huế', code: '46', since2025: 'Huế' });
  });

  it('reads the defunct Hà Tây', () => {
    expect(one('Công an tỉnh Hà Tây', '2007-03-01').p).toMatchObject({ name: 'Hà Tây', code: '28', since2025: 'Hà Nội' });
    expect(one('Công an tỉnh Hà Tây', '2012-03-01').p.code).toBe('01');
  });
});

describe('helpers for other recognisers', () => {
  it('provinceInPhrase finds the province of a position', () => {
    expect(provinceInPhrase('Phó Giám đốc Công an tỉnh Nghệ An', null)).toEqual({ name: 'Nghệ An', code: '40' });
    expect(provinceInPhrase('Chủ tịch UBND tỉnh Gia Lai', '2017-10-05')).toEqual({ name: 'Gia Lai', code: '64' });
    expect(provinceInPhrase('Chủ tịch UBND tỉnh Gia Lai', '2025-10-05')).toEqual({ name: 'Gia Lai', code: '52' });
    expect(provinceInPhrase('Giám đốc Công an TP Hồ Chí Minh', null)).toEqual({ name: 'Hồ Chí Minh', code: '79' });
    expect(provinceInPhrase('Tổng cục trưởng Tổng cục Chính trị Công an nhân dân', null)).toBeNull();
    expect(provinceInPhrase('Phó chủ tịch UBND tỉnh', null)).toBeNull();
  });

  it('within() returns raw matches within a range, prefixes seen before it', () => {
    const text = 'Công an tỉnh Nghệ An và Công an TP Hồ Chí Minh.';
    const from = text.indexOf('Hồ');
    const result = provinceResult(rawContext(text));
    const got = result.within(from, text.length);
    expect(got.map((m) => [m.unit.name, m.start, m.end, m.text, m.rule])).toEqual([['Hồ Chí Minh', from, from + 11, 'Hồ Chí Minh', 'province/prefixed']]);
    expect(result.mentions.map((m) => m.unit.code)).toEqual(['40', '79']);
  });

  it('registers every rule id it reports', () => {
    const ids = provinceRules.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['province/name', 'province/variant', 'province/prefixed', 'province/list']));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('sample articles (corpus/)', () => {
  const expected: Record<string, string[]> = {
    '000_a9d2bbf568b633fe.txt': [],
    '001_13a519dd43a9bdc2.txt': ['Gia Lai'],
    '002_54f7ae074440a7f6.txt': [],
    '003_3844e21985b933b6.txt': ['Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị', 'Thừa Thiên Huế'],
    '004_431368ded9671f03.txt': [],
  };
  const dir = new URL('../corpus/', import.meta.url);
  it.each(readdirSync(dir).filter((f) => f in expected))('%s names exactly its provinces', (file) => {
    const ctx = makeContext(readFileSync(new URL(file, dir), 'utf8'));
    const list = extractProvinces(ctx);
    expect(list.map((p) => p.name)).toEqual(expected[file]);
    for (const p of list) for (const m of p.mentions) expect(ctx.text.slice(m.start, m.end)).toBe(m.text);
  });
});

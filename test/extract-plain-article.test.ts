/**
 * Plain-text article parts: title, dateline and byline on the five sample articles in
 * corpus/, and the traps around them (a body sentence is not a byline, a caption stays).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlainArticle } from '../src/article/extract-plain-article.js';
import { classifyTailLine } from '../src/article/parse-byline.js';
import { splitAuthorNames } from '../src/text/author-names.js';
import { normalizeText } from '../src/normalize/normalize-text.js';

const CORPUS = path.join(import.meta.dirname, '..', 'corpus');
const seed = (name: string): string => normalizeText(readFileSync(path.join(CORPUS, name), 'utf8')).text;
const run = (text: string) => extractPlainArticle(normalizeText(text).text);

describe('seed 000', () => {
  const text = seed('000_a9d2bbf568b633fe.txt');
  const got = extractPlainArticle(text);
  it('has no title (its first line is a body paragraph)', () => expect(got.title).toBeNull());
  it('has no dateline', () => expect(got.publishedAt).toBeNull());
  it('byline "Nguyễn Bình – Đức Thắng" gives two authors', () => expect(got.authors).toEqual(['Nguyễn Bình', 'Đức Thắng']));
  it('body starts with the first paragraph', () => expect(got.body.startsWith('Tham gia giao ban có đại diện lãnh đạo các Vụ, Cục')).toBe(true));
  it('body ends before the byline', () => expect(got.body.endsWith('của lực lượng Công an trong tình hình mới.')).toBe(true));
  it('body is the text minus the byline line', () => expect(got.body).toBe(text.slice(0, text.lastIndexOf('\n\nNguyễn Bình'))));
});

describe('seed 001', () => {
  const got = extractPlainArticle(seed('001_13a519dd43a9bdc2.txt'));
  it('has no title (its first line is a long sentence)', () => expect(got.title).toBeNull());
  it('has no dateline', () => expect(got.publishedAt).toBeNull());
  it('byline "Văn Thành"', () => expect(got.authors).toEqual(['Văn Thành']));
  it('body ends before the byline', () => expect(got.body.endsWith('phòng chống tiêu cực.')).toBe(true));
  it('photo captions stay in the body', () => {
    expect(got.body).toContain('\n\nQuang cảnh hội nghị\n\n');
    expect(got.body).toContain('\n\nThứ trưởng Nguyễn Văn Thành phát biểu chỉ đạo tại hội nghị\n\n');
    expect(got.body).toContain('\n\nCác đại biểu tham gia tại hội nghị\nTham mưu giúp');
  });
  it('body starts with the first line', () => expect(got.body.startsWith('Thượng tướng Nguyễn Văn Thành, Ủy viên Trung ương Đảng')).toBe(true));
});

describe('seed 002', () => {
  const got = extractPlainArticle(seed('002_54f7ae074440a7f6.txt'));
  it('has no title', () => expect(got.title).toBeNull());
  it('has no dateline', () => expect(got.publishedAt).toBeNull());
  it('byline "Trần Xuân"', () => expect(got.authors).toEqual(['Trần Xuân']));
  it('body ends before the byline', () => expect(got.body.endsWith('phục vụ tốt công tác chuyên môn của từng đơn vị...')).toBe(true));
  it('the caption ending with a period stays', () => expect(got.body).toContain('\n\nThiếu tướng Nguyễn Quang Chữ phát biểu chỉ đạo tại Hội nghị.\n\n'));
});

describe('seed 003', () => {
  const got = extractPlainArticle(seed('003_3844e21985b933b6.txt'));
  it('has no title', () => expect(got.title).toBeNull());
  it('has no dateline', () => expect(got.publishedAt).toBeNull());
  it('byline "Trọng Tuấn – Xuân Bắc" gives two authors', () => expect(got.authors).toEqual(['Trọng Tuấn', 'Xuân Bắc']));
  it('body ends before the byline', () => expect(got.body.endsWith('trong các năm tiếp theo.')).toBe(true));
  it('the caption "Toàn cảnh Hội nghị." stays', () => expect(got.body).toContain('\n\nToàn cảnh Hội nghị.\n\n'));
});

describe('seed 004', () => {
  const got = extractPlainArticle(seed('004_431368ded9671f03.txt'));
  it('title is the line under the section headers', () => expect(got.title).toBe('Tổ chức Hội nghị tổng kết Phong trào thi đua đặc biệt'));
  it('dateline 20/11/2020 gives publishedAt', () => expect(got.publishedAt).toBe('2020-11-20'));
  it('byline "Hải Yến"; the CMS account "Admin" is not an author', () => expect(got.authors).toEqual(['Hải Yến']));
  it('section headers, title and dateline leave the body; the photo caption opens it', () =>
    expect(got.body.startsWith('Giám đốc Công an tỉnh trao tặng khen thưởng cho các tập thể, cá nhân đạt thành tích xuất sắc')).toBe(true));
  it('body lacks the section header', () => expect(got.body).not.toContain('Hoạt động của lực lượng Công an'));
  it('body ends before the byline and the account', () => expect(got.body.endsWith('thành tích đạt được khác./.')).toBe(true));
  it('the date inside the body stays', () => expect(got.body).toContain('Sáng ngày 20/11/2020, Công an tỉnh'));
});

describe('datelines', () => {
  const body = 'Sáng nay, Công an tỉnh tổ chức hội nghị tổng kết công tác năm, với sự tham dự của lãnh đạo các phòng, các huyện.';
  for (const [line, iso] of [
    ['20/11/2020', '2020-11-20'],
    ['Thứ Hai, 29/06/2015', '2015-06-29'],
    ['20/11/2020 08:15', '2020-11-20'],
    ['20-11-2020', '2020-11-20'],
    ['Thứ năm, 2/11/2023, 19:20 (GMT+7)', '2023-11-02'],
  ] as const) {
    it(`"${line}" → ${iso} and leaves the body`, () => {
      const got = run(`${line}\n${body}`);
      expect(got.publishedAt).toBe(iso);
      expect(got.body).toBe(body);
    });
  }
  it('a date inside a sentence is not a dateline', () => {
    const got = run(`Ngày 20/11/2020, Công an tỉnh tổ chức hội nghị.\n\n${body}`);
    expect(got.publishedAt).toBeNull();
  });
  it('an impossible date is not a dateline', () => expect(run(`31/02/2020\n${body}`).publishedAt).toBeNull());
});

describe('titles', () => {
  const body = 'Sáng nay, Công an tỉnh tổ chức hội nghị tổng kết công tác năm, với sự tham dự của lãnh đạo các phòng, các huyện.';
  it('a short first line followed by body text is the title', () => {
    const got = run(`Công an tỉnh tổng kết công tác năm\n\n${body}`);
    expect(got.title).toBe('Công an tỉnh tổng kết công tác năm');
    expect(got.body).toBe(body);
  });
  it('a first line ending with a period is body text', () => expect(run(`Công an tỉnh tổng kết công tác năm.\n\n${body}`).title).toBeNull());
  it('a photo caption as first line is not a title', () => expect(run(`Quang cảnh hội nghị tổng kết\n\n${body}`).title).toBeNull());
  it('a first line followed by another short line is not a title', () => expect(run(`Công an tỉnh tổng kết\nCông tác năm 2020 đạt kết quả tốt\n\n${body}`).title).toBeNull());
  it('a one-line text has no title', () => expect(run('Công an tỉnh tổng kết công tác năm').title).toBeNull());
});

describe('bylines', () => {
  const body = 'Sáng nay, Công an tỉnh tổ chức hội nghị tổng kết công tác năm, với sự tham dự của lãnh đạo các phòng, các huyện.';
  it('"Theo TTXVN" is a source: it leaves the body, no author', () => {
    const got = run(`${body}\n\nTheo TTXVN`);
    expect(got.authors).toEqual([]);
    expect(got.body).toBe(body);
  });
  it('"Nguồn: Báo Công an nhân dân" is a source', () => expect(run(`${body}\n\nNguồn: Báo Công an nhân dân`).body).toBe(body));
  it('"Tin, ảnh: HOÀNG VŨ" keeps the name as written', () => expect(run(`${body}\n\nTin, ảnh: HOÀNG VŨ`).authors).toEqual(['HOÀNG VŨ']));
  it('"H.M/VOV.VN" gives the initials', () => expect(run(`${body}\n\nH.M/VOV.VN`).authors).toEqual(['H.M']));
  it('"PV" names nobody and leaves the body', () => {
    const got = run(`${body}\n\nPV`);
    expect(got.authors).toEqual([]);
    expect(got.body).toBe(body);
  });
  it('"P.V" names nobody and leaves the body', () => {
    const got = run(`${body}\n\nP.V`);
    expect(got.authors).toEqual([]);
    expect(got.body).toBe(body);
  });
  it('"N.Lâm" (an initial glued to the name) is an author and leaves the body', () => {
    const got = run(`${body}\n\nN.Lâm`);
    expect(got.authors).toEqual(['N.Lâm']);
    expect(got.body).toBe(body);
  });
  it('"Trọng Tín/VOV-Nam Trung Bộ" gives the reporter, not the outlet\'s desk', () => {
    const got = run(`${body}\n\nTrọng Tín/VOV-Nam Trung Bộ`);
    expect(got.authors).toEqual(['Trọng Tín']);
    expect(got.body).toBe(body);
  });
  it('"Admin" alone is not an author', () => expect(run(`${body}\nAdmin`).authors).toEqual([]));
  it('a last body sentence is not a byline', () => {
    const got = run(`${body}\n\nHội nghị kết thúc tốt đẹp.`);
    expect(got.authors).toEqual([]);
    expect(got.body.endsWith('Hội nghị kết thúc tốt đẹp.')).toBe(true);
  });
  it('a lower-case closing line is not a byline', () => expect(run(`${body}\n\nQuang cảnh hội nghị`).authors).toEqual([]));
  it('a closing line with a number is not a byline', () => expect(run(`${body}\n\nHội Nghị Lần 2`).authors).toEqual([]));
  it('a single capitalised word is not a byline', () => expect(run(`${body}\n\nThanh`).authors).toEqual([]));
  it('a text made of one short line keeps it as body', () => expect(run('Văn Thành').body).toBe('Văn Thành'));
});

describe('classifyTailLine', () => {
  it('names the kind of each closing line', () => {
    expect(classifyTailLine('Nguyễn Bình – Đức Thắng')).toEqual({ kind: 'byline', names: ['Nguyễn Bình', 'Đức Thắng'] });
    expect(classifyTailLine('Hải Yến và Minh Châu')).toEqual({ kind: 'byline', names: ['Hải Yến', 'Minh Châu'] });
    expect(classifyTailLine('Theo TTXVN')).toEqual({ kind: 'source', names: [] });
    expect(classifyTailLine('(Theo VOV)')).toEqual({ kind: 'source', names: [] });
    expect(classifyTailLine('Admin')).toEqual({ kind: 'account', names: [] });
    expect(classifyTailLine('Nhóm PV')).toEqual({ kind: 'placeholder', names: [] });
    expect(classifyTailLine('PV (tổng hợp)')).toEqual({ kind: 'placeholder', names: [] });
    expect(classifyTailLine('TTXVN')).toEqual({ kind: 'source', names: [] });
    expect(classifyTailLine('Ảnh: Hoàng Phong')).toEqual({ kind: 'credit', names: [] });
    expect(classifyTailLine('Toàn cảnh Hội nghị.')).toBeNull();
    expect(classifyTailLine('Theo đó, các đơn vị cần quán triệt nghiêm túc.')).toBeNull();
    expect(classifyTailLine('Xem thêm: Hội nghị Công an toàn quốc')).toEqual({ kind: 'related', names: [] });
    expect(classifyTailLine('Bình luận về vụ việc, ông Hùng cho biết')).toBeNull();
    expect(classifyTailLine('T.Hùng')).toEqual({ kind: 'byline', names: ['T.Hùng'] });
    expect(classifyTailLine('N.LÂM')).toEqual({ kind: 'byline', names: ['N.LÂM'] });
    expect(classifyTailLine('P.V')).toEqual({ kind: 'placeholder', names: [] });
    expect(classifyTailLine('Hà Anh - Thu Trang/TTXVN-Hà Nội')).toEqual({ kind: 'byline', names: ['Hà Anh', 'Thu Trang'] });
    expect(classifyTailLine('Minh Châu/Báo Quảng Nam')).toEqual({ kind: 'byline', names: ['Minh Châu'] });
    expect(classifyTailLine('VOV-Nam Trung Bộ')).toEqual({ kind: 'source', names: [] });
  });
  it('author fields leave outlets and accounts out', () => {
    expect(splitAuthorNames('Đức Anh - Báo Công an nhân dân')).toEqual(['Đức Anh']);
    expect(splitAuthorNames('Admin')).toEqual([]);
    expect(splitAuthorNames('Nguyễn Bình, Đức Thắng')).toEqual(['Nguyễn Bình', 'Đức Thắng']);
    expect(splitAuthorNames('Trọng Tín/VOV-Nam Trung Bộ')).toEqual(['Trọng Tín']);
    expect(splitAuthorNames('H.M/VietnamPlus')).toEqual(['H.M']);
  });
});

describe('top of the article: bylines, labelled titles, section lines, "ngày" datelines', () => {
  const lead = 'Sáng nay, Công an tỉnh tổ chức hội nghị tổng kết công tác năm, với sự tham dự của lãnh đạo các phòng, các huyện.';
  for (const [byline, name] of [
    ['LÊ MINH', 'LÊ MINH'],
    ['Lê Minh', 'Lê Minh'],
    ['LÊ MINH (thực hiện)', 'LÊ MINH'],
  ] as const) {
    it(`a byline "${byline}" under the title gives the author; both lines leave the body`, () => {
      const title = 'Giám đốc Công an tỉnh: "An toàn cháy nổ là việc của mọi nhà"';
      const got = run(`${title}\n${byline}\n${lead}\n\nPV: Thưa ông, năm qua có gì mới?`);
      expect(got.title).toBe(title);
      expect(got.authors).toEqual([name]);
      expect(got.body).toBe(`${lead}\n\nPV: Thưa ông, năm qua có gì mới?`);
    });
  }
  it('a byline under the dateline gives the author and leaves the body', () => {
    const got = run(`Công an tỉnh tổng kết công tác năm 2024\nThứ Ba, 10-12-2024, 07:45\nMINH HẢI\n${lead}`);
    expect(got.title).toBe('Công an tỉnh tổng kết công tác năm 2024');
    expect(got.publishedAt).toBe('2024-12-10');
    expect(got.authors).toEqual(['MINH HẢI']);
    expect(got.body).toBe(lead);
  });
  it('a top byline comes before a closing one', () => {
    const got = run(`Công an tỉnh tổng kết công tác năm\nLê Minh\n${lead}\n\nHải Yến`);
    expect(got.authors).toEqual(['Lê Minh', 'Hải Yến']);
  });
  it('a name-shaped line under the title with a subheading, not body, after it is not a byline', () => {
    const text = `Công an tỉnh tổng kết công tác năm\nLê Minh\nKết quả nổi bật\n${lead}`;
    const got = run(text);
    expect(got.authors).toEqual([]);
    expect(got.title).toBeNull();
    expect(got.body).toBe(text);
  });
  it('a name-shaped line with no title above it stays in the body', () => {
    const got = run(`Lê Minh\n${lead}`);
    expect(got.authors).toEqual([]);
    expect(got.body).toBe(`Lê Minh\n${lead}`);
  });
  for (const line of ['Thứ Tư, ngày 07/06/2023', 'Thứ Tư, ngày 07/06/2023 - 16:05', '07/06/2023 - 16:05']) {
    it(`the dateline "${line}" is read and the title above it kept`, () => {
      const got = run(`Công an huyện ra quân bảo đảm trật tự an toàn giao thông\n${line}\n${lead}`);
      expect(got.title).toBe('Công an huyện ra quân bảo đảm trật tự an toàn giao thông');
      expect(got.publishedAt).toBe('2023-06-07');
      expect(got.body).toBe(lead);
    });
  }
  it('a first line "Ảnh: …" over a dateline is a photo-story title, kept as written', () => {
    const got = run(`Ảnh: Những bước chân tuần tra trên đỉnh Pù Mát\n05/09/2022\n${lead}`);
    expect(got.title).toBe('Ảnh: Những bước chân tuần tra trên đỉnh Pù Mát');
    expect(got.publishedAt).toBe('2022-09-05');
    expect(got.body).toBe(lead);
  });
  it('a photo credit over a dateline is not a title', () => expect(run(`Ảnh: Hoàng Phong Lan\n05/09/2022\n${lead}`).title).toBeNull());
  it('"Ảnh: …" with no dateline under it is still a caption', () => expect(run(`Ảnh: Những bước chân tuần tra trên đỉnh Pù Mát\n\n${lead}`).title).toBeNull());
  for (const section of ['Tin tức - Sự kiện', 'Hoạt động Công an tỉnh', 'An ninh trật tự']) {
    it(`a section line "${section}" printed once leaves; title and dateline are read`, () => {
      const got = run(`${section}\nCông an tỉnh sơ kết công tác 6 tháng\n30/06/2022\n${lead}`);
      expect(got.title).toBe('Công an tỉnh sơ kết công tác 6 tháng');
      expect(got.publishedAt).toBe('2022-06-30');
      expect(got.body).toBe(lead);
    });
  }
  it('an unlisted short line over a dated title is a section line', () => {
    const got = run(`Chuyên mục Biên phòng\nĐồn Biên phòng giúp dân thu hoạch lúa\n02/10/2022\n${lead}`);
    expect(got.title).toBe('Đồn Biên phòng giúp dân thu hoạch lúa');
    expect(got.publishedAt).toBe('2022-10-02');
    expect(got.body).toBe(lead);
  });
  it('a known section name inside the body stays', () => expect(run(`${lead}\n\nThời sự\n\n${lead}`).body).toBe(`${lead}\n\nThời sự\n\n${lead}`));
});

describe('bylines with a unit', () => {
  const body = 'Sáng nay, Công an tỉnh tổ chức hội nghị tổng kết công tác năm, với sự tham dự của lãnh đạo các phòng, các huyện.';
  it('"Minh Châu - Phòng Tham mưu" then "Admin" gives the reporter only; both leave the body', () => {
    const got = run(`${body}\nMinh Châu - Phòng Tham mưu\nAdmin`);
    expect(got.authors).toEqual(['Minh Châu']);
    expect(got.body).toBe(body);
  });
  it('"Hải Yến - Công an huyện Kỳ Anh" gives the reporter only', () =>
    expect(classifyTailLine('Hải Yến - Công an huyện Kỳ Anh')).toEqual({ kind: 'byline', names: ['Hải Yến'] }));
  it('a unit alone is not a byline and stays in the body', () => {
    expect(classifyTailLine('Phòng Tham mưu')).toBeNull();
    expect(run(`${body}\nPhòng Tham mưu`).body).toBe(`${body}\nPhòng Tham mưu`);
  });
  it('a name that opens like a unit word stays a name', () => expect(classifyTailLine('Trung Tâm - Vũ Hải')).toEqual({ kind: 'byline', names: ['Trung Tâm', 'Vũ Hải'] }));
  it('author fields leave the unit out', () => expect(splitAuthorNames('Minh Châu - Phòng Tham mưu')).toEqual(['Minh Châu']));
});

describe('closing lines that open like an outlet word ("Đại", "Bảo", "Báo cáo") stay body text', () => {
  const title = 'Công an TP HCM có Giám đốc mới';
  const body = 'Ông được điều động về Công an TP HCM từ ngày 1/7/2025 theo quyết định của Bộ trưởng.';
  for (const line of [
    'Đại tá Lê Văn Quang trước đó là Giám đốc Công an tỉnh Bình Dương.',
    'Đại úy Trần Văn Nam được tặng Giấy khen.',
    'Đại hội kết thúc thành công tốt đẹp.',
    'Bảo đảm tuyệt đối an toàn cho Đại hội.',
    'Báo cáo được gửi về Bộ Công an.',
    'Báo cáo gửi Bộ Công an',
    'Đại hội kết thúc thành công tốt đẹp',
    'Theo Đại tá Nguyễn Văn A cho biết',
  ]) {
    it(`"${line}" is body text`, () => {
      expect(classifyTailLine(line)).toBeNull();
      const got = run(`${title}\n\n${body}\n\n${line}`);
      expect(got.title).toBe(title);
      expect(got.authors).toEqual([]);
      expect(got.body).toBe(`${body}\n\n${line}`);
    });
  }
  it('several such closing lines all stay', () => {
    const tail = 'Đại hội kết thúc thành công tốt đẹp.\n\nBảo đảm tuyệt đối an toàn cho Đại hội.\n\nBáo cáo được gửi về Bộ Công an.';
    expect(run(`${title}\n\n${body}\n\n${tail}`).body).toBe(`${body}\n\n${tail}`);
  });
  for (const line of ['Báo Công an nhân dân', 'Theo Báo Nghệ An', 'Đài PT-TH Nghệ An', 'VOV', 'Báo điện tử Dân trí', 'BÁO NGHỆ AN']) {
    it(`"${line}" is a source and leaves the body`, () => {
      expect(classifyTailLine(line)).toEqual({ kind: 'source', names: [] });
      const got = run(`${title}\n\n${body}\n\n${line}`);
      expect(got.authors).toEqual([]);
      expect(got.body).toBe(body);
    });
  }
  it('an outlet named with hyphens after a reporter stays whole', () => {
    expect(classifyTailLine('Hải Yến - Đài PT-TH Nghệ An')).toEqual({ kind: 'byline', names: ['Hải Yến'] });
    expect(splitAuthorNames('Hải Yến - Đài PT-TH Nghệ An')).toEqual(['Hải Yến']);
  });
  it('after a slash, "Đại …" is not an outlet\'s desk', () => expect(classifyTailLine('Hà Anh/Đại úy Bình')).toBeNull());
  it('outlets and placeholders are told apart from names by their tone marks', () => {
    expect(classifyTailLine('Tiền Phong')).toEqual({ kind: 'source', names: [] });
    expect(classifyTailLine('Tiến Phong')).toEqual({ kind: 'byline', names: ['Tiến Phong'] });
    expect(classifyTailLine('Phóng viên')).toEqual({ kind: 'placeholder', names: [] });
    expect(classifyTailLine('Phong Viên')).toEqual({ kind: 'byline', names: ['Phong Viên'] });
    expect(splitAuthorNames('Tiến Phong')).toEqual(['Tiến Phong']);
  });
  it('an outlet listed without diacritics matches its accented spelling', () => {
    expect(splitAuthorNames('Kênh14')).toEqual([]);
    expect(splitAuthorNames('ADMIN')).toEqual([]);
  });
  it('a title opening with "Anh" is not a photo caption ("Ảnh")', () => {
    const got = run(`Anh hùng Lê Văn Tám được truy tặng Huân chương\n\n${body}`);
    expect(got.title).toBe('Anh hùng Lê Văn Tám được truy tặng Huân chương');
    expect(run(`Ảnh minh họa Lê Văn Tám được truy tặng\n\n${body}`).title).toBeNull();
  });
});

describe('ad labels', () => {
  const body = 'Sáng nay, Công an tỉnh tổ chức hội nghị tổng kết công tác năm, với sự tham dự của lãnh đạo các phòng, các huyện.';
  it('a line "Quảng cáo" leaves the body wherever it stands, and the byline after it is still read', () => {
    const got = run(`${body}\n\nQuảng cáo\n\n${body}\n\nADVERTISEMENT\n\nVăn Thành`);
    expect(got.body).toBe(`${body}\n\n${body}`);
    expect(got.authors).toEqual(['Văn Thành']);
  });
  it('a sentence about advertising stays', () => {
    const line = 'Quảng cáo sai sự thật bị xử phạt.';
    expect(run(`${body}\n\n${line}`).body).toBe(`${body}\n\n${line}`);
  });
});

describe('a headline the crawler cut', () => {
  const body = 'Các thủ tục hiện nay đang được giảm bớt, nhưng nếu rút ngắn thời hạn giấy phép lái xe sẽ gây tác động lớn tới người dân.';
  it('keeps its ellipsis and is the title', () => {
    const got = run(`Rút ngắn thời hạn bằng lái: Phiền nhiễu, không hiệu quả...\n\n${body}`);
    expect(got.title).toBe('Rút ngắn thời hạn bằng lái: Phiền nhiễu, không hiệu quả...');
    expect(got.body).toBe(body);
  });
  it('but a long first paragraph cut the same way is body', () => {
    const lead = 'Sáng nay, tại trụ sở Công an tỉnh, lãnh đạo đơn vị đã chủ trì buổi làm việc với các phòng nghiệp vụ để bàn về kế hoạch cao điểm tấn công trấn áp tội phạm...';
    expect(run(`${lead}\n\n${body}`).title).toBeNull();
  });
});

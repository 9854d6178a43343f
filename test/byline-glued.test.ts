/**
 * Bylines glued to the end of the last paragraph, as crawled text writes them (issue 10,
 * GOLD.md "Decided in the second round"): each shape in invented sentences, the traps that
 * must stay body text, and the record the pipeline builds from such a text (the byline leaves
 * the body, so it is neither an official nor a province, and every offset points into the
 * text without it).
 */
import { describe, expect, it } from 'vitest';
import { extractPlainArticle } from '../src/article/extract-plain-article.js';
import { extractHtmlArticle } from '../src/article/extract-html-article.js';
import { classifyTailLine } from '../src/article/parse-byline.js';
import { readGluedTail } from '../src/article/byline/glued.js';
import { BYLINE_RULES } from '../src/article/byline/index.js';
import { explainArticle, processArticle } from '../src/pipeline.js';
import { normalizeText } from '../src/normalize/normalize-text.js';
import type { LoadedArticle } from '../src/types.js';

const run = (text: string) => extractPlainArticle(normalizeText(text).text);

const TITLE = 'Công an huyện triệt phá đường dây mua bán trái phép chất ma túy';
const LEAD = 'Sáng nay, Công an huyện cho biết đã triệt phá thành công một đường dây mua bán trái phép chất ma túy lớn.';
const LAST = 'Vụ việc đang được cơ quan điều tra tiếp tục làm rõ để xử lý theo quy định của pháp luật';
/** A crawled article: title, lead, then the last paragraph with `end` glued to it. */
const article = (end: string, last = LAST): string => `${TITLE}\n\n${LEAD}\n\n${last}${end}`;

describe('byline/glued: the shapes', () => {
  for (const [end, authors, kept] of [
    ['... Quang Huy', ['Quang Huy'], '...'],
    [' . Thu Trang', ['Thu Trang'], ' .'],
    ['. Minh Khôi/VOV', ['Minh Khôi'], '.'],
    ['./. Lan Anh, Đức Phúc/VOV-Trung tâm Tin', ['Lan Anh', 'Đức Phúc'], './.'],
    ['. Hoài Phương - Thu Hà', ['Hoài Phương', 'Thu Hà'], '.'],
    ['. Văn Khoa - Minh Khang - Thanh Bình', ['Văn Khoa', 'Minh Khang', 'Thanh Bình'], '.'],
    ['. Bình Minh- Hải Hà', ['Bình Minh', 'Hải Hà'], '.'],
    ['. T.N', ['T.N'], '.'],
    ['. H.T.L ', ['H.T.L'], '.'],
    ['. K. Linh', ['K. Linh'], '.'],
    ['.../. Q.A/VOV.VN (tổng hợp)', ['Q.A'], '.../.'],
    ['… HOÀNG LONG', ['HOÀNG LONG'], '…'],
    ['. Hữu Tài - Bá Đạt thực hiện', ['Hữu Tài', 'Bá Đạt'], '.'],
    ['. Diệu Linh (theo VTC)', ['Diệu Linh'], '.'],
    ['. Ngọc Hà (TTXVN)', ['Ngọc Hà'], '.'],
    ['. Lê Hạnh (t/h)', ['Lê Hạnh'], '.'],
    ['. Hải Đăng (Tổng hợp theo TTXVN, VTV)', ['Hải Đăng'], '.'],
    ['. Tin, ảnh: Mạnh Cường (TTXVN)', ['Mạnh Cường'], '.'],
    ['./. CTV Hồng Nhung/VOV.VN', ['Hồng Nhung'], './.'],
    ['. (Tổng hợp) Thanh Tâm', ['Thanh Tâm'], '.'],
    ['. Nguyễn Thị Thu Hà', ['Nguyễn Thị Thu Hà'], '.'],
    ['.Thu Trang', ['Thu Trang'], '.'],
    // a separator lost after a name written with initials
    ['. H.V.Nam - T.K.Long Đào Minh - Lục Hà', ['H.V.Nam', 'T.K.Long', 'Đào Minh', 'Lục Hà'], '.'],
    ['. Q.Bảo TRẦN LINH', ['Q.Bảo', 'TRẦN LINH'], '.'],
    // "TP." used as a noun ends the sentence; a two-syllable person's name after it
    [', về quê chưa quay lại TP. Lê Vinh', ['Lê Vinh'], ', về quê chưa quay lại TP.'],
    // what the writer did, before the name
    ['. Tổng hợp Bảo Ngọc', ['Bảo Ngọc'], '.'],
  ] as const) {
    it(`"…${end}" → ${JSON.stringify(authors)}, and the byline leaves the body`, () => {
      const got = run(article(end));
      expect(got.authors).toEqual(authors);
      expect(got.title).toBe(TITLE);
      expect(got.body).toBe(`${LEAD}\n\n${LAST}${kept}`);
    });
  }

  it('a province name as the whole byline is a byline ("… ./. Thái Bình")', () => {
    const got = run(article('./. Thái Bình'));
    expect(got.authors).toEqual(['Thái Bình']);
    expect(got.body.endsWith('pháp luật./.')).toBe(true);
  });
  it('a one-paragraph text gives its glued byline and keeps the paragraph', () => {
    const got = run(`${LAST}. Quang Huy`);
    expect(got.authors).toEqual(['Quang Huy']);
    expect(got.body).toBe(`${LAST}.`);
  });
  it('a byline glued after a "Video:" caption sentence: the caption stays, the name is the author', () => {
    const got = run(article('. Video: Lực lượng chức năng kiểm tra hiện trường vụ cháy. Quang Huy'));
    expect(got.authors).toEqual(['Quang Huy']);
    expect(got.body.endsWith('Video: Lực lượng chức năng kiểm tra hiện trường vụ cháy.')).toBe(true);
  });
  it('a "Video:" line of its own with the byline glued to it: the line leaves, the name is the author', () => {
    const got = run(`${article('.')}\n\nVideo: Cảnh sát tuần tra trên cao tốc. Quang Huy`);
    expect(got.authors).toEqual(['Quang Huy']);
    expect(got.body).toBe(`${LEAD}\n\n${LAST}.`);
  });
  it('a "Video:" line after the paragraph that ends with the byline', () => {
    const got = run(`${article('. Quang Huy')}\n\nVideo: Cảnh sát tuần tra`);
    expect(got.authors).toEqual(['Quang Huy']);
    expect(got.body).toBe(`${LEAD}\n\n${LAST}.`);
  });
  it('a glued byline and a source line under it', () => {
    const got = run(`${article('. Thu Trang')}\n\nTheo TTXVN`);
    expect(got.authors).toEqual(['Thu Trang']);
    expect(got.body).toBe(`${LEAD}\n\n${LAST}.`);
  });
});

describe('what stays where it was', () => {
  it('a caption\'s photo credit above a byline line stays in the caption', () => {
    const caption = 'Cán bộ, chiến sĩ tuần tra trên tuyến biên giới trong đêm. Ảnh: Đức Anh';
    const got = run(`${article('.')}\n\n${caption}\nĐức Anh`);
    expect(got.authors).toEqual(['Đức Anh']);
    expect(got.body).toBe(`${LEAD}\n\n${LAST}.\n\n${caption}`);
  });
  it('an English outlet at the end of an English text is a source, not a person', () => {
    const last = 'The provincial police said the investigation would continue next week';
    const got = run(`${last}. Vietnam News`);
    expect(got.authors).toEqual([]);
    expect(got.body).toBe(`${last}.`);
  });
  it('a page keeps its last paragraph whole: a byline there stands in an element of its own', () => {
    const html = `<!DOCTYPE html><html><head></head><body><div class="content"><p>${LEAD}</p><p>${LAST}. Thu Trang</p></div></body></html>`;
    const got = extractHtmlArticle(html);
    expect(got.authors).toEqual([]);
    expect(got.body.endsWith(`${LAST}. Thu Trang`)).toBe(true);
  });
});

describe('byline/glued-source: sources, placeholders and credits glued to the end leave the body, no author', () => {
  for (const end of ['. theo Tuổi Trẻ', '. Theo Thời Báo', '. Theo Minh Thắng/Công an TP.HCM', '. Nhóm PV', '. Nhóm PV Ban Thời sự', '. Nhóm P.V', '. TTXVN/Tin Tức', '. PV Ban Nội chính', '. (Tổng hợp)', '. TTXVN', '. PV', '. Ảnh: Hoàng Phong']) {
    it(`"…${end}"`, () => {
      const got = run(article(end));
      expect(got.authors).toEqual([]);
      expect(got.body).toBe(`${LEAD}\n\n${LAST}.`);
    });
  }
});

describe('not bylines: the text keeps them', () => {
  // [why, the end of the last paragraph, the veto that names why (null: no glued reading at all)]
  for (const [why, end, veto] of [
    ['a name that is the subject of the last sentence (no sentence end before it)', ', đối tượng khai là Nguyễn Văn Hùng', null],
    ['a place after an abbreviation', ' tại TP. Hồ Chí Minh', 'byline/not-abbreviation'],
    ['a town named like a person after "TP."', ' tại TP. Phan Thiết', 'byline/not-abbreviation'],
    ['a place after an abbreviation written without a space', ' tại Tp.Cần Thơ', null],
    ['a district after the initial of its kind', ' của Công an Q. Bình Thạnh', 'byline/not-abbreviation'],
    ['an organisation standing after the last sentence', '. Sở Tư Pháp', 'byline/not-organisation'],
    ['a place standing after the last sentence', '. Tỉnh Nghệ An', 'byline/not-organisation'],
    ['a unit standing after the last sentence', '. Đội Cảnh Sát Biển', 'byline/not-organisation'],
    ['a title-case note about the photo', '. Ảnh Minh Họa', 'byline/not-organisation'],
    ['the title of the next part, in title case', '. Đón đọc kỳ sau. Những Góc Khuất', 'byline/not-organisation'],
    ['a list of provinces', '. Hà Giang, Lào Cai, Yên Bái', 'byline/not-place-list'],
    ['a person introduced by a rank, in capitals', '. THIẾU TÁ LÊ AN', 'byline/not-person-lead'],
    ['a person introduced by an honorific (a boxed quote\'s speaker)', '. Ông Nguyễn Huy Cường', 'byline/not-person-lead'],
    ['a person introduced by a position', '. Giám Đốc Trần Bình', 'byline/not-person-lead'],
    ['a source that names an official', '. Theo Đại tá Nguyễn Văn An', 'byline/not-person-lead'],
    ['a quoted title', ' trong bộ phim “Người Phán Xử”', null],
    ['a photo caption (not a credit)', '. Ảnh: Đại tá Nguyễn Văn An phát biểu tại hội nghị', null],
    ['a single capitalised word', '. Thanh', null],
    ['five capitalised syllables', '. Nguyễn Thị Thu Hà Giang', null],
    ['a last sentence that is a short clause', '. Hội nghị kết thúc', null],
  ] as const) {
    it(why, () => {
      const got = run(article(end));
      expect(got.authors).toEqual([]);
      expect(got.body).toBe(`${LEAD}\n\n${LAST}${end}`);
      expect(got.decisions.map((d) => d.rule)).toEqual(veto ? [veto] : []);
    });
  }
  it('a name the story introduced as one of its people ("bị cáo …")', () => {
    const last = 'Bị cáo Trần Văn Hùng khai nhận toàn bộ hành vi phạm tội của mình trước tòa';
    const got = run(article('. Trần Văn Hùng', last));
    expect(got.authors).toEqual([]);
    expect(got.decisions.map((d) => d.rule)).toEqual(['byline/not-story-person']);
    expect(got.body.endsWith('trước tòa. Trần Văn Hùng')).toBe(true);
  });
  it('a longer name that begins with the glued one does not veto it ("anh Lê Khang Hùng" … "Lê Khang")', () => {
    const last = 'Theo anh Lê Khang Hùng, người dân địa phương đã kịp thời báo tin cho cơ quan công an';
    expect(run(article('. Lê Khang', last)).authors).toEqual(['Lê Khang']);
  });
  it('a heading-like paragraph in capitals is not read', () => {
    const got = run(`${LEAD}\n\nCÔNG AN TỈNH NGHỆ AN. HẢI YẾN`);
    expect(got.authors).toEqual([]);
    expect(got.decisions.map((d) => d.rule)).toEqual(['byline/not-prose']);
    expect(got.body.endsWith('CÔNG AN TỈNH NGHỆ AN. HẢI YẾN')).toBe(true);
  });
  it('the initial of a suspect ends the sentence before a byline ("Nguyễn Văn T. Quang Huy")', () => {
    const got = run(article('. Quang Huy', 'Cơ quan điều tra đã tạm giữ hình sự đối tượng Nguyễn Văn T'));
    expect(got.authors).toEqual(['Quang Huy']);
    expect(got.body.endsWith('Nguyễn Văn T.')).toBe(true);
  });
});

describe('closing lines of their own take the same new shapes', () => {
  it('a role before the name, an outlet after it', () =>
    expect(classifyTailLine('CTV Hồng Nhung/VOV.VN')).toEqual({ kind: 'byline', names: ['Hồng Nhung'] }));
  it('what the reporters did, after the names', () =>
    expect(classifyTailLine('Hữu Tài - Bá Đạt thực hiện')).toEqual({ kind: 'byline', names: ['Hữu Tài', 'Bá Đạt'] }));
  it('a note before the names', () => expect(classifyTailLine('(Tổng hợp) Thanh Tâm')).toEqual({ kind: 'byline', names: ['Thanh Tâm'] }));
  it('strict (glued) reading: only a note may close the byline', () => {
    expect(classifyTailLine('Hải Yến (CAT tỉnh)')).toEqual({ kind: 'byline', names: ['Hải Yến'] });
    expect(classifyTailLine('Hải Yến (trú tại xã Hòa An)', true)).toBeNull();
    expect(classifyTailLine('Diệu Linh (theo VTC)', true)).toEqual({ kind: 'byline', names: ['Diệu Linh'] });
  });
});

describe('readGluedTail', () => {
  it('gives the paragraph without the tail and each segment with its rule', () => {
    const got = readGluedTail(`${LAST}. Thu Trang (TTXVN)`, '');
    expect(got).toEqual({ head: `${LAST}.`, names: ['Thu Trang'], segments: [{ kind: 'byline', names: ['Thu Trang'], rule: 'byline/glued' }] });
  });
  it('reports a vetoed reading with its rule and its place from the end', () => {
    const decisions: { rule: string; reason: string; fromEnd: number; toEnd: number }[] = [];
    expect(readGluedTail(`${LAST} tại TP. Hồ Chí Minh`, '', decisions)).toBeNull();
    expect(decisions).toEqual([{ rule: 'byline/not-abbreviation', reason: expect.stringContaining('TP.'), fromEnd: 'Hồ Chí Minh'.length, toEnd: 0 }]);
  });
  it('nothing glued, nothing reported', () => {
    const decisions: { rule: string; reason: string; fromEnd: number; toEnd: number }[] = [];
    expect(readGluedTail(`${LAST}.`, '', decisions)).toBeNull();
    expect(decisions).toEqual([]);
  });
});

describe('the record of a text with a glued byline', () => {
  const loaded = (body: string): LoadedArticle => ({
    kind: 'text',
    body,
    source: { location: 'invented.txt', sha256: '0'.repeat(64), fetchedAt: null, etag: null, lastModified: null },
    warnings: [],
  });
  const body = `${TITLE}\n\n${LEAD}\n\nThượng tá Lê Văn Bình, Trưởng Công an huyện, cho biết vụ việc đang được điều tra làm rõ./. Thái Bình - Nguyễn Văn Thành`;

  it('the byline gives the authors and is neither an official nor a province', () => {
    const r = processArticle(loaded(body));
    expect(r.authors).toEqual(['Thái Bình', 'Nguyễn Văn Thành']);
    expect(r.text.endsWith('làm rõ./.')).toBe(true);
    expect(r.provinces.map((p) => p.name)).not.toContain('Thái Bình');
    expect(r.officials.map((o) => o.name)).toEqual(['Lê Văn Bình']);
  });
  it('every mention points into the text without the byline', () => {
    const r = processArticle(loaded(body));
    for (const o of r.officials) for (const m of o.mentions) expect(r.text.slice(m.start, m.end)).toBe(m.text);
  });
  it('vnews explain shows a vetoed glued reading at its place in the record\'s text', () => {
    const { record, file } = explainArticle(loaded(`${TITLE}\n\n${LEAD}\n\nĐoàn công tác đã đến làm việc tại TP. Hồ Chí Minh`));
    const m = file.messages.find((x) => x.ruleId === 'byline/not-abbreviation');
    expect(m).toBeDefined();
    const place = m!.place as { start: { offset: number }; end: { offset: number } };
    expect(record.text.slice(place.start.offset, place.end.offset)).toBe('Hồ Chí Minh');
    expect(record.authors).toEqual([]);
  });
});

describe('the byline rules as units', () => {
  it('each has an id, a description and an example; ids are unique', () => {
    const ids = BYLINE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of BYLINE_RULES) {
      expect(r.id).toMatch(/^byline\//);
      expect(r.description.length).toBeGreaterThan(10);
      expect(r.example.length).toBeGreaterThan(3);
    }
  });
});

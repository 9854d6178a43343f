import { describe, expect, it } from 'vitest';
import { awardRules } from '../src/extract/awards/index.js';
import type { Award } from '../src/record/schema.js';
import { makeContext, extractAwards } from './helpers/context.js';

interface Case {
  text: string;
  /** The mention as written: must occur once in `text`. */
  mention: string;
  award: Pick<Award, 'type' | 'issuer' | 'collectives' | 'individuals'>;
  frame: 'award/type-before' | 'award/type-after';
  /** Provenance of the count and the type ('alias' for words or a normalised type). */
  countMatch?: 'exact' | 'alias';
  typeMatch?: 'exact' | 'alias';
}

function awardsOf(text: string) {
  const ctx = makeContext(text);
  return { ctx, awards: extractAwards(ctx) };
}

/** Asserts exactly one award, with its values, its exact span and how it was found. */
function expectOne(c: Case): void {
  const { ctx, awards } = awardsOf(c.text);
  const at = ctx.text.indexOf(c.mention);
  expect(at, 'mention occurs in the text').toBeGreaterThanOrEqual(0);
  const foundBy = [
    { rule: 'award/count', match: c.countMatch ?? 'exact' },
    { rule: c.frame, match: c.typeMatch ?? 'exact' },
    ...(c.award.issuer === null ? [] : [{ rule: 'award/issuer', match: 'exact' }]),
  ];
  expect(awards).toEqual([{ ...c.award, mentions: [{ start: at, end: at + c.mention.length, text: c.mention }], foundBy }]);
}

function expectNone(text: string): void {
  expect(awardsOf(text).awards).toEqual([]);
}

describe('award/type-before', () => {
  const frame = 'award/type-before';
  it('reads seed 004: Giấy khen from the Giám đốc for 38 collectives and 96 individuals', () =>
    expectOne({
      text: 'Tại Hội nghị, Giám đốc Công an tỉnh trao tặng Giấy khen cho 38 tập thể, 96 cá nhân đã có những thành tích xuất sắc trong toàn đợt thi đua.',
      mention: 'Giấy khen cho 38 tập thể, 96 cá nhân',
      award: { type: 'Giấy khen', issuer: 'Giám đốc Công an tỉnh', collectives: 38, individuals: 96 },
      frame,
    }));
  it('reads "và" between the counts and the issuer as subject', () =>
    expectOne({
      text: 'Thủ tướng Chính phủ tặng Bằng khen cho 5 tập thể và 12 cá nhân.',
      mention: 'Bằng khen cho 5 tập thể và 12 cá nhân',
      award: { type: 'Bằng khen', issuer: 'Thủ tướng Chính phủ', collectives: 5, individuals: 12 },
      frame,
    }));
  it('takes the issuer from "của …"', () =>
    expectOne({
      text: 'Dịp này, Bằng khen của Bộ trưởng Bộ Công an được trao cho 3 tập thể.',
      mention: 'Bằng khen của Bộ trưởng Bộ Công an được trao cho 3 tập thể',
      award: { type: 'Bằng khen', issuer: 'Bộ trưởng Bộ Công an', collectives: 3, individuals: null },
      frame,
    }));
  it('takes the issuer from "thừa ủy quyền …" rather than the one handing it over', () =>
    expectOne({
      text: 'Giám đốc Công an tỉnh đã thừa ủy quyền Bộ trưởng Bộ Công an trao tặng Bằng khen cho 3 tập thể, 7 cá nhân.',
      mention: 'Bằng khen cho 3 tập thể, 7 cá nhân',
      award: { type: 'Bằng khen', issuer: 'Bộ trưởng Bộ Công an', collectives: 3, individuals: 7 },
      frame,
    }));
  it('reads the issuer in either tone-mark style ("uỷ" as well as "ủy")', () =>
    expectOne({
      text: 'Thừa uỷ quyền Chủ tịch Uỷ ban nhân dân tỉnh, đồng chí Phó Chủ tịch trao Bằng khen cho 4 tập thể.',
      mention: 'Bằng khen cho 4 tập thể',
      award: { type: 'Bằng khen', issuer: 'Chủ tịch UBND tỉnh', collectives: 4, individuals: null },
      frame,
    }));
  it('reads counts in words', () =>
    expectOne({
      text: 'Bộ trưởng trao Bằng khen cho hai tập thể, mười lăm cá nhân.',
      mention: 'Bằng khen cho hai tập thể, mười lăm cá nhân',
      award: { type: 'Bằng khen', issuer: 'Bộ trưởng', collectives: 2, individuals: 15 },
      frame,
      countMatch: 'alias',
    }));
  it('reads zero-padded counts ("05" is 5)', () =>
    expectOne({
      text: 'Chủ tịch UBND tỉnh tặng Bằng khen cho 05 tập thể, 08 cá nhân.',
      mention: 'Bằng khen cho 05 tập thể, 08 cá nhân',
      award: { type: 'Bằng khen', issuer: 'Chủ tịch UBND tỉnh', collectives: 5, individuals: 8 },
      frame,
    }));
  it('reads "khen thưởng" with no type as "Khen thưởng", its subject as issuer', () =>
    expectOne({
      text: 'Công an tỉnh đã khen thưởng 5 tập thể và 12 cá nhân.',
      mention: 'khen thưởng 5 tập thể và 12 cá nhân',
      award: { type: 'Khen thưởng', issuer: 'Công an tỉnh', collectives: 5, individuals: 12 },
      frame,
    }));
  it('reads "tuyên dương" as "Tuyên dương"', () =>
    expectOne({
      text: 'Hội nghị đã tuyên dương 12 tập thể, 20 cá nhân tiêu biểu.',
      mention: 'tuyên dương 12 tập thể, 20 cá nhân',
      award: { type: 'Tuyên dương', issuer: null, collectives: 12, individuals: 20 },
      frame,
    }));
  it('reads "thưởng nóng" as "Thưởng"', () =>
    expectOne({
      text: 'Ngay sau chuyên án, lãnh đạo đã thưởng nóng cho 3 tập thể.',
      mention: 'thưởng nóng cho 3 tập thể',
      award: { type: 'Thưởng', issuer: null, collectives: 3, individuals: null },
      frame,
      typeMatch: 'alias',
    }));
  it('normalises the class of an order ("hạng I" → "hạng Nhất")', () =>
    expectOne({
      text: 'Chủ tịch nước tặng thưởng Huân chương Bảo vệ Tổ quốc hạng I cho 2 tập thể.',
      mention: 'Huân chương Bảo vệ Tổ quốc hạng I cho 2 tập thể',
      award: { type: 'Huân chương Bảo vệ Tổ quốc hạng Nhất', issuer: 'Chủ tịch nước', collectives: 2, individuals: null },
      frame,
      typeMatch: 'alias',
    }));
});

describe('recipient nouns', () => {
  it('counts soldiers ("quân nhân") as individuals', () =>
    expectOne({
      text: 'Tư lệnh Vùng 4 Hải quân tặng Giấy khen cho 11 tập thể, 26 quân nhân có thành tích xuất sắc.',
      mention: 'Giấy khen cho 11 tập thể, 26 quân nhân',
      award: { type: 'Giấy khen', issuer: 'Tư lệnh', collectives: 11, individuals: 26 },
      frame: 'award/type-before',
    }));
  it('counts Party units as collectives and Party members as individuals', () =>
    expectOne({
      text: 'Có 9 tổ chức đảng và 27 đảng viên được Ban Thường vụ Tỉnh ủy tặng Bằng khen.',
      mention: '9 tổ chức đảng và 27 đảng viên được Ban Thường vụ Tỉnh ủy tặng Bằng khen',
      award: { type: 'Bằng khen', issuer: 'Ban Thường vụ Tỉnh ủy', collectives: 9, individuals: 27 },
      frame: 'award/type-after',
    }));
  it('counts "lượt tổ chức cơ sở đảng" as collectives, the Party committee as issuer', () =>
    expectOne({
      text: 'Giai đoạn này, 125 lượt tổ chức cơ sở đảng được Đảng ủy Công an tỉnh tặng Giấy khen.',
      mention: '125 lượt tổ chức cơ sở đảng được Đảng ủy Công an tỉnh tặng Giấy khen',
      award: { type: 'Giấy khen', issuer: 'Đảng ủy Công an tỉnh', collectives: 125, individuals: null },
      frame: 'award/type-after',
    }));
  it('reads "chi bộ" as collectives and a Party committee after "được" as the giver, not a recipient', () =>
    expectOne({
      text: 'Năm qua, 12 chi bộ, 40 đoàn viên được Đảng bộ Công an tỉnh tặng Giấy khen.',
      mention: '12 chi bộ, 40 đoàn viên được Đảng bộ Công an tỉnh tặng Giấy khen',
      award: { type: 'Giấy khen', issuer: 'Đảng bộ Công an tỉnh', collectives: 12, individuals: 40 },
      frame: 'award/type-after',
    }));
  it('gives nothing for Party members counted with no award', () => {
    expectNone('Đảng bộ có 86 tổ chức cơ sở đảng với hơn 3.100 đảng viên, chiếm 97,4% quân số.');
    expectNone('Từ năm 2021 đến nay, Đảng bộ kết nạp 412 đảng viên mới, 30 học viên được cử đi học.');
  });
});

describe('awards: a generic award repeating a typed one', () => {
  const heading = 'Hội nghị tổng kết công tác năm 2023.\n\nKHEN THƯỞNG 45 TẬP THỂ, 120 CÁ NHÂN\n\n';
  it('drops a capitalised heading "KHEN THƯỞNG …" that repeats the counts of a Giấy khen', () => {
    const text = `${heading}Dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 45 tập thể, 120 cá nhân có thành tích xuất sắc.`;
    const { awards } = awardsOf(text);
    const at = text.indexOf('Giấy khen cho');
    const mention = 'Giấy khen cho 45 tập thể, 120 cá nhân';
    expect(awards).toEqual([
      {
        type: 'Giấy khen',
        issuer: 'Giám đốc Công an tỉnh',
        collectives: 45,
        individuals: 120,
        mentions: [{ start: at, end: at + mention.length, text: mention }],
        foundBy: [
          { rule: 'award/count', match: 'exact' },
          { rule: 'award/type-before', match: 'exact' },
          { rule: 'award/issuer', match: 'exact' },
        ],
      },
    ]);
  });
  it('keeps the generic award when its counts differ from every typed award', () => {
    const { awards } = awardsOf(`${heading}Dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 40 tập thể, 100 cá nhân.`);
    expect(awards.map((a) => [a.type, a.collectives, a.individuals])).toEqual([
      ['Khen thưởng', 45, 120],
      ['Giấy khen', 40, 100],
    ]);
  });
  it('keeps a praise ("Tuyên dương") with the same counts as a typed award: it is a type as written', () => {
    const { awards } = awardsOf('Hội nghị tuyên dương 12 tập thể, 20 cá nhân. Giám đốc tặng Giấy khen cho 12 tập thể, 20 cá nhân.');
    expect(awards.map((a) => [a.type, a.collectives, a.individuals])).toEqual([
      ['Tuyên dương', 12, 20],
      ['Giấy khen', 12, 20],
    ]);
  });
});

describe('award/type-after', () => {
  const frame = 'award/type-after';
  it('reads counts first, then "được tặng thưởng" and the order', () =>
    expectOne({
      text: 'Dịp này, 2 tập thể và 4 cá nhân được tặng thưởng Huân chương Chiến công hạng Ba.',
      mention: '2 tập thể và 4 cá nhân được tặng thưởng Huân chương Chiến công hạng Ba',
      award: { type: 'Huân chương Chiến công hạng Ba', issuer: null, collectives: 2, individuals: 4 },
      frame,
    }));
  it('reads "đơn vị" as collectives and the issuer after the type', () =>
    expectOne({
      text: 'Năm 2019, 1 đơn vị được tặng Cờ thi đua của Chính phủ.',
      mention: '1 đơn vị được tặng Cờ thi đua',
      award: { type: 'Cờ thi đua', issuer: 'Chính phủ', collectives: 1, individuals: null },
      frame,
    }));
  it('reads "lượt" counts with thousands separators and a distant "được … khen thưởng"', () =>
    expectOne({
      text: 'Có 1.750 lượt tập thể, 4.124 lượt cá nhân lập thành tích xuất sắc được các cấp, các ngành khen thưởng.',
      mention: '1.750 lượt tập thể, 4.124 lượt cá nhân lập thành tích xuất sắc được các cấp, các ngành khen thưởng',
      award: { type: 'Khen thưởng', issuer: null, collectives: 1750, individuals: 4124 },
      frame,
    }));
  it('reads a title conferred as a total', () =>
    expectOne({
      text: 'Toàn lực lượng có 120 cá nhân được phong tặng danh hiệu Chiến sĩ thi đua cơ sở.',
      mention: '120 cá nhân được phong tặng danh hiệu Chiến sĩ thi đua cơ sở',
      award: { type: 'Chiến sĩ thi đua cơ sở', issuer: null, collectives: null, individuals: 120 },
      frame,
    }));
  it('refuses a type whose subject is someone else', () => expectNone('Có 5 cá nhân được cử đi học, đơn vị được tặng Bằng khen.'));
});

describe('awards: several in one sentence', () => {
  it('gives two entries for two counts of one type', () => {
    const { awards } = awardsOf('Bộ trưởng tặng Bằng khen cho 5 tập thể có thành tích trong chuyên án A và 3 tập thể có thành tích trong chuyên án B.');
    expect(awards.map((a) => [a.type, a.collectives, a.individuals])).toEqual([
      ['Bằng khen', 5, null],
      ['Bằng khen', 3, null],
    ]);
  });

  it('gives each type its counts and issuer', () => {
    const { awards } = awardsOf('Dịp này, Bộ trưởng Bộ Công an tặng Bằng khen cho 5 tập thể, 10 cá nhân; Giám đốc Công an tỉnh tặng Giấy khen cho 20 tập thể, 50 cá nhân.');
    expect(awards.map((a) => [a.type, a.issuer, a.collectives, a.individuals])).toEqual([
      ['Bằng khen', 'Bộ trưởng Bộ Công an', 5, 10],
      ['Giấy khen', 'Giám đốc Công an tỉnh', 20, 50],
    ]);
  });

  it('gives each title of a list its own counts, quoted or not (heldout 17)', () => {
    for (const text of [
      'Dịp này, công nhận danh hiệu "Đơn vị quyết thắng" cho 45 tập thể, "Chiến sĩ thi đua cơ sở" cho 312 cá nhân.',
      'Dịp này, công nhận danh hiệu Đơn vị quyết thắng cho 45 tập thể, Chiến sĩ thi đua cơ sở cho 312 cá nhân.',
    ]) {
      const { ctx, awards } = awardsOf(text);
      const span = (sub: string) => {
        const start = ctx.text.indexOf(sub);
        expect(start, sub).toBeGreaterThanOrEqual(0);
        return { start, end: start + sub.length, text: sub };
      };
      const q = text.includes('"') ? '"' : '';
      expect(awards).toEqual([
        {
          type: 'Đơn vị quyết thắng', issuer: null, collectives: 45, individuals: null,
          mentions: [span(`danh hiệu ${q}Đơn vị quyết thắng${q} cho 45 tập thể`)],
          foundBy: [{ rule: 'award/count', match: 'exact' }, { rule: 'award/type-before', match: 'exact' }],
        },
        {
          type: 'Chiến sĩ thi đua cơ sở', issuer: null, collectives: null, individuals: 312,
          mentions: [span(`${q}Chiến sĩ thi đua cơ sở${q} cho 312 cá nhân`)],
          foundBy: [{ rule: 'award/count', match: 'exact' }, { rule: 'award/type-before', match: 'exact' }],
        },
      ]);
    }
  });

  it('reads the whole awards paragraph of a year-end review (heldout 17)', () => {
    const { awards } = awardsOf('Giám đốc Công an tỉnh công nhận danh hiệu "Đơn vị quyết thắng" cho 45 tập thể, "Chiến sĩ thi đua cơ sở" cho 312 cá nhân và tặng Giấy khen cho 96 tập thể, 245 cá nhân.');
    expect(awards.map((a) => [a.type, a.collectives, a.individuals])).toEqual([
      ['Đơn vị quyết thắng', 45, null],
      ['Chiến sĩ thi đua cơ sở', null, 312],
      ['Giấy khen', 96, 245],
    ]);
  });

  it('reads every emulation title as a type of its own in a list', () => {
    const { awards } = awardsOf('Công an tỉnh công nhận danh hiệu Đơn vị tiên tiến cho 20 tập thể, Tập thể lao động xuất sắc cho 3 tập thể, Chiến sĩ tiên tiến cho 150 cá nhân, Lao động tiên tiến cho 12 cá nhân, Chiến sĩ thi đua toàn lực lượng CAND cho 2 cá nhân.');
    expect(awards.map((a) => [a.type, a.collectives, a.individuals])).toEqual([
      ['Đơn vị tiên tiến', 20, null],
      ['Tập thể lao động xuất sắc', 3, null],
      ['Chiến sĩ tiên tiến', null, 150],
      ['Lao động tiên tiến', null, 12],
      ['Chiến sĩ thi đua Công an nhân dân', null, 2],
    ]);
  });

  it('gives a second commendation type of a list its own counts', () => {
    const { awards } = awardsOf('Giám đốc Công an tỉnh tặng Bằng khen cho 4 tập thể, Giấy khen cho 20 cá nhân.');
    expect(awards.map((a) => [a.type, a.collectives, a.individuals])).toEqual([
      ['Bằng khen', 4, null],
      ['Giấy khen', null, 20],
    ]);
  });

  it('does not give counts a title that only names the counted people', () => {
    const { awards } = awardsOf('Công an tỉnh tặng Giấy khen cho 5 tập thể, 10 chiến sĩ tiên tiến.');
    expect(awards.map((a) => [a.type, a.collectives, a.individuals])).toEqual([['Giấy khen', 5, 10]]);
  });

  it('gives a type between two passive groups to the second group', () => {
    const { awards } = awardsOf('Có 12 tập thể được công nhận, danh hiệu Chiến sĩ thi đua cơ sở cho 30 cá nhân.');
    expect(awards.map((a) => [a.type, a.collectives, a.individuals])).toEqual([['Chiến sĩ thi đua cơ sở', null, 30]]);
  });

  it('keeps "thừa ủy quyền" to its own clause', () => {
    const { awards } = awardsOf('Thừa ủy quyền Bộ trưởng Bộ Công an, Đại tá A trao Bằng khen cho 5 tập thể; Giám đốc Công an tỉnh trao Giấy khen cho 20 tập thể.');
    expect(awards.map((a) => [a.type, a.issuer, a.collectives])).toEqual([
      ['Bằng khen', 'Bộ trưởng Bộ Công an', 5],
      ['Giấy khen', 'Giám đốc Công an tỉnh', 20],
    ]);
  });

  it('merges an identical award told twice into one entry with both mentions', () => {
    const { ctx, awards } = awardsOf('Giám đốc tặng Giấy khen cho 5 tập thể. Sau đó, Giám đốc tặng Giấy khen cho 5 tập thể.');
    const first = ctx.text.indexOf('Giấy khen cho 5 tập thể');
    const second = ctx.text.indexOf('Giấy khen cho 5 tập thể', first + 1);
    expect(awards).toHaveLength(1);
    expect(awards[0]!.mentions).toEqual([
      { start: first, end: first + 23, text: 'Giấy khen cho 5 tập thể' },
      { start: second, end: second + 23, text: 'Giấy khen cho 5 tập thể' },
    ]);
  });
});

describe('award/not-award', () => {
  const cases: Array<[string, string]> = [
    ['a proposal', 'Hội đồng đề nghị Bộ trưởng tặng Bằng khen cho 3 tập thể.'],
    ['a proposal across a comma inside a name', 'Hội nghị đề nghị Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch tặng Bằng khen cho 2 tập thể và 3 cá nhân.'],
    ['a passive proposal', 'Có 3 tập thể được đề nghị tặng Bằng khen.'],
    ['a selection for a later honour', 'Hội đồng bình xét, lựa chọn 5 tập thể để khen thưởng.'],
    ['a plan', 'Đơn vị phấn đấu có 10 tập thể đạt danh hiệu Đơn vị quyết thắng.'],
    ['discipline', 'Đã xử lý kỷ luật 2 tập thể, 5 cá nhân.'],
    ['a reprimand', 'Thi hành kỷ luật khiển trách 3 cá nhân, cảnh cáo 1 cá nhân.'],
    ['a finding', 'Qua kiểm tra, phát hiện 3 tập thể, 5 cá nhân vi phạm.'],
    ['a contest prize', 'Ban tổ chức trao giải Nhất cho 2 tập thể và trao thưởng cho 5 tập thể đoạt giải.'],
    ['gifts', 'Đoàn trao thưởng và tặng quà cho 5 tập thể.'],
    ['scholarships', 'Quỹ trao thưởng học bổng cho 20 cá nhân.'],
    ['named recipients with no number', 'Bộ trưởng tặng Bằng khen cho Phòng Cảnh sát hình sự và Đại úy Nguyễn Văn A.'],
    ['no count (seed 004)', 'Giám đốc Công an tỉnh đã thừa ủy quyền Bộ trưởng Bộ Công an trao tặng Bằng khen và trao tặng Giấy khen cho các tập thể, cá nhân có thành tích.'],
    ['a vague count', 'Hàng trăm lượt cán bộ chiến sỹ được khen thưởng.'],
    ['one count for both kinds', 'Gần 6.500 lượt tập thể, cá nhân được khen thưởng.'],
    ['a count with no award', 'Công an 13 tỉnh có 1.750 lượt cán bộ tham gia.'],
    ['a type across a clause with no "cho"', 'Đơn vị từng được tặng Bằng khen, hiện có 120 cán bộ, chiến sĩ.'],
    ['a route, not praise ("tuyến đường")', 'Lực lượng chức năng chốt chặn tuyến đường 5 tập thể cùng tham gia.'],
  ];
  for (const [why, text] of cases) it(`gives nothing for ${why}`, () => expectNone(text));

  it('keeps the commendation and drops the discipline of the same sentence', () =>
    expectOne({
      text: 'Năm qua đã khen thưởng 30 tập thể, xử lý kỷ luật 2 tập thể, 5 cá nhân.',
      mention: 'khen thưởng 30 tập thể',
      award: { type: 'Khen thưởng', issuer: null, collectives: 30, individuals: null },
      frame: 'award/type-before',
    }));
});

describe('award/not-award: a cue vetoes only the count group of its own clause', () => {
  const frame = 'award/type-before';

  it('keeps an award given after gifts in the same sentence (heldout 18)', () =>
    expectOne({
      text: 'Dịp này, Bộ trưởng đã tặng quà 20 gia đình chính sách trên địa bàn và trao tặng Bằng khen cho 3 tập thể, 4 cá nhân có thành tích xuất sắc.',
      mention: 'Bằng khen cho 3 tập thể, 4 cá nhân',
      award: { type: 'Bằng khen', issuer: 'Bộ trưởng', collectives: 3, individuals: 4 },
      frame,
    }));

  it('keeps an award given before gifts in the same sentence', () =>
    expectOne({
      text: 'Dịp này, Bộ trưởng đã trao tặng Bằng khen cho 3 tập thể, 4 cá nhân có thành tích xuất sắc và tặng quà 20 gia đình chính sách trên địa bàn.',
      mention: 'Bằng khen cho 3 tập thể, 4 cá nhân',
      award: { type: 'Bằng khen', issuer: 'Bộ trưởng', collectives: 3, individuals: 4 },
      frame,
    }));

  it('keeps an award listed after gifts with no verb of its own', () => {
    const { awards } = awardsOf('Đoàn tặng quà 20 gia đình chính sách, Bằng khen cho 3 tập thể.');
    expect(awards.map((a) => [a.type, a.issuer, a.collectives, a.individuals])).toEqual([['Bằng khen', null, 3, null]]);
  });

  it('drops a proposal and keeps the award of the next clause, whose issuer is not the proposed one', () =>
    expectOne({
      text: 'Hội đồng đề nghị Bộ trưởng tặng Bằng khen cho 2 tập thể; Giám đốc trao Giấy khen cho 5 tập thể, 9 cá nhân.',
      mention: 'Giấy khen cho 5 tập thể, 9 cá nhân',
      award: { type: 'Giấy khen', issuer: null, collectives: 5, individuals: 9 },
      frame,
    }));

  it('keeps a commendation after a sanction that already has its counts', () =>
    expectOne({
      text: 'Năm qua đã xử lý kỷ luật 2 tập thể, khen thưởng 30 tập thể.',
      mention: 'khen thưởng 30 tập thể',
      award: { type: 'Khen thưởng', issuer: null, collectives: 30, individuals: null },
      frame,
    }));

  it('still drops a proposal whose verb follows a comma', () => expectNone('Hội đồng đề nghị Bộ trưởng xem xét, tặng Bằng khen cho 3 tập thể.'));
  it('still drops a gift named between the type and the counts', () => expectNone('Đoàn trao thưởng và tặng quà cho 5 tập thể, 10 cá nhân.'));
  it('drops a cash reward at a contest, as it drops an unnamed medal there', () => expectNone('Kết thúc hội thi, Ban tổ chức trao thưởng cho 5 tập thể.'));
});

describe('award/not-award: contest medals (GOLD "Decided borderline cases")', () => {
  it('gives nothing for gold, silver and bronze medals handed to counted winners', () => {
    expectNone('Ban Tổ chức đã trao 36 huy chương vàng, 36 huy chương bạc và 52 huy chương đồng cho 24 tập thể, 87 cá nhân.');
    expectNone('Đơn vị đã trao huy chương vàng cho 5 tập thể, 12 cá nhân.');
    expectNone('Giám đốc Công an tỉnh trao Huy chương Vàng cho 3 tập thể.');
  });

  it('gives nothing for an unnamed medal in a contest sentence', () => {
    expectNone('Kết thúc hội thao, Ban Tổ chức trao huy chương cho 5 tập thể, 12 cá nhân.');
    expectNone('Các vận động viên đã nhận huy chương, gồm 4 tập thể và 9 cá nhân.');
    expectNone('Tại giải bắn súng, 6 cá nhân đạt huy chương.');
  });

  it('keeps a named state medal, even at a sports meet', () =>
    expectOne({
      text: 'Tại hội thao, Bộ trưởng tặng Huy chương Chiến sĩ vẻ vang hạng Nhất cho 3 cá nhân.',
      mention: 'Huy chương Chiến sĩ vẻ vang hạng Nhất cho 3 cá nhân',
      award: { type: 'Huy chương Chiến sĩ vẻ vang hạng Nhất', issuer: 'Bộ trưởng', collectives: null, individuals: 3 },
      frame: 'award/type-before',
    }));

  it('keeps "Huy chương Vì an ninh Tổ quốc" with counts', () =>
    expectOne({
      text: 'Chủ tịch nước tặng Huy chương Vì an ninh Tổ quốc cho 5 tập thể, 12 cá nhân.',
      mention: 'Huy chương Vì an ninh Tổ quốc cho 5 tập thể, 12 cá nhân',
      award: { type: 'Huy chương Vì an ninh Tổ quốc', issuer: 'Chủ tịch nước', collectives: 5, individuals: 12 },
      frame: 'award/type-before',
    }));

  it('keeps an unnamed medal when "giải" is the verb "giải quyết", not a contest', () =>
    expectOne({
      text: 'Sau khi giải quyết xong vụ án, Bộ trưởng tặng Huy chương cho 2 tập thể.',
      mention: 'Huy chương cho 2 tập thể',
      award: { type: 'Huy chương', issuer: 'Bộ trưởng', collectives: 2, individuals: null },
      frame: 'award/type-before',
    }));
});

describe('award rules registry', () => {
  it('lists the rules in the order they run', () => {
    expect(awardRules.map((r) => r.id)).toEqual([
      'award/count', 'award/other-recipient', 'award/type-before', 'award/type-after', 'award/verb-of-title', 'award/title-holders', 'award/cash', 'award/type-count',
      'award/not-award', 'award/issuer', 'award/yield-to-typed',
    ]);
  });
});

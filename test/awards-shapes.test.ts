/**
 * The award shapes of real press (issue 10) and the exclusions that must keep holding, on
 * invented sentences (test/awards-shapes.cases.ts); then each new rule on its own, with its
 * exact span and provenance, and the vetoes `vnews explain` names.
 */
import { describe, expect, it } from 'vitest';
import type { Award } from '../src/record/schema.js';
import { makeContext, extractAwards } from './helpers/context.js';
import { NEGATIVE, POSITIVE } from './awards-shapes.cases.js';

function awardsOf(text: string) {
  const ctx = makeContext(text);
  return { ctx, awards: extractAwards(ctx) };
}

const summary = (awards: Award[]) => awards.map((a) => [a.type, a.collectives, a.individuals]);

describe('award shapes of real press, one sentence each', () => {
  for (const c of POSITIVE) it(`${c.shape}: ${c.text}`, () => expect(summary(awardsOf(c.text).awards)).toEqual(c.awards));
});

describe('exclusions keep holding', () => {
  for (const c of NEGATIVE) it(`${c.exclusion}: ${c.text}`, () => expect(awardsOf(c.text).awards).toEqual([]));
});

/** The one award of `text`, checked whole: values, exact span, provenance. */
function expectOne(text: string, mention: string, award: Pick<Award, 'type' | 'issuer' | 'collectives' | 'individuals' | 'foundBy'>): void {
  const { ctx, awards } = awardsOf(text);
  const at = ctx.text.indexOf(mention);
  expect(at, 'mention occurs in the text').toBeGreaterThanOrEqual(0);
  expect(awards).toEqual([{ ...award, mentions: [{ start: at, end: at + mention.length, text: mention }] }]);
}

describe('award/other-recipient', () => {
  it('reads a person noun right after the type, with its provenance', () =>
    expectOne('Công an tỉnh khen thưởng 3 tài xế dũng cảm.', 'khen thưởng 3 tài xế', {
      type: 'Khen thưởng', issuer: 'Công an tỉnh', collectives: null, individuals: 3,
      foundBy: [{ rule: 'award/count', match: 'exact' }, { rule: 'award/other-recipient', match: 'alias' }, { rule: 'award/type-before', match: 'exact' }, { rule: 'award/issuer', match: 'exact' }],
    }));
  it('reads a unit noun after "cho" and an issuer', () =>
    expectOne('Công đoàn ngành tặng Bằng khen của Chủ tịch UBND tỉnh cho 43 công đoàn cơ sở.', 'Bằng khen của Chủ tịch UBND tỉnh cho 43 công đoàn cơ sở', {
      type: 'Bằng khen', issuer: 'Chủ tịch UBND tỉnh', collectives: 43, individuals: null,
      foundBy: [{ rule: 'award/count', match: 'exact' }, { rule: 'award/other-recipient', match: 'alias' }, { rule: 'award/type-before', match: 'exact' }, { rule: 'award/issuer', match: 'exact' }],
    }));
  it('reads a passive subject after "có"', () =>
    expectOne('Toàn tỉnh có 310 bà mẹ được phong tặng danh hiệu Bà mẹ Việt Nam anh hùng.', '310 bà mẹ được phong tặng danh hiệu Bà mẹ Việt Nam anh hùng', {
      type: 'Bà mẹ Việt Nam anh hùng', issuer: null, collectives: null, individuals: 310,
      foundBy: [{ rule: 'award/count', match: 'exact' }, { rule: 'award/other-recipient', match: 'alias' }, { rule: 'award/type-after', match: 'exact' }],
    }));
  it('reads nothing for the object of another verb, after or before the award', () => {
    expect(awardsOf('Khen thưởng Đội tuần tra đã cứu 3 ngư dân.').awards).toEqual([]);
    expect(awardsOf('Đội đã cứu sống 3 ngư dân gặp nạn, được UBND tỉnh tặng Bằng khen.').awards).toEqual([]);
  });
  it('does not change a group counted by tập thể or cá nhân, which may stand further from its type', () =>
    expect(summary(awardsOf('Giám đốc tặng Giấy khen cho các đơn vị, trong đó 3 tập thể thuộc Phòng Cảnh sát hình sự.').awards)).toEqual([['Giấy khen', 3, null]]));
});

describe('award/type-count', () => {
  it('reads a counted flag as that many collectives, the giver as issuer', () =>
    expectOne('Bộ trưởng Bộ Công an đã tặng 8 cờ thi đua xuất sắc cho các đơn vị dẫn đầu phong trào.', '8 cờ thi đua', {
      type: 'Cờ thi đua', issuer: 'Bộ trưởng Bộ Công an', collectives: 8, individuals: null,
      foundBy: [{ rule: 'award/type-count', match: 'exact' }, { rule: 'award/issuer', match: 'exact' }],
    }));
  it('reads the kind of the recipients after "cho các"', () =>
    expectOne('Giám đốc trao mười lăm giấy khen cho các cá nhân có thành tích.', 'mười lăm giấy khen', {
      type: 'Giấy khen', issuer: null, collectives: null, individuals: 15,
      foundBy: [{ rule: 'award/type-count', match: 'alias' }],
    }));
  it('leaves the counted recipients to award/type-before, once', () =>
    expectOne('Thủ tướng trao 2 Cờ thi đua của Chính phủ cho 2 đơn vị dẫn đầu.', 'Cờ thi đua của Chính phủ cho 2 đơn vị', {
      type: 'Cờ thi đua', issuer: 'Chính phủ', collectives: 2, individuals: null,
      foundBy: [{ rule: 'award/count', match: 'exact' }, { rule: 'award/type-before', match: 'exact' }, { rule: 'award/issuer', match: 'exact' }],
    }));
  it('vetoes a counted award that is proposed, and says so', () => {
    const { ctx, awards } = awardsOf('Đơn vị đề xuất tặng 5 cờ thi đua cho các đơn vị dẫn đầu.');
    expect(awards).toEqual([]);
    expect(ctx.decisions.map((d) => [d.rule, d.reason, ctx.text.slice(d.start, d.end)])).toEqual([['award/not-award', 'proposal: not an award', '5 cờ thi đua']]);
  });
});

describe('award/title-holders', () => {
  it('reads holders counted by their title, conferred right after', () =>
    expectOne('Toàn huyện hiện có 86 Bà mẹ Việt Nam anh hùng được phong tặng.', '86 Bà mẹ Việt Nam anh hùng được phong tặng', {
      type: 'Bà mẹ Việt Nam anh hùng', issuer: null, collectives: null, individuals: 86,
      foundBy: [{ rule: 'award/count', match: 'exact' }, { rule: 'award/other-recipient', match: 'alias' }, { rule: 'award/title-holders', match: 'exact' }],
    }));
  it('reads nothing when the title is only proposed, or not conferred at all', () => {
    expect(awardsOf('Năm nay có 40 Chiến sĩ thi đua cơ sở được đề nghị công nhận.').awards).toEqual([]);
    expect(awardsOf('Tỉnh có 310 bà mẹ Việt Nam anh hùng còn sống.').awards).toEqual([]);
  });
});

describe('award/cash', () => {
  it('reads a cash reward to counted units as "Thưởng", the verb as its mention', () =>
    expectOne('Giám đốc Công an tỉnh tặng 3 đơn vị tham gia phá án, mỗi đơn vị 10 triệu đồng.', 'tặng 3 đơn vị', {
      type: 'Thưởng', issuer: 'Giám đốc Công an tỉnh', collectives: 3, individuals: null,
      foundBy: [{ rule: 'award/count', match: 'exact' }, { rule: 'award/cash', match: 'alias' }, { rule: 'award/issuer', match: 'exact' }],
    }));
  it('reads nothing without a sum of money, or for charity', () => {
    expect(awardsOf('Giám đốc Công an tỉnh tặng 3 đơn vị tham gia phá án một bức trướng.').awards).toEqual([]);
    expect(awardsOf('Đoàn tặng 30 hộ gia đình chính sách, mỗi hộ 1 triệu đồng.').awards).toEqual([]);
  });
});

describe('award/verb-of-title', () => {
  it('reads the title a praise verb confers, not the verb', () =>
    expectOne('Đến nay, 2 tập thể được tuyên dương Anh hùng lực lượng vũ trang nhân dân.', '2 tập thể được tuyên dương Anh hùng lực lượng vũ trang nhân dân', {
      type: 'Anh hùng Lực lượng vũ trang nhân dân', issuer: null, collectives: 2, individuals: null,
      foundBy: [{ rule: 'award/count', match: 'exact' }, { rule: 'award/type-after', match: 'exact' }],
    }));
  it('keeps a praise verb that stands on its own', () => expect(summary(awardsOf('Hội nghị biểu dương, khen thưởng 25 tập thể.').awards)).toEqual([['Khen thưởng', 25, null]]));
});

describe('award/not-award: the new exclusions and their limits', () => {
  const decided = (text: string) => {
    const { ctx, awards } = awardsOf(text);
    return { awards: summary(awards), vetoes: ctx.decisions.map((d) => d.reason) };
  };
  it('names a revocation, and only for the award right after the cue', () => {
    expect(decided('Bộ trưởng quyết định thu hồi Bằng khen đã tặng cho 3 cá nhân.')).toEqual({ awards: [], vetoes: ['revocation: not an award'] });
    expect(decided('Công an tỉnh đã thu hồi 20 xe máy và khen thưởng 5 cá nhân.')).toEqual({ awards: [['Khen thưởng', null, 5]], vetoes: [] });
  });
  it('names contest winners counted right after the type', () =>
    expect(decided('Kết thúc hội thi, Ban tổ chức trao Giấy khen cho 8 tập thể và 16 cá nhân đạt giải.')).toEqual({ awards: [], vetoes: ['prize, gift or scholarship: not an award'] }));
  it('keeps an award given on a proposal ("theo đề nghị của …") and still drops an open one', () => {
    expect(decided('Theo đề nghị của Giám đốc Công an tỉnh, Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể, 9 cá nhân.').awards).toEqual([['Bằng khen', 5, 9]]);
    expect(decided('Giám đốc đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể, 9 cá nhân.')).toEqual({ awards: [], vetoes: ['proposal: not an award'] });
  });
  it('gives a sanction before the counts, across a comma, to its own clause', () => {
    expect(decided('Năm qua, có 3 cán bộ bị kỷ luật, 25 cán bộ được khen thưởng.')).toEqual({ awards: [['Khen thưởng', null, 25]], vetoes: [] });
    expect(decided('Năm qua, có 3 cán bộ bị kỷ luật và không được khen thưởng.').awards).toEqual([]);
  });
});

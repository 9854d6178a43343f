/**
 * Reading Vietnamese written without diacritics (SPEC "Normalisation", GOLD: names as written,
 * provinces canonical): the per-article mode of the view, each recogniser on invented unaccented
 * sentences, and the traps that must not appear, in unaccented text and, above all, in accented
 * text because of the new mode.
 */
import { describe, expect, it } from 'vitest';
import { makeContext, extractAwards, extractClusters, extractOfficials, extractPeriodsAndDates, extractProvinces, type TestView } from './helpers/context.js';
import { processArticle } from '../src/pipeline.js';
import type { LoadedArticle } from '../src/types.js';
import { tokenize } from '../src/text/tokens.js';
import { foldAligned } from '../src/text/fold.js';
import { diacriticEvidence, readsWithoutDiacritics } from '../src/text/diacritics.js';
import { isBareVietnameseSyllable, isVietnameseSyllable } from '../src/text/vietnamese-syllable.js';
import { foldedPattern } from '../src/text/patterns.js';
import { parseVietnameseNumber } from '../src/text/number-words.js';
import { tokenizeText } from '../src/extract/lexicon/index.js';
import { bareSpelling, exactIn, isBare, spelledIn, spellingIn, spells } from '../src/extract/lexicon/spelling.js';
import { toneKey } from '../src/extract/lexicon/tone-key.js';
import { restoreMarks } from '../src/extract/lexicon/restore-marks.js';
import { lowerAligned } from '../src/extract/article-view.js';

const officials = (ctx: TestView) => extractOfficials(ctx).map((o) => ({ name: o.name, rank: o.rank, honorific: o.honorific, province: o.province }));
const provinces = (ctx: TestView) => extractProvinces(ctx).map((p) => p.name);
const periods = (ctx: TestView) => extractPeriodsAndDates(ctx).periods.map((p) => [p.text, p.start, p.end]);
const awards = (ctx: TestView) => extractAwards(ctx).map((a) => [a.type, a.issuer, a.collectives, a.individuals]);
const tokens = (text: string) => tokenize(text, foldAligned(text));

describe('the reading mode of an article', () => {
  it('reads a mostly unaccented article as written without diacritics, with one warning', () => {
    const ctx = makeContext('Dai ta Ho Van Tu, Pho Giam doc Cong an tinh Nghe An phat bieu tai hoi nghi.');
    expect(ctx.unaccented).toBe(true);
    expect(ctx.tokens.unaccented).toBe(true);
    expect(ctx.warnings).toEqual([
      { code: 'no-diacritics', message: 'the text is written without diacritics: words were matched without their marks, names are kept as written', start: null, end: null },
    ]);
  });

  it('keeps the mode when a few words carry marks (a name typed with its marks)', () => {
    const text = 'Hoi nghi so ket cong tac 6 thang dau nam 2020 cua Cong an tinh Nghệ An dien ra tai thanh pho Vinh voi su tham du cua lanh dao cac don vi.';
    expect(diacriticEvidence(tokens(text)).marked).toBe(1);
    expect(makeContext(text).unaccented).toBe(true);
  });

  it('never switches accented text, whatever stray unaccented words it holds', () => {
    const ctx = makeContext('Công an tỉnh tổ chức hội nghị tại Nghe An, Pho Giam doc Cong an tinh du. Năm Đinh Dậu, Đại tá Hồ Văn Tứ phát biểu.');
    expect(ctx.unaccented).toBe(false);
    expect(ctx.tokens.unaccented).toBe(false);
    expect(ctx.warnings).toEqual([]);
    expect(ctx.lower).toBe(lowerAligned(ctx.text));
  });

  it('judges only Vietnamese articles with enough words', () => {
    // Too short to judge: a headline of a few words.
    expect(makeContext('Cong an tinh Nghe An').unaccented).toBe(false);
    // English is read by the English recogniser, never in this mode.
    expect(makeContext('The police of Nghe An province said that Nguyen Van Thanh was arrested in Vinh on Monday.', { language: 'eng' }).unaccented).toBe(false);
    // Acronyms and numbers carry no marks in any text: they do not count.
    expect(diacriticEvidence(tokens('UBND HĐND CBCS ANTQ 2020 12/5'))).toEqual({ words: 0, marked: 0 });
    expect(readsWithoutDiacritics(tokens('Police in Hanoi have arrested three men suspected of running a ring'))).toBe(false);
  });

  it('records the warning and the language through the pipeline', () => {
    const article: LoadedArticle = {
      source: { location: 'khong-dau.txt', sha256: '0'.repeat(64), fetchedAt: null, etag: null, lastModified: null }, kind: 'text', warnings: [],
      body: 'Hoi nghi so ket\n\nDai ta Ho Van Tu, Pho Giam doc Cong an tinh Nghe An phat bieu tai hoi nghi so ket 6 thang dau nam 2020 cua Cum thi dua so 5.',
    };
    const r = processArticle(article);
    expect(r.language.code).toBe('vie');
    expect(r.warnings.map((w) => w.code)).toEqual(['no-diacritics']);
    expect(r.officials.map((o) => [o.name, o.rank, o.province])).toEqual([['Ho Van Tu', 'Đại tá', 'Nghệ An']]);
    expect(r.provinces.map((p) => p.name)).toEqual(['Nghệ An']);
    expect(r.clusters.map((c) => c.number)).toEqual([5]);
    expect(r.periods.map((p) => [p.text, p.start, p.end])).toEqual([['6 thang dau nam 2020', '2020-01-01', '2020-06-30']]);
  });
});

describe('unaccented text: every recogniser', () => {
  it('officials: rank, position and province canonical, the name as written', () => {
    const ctx = makeContext('Dai ta Ho Van Tu, Pho Giam doc Cong an tinh Nghe An phat bieu tai hoi nghi.');
    expect(officials(ctx)).toEqual([{ name: 'Ho Van Tu', rank: 'Đại tá', honorific: null, province: 'Nghệ An' }]);
    expect(extractOfficials(ctx)[0]!.positions[0]).toMatch(/^Phó Giám đốc Công an /);
  });

  it('officials: an honorific, a position written with an abbreviation, and a press variant of the province', () => {
    const ctx = makeContext('Dong chi Nguyen Van Binh, Pho Chu tich UBND tinh Thanh Hoa du va phat bieu chi dao hoi nghi.');
    expect(officials(ctx)).toEqual([{ name: 'Nguyen Van Binh', rank: null, honorific: 'đồng chí', province: 'Thanh Hóa' }]);
    expect(extractOfficials(ctx)[0]!.positions[0]).toMatch(/^Phó Chủ tịch Ủy ban nhân dân /);
    const b = makeContext('Thuong ta Le Van Nam, Truong phong Canh sat giao thong Cong an TP.HCM da bao cao ket qua cong tac.');
    expect(officials(b)).toEqual([{ name: 'Le Van Nam', rank: 'Thượng tá', honorific: null, province: 'Hồ Chí Minh' }]);
    const c = makeContext('Trong buoi lam viec, PGD Cong an tinh Ha Tinh Tran Van Hung da bao cao ket qua cong tac.');
    expect(extractOfficials(c).map((o) => [o.name, o.positions])).toEqual([['Tran Van Hung', ['Phó Giám đốc Công an tinh Ha Tinh']]]);
  });

  it('provinces: canonical names from bare forms, abbreviations and dashes', () => {
    const ctx = makeContext('Hoi nghi co su tham du cua lanh dao Cong an cac tinh Ba Ria - Vung Tau, Dak Lak, TT-Hue va Cong an TP.HCM.');
    expect(provinces(ctx)).toEqual(['Bà Rịa - Vũng Tàu', 'Đắk Lắk', 'Thừa Thiên Huế', 'Hồ Chí Minh']);
    expect(extractProvinces(ctx)[0]!.mentions[0]!.text).toBe('Ba Ria - Vung Tau');
  });

  it('clusters: read as numbered, not as typos, with their members', () => {
    const ctx = makeContext('Cum thi dua so 5 gom Cong an cac tinh Thanh Hoa, Nghe An, Ha Tinh, Quang Binh, Quang Tri va Thua Thien Hue.');
    const [c] = extractClusters(ctx);
    expect(c!.number).toBe(5);
    expect(c!.members).toEqual(['Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị', 'Thừa Thiên Huế']);
    expect(c!.foundBy).toContainEqual({ rule: 'cluster/numbered', match: 'folded' });
    expect(ctx.warnings.map((w) => w.code)).toEqual(['no-diacritics']);
    // A real typo is still one: "cum thu dua".
    const t = makeContext('Hoi nghi tong ket cua cum thu dua so 6 dien ra tai tinh Gia Lai voi nhieu hoat dong.');
    expect(extractClusters(t).map((x) => [x.number, x.foundBy[0]!.rule])).toEqual([[6, 'cluster/typo']]);
  });

  it('periods: months of a year, quarters, ranges, "nam nay"', () => {
    expect(periods(makeContext('Trong 6 thang dau nam 2020, luc luong cong an da bat giu nhieu doi tuong.'))).toEqual([['6 thang dau nam 2020', '2020-01-01', '2020-06-30']]);
    expect(periods(makeContext('Cong an tinh Thanh Hoa tong ket cong tac quy III/2019 va trien khai nhiem vu.'))).toEqual([['quy III/2019', '2019-07-01', '2019-09-30']]);
    expect(periods(makeContext('Ong cong tac tai huyen nay tu 2011 den thang 3/2015 thi chuyen ve tinh.'))).toEqual([['tu 2011 den thang 3/2015', '2011-01-01', '2015-03-31']]);
    expect(periods(makeContext('Tu dau nam nay den ngay 20/6/2017, luc luong cong an da bat giu 50 doi tuong.'))).toEqual([['Tu dau nam nay den ngay 20/6/2017', '2017-01-01', '2017-06-20']]);
    expect(periods(makeContext('Trong sau thang dau nam 2019, toi pham giam manh so voi cung ky.'))).toEqual([['sau thang dau nam 2019', '2019-01-01', '2019-06-30']]);
    expect(periods(makeContext('Bau cu dai bieu HDND cac cap nhiem ky 2016-2021 dien ra an toan tren dia ban.'))).toEqual([['nhiem ky 2016-2021', '2016-01-01', '2021-12-31']]);
  });

  it('awards: type, issuer and counts; proposals are still no awards', () => {
    expect(awards(makeContext('Nhan dip nay, Giam doc Cong an tinh tang Bang khen cho 5 tap the, 12 ca nhan co thanh tich xuat sac.'))).toEqual([['Bằng khen', 'Giám đốc Công an tỉnh', 5, 12]]);
    expect(awards(makeContext('64 tap the va 27 ca nhan da duoc UBND tinh tang bang khen vi co thanh tich trong phong trao.'))).toEqual([['Bằng khen', 'UBND tỉnh', 64, 27]]);
    expect(awards(makeContext('Bo truong Bo Cong an trao Huan chuong Chien cong hang Nhat cho 2 tap the va 3 ca nhan.'))).toEqual([['Huân chương Chiến công hạng Nhất', 'Bộ trưởng Bộ Công an', 2, 3]]);
    expect(awards(makeContext('Hoi nghi de nghi Bo truong tang Bang khen cho 3 tap the va 5 ca nhan co thanh tich.'))).toEqual([]);
  });
});

describe('unaccented text: traps', () => {
  it('"nam Dinh Dau" is no Nam Định, a person named after a province is no province, Hồ Chí Minh thought is no city', () => {
    const ctx = makeContext('Ong Nguyen Binh Dinh, can bo xa, cho biet nam Dinh Dau vua qua mua mang bi mat trang.');
    expect(provinces(ctx)).toEqual([]);
    expect(provinces(makeContext('Toan luc luong hoc tap va lam theo tu tuong, dao duc, phong cach Ho Chi Minh trong cong tac.'))).toEqual([]);
    expect(provinces(makeContext('Chien thang Dien Bien Phu la moc son lich su cua dan toc, duoc ca nuoc ky niem.'))).toEqual([]);
  });

  it('a local place of a province\'s name is no province', () => {
    expect(provinces(makeContext('Trung uy Tran Thi Mai, can bo Cong an huyen Dien Bien, tinh Dien Bien da co mat kip thoi.'))).toEqual(['Điện Biên']);
    expect(provinces(makeContext('Vu tai nan xay ra tren duong Ha Giang thuoc phuong 2, doi tuong bo chay khoi hien truong.'))).toEqual([]);
  });

  it('open ends and numbers are no periods', () => {
    expect(periods(makeContext('Tu dau nam den nay, luc luong cong an da bat giu nhieu doi tuong tren dia ban.'))).toEqual([]);
    expect(periods(makeContext('Doi bong Cong an tinh thang 2/9 tran da dau trong mua giai nay.'))).toEqual([]);
  });
});

describe('accented text: the new mode changes nothing', () => {
  it('a stray unaccented province, position or award is not read', () => {
    const ctx = makeContext('Đoàn công tác làm việc tại Nghe An; Pho Giam doc Cong an tinh Ha Tinh du; tang Bang khen cho 5 tap the.');
    expect(provinces(ctx)).toEqual([]);
    expect(officials(ctx)).toEqual([]);
    expect(awards(ctx)).toEqual([]);
    expect(periods(makeContext('Báo cáo 6 thang dau nam 2020 của đơn vị được trình bày.'))).toEqual([]);
  });

  it('"năm Đinh Dậu", "hòa bình" and "trường" keep their marks', () => {
    expect(provinces(makeContext('Tết năm Đinh Dậu, nhân dân vì hòa bình đón xuân.'))).toEqual([]);
    expect(officials(makeContext('Học sinh trường Lương Thế Vinh tham gia hội thi an toàn giao thông.'))).toEqual([]);
  });
});

describe('text: the shapes and folds the mode relies on', () => {
  it('a bare word has the shape of a syllable whose marks were left out', () => {
    for (const w of ['nguoi', 'Nguyen', 'duoc', 'thuong', 'quyet', 'khuyu', 'Huan', 'chuong']) expect(isBareVietnameseSyllable(w), w).toBe(true);
    for (const w of ['police', 'street', 'Jürgen', 'nguời', 'Ha-Noi', 'tt']) expect(isBareVietnameseSyllable(w), w).toBe(false);
    // The marked shape stays strict: "nguoi" is not a Vietnamese syllable as written with marks.
    expect(isVietnameseSyllable('nguoi')).toBe(false);
  });

  it('a pattern written with marks has a folded twin for folded text, compiled once', () => {
    const re = /(?<![\p{L}\p{M}\p{N}])tháng\s+(?<m>\d{1,2})\/(?<y>\d{4})/u;
    const twin = foldedPattern(re);
    expect(twin).toBe(foldedPattern(re));
    expect(twin.flags).toBe('u');
    expect(twin.exec('thang 5/2020')?.groups).toEqual({ m: '5', y: '2020' });
    expect(twin.test('tháng 5/2020')).toBe(false);
  });

  it('numerals written without marks read as the numeral they fold to', () => {
    expect(parseVietnameseNumber(['ba', 'muoi', 'tam'], true)).toBe(38);
    expect(parseVietnameseNumber(['muoi', 'lam'], true)).toBe(15);
    expect(parseVietnameseNumber(['hai', 'muoi', 'mot'], true)).toBe(21);
    expect(parseVietnameseNumber(['sau'], true)).toBe(6);
    // Without `folded` a bare word is no numeral; a non-numeral is none either way.
    expect(parseVietnameseNumber(['sau'])).toBeNull();
    expect(parseVietnameseNumber(['nguoi'], true)).toBeNull();
  });
});

describe('lexicon: spelling in the reading mode', () => {
  const accented = tokenizeText('x');
  const bare = tokenizeText('x', true);

  it('accepts a bare spelling of a listed word only in an article read without diacritics', () => {
    expect(isBare('Pho Giam doc')).toBe(true);
    expect(isBare('Bà Rịa – Vũng Tàu')).toBe(false);
    expect(isBare('Ba Ria – Vung Tau')).toBe(true);
    expect(spells(accented, 'Nghe', toneKey('Nghệ'))).toBe(false);
    expect(spells(bare, 'Nghe', toneKey('Nghệ'))).toBe(true);
    // A word that carries marks must carry its own, in either mode.
    expect(spells(bare, 'Đinh', toneKey('Định'))).toBe(false);
    expect(spells(bare, 'Ngha', toneKey('Nghệ'))).toBe(false);
    expect(spells(bare, 'Ba Ria - Vung Tau', toneKey('Bà Rịa-Vũng Tàu'))).toBe(true);
  });

  it('reads sets, maps and exact abbreviations the same way', () => {
    const keys = new Set([toneKey('Nguyễn'), toneKey('Trần')]);
    expect(spelledIn(accented, 'Nguyen', keys)).toBe(false);
    expect(spelledIn(bare, 'Nguyen', keys)).toBe(true);
    const forms = new Map([[toneKey('Giám đốc'), false], [toneKey('Giám đôc'), true]]);
    expect(spellingIn(accented, 'Giam doc', forms)).toBeUndefined();
    expect(spellingIn(bare, 'Giam doc', forms)).toBe(false);
    expect(spellingIn(bare, 'Giám đôc', forms)).toBe(true);
    expect(spellingIn(bare, 'Giám doc', forms)).toBeUndefined();
    expect(bareSpelling('PGĐ')).toBe('PGD');
    expect(exactIn(accented, 'PGD', new Set(['PGĐ']))).toBe(false);
    expect(exactIn(bare, 'PGD', new Set(['PGĐ']))).toBe(true);
    expect(exactIn(bare, 'pgd', new Set(['PGĐ']))).toBe(false);
  });

  it('restores the marks of the lexicon\'s words into the lower-cased text, offsets kept', () => {
    const text = 'Giam doc tang Bang khen cho 5 tap the, 12 ca nhan; Thu truong Nguyen Van Thanh.';
    const t = tokenizeText(text, true);
    const restored = restoreMarks(t, lowerAligned(text));
    expect(restored).toHaveLength(text.length);
    expect(restored).toContain('giám đốc tặng bằng khen cho 5 tập thể, 12 cá nhân');
    // Names keep the spelling the article gives them; a word whose listed spellings differ stays bare.
    expect(restored).toContain('nguyen van thanh');
    expect(restoreMarks(t, lowerAligned(text)).startsWith('giám đốc')).toBe(true);
    expect(restored).toContain('thu truong');
  });
});

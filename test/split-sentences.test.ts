import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { unified } from 'unified';
import retextLatin from 'retext-latin';
import { toString } from 'nlcst-to-string';
import type { Root } from 'nlcst';
import { retextVietnameseAbbreviations, splitSentences } from '../src/parse/split-sentences.js';
import { normalizeText } from '../src/normalize/normalize-text.js';
import { SENTENCE_ABBREVIATIONS } from '../src/data/sentence-abbreviations.js';

const sentencesOf = (text: string): string[] => splitSentences(text).sentences.map((s) => text.slice(s.start, s.end));

describe('splitSentences: abbreviations and numbers', () => {
  it('does not end a sentence after Vietnamese abbreviations', () => {
    expect(sentencesOf('Đoàn đến TP. HCM sáng nay. Tiếp theo là Hà Nội.')).toEqual(['Đoàn đến TP. HCM sáng nay.', 'Tiếp theo là Hà Nội.']);
    expect(sentencesOf('Báo cáo của PGS.TS. Nguyễn Văn Minh được đánh giá cao. GS.TS. Trần Hùng kết luận.')).toEqual([
      'Báo cáo của PGS.TS. Nguyễn Văn Minh được đánh giá cao.',
      'GS.TS. Trần Hùng kết luận.',
    ]);
    expect(sentencesOf('Dự có ThS. Lê Hoa, TS. Phạm An và Th.S Đỗ Minh. Sách do NXB. Công an nhân dân in.')).toEqual([
      'Dự có ThS. Lê Hoa, TS. Phạm An và Th.S Đỗ Minh.',
      'Sách do NXB. Công an nhân dân in.',
    ]);
    expect(sentencesOf('Trụ sở ở Q. Ba Đình, P. Điện Biên, Tp. Hà Nội. St. Paul là tên khác.')).toEqual(['Trụ sở ở Q. Ba Đình, P. Điện Biên, Tp. Hà Nội.', 'St. Paul là tên khác.']);
  });
  it('keeps initials together, including Vietnamese capitals', () => {
    expect(sentencesOf('Tác giả H.M Thắng và Đ. Hùng cùng dự. Hội nghị kết thúc.')).toEqual(['Tác giả H.M Thắng và Đ. Hùng cùng dự.', 'Hội nghị kết thúc.']);
    expect(sentencesOf('Ông H. M. Thắng phát biểu. Sau đó bế mạc.')).toEqual(['Ông H. M. Thắng phát biểu.', 'Sau đó bế mạc.']);
  });
  it('does not split inside numbers, dates, document numbers or "v.v."', () => {
    const text = 'Có 1.750 người, đạt 92,04% kế hoạch. Ngày 19/8/1945 là ngày truyền thống. Cụm thi đua số 5-BCA thực hiện Chỉ thị 05-CT/TW. Các loại tội phạm ma tuý, hình sự, v.v. đều giảm.';
    expect(sentencesOf(text)).toEqual([
      'Có 1.750 người, đạt 92,04% kế hoạch.',
      'Ngày 19/8/1945 là ngày truyền thống.',
      'Cụm thi đua số 5-BCA thực hiện Chỉ thị 05-CT/TW.',
      'Các loại tội phạm ma tuý, hình sự, v.v. đều giảm.',
    ]);
  });
  it('still ends sentences after ordinary words and acronyms', () => {
    expect(sentencesOf('Đảm bảo ANTT. Tham mưu cho Đảng ủy. Vì sao? Vì nhiệm vụ!')).toEqual(['Đảm bảo ANTT.', 'Tham mưu cho Đảng ủy.', 'Vì sao?', 'Vì nhiệm vụ!']);
  });
});

describe('splitSentences: paragraphs and spans', () => {
  it('treats single newlines and blank lines as paragraph breaks', () => {
    const text = 'Quang cảnh hội nghị\nThứ trưởng phát biểu. Hội nghị bế mạc.\n\nVăn Thành';
    const { sentences, paragraphs } = splitSentences(text);
    expect(paragraphs).toEqual([
      { start: 0, end: 19 },
      { start: 20, end: 58 },
      { start: 60, end: 69 },
    ]);
    expect(sentences).toEqual([
      { start: 0, end: 19 },
      { start: 20, end: 41 },
      { start: 42, end: 58 },
      { start: 60, end: 69 },
    ]);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Quang cảnh hội nghị', 'Thứ trưởng phát biểu.', 'Hội nghị bế mạc.', 'Văn Thành']);
  });
  it('gives exact offsets on a seed paragraph (ellipses included)', () => {
    const text =
      'Tăng cường các hoạt động giáo dục chính trị tư tưởng, giáo dục truyền thống, đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh và phong trao Công an nhân dân học tập, thực hiện Sáu điều Bác Hồ dạy…Phong trào thi đua trong các đơn vị được tổ chức với nhiều hình thức. Đồng trí Nguyễn Ngọc Thạch, Phó chủ tịch UBND tỉnh dự.';
    const { sentences } = splitSentences(text);
    const first = text.indexOf('Phong trào');
    const third = text.indexOf('Đồng trí');
    expect(sentences).toEqual([
      { start: 0, end: first },
      { start: first, end: third - 1 },
      { start: third, end: text.length },
    ]);
    expect(text.slice(sentences[0]!.start, sentences[0]!.end).endsWith('Bác Hồ dạy…')).toBe(true);
  });
  it('ignores surrounding white space and empty input', () => {
    expect(splitSentences('')).toEqual({ sentences: [], paragraphs: [] });
    expect(splitSentences('  \n \n')).toEqual({ sentences: [], paragraphs: [] });
    expect(splitSentences('  Một câu.  ')).toEqual({ sentences: [{ start: 2, end: 10 }], paragraphs: [{ start: 2, end: 10 }] });
  });
  it('takes its shortcuts only where parse-latin agrees (traps)', () => {
    const traps = [
      'Ông ấy là con. Tiếp theo là cháu.', // parse-latin reads "con." as an abbreviation
      'Viz. Abc. Cf. Def. Etc. Ghi.',
      'Ông nói “tốt. Tiếp” rồi về. Hết.',
      'Đơn vị (cụm 5). Tiếp tục. Năm 2016. Tiếp tục.',
      'Xã A. Bình. Ông Ph. Tiếp. Tp. Hồ. Chí.',
      'Tốt!  Rất tốt? Đúng… Xong?! Vâng.',
      'Đạt 92,04%. Tiếp. Chỉ thị 05-CT/TW. Tiếp. Kinh tế-xã hội. Tiếp.',
      'U.S. Army. The end. Hà Nội.Tiếp. v.v. Xong.',
      'A. B. C. Dd. Ee. ĐH. Ủy ban.',
      '"Vì an ninh Tổ quốc". Tiếp. ‘Đúng.’ Hết.',
    ];
    for (const t of traps) expect(splitSentences(t), t).toEqual(splitSentences(t, { fastPath: false }));
  });
  it('takes its shortcuts only where parse-latin agrees (generated text of tricky pieces)', () => {
    const parts = ['TP.', 'TP', 'HCM', 'PGS.TS.', 'Th.S', 'ThS.', 'ông', 'A.', 'Đ.', 'v.v.', '1.750', '19/8/2020', '20.11.2020', 'con.', 'Viz.', 'etc.', 'Hà', 'Nội.', 'ANTT.', 'đã', 'Tiếp', '(cụm 5).', '“tốt.', 'Tiếp”', '?', '!', '…', '...', '5.', '2020.', 'U.S.', 'a.b', 'q?r', 'tế-xã', ',', '"', '‘Đúng.’', 'Q. GĐ', 'St.', 'và', 'Ủy', 'ban.', 'Hết!', 'xong?!', 'ĐH.', 'trắng”.', '(PVC).', '“Ngày', '2017.', '516E.', 'chậm…', 'Nha...', '[1]', '- Vừa', 'này?', '“...', 'TP.HCM.', 'v.v', 'Lào).', '11,32%).', '4 - 8/6.'];
    let seed = 7;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff), seed % n);
    for (let k = 0; k < 3000; k++) {
      const words = Array.from({ length: 2 + next(14) }, () => parts[next(parts.length)]!);
      const t = words.join(next(5) === 0 ? '' : ' ');
      expect(splitSentences(t), t).toEqual(splitSentences(t, { fastPath: false }));
    }
  });
  it('takes its shortcuts only where parse-latin agrees (all corpus articles)', () => {
    const files = readdirSync('corpus').filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) {
      const text = normalizeText(readFileSync(`corpus/${f}`, 'utf8')).text;
      const fast = splitSentences(text);
      expect(fast).toEqual(splitSentences(text, { fastPath: false }));
      for (const s of fast.sentences) expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
    }
  });
});

describe('retext plugin and abbreviation data', () => {
  it('registers with any unified + retext-latin processor', () => {
    const sentencesIn = (tree: Root): string[] =>
      tree.children.flatMap((p) => (p.type === 'ParagraphNode' ? p.children.filter((c) => c.type === 'SentenceNode').map((c) => toString(c)) : []));
    const text = 'Ông là PGS.TS. Nguyễn Văn Minh. Ông ở TP. Vinh.';
    expect(sentencesIn(unified().use(retextLatin).use(retextVietnameseAbbreviations).parse(text) as Root)).toEqual(['Ông là PGS.TS. Nguyễn Văn Minh.', 'Ông ở TP. Vinh.']);
    // Without the plugin parse-latin ends a sentence after each abbreviation.
    expect(sentencesIn(unified().use(retextLatin).parse(text) as Root)).toEqual(['Ông là PGS.TS.', 'Nguyễn Văn Minh.', 'Ông ở TP.', 'Vinh.']);
  });
  it('is NFC, unique and written with the final full stop', () => {
    expect(new Set(SENTENCE_ABBREVIATIONS).size).toBe(SENTENCE_ABBREVIATIONS.length);
    for (const a of SENTENCE_ABBREVIATIONS) {
      expect(a).toBe(a.normalize('NFC'));
      expect(a).toMatch(/^\S+\.$/u);
    }
    for (const a of ['TP.', 'PGS.TS.', 'GS.TS.', 'ThS.', 'TS.', 'Th.S.', 'NXB.', 'Tp.', 'St.']) expect(SENTENCE_ABBREVIATIONS).toContain(a);
  });
});

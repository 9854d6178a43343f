import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { normalizeText } from '../src/normalize/normalize-text.js';
import { TONE_PLACEMENT_PAIRS } from '../src/data/tone-marks.js';

const norm = (s: string, toneStyle?: 'old' | 'new' | 'keep'): string => normalizeText(s, toneStyle ? { toneStyle } : {}).text;
const corpus = readdirSync('corpus')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(`corpus/${f}`, 'utf8'));

describe('normalizeText: Unicode', () => {
  it('composes decomposed input (NFC)', () => {
    const nfd = 'Thừa Thiên Huế, Việt Nam'.normalize('NFD');
    expect(nfd).not.toBe('Thừa Thiên Huế, Việt Nam');
    expect(norm(nfd)).toBe('Thừa Thiên Huế, Việt Nam');
    expect(norm(nfd)).toHaveLength(24);
  });
  it('removes combining marks without a base and doubled tone marks, with a warning', () => {
    const r = normalizeText('\u0301Công an \u0300tỉnh Nghệ\u0309 An và Hoà\u0300 Bình');
    expect(r.text).toBe('Công an tỉnh Nghệ An và Hòa Bình');
    expect(r.warnings).toEqual([{ code: 'stray-combining-mark', message: 'removed 4 combining marks without a base letter or doubling a tone mark', start: null, end: null }]);
    expect(normalizeText('Công an').warnings).toEqual([]);
  });
  it('keeps marks that have a base outside Vietnamese (keycap emoji)', () => {
    expect(norm('Số 1\ufe0f\u20e3 nhé')).toBe('Số 1\ufe0f\u20e3 nhé');
  });
  it('removes zero-width characters and soft hyphens', () => {
    expect(norm('Công\u200b an\u200c nhân\u200d dân\u2060 Việt\ufeff Nam')).toBe('Công an nhân dân Việt Nam');
    expect(norm('\ufeffthi đua')).toBe('thi đua');
    expect(norm('chiến\u00adsĩ')).toBe('chiếnsĩ');
    expect(norm('Thượng\u00ad tướng')).toBe('Thượng tướng');
  });
});

describe('normalizeText: white space and lines', () => {
  it('turns NBSP and other Unicode spaces into one space', () => {
    expect(norm('Đại\u00a0tá\u2009Hồ\u202fVăn\u3000Tứ\tdự')).toBe('Đại tá Hồ Văn Tứ dự');
    expect(norm('Trung tướng  Trần Bá Thiều, Tổng cục Trưởng \u00a0 tổng cục')).toBe('Trung tướng Trần Bá Thiều, Tổng cục Trưởng tổng cục');
  });
  it('converts CRLF and CR to LF and trims every line', () => {
    expect(norm('  Dòng một  \r\n\tDòng hai\rDòng ba ')).toBe('Dòng một\nDòng hai\nDòng ba');
  });
  it('separates paragraphs by exactly one blank line, keeps single newlines, trims the ends', () => {
    expect(norm('\n\nĐoạn một.\n \n\n  \nĐoạn hai.\nDòng tiếp.\n\n\n')).toBe('Đoạn một.\n\nĐoạn hai.\nDòng tiếp.');
    expect(norm('A\u2029B\u2028C')).toBe('A\n\nB\nC');
  });
  it('removes control characters but keeps the text', () => {
    expect(norm('Công\u0007 an\u0000 tỉnh\u0085Nghệ An')).toBe('Công an tỉnh\nNghệ An');
  });
});

describe('normalizeText: tone-mark placement', () => {
  const newStyle = 'Thanh Hoá, hoà bình, hoá học, khoẻ mạnh, thuỷ lợi, Uỷ ban, tuỳ, luỹ, HOÀ, THUỶ, Toà án, loè xoè';
  const oldStyle = 'Thanh Hóa, hòa bình, hóa học, khỏe mạnh, thủy lợi, Ủy ban, tùy, lũy, HÒA, THỦY, Tòa án, lòe xòe';

  it('writes the old style by default (tone on the first vowel of open oa/oe/uy)', () => {
    expect(norm(newStyle)).toBe(oldStyle);
    expect(norm(oldStyle)).toBe(oldStyle);
    expect(norm('Đại uý Nguyễn Văn A')).toBe('Đại úy Nguyễn Văn A');
  });
  it('writes the new style on request', () => {
    expect(norm(oldStyle, 'new')).toBe(newStyle);
    expect(norm(newStyle, 'new')).toBe(newStyle);
  });
  it('keeps mixed spellings with "keep"', () => {
    const mixed = 'Thanh Hoá và Thanh Hóa, Đảng uỷ và Đảng ủy';
    expect(norm(mixed, 'keep')).toBe(mixed);
    expect(norm(mixed)).toBe('Thanh Hóa và Thanh Hóa, Đảng ủy và Đảng ủy');
  });
  it('leaves closed syllables, "qu" + y and other spellings alone', () => {
    const same = 'hoàng toán khoản huyện thuyết quyết loét huých quý Quỳ QUÝ quỷ khuỷu ngoáy xoài chiến sĩ chiến sỹ liệt sỹ';
    expect(norm(same)).toBe(same);
    expect(norm(same, 'new')).toBe(same);
  });
  it('is idempotent in every style, on the corpus and on edge cases', () => {
    const inputs = [...corpus, newStyle, oldStyle, '\u0301 a\u00a0\u00a0b\r\n\r\n\r\nc \u200b', 'Hoà\u0300\u0300'];
    for (const style of ['old', 'new', 'keep'] as const)
      for (const x of inputs) {
        const once = norm(x, style);
        expect(norm(once, style)).toBe(once);
      }
  });
  it('changes nothing else: on the corpus only tone pairs move and the length stays', () => {
    for (const raw of corpus) {
      const kept = norm(raw, 'keep');
      const old = norm(raw, 'old');
      expect(old).toHaveLength(kept.length);
      const changed: string[] = [];
      for (let i = 0; i < kept.length; i++) if (kept[i] !== old[i]) changed.push(kept.slice(i, i + 2));
      for (const pair of changed.filter((_, i) => i % 2 === 0)) expect(TONE_PLACEMENT_PAIRS.some(([, n]) => n.toLowerCase() === pair.toLowerCase())).toBe(true);
    }
    // Seed 000 spells "Đảng uỷ" (new style) three times and "khoá XIV" once.
    expect(norm(corpus[0]!)).toContain('Đảng ủy Công an Trung ương');
    expect(norm(corpus[0]!)).toContain('quốc hội khóa XIV');
    expect(norm(corpus[0]!)).not.toMatch(/(?:uỷ|oá)(?!\p{L})/u);
    expect(norm(corpus[0]!)).toContain('rà soát');
  });
});

describe('tone-mark data', () => {
  it('is NFC, without duplicates, and each pair differs only in where the tone sits', () => {
    const seen = new Set<string>();
    for (const [oldForm, newForm] of TONE_PLACEMENT_PAIRS) {
      for (const s of [oldForm, newForm]) {
        expect(s).toBe(s.normalize('NFC'));
        expect(seen.has(s)).toBe(false);
        seen.add(s);
      }
      const strip = (s: string): string => s.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '');
      expect(strip(oldForm)).toBe(strip(newForm));
      expect(oldForm.normalize('NFD')[1]).toMatch(/[\u0300\u0301\u0303\u0309\u0323]/);
    }
    expect(TONE_PLACEMENT_PAIRS).toHaveLength(15);
  });
});

describe('normalizeText: invariants on generated text (the fast path for clean text included)', () => {
  it('always gives trimmed NFC text with single spaces, LF line breaks and at most one blank line, idempotently', () => {
    const pieces = ['a', 'o', 'à', 'oà', 'hòa', 'uỷ', 'quý', 'Q', ' ', '  ', '\n', '\n\n\n', '\r\n', '\t', '\u00a0', '\u200b', 'e\u0301', '\u0301', '.', 'Đ'];
    let seed = 11;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff), seed % n);
    for (let i = 0; i < 5000; i++) {
      const raw = Array.from({ length: next(10) }, () => pieces[next(pieces.length)]!).join('');
      for (const toneStyle of ['old', 'new', 'keep'] as const) {
        const out = normalizeText(raw, { toneStyle }).text;
        expect(out, JSON.stringify(raw)).toBe(out.trim());
        expect(out).toBe(out.normalize('NFC'));
        expect(out).not.toMatch(/ {2}|\r|\t|\u00a0|\u200b| \n|\n |\n{3}/);
        expect(normalizeText(out, { toneStyle }).text).toBe(out);
      }
    }
    expect(normalizeText('\n.uỷ', { toneStyle: 'new' }).text).toBe('.uỷ');
  });
});

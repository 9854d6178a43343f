import { describe, it, expect } from 'vitest';
import { fold, foldAligned } from '../src/text/fold.js';

describe('foldAligned', () => {
  it('lower-cases, drops tone marks and other diacritics, folds đ, and keeps every offset', () => {
    const s = 'Đại tá Hồ Văn Tứ, PGĐ Công an tỉnh Thừa Thiên Huế: ƯỚC, Ỷ, ỹ';
    const f = foldAligned(s);
    expect(f).toBe('dai ta ho van tu, pgd cong an tinh thua thien hue: uoc, y, y');
    expect(f.length).toBe(s.length);
  });

  it('agrees with NFD stripping for every precomposed Vietnamese letter', () => {
    const letters = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ';
    for (const ch of letters + letters.toUpperCase()) {
      expect(foldAligned(ch)).toBe(ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase());
    }
  });

  it('leaves characters outside Latin letters alone, surrogate pairs included', () => {
    expect(foldAligned('Số 5-BCA, 92,04% – “Vì ANTQ” 😀 中文')).toBe('so 5-bca, 92,04% – “vi antq” 😀 中文');
  });

  it('fold() also collapses white space, as the reference scorer does', () => {
    expect(fold('  Thanh  Hoá\n')).toBe('thanh hoa');
  });
});

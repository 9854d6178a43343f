/**
 * Vietnamese numerals written as words, for counts such as "hai tập thể" or
 * "ba mươi tám cá nhân" (src/text/number-words.ts reads them).
 *
 * Source: ../shared/reference/awards.md, "How counts are phrased" → Number words
 * (standard Vietnamese): units một … chín (bốn/tư, năm/lăm, bảy/bẩy), mười (10),
 * mươi (tens after 2–9), mốt (1 after a tens word), linh/lẻ (zero tens after trăm),
 * trăm, nghìn/ngàn, vạn, triệu, tỷ/tỉ. Vague words (hàng trăm, nhiều, một số) are not
 * numbers and are deliberately absent.
 */

/**
 * How a word behaves in a numeral:
 * - `digit`: 0–9 on its own or before trăm / mươi;
 * - `late-unit`: a unit that only follows mười, mươi or linh (mốt 1, tư 4, lăm 5);
 * - `ten`: mười (10, takes a unit after it);
 * - `tens`: mươi (× 10 after a digit);
 * - `zero-tens`: linh / lẻ (no tens, a unit follows);
 * - `hundred`: trăm; `multiplier`: nghìn, ngàn, vạn, triệu, tỷ, tỉ.
 */
export type NumberWordRole = 'digit' | 'late-unit' | 'ten' | 'tens' | 'zero-tens' | 'hundred' | 'multiplier';

export interface NumberWord {
  word: string;
  value: number;
  role: NumberWordRole;
}

/** Every numeral word, lower case NFC. */
export const NUMBER_WORDS: readonly NumberWord[] = [
  { word: 'không', value: 0, role: 'digit' },
  { word: 'một', value: 1, role: 'digit' },
  { word: 'hai', value: 2, role: 'digit' },
  { word: 'ba', value: 3, role: 'digit' },
  { word: 'bốn', value: 4, role: 'digit' },
  { word: 'năm', value: 5, role: 'digit' },
  { word: 'sáu', value: 6, role: 'digit' },
  { word: 'bảy', value: 7, role: 'digit' },
  { word: 'bẩy', value: 7, role: 'digit' },
  { word: 'tám', value: 8, role: 'digit' },
  { word: 'chín', value: 9, role: 'digit' },
  { word: 'mốt', value: 1, role: 'late-unit' },
  { word: 'tư', value: 4, role: 'late-unit' },
  { word: 'lăm', value: 5, role: 'late-unit' },
  { word: 'mười', value: 10, role: 'ten' },
  { word: 'mươi', value: 10, role: 'tens' },
  { word: 'linh', value: 0, role: 'zero-tens' },
  { word: 'lẻ', value: 0, role: 'zero-tens' },
  { word: 'trăm', value: 100, role: 'hundred' },
  { word: 'nghìn', value: 1_000, role: 'multiplier' },
  { word: 'ngàn', value: 1_000, role: 'multiplier' },
  { word: 'vạn', value: 10_000, role: 'multiplier' },
  { word: 'triệu', value: 1_000_000, role: 'multiplier' },
  { word: 'tỷ', value: 1_000_000_000, role: 'multiplier' },
  { word: 'tỉ', value: 1_000_000_000, role: 'multiplier' },
];

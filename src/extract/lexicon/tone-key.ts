/**
 * The comparison key of vnews's verification step: a word or phrase up to case and tone-mark
 * placement. Letters without their tone marks, then the tone marks in order: "Hoá" and "hóa"
 * agree, "Uỷ" and "ủy" agree, "năm" and "Nam" do not (the tone marks differ), and so folding
 * never invents a word. Spacing around a dash does not count ("Bà Rịa - Vũng Tàu" =
 * "Bà Rịa-Vũng Tàu").
 *
 * Precomposed letters (NFC, which every article is) are read through a table built once; a
 * text holding combining marks takes the general path through NFD.
 */

const TONES = '\u0300\u0301\u0303\u0309\u0323';
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;
const DASH_SPACING = /\s*[-–—]\s*/g;
const COMBINING = /[\u0300-\u036f]/;

// Per UTF-16 unit below 0x2000: the lower-case letter without its tone mark, and the tone mark
// (0 none, else 1 + its index in TONES). Units whose lower case is not one unit keep the general path.
const BASE = new Uint16Array(0x2000);
const TONE = new Uint8Array(0x2000);
for (let c = 0; c < 0x2000; c++) {
  const lower = String.fromCharCode(c).toLowerCase();
  if (lower.length !== 1) continue;
  const d = lower.normalize('NFD');
  const tone = d.match(TONE_MARK);
  const base = d.replace(TONE_MARK, '').normalize('NFC');
  if (base.length !== 1 || (tone && tone.length > 1)) continue;
  BASE[c] = base.charCodeAt(0);
  TONE[c] = tone ? 1 + TONES.indexOf(tone[0]!) : 0;
}

function slowKey(s: string): string {
  const d = s.replace(DASH_SPACING, '-').toLowerCase().normalize('NFD');
  const tones = d.match(TONE_MARK);
  const base = d.replace(TONE_MARK, '').normalize('NFC');
  return tones ? `${base}|${tones.join('')}` : base;
}

/** Comparison key of `s` up to case and tone-mark placement (see the module comment). */
export function toneKey(s: string): string {
  let base = '';
  let tones = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const b = c < 0x2000 ? BASE[c]! : 0;
    // Dashes, white space and anything the table does not know: the general path.
    if (b === 0 || c === 45 || c === 32 || (c >= 0x300 && c <= 0x36f)) return slowKey(s);
    base += String.fromCharCode(b);
    const t = TONE[c]!;
    if (t !== 0) tones += TONES[t - 1];
  }
  return tones ? `${base}|${tones}` : base;
}

/** Whether `s` holds a combining mark (the text is not precomposed there). */
export const hasCombiningMark = (s: string): boolean => COMBINING.test(s);

/**
 * Folding for lookup: lower case, tone marks and other diacritics removed, đ → d.
 * `foldAligned` keeps one UTF-16 unit per input unit, so an offset into the folded
 * string is the same offset into the original (NFC Vietnamese letters are single units).
 */

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let out = cache.get(ch);
  if (out !== undefined) return out;
  if (ch === 'đ' || ch === 'Đ') out = 'd';
  else {
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    // Keep alignment: a character whose folded form is not one unit stays as its lower case (or itself).
    if (base.length === 1) out = base;
    else {
      const lower = ch.toLowerCase();
      out = lower.length === 1 ? lower : ch;
    }
  }
  cache.set(ch, out);
  return out;
}

/** Fold keeping length and offsets: `foldAligned(s).length === s.length`. */
export function foldAligned(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
    else out += foldChar(s[i]!);
  }
  return out;
}

/** Fold for comparison keys (also collapses white space); same rules as the reference scorer. */
export function fold(s: string | null | undefined): string {
  return foldAligned(String(s ?? '').normalize('NFC')).replace(/\s+/g, ' ').trim();
}

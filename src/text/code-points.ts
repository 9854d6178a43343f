/**
 * Record offsets count Unicode code points of the text, as the W3C Web Annotation
 * TextPositionSelector does, so Python, jq, DuckDB and JavaScript slice them alike. The
 * pipeline works in JavaScript's UTF-16 units and converts once, when the record is made;
 * the two agree on any text without characters beyond the Basic Multilingual Plane (an
 * emoji, a rare CJK ideograph), which is nearly all Vietnamese press.
 */

/** Whether `text` holds a character outside the BMP, written as a surrogate pair in JavaScript. */
export const hasAstral = (text: string): boolean => /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text);

/** UTF-16 offset → code-point offset for `text` (identity when it has no astral character). */
export function toCodePoints(text: string): (utf16: number) => number {
  if (!hasAstral(text)) return (u) => u;
  // Code points before each UTF-16 offset; the low half of a pair counts with its high half.
  const before = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let u = 0; u < text.length; u++) {
    before[u] = cp;
    const c = text.charCodeAt(u);
    if (!(c >= 0xdc00 && c <= 0xdfff && u > 0 && text.charCodeAt(u - 1) >= 0xd800 && text.charCodeAt(u - 1) <= 0xdbff)) cp++;
  }
  before[text.length] = cp;
  return (u) => before[u]!;
}

/** Code-point offset → UTF-16 offset for `text`: to slice a record's text in JavaScript. */
export function toUtf16(text: string): (codePoint: number) => number {
  if (!hasAstral(text)) return (c) => c;
  const at: number[] = [];
  let u = 0;
  for (const ch of text) {
    at.push(u);
    u += ch.length;
  }
  at.push(u);
  return (c) => at[c] ?? u;
}

/** The part of a record's text between two code-point offsets. */
export const sliceCodePoints = (text: string, start: number, end: number): string => {
  const u = toUtf16(text);
  return text.slice(u(start), u(end));
};

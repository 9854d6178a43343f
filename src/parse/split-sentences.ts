/** Sentence and paragraph spans (minimal version; the retext-latin parse replaces it). */
import type { Span } from '../types.js';

export function splitSentences(text: string): { sentences: Span[]; paragraphs: Span[] } {
  const paragraphs: Span[] = [];
  const sentences: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const p = { start: m.index, end: m.index + m[0].length };
    paragraphs.push(p);
    const s = /[^.!?…]+[.!?…]*/g;
    for (let n = s.exec(m[0]); n; n = s.exec(m[0])) sentences.push({ start: p.start + n.index, end: p.start + n.index + n[0].length });
  }
  return { sentences, paragraphs };
}

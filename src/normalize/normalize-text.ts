/** Text normalisation (minimal version): NFC, invisible characters, white space. */
import type { Warning } from '../record/schema.js';

export type ToneStyle = 'old' | 'new' | 'keep';

export interface NormalizeOptions {
  toneStyle?: ToneStyle;
}

export function normalizeText(text: string, _opts: NormalizeOptions = {}): { text: string; warnings: Warning[] } {
  const out = text
    .normalize('NFC')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\t\f\v ]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text: out, warnings: [] };
}

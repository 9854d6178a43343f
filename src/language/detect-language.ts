/** Language identification with franc, restricted to the languages vnews routes. */
import { francAll } from 'franc';
import type { Language } from '../record/schema.js';

const ONLY = ['vie', 'eng'];

export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 2048);
  const [best] = francAll(sample, { only: ONLY, minLength: 10 });
  if (!best || best[0] === 'und') return { code: 'und', confidence: 0 };
  return { code: best[0], confidence: Math.round(best[1] * 100) / 100 };
}

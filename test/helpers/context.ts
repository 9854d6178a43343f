/** Builds a real ExtractContext for recogniser tests (same fold and sentence stages as the pipeline). */
import type { ExtractContext } from '../../src/extract/context.js';
import type { Warning } from '../../src/record/schema.js';
import { foldAligned } from '../../src/text/fold.js';
import { normalizeText } from '../../src/normalize/normalize-text.js';
import { splitSentences } from '../../src/parse/split-sentences.js';

export function makeContext(raw: string, opts: { publishedAt?: string | null; language?: string } = {}): ExtractContext & { warnings: Warning[] } {
  const text = normalizeText(raw).text;
  const { sentences, paragraphs } = splitSentences(text);
  const warnings: Warning[] = [];
  return {
    text,
    folded: foldAligned(text),
    sentences,
    paragraphs,
    publishedAt: opts.publishedAt ?? null,
    language: opts.language ?? 'vie',
    warn: (w) => warnings.push(w),
    warnings,
  };
}

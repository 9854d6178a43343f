/** The library API of vnews: what tests and other programs use. The CLI is a thin layer over it. */
export { ingest, type IngestOptions, type IngestResult, type Progress } from './ingest.js';
export { processArticle, recordId, type PipelineOptions } from './pipeline.js';
export { RecordStore, serializeRecord, type RunSummary, type RunChanges } from './store/record-store.js';
export { writeFileAtomic } from './store/write-atomic.js';
export { loadInputs, isUrl } from './load/load-inputs.js';
export { decodeBytes } from './decode/decode-bytes.js';
export { normalizeText, type ToneStyle } from './normalize/normalize-text.js';
export { splitSentences } from './parse/split-sentences.js';
export { detectLanguage } from './language/detect-language.js';
export { extractHtmlArticle } from './article/extract-html-article.js';
export { extractPlainArticle } from './article/extract-plain-article.js';
export { extractEntities, rules } from './extract/extract-entities.js';
export { fold, foldAligned } from './text/fold.js';
export * from './record/schema.js';
export type * from './types.js';
export { main } from './cli-main.js';

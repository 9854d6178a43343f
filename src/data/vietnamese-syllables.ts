/**
 * Kept for the modules that import the syllable check from here (src/decode/): the parts are
 * data in vietnamese-syllable-parts.ts, the check is src/text/vietnamese-syllable.ts.
 */
export * from './vietnamese-syllable-parts.js';
export { isVietnameseSyllable, TONED_VOWELS } from '../text/vietnamese-syllable.js';

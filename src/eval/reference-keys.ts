/**
 * The comparison keys of the reference scorer (`tools/score.mjs` of the project brief), which
 * `vnews eval` reproduces exactly: its fold and its province key. The entity types' scoring
 * keys (src/extract/entity-types.ts) are written with these.
 */

/** The reference's fold: strip diacritics and đ, lower case, collapse white space. */
export const fold = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** A field of an object (undefined for anything else). */
export const field = (o: unknown, k: string): unknown => (o != null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined);

/** Province key: canonical short name; codes changed meaning in 2025, names in the text did not. */
export const provKey = (p: unknown): string =>
  fold(typeof p === 'string' ? p : field(p, 'name'))
    .replace(/^(tinh|thanh pho|tp\.?)\s+/, '')
    .replace(/\s*-\s*/g, ' ');

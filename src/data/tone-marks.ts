/**
 * Tone-mark placement in open syllables with the vowel groups oa, oe, uy — the only place
 * where the "old" style (hòa, khỏe, thủy, ủy) and the "new" style (hoà, khoẻ, thuỷ, uỷ)
 * differ. Every other syllable is spelled the same in both styles.
 *
 * Source: ../shared/reference/periods.md §3 (launchpad Vietnamese spelling guide, old
 * style; lehboi.github.io, new style). "qu" + y (quý, quỳ) is the same in both styles
 * because "qu" is a consonant; the normaliser leaves it alone.
 */

/** [old, new] spellings of each open oa/oe/uy group, lower case; the upper-case pairs are derived. */
export const TONE_PLACEMENT_PAIRS: ReadonlyArray<readonly [oldStyle: string, newStyle: string]> = [
  ['òa', 'oà'],
  ['óa', 'oá'],
  ['ỏa', 'oả'],
  ['õa', 'oã'],
  ['ọa', 'oạ'],
  ['òe', 'oè'],
  ['óe', 'oé'],
  ['ỏe', 'oẻ'],
  ['õe', 'oẽ'],
  ['ọe', 'oẹ'],
  ['ùy', 'uỳ'],
  ['úy', 'uý'],
  ['ủy', 'uỷ'],
  ['ũy', 'uỹ'],
  ['ụy', 'uỵ'],
];

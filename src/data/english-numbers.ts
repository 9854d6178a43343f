/**
 * English number words, so that the English rules can spot a count or an ordinal written in
 * words ("fifteen collectives", "the first six months", "the fifth emulation cluster");
 * compromise reads the value of what they spot (src/extract/english/numbers.ts).
 *
 * Source: the English cardinal and ordinal numerals (general knowledge), up to the hundreds a
 * count of awarded units or a cluster number needs.
 */
export const ENGLISH_UNIT_WORDS: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen',
  'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
export const ENGLISH_TENS_WORDS: readonly string[] = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
export const ENGLISH_HUNDRED_WORDS: readonly string[] = ['a hundred', 'one hundred', 'hundred'];
export const ENGLISH_ORDINAL_WORDS: readonly string[] = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth',
  'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth',
];

/**
 * Text normalisation: the text every record offset points into.
 *
 * In order: line breaks unified; invisible and control characters removed, Unicode
 * spaces made plain spaces; NFC; stray combining marks removed; spaces collapsed and
 * lines trimmed; blank-line runs reduced to one blank line; tone marks placed in one
 * style. Spelling is otherwise left as written ("sĩ" and "sỹ" both stay).
 * Each step is one regex pass compiled at module load; the result is idempotent.
 */
import type { Warning } from '../record/schema.js';
import { TONE_PLACEMENT_PAIRS } from '../data/tone-marks.js';
import { TONED_VOWELS } from '../text/vietnamese-syllable.js';

/** Where the tone mark goes in open oa/oe/uy syllables: `old` hòa/thủy (default), `new` hoà/thuỷ, `keep` as written. */
export type ToneStyle = 'old' | 'new' | 'keep';

export interface NormalizeOptions {
  toneStyle?: ToneStyle;
}

// CR and CRLF become LF; NEL and LINE SEPARATOR are line breaks, PARAGRAPH SEPARATOR a blank line.
const LINE_BREAK = /\r\n?|[\u0085\u2028\u2029]/g;
const lineBreak = (m: string): string => (m === '\u2029' ? '\n\n' : '\n');

// Spaces: tab, VT, FF, NBSP, Ogham space, U+2000–U+200A, narrow NBSP, math space, ideographic space.
// Invisible: soft hyphen, Mongolian vowel separator, zero-width space/joiners, LRM/RLM,
// bidi embeddings and isolates, word joiner, invisible operators, BOM; C0/C1 controls.
const SPACE_OR_INVISIBLE =
  /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]|[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const SPACES = new Set('\t\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000');
const spaceOrNothing = (m: string): string => (SPACES.has(m) ? ' ' : '');

// NFC Vietnamese has no combining marks left. Marks live outside these ranges (Latin,
// Latin Extended Additional, general punctuation), so a cheap scan for anything outside
// them decides whether the slower \p{M} passes run at all.
const ANY_MARK = /[^\u0000-\u02ff\u1e00-\u1eff\u2000-\u20cf]/;
// A combining mark with no base: at the start, or after a space, line break or punctuation.
// (After a letter, digit, symbol — e.g. the emoji variation selector — or another mark it has a base.)
const BASELESS_MARK = /(?<![\p{L}\p{M}\p{N}\p{S}])\p{M}+/gu;
// A second diacritic on a vowel that already carries a tone: "hoà" + U+0300 after NFC.
const DOUBLED_MARK = new RegExp(`(?<=[${TONED_VOWELS.join('')}])[\\u0300\\u0301\\u0302\\u0303\\u0306\\u0309\\u031b\\u0323]+`, 'gu');

const MULTI_SPACE = / {2,}/g;
const SPACE_AROUND_NEWLINE = / ?\n ?/g;
const BLANK_LINES = /\n{3,}/g;

type Pair = readonly [string, string];

/** All case variants of a two-letter pair, keeping the case of each position. */
function caseVariants([a, b]: Pair): Pair[] {
  const out: Pair[] = [];
  for (const ua of [false, true])
    for (const ub of [false, true]) {
      const ca = (s: string, up: boolean): string => (up ? s.toUpperCase() : s);
      out.push([ca(a[0]!, ua) + ca(a[1]!, ub), ca(b[0]!, ua) + ca(b[1]!, ub)]);
    }
  return out;
}

function buildToneRule(direction: 'toOld' | 'toNew'): { re: RegExp; map: Map<string, string> } {
  const map = new Map<string, string>();
  for (const pair of TONE_PLACEMENT_PAIRS)
    for (const [oldForm, newForm] of caseVariants(pair)) {
      if (direction === 'toOld') map.set(newForm, oldForm);
      else map.set(oldForm, newForm);
    }
  // e.g. "hoà" → "hòa": two letters that may form a pair, then no further letter (open
  // syllable). Two character classes scan faster than 60 alternatives; the map decides.
  const firsts = new Set<string>();
  const seconds = new Set<string>();
  for (const k of map.keys()) {
    firsts.add(k[0]!);
    seconds.add(k[1]!);
  }
  const re = new RegExp(`[${[...firsts].join('')}][${[...seconds].join('')}](?![\\p{L}\\p{M}])`, 'gu');
  return { re, map };
}

const TO_OLD = buildToneRule('toOld');
const TO_NEW = buildToneRule('toNew');

// First letters of the uy pairs, any tone and case: "uy" after "q" is the "qu" onset + y.
const UY_FIRST = new Set(['u', 'U', 'ù', 'ú', 'ủ', 'ũ', 'ụ', 'Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ']);

function placeTones(text: string, rule: { re: RegExp; map: Map<string, string> }): string {
  return text.replace(rule.re, (m: string, offset: number) => {
    // "quý", "QUỲ": "qu" is the onset, so the y carries the tone in both styles.
    if (UY_FIRST.has(m[0]!) && (text[offset - 1] === 'q' || text[offset - 1] === 'Q')) return m;
    return rule.map.get(m) ?? m;
  });
}

// Anything the steps below would change apart from NFC and tone placement: a line break other
// than LF, a space or invisible character, two spaces, a space at a line's edge, three line
// breaks, white space at either end.
const CHANGES = new RegExp(`${LINE_BREAK.source}|${SPACE_OR_INVISIBLE.source}| {2,}| \n|\n |^\\s|\\s$|\n{3,}`);

/** Whether `placeTones` would change anything. */
function hasTonePair(text: string, rule: { re: RegExp; map: Map<string, string> }): boolean {
  rule.re.lastIndex = 0;
  for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
    if (UY_FIRST.has(m[0][0]!) && (text[m.index - 1] === 'q' || text[m.index - 1] === 'Q')) continue;
    if (rule.map.has(m[0])) return true;
  }
  return false;
}

/** Normalises `text` (see the module comment); warns when stray combining marks were removed. */
export function normalizeText(text: string, opts: NormalizeOptions = {}): { text: string; warnings: Warning[] } {
  // Text normalised once already (an extracted body, a title) comes back unchanged, fast.
  const style = opts.toneStyle ?? 'old';
  const rule = style === 'old' ? TO_OLD : style === 'new' ? TO_NEW : null;
  if (!CHANGES.test(text) && text.normalize('NFC') === text && !ANY_MARK.test(text) && (!rule || !hasTonePair(text, rule))) return { text, warnings: [] };
  const warnings: Warning[] = [];
  let out = text.replace(LINE_BREAK, lineBreak).replace(SPACE_OR_INVISIBLE, spaceOrNothing).normalize('NFC');

  let stray = 0;
  const dropMarks = (m: string): string => {
    stray += m.length;
    return '';
  };
  if (ANY_MARK.test(out)) out = out.replace(BASELESS_MARK, dropMarks).replace(DOUBLED_MARK, dropMarks);
  if (stray > 0) warnings.push({ code: 'stray-combining-mark', message: `removed ${stray} combining mark${stray === 1 ? '' : 's'} without a base letter or doubling a tone mark`, start: null, end: null });

  out = out.replace(MULTI_SPACE, ' ').replace(SPACE_AROUND_NEWLINE, '\n').replace(BLANK_LINES, '\n\n').trim();

  if (rule) out = placeTones(out, rule);
  return { text: out, warnings };
}

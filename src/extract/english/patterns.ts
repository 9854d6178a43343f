/**
 * The English vocabularies (src/data/english-*.ts) compiled once into patterns over the
 * lower-cased text, and the lookups from a matched phrase to its canonical form.
 */
import { wordAlternation } from '../../text/patterns.js';
import {
  ENGLISH_CLUSTER_PHRASE,
  ENGLISH_CLUSTER_WORDS,
  ENGLISH_HALVES,
  ENGLISH_MEMBER_LEADS,
  ENGLISH_MONTHS,
  ENGLISH_NUMBER_MARKS,
  ENGLISH_QUARTER_ORDINALS,
  ENGLISH_RANGE_CLOSERS,
  ENGLISH_SPAN_NOUNS,
  ENGLISH_THIS_YEAR,
  ENGLISH_YEAR_EDGES,
} from '../../data/english-periods.js';
import {
  ENGLISH_AWARD_TYPES,
  ENGLISH_GIVING_VERBS,
  ENGLISH_ISSUERS,
  ENGLISH_MONEY_PATTERN,
  ENGLISH_NOT_AWARD_CUES,
  ENGLISH_ORDER_CLASSES,
  ENGLISH_ORDER_NAMES,
  ENGLISH_ORDER_WORDS,
  ENGLISH_PASSIVE_AUXILIARIES,
  ENGLISH_RECEIVING_VERBS,
  ENGLISH_RECIPIENTS,
} from '../../data/english-awards.js';
import { COUNT, ORDINAL } from './numbers.js';

/** Start and end of a word (letters, marks, digits). */
export const B = '(?<![\\p{L}\\p{M}\\p{N}])';
export const E = '(?![\\p{L}\\p{M}\\p{N}])';
/** White space inside one line. */
export const S = '[^\\S\\n]+';
export const OS = '[^\\S\\n]*';
const DASH = `${OS}[-–—]${OS}`;

const alt = (words: readonly string[]): string => wordAlternation(words, S);

/** A month name ("march", "sept."), in group `name`. */
const month = (name: string): string => `(?<${name}>${alt(Object.keys(ENGLISH_MONTHS))})\\.?`;
export const monthOf = (s: string): number | undefined => ENGLISH_MONTHS[s.replace(/\.$/, '')];
const YEAR = (name: string): string => `(?<${name}>\\d{4})(?![\\p{L}\\p{N}]|[-–/]\\d)`;
const THIS_YEAR = alt(ENGLISH_THIS_YEAR);
const CLOSER = alt(ENGLISH_RANGE_CLOSERS);

/** "the first six months of 2024", "the last 3 months of this year", "the first nine months" (year from the sentence). */
export const MONTHS_OF_YEAR_RE = new RegExp(
  `${B}(?:the${S})?(?<edge>${alt(Object.keys(ENGLISH_YEAR_EDGES))})${S}(?<n>${COUNT})${S}months?${E}(?:${S}of${S}(?:${YEAR('y')}|(?<rel>${THIS_YEAR})${E}))?`,
  'gu',
);
export const YEAR_EDGE = ENGLISH_YEAR_EDGES;
/** "the first half of 2019", "the second half of this year", "H1 2024", "H2/2023". */
export const HALF_RE = new RegExp(
  `${B}(?:(?:the${S})?(?<half>first|second)${S}half${S}of${S}(?:${YEAR('y')}|(?<rel>${THIS_YEAR})${E})|(?<h>h[12])(?:${OS}[/-]${OS}|${S})${YEAR('hy')})`,
  'gu',
);
export const HALVES = ENGLISH_HALVES;
/** "the first quarter of 2023", "the third quarter", "Q4 2019", "Q1/2024", "Q2-2020". */
export const QUARTER_RE = new RegExp(
  `${B}(?:(?:the${S})?(?<ord>${alt(Object.keys(ENGLISH_QUARTER_ORDINALS))})${S}quarter${E}(?:${S}of${S}(?:${YEAR('y')}|(?<rel>${THIS_YEAR})${E}))?|q(?<qn>[1-4])(?:${OS}[/-]${OS}|${S}(?:of${S})?)${YEAR('qy')})`,
  'gu',
);
export const QUARTERS = ENGLISH_QUARTER_ORDINALS;
/** "from 2016 to 2020", "between 2016 and 2020", "2016-2020", "the 2021–2026 term". */
export const YEAR_SPAN_RE = new RegExp(
  `${B}(?:(?<open>from|between)${S}(?:the${S}year${S})?${YEAR('y1')}${S}(?:${CLOSER})${S}${YEAR('y2')}|(?<![\\d/.-])(?<b1>\\d{4})${DASH}${YEAR('b2')}(?:${S}(?<noun>${alt(ENGLISH_SPAN_NOUNS)})${E})?)`,
  'gu',
);
/** "from January to June 2023", "between March 2020 and May 2021", "January-June 2024", "from 2011 to March 2015". */
export const MONTH_RANGE_RE = new RegExp(
  `${B}(?:(?<open>from|between)${S}(?:${month('m1')}(?:${OS},?${S}${YEAR('y1')})?|${YEAR('yy1')})${S}(?:${CLOSER})${S}(?:the${S}end${S}of${S})?${month('m2')}(?:${OS},?${S}(?:of${S})?${YEAR('y2')})?` +
    `|${month('d1')}${DASH}${month('d2')}${OS},?${S}${YEAR('dy')})`,
  'gu',
);
/** One day: "March 1", "March 1st, 2024", "1 March 2024", "the 5th of May". Groups suffixed by `n`. */
const day = (n: string): string =>
  `(?:${month(`m${n}a`)}${S}(?<d${n}a>\\d{1,2})(?:st|nd|rd|th)?|(?:the${S})?(?<d${n}b>\\d{1,2})(?:st|nd|rd|th)?${S}(?:of${S})?${month(`m${n}b`)})(?:${OS},?${S}${YEAR(`y${n}`)})?${E}`;
/** "from March 1 to March 15, 2024", "between 1 and 15 March 2024", "March 1-15, 2024", "1–15 March 2024", "from March 1 to 15, 2024". */
export const DATE_RANGE_RE = new RegExp(
  `${B}(?:(?<open>from|between)${S}${day('1')}${S}(?:${CLOSER})${S}(?:${day('2')}|(?<d2c>\\d{1,2})(?:st|nd|rd|th)?(?:${OS},?${S}${YEAR('y2c')})?${E})` +
    `|${month('ma')}${S}(?<da1>\\d{1,2})${DASH}(?<da2>\\d{1,2})(?:${OS},?${S}${YEAR('ya')})?${E}` +
    `|(?<db1>\\d{1,2})${DASH}(?<db2>\\d{1,2})${S}${month('mb')}(?:${OS},?${S}${YEAR('yb')})?${E}` +
    `|between${S}(?<dc1>\\d{1,2})${S}and${S}(?<dc2>\\d{1,2})${S}${month('mc')}(?:${OS},?${S}${YEAR('yc')})?${E})`,
  'gu',
);

const ROMAN = '[ivx]{1,5}';
const NUMBER_MARK = `(?:${wordAlternation(ENGLISH_NUMBER_MARKS, S)})`;
const CLUSTER_NUMBER = `(?:${NUMBER_MARK}${OS})?(?:\\d{1,2}|${ROMAN})${E}`;
/**
 * "emulation cluster No. 5", "Emulation Clusters 6 and 7", "cluster No.5" (`bare`), "the No. 5
 * emulation cluster", "the fifth emulation cluster": the numbers in `nums` (a list) or `ord`.
 */
export const CLUSTER_RE = new RegExp(
  `${B}(?:(?:(?<phrase>${alt(ENGLISH_CLUSTER_PHRASE)})|(?<bare>${alt(ENGLISH_CLUSTER_WORDS)}))${S}(?<nums>${CLUSTER_NUMBER}(?:${OS}(?:,|&|and|,${S}and)${OS}${CLUSTER_NUMBER})*)` +
    `|(?:the${S})?(?:${NUMBER_MARK}${OS}(?<pre>\\d{1,2})|(?<ord>${ORDINAL}))${S}(?:${alt(ENGLISH_CLUSTER_PHRASE)})${E})`,
  'gu',
);
/** One number of a cluster list. */
export const CLUSTER_NUMBER_RE = new RegExp(`(?<n>\\d{1,2}|${ROMAN})${E}`, 'gu');
/** A member list opening after a cluster: "… comprising the police of …". */
export const MEMBER_LEAD_RE = new RegExp(`^${OS},?${OS}(?:which${S})?(?:${alt(ENGLISH_MEMBER_LEADS)})${E}`, 'u');
/** What may stand between two members of a list, or before the first one. */
export const MEMBER_GAP_RE = /^(?:[\s,:]|and|the|police|polices|forces?|of|in|provincial|provinces?|cit(?:y|ies)|municipal|departments?)*$/u;

const RECIPIENT_WORDS = ENGLISH_RECIPIENTS.flatMap((r) => r.words.map((w) => ({ w, kind: r.kind })));
export const RECIPIENT_KIND = new Map(RECIPIENT_WORDS.map((r) => [r.w, r.kind]));
const RECIPIENT = alt(RECIPIENT_WORDS.map((r) => r.w));
/** A counted recipient: "15 collectives", "fifteen units", "1,750 officers" (adjectives between: "42 outstanding individuals"). */
export const RECIPIENT_COUNT_RE = new RegExp(`${B}(?<n>${COUNT})${S}(?:(?:outstanding|exemplary|typical|excellent|more)${S})?(?<who>${RECIPIENT})${E}`, 'gu');
/** Cheap gate: a recipient noun anywhere. */
export const RECIPIENT_HINT_RE = new RegExp(`${B}(?:${RECIPIENT})${E}`, 'u');
/** What may join two counts of one group: "15 collectives and 42 individuals", "15 units, 42 officers". */
export const GROUP_GAP_RE = /^(?:\s*(?:,|and|as well as)\s*)+$/u;

const ORDER_NAME_BY = new Map(ENGLISH_ORDER_NAMES.flatMap((o) => o.phrases.map((p) => [p, o.canonical] as const)));
const CLASS_BY = new Map(ENGLISH_ORDER_CLASSES.flatMap((c) => c.words.map((w) => [w, c.canonical] as const)));
const TYPE_BY = new Map(ENGLISH_AWARD_TYPES.flatMap((t) => t.phrases.map((p) => [p, t] as const)));
const CLASS = alt(ENGLISH_ORDER_CLASSES.flatMap((c) => c.words));
const ORDER = alt(ENGLISH_ORDER_WORDS);
const ORDER_NAME = alt(ENGLISH_ORDER_NAMES.flatMap((o) => o.phrases));
/**
 * An award type: an order in any of its English shapes ("the third-class Feat of Arms Order",
 * "Labour Order, first class", "Order of Independence (second class)"), or a phrase of
 * ENGLISH_AWARD_TYPES ("certificates of merit", "emulation flags", "commended").
 */
export const TYPE_RE = new RegExp(
  `${B}(?:` +
    `(?:(?<c1>${CLASS})[-${'\\s'}]class${S})?(?<o1>${ORDER_NAME})${S}(?:${ORDER})${E}(?:${OS},?${OS}\\(?(?<c2>${CLASS})[-${'\\s'}]class\\)?)?` +
    `|(?:(?<c3>${CLASS})[-${'\\s'}]class${S})?(?:${ORDER})${S}of${S}(?:the${S})?(?<o2>${ORDER_NAME})${E}(?:${OS},?${OS}\\(?(?<c4>${CLASS})[-${'\\s'}]class\\)?)?` +
    `|(?<plain>${alt([...TYPE_BY.keys()])})` +
    `)${E}`,
  'gu',
);

/** The canonical Vietnamese type of a TYPE_RE match, and whether it is a verb type and who receives one of it. */
export function typeOf(g: Record<string, string | undefined>): { type: string; verb: boolean; recipient?: 'collective' | 'individual' } | null {
  const oname = g.o1 ?? g.o2;
  if (oname !== undefined) {
    const name = ORDER_NAME_BY.get(oname.replace(/\s+/g, ' '));
    const cls = g.c1 ?? g.c2 ?? g.c3 ?? g.c4;
    if (!name) return null;
    return { type: ['Huân chương', name, cls === undefined ? undefined : `hạng ${CLASS_BY.get(cls)}`].filter(Boolean).join(' '), verb: false };
  }
  const t = g.plain === undefined ? undefined : TYPE_BY.get(g.plain.replace(/\s+/g, ' '));
  return t ? { type: t.canonical, verb: t.verb === true, ...(t.recipient ? { recipient: t.recipient } : {}) } : null;
}

const GIVING = alt(ENGLISH_GIVING_VERBS);
const AUX = alt(ENGLISH_PASSIVE_AUXILIARIES);
/** A giving verb ending the words before counts that receive a type written after them ("presented 15 collectives with …"). */
export const GIVING_BEFORE_RE = new RegExp(`${B}(?:${GIVING})(?:${S}(?:the|a|total|of|all))*${OS}$`, 'u');
/** Between counts and the type they receive as objects of a giving verb: "with", "the", "each". */
export const DOUBLE_OBJECT_GAP_RE = /^\s*(?:(?:each|with|the|a|an|total|of)\s+)*$/u;
/** "… were awarded", "… have been presented with", "… received": counts as the subject of an award after them (no other count between). */
export const PASSIVE_AFTER_RE = new RegExp(
  `^(?:${S}[^,;:.\\n\\d]{0,60}?)?${S}(?:(?:(?:${AUX})${S})+(?:${GIVING})(?:${S}(?:with|the|by${S}[^,;:.\\n]{1,40}?${S}with))?|(?:${alt(ENGLISH_RECEIVING_VERBS)}))${E}`,
  'u',
);
/** "… were commended", "… were honoured": a verb type in the passive right after the counts. */
export const PASSIVE_VERB_RE = new RegExp(`^(?:${S}[^,;:.\\n\\d]{0,60}?)?${S}(?:(?:${AUX})${S})+`, 'u');
/** Between a passive giving verb and its type: "the", "title of", an issuer's possessive ("the Ministry of Public Security's"). */
export const PASSIVE_TYPE_GAP_RE = /^\s*(?:(?:the|a|an|title|of|with)\s+)*(?:[^,;:.\n\d]{1,50}?['’]s\s+)?$/u;
/** "to" ending the words between a type and the counts after it ("certificates of merit from the Prime Minister to 15 collectives"). */
export const TO_BEFORE_RE = /^[^;:.\n]{0,100}?\sto\s+(?:(?:a\s+total\s+of|the|each\s+of)\s+)*$/u;
/** Between a verb type and its counted object: "commended 12 collectives", "honoured a total of 58 individuals". */
export const VERB_OBJECT_GAP_RE = /^\s+(?:(?:a\s+total\s+of|the|all|some|nearly|over|more\s+than|about)\s+)*$/u;
/** The verb before an award counted itself: "presented 8 emulation flags". */
export const COUNTED_TYPE_VERB_RE = new RegExp(`${B}(?:${GIVING})(?:${S}(?:a${S}total${S}of|the|some|nearly|over|more${S}than))*${S}$`, 'u');
/** "… to (the) (outstanding) units": uncounted recipients of one kind after a counted award. */
const ADJ = `(?:(?:the|all|outstanding|leading|exemplary|typical)${S})*`;
export const UNCOUNTED_TO_RE = new RegExp(`^[^;:.\\n]{0,60}?${S}to${S}${ADJ}(?<list>(?:${RECIPIENT})(?:${OS}(?:,|and|,${S}and)${OS}${ADJ}(?:${RECIPIENT}))*)${E}`, 'u');
/** Each recipient noun of a list. */
export const RECIPIENT_WORD_RE = new RegExp(`${B}(?<who>${RECIPIENT})${E}`, 'gu');
/** Issuers after a type: "from the Prime Minister", "of the Ministry of Public Security". */
const ISSUER_BY = new Map(ENGLISH_ISSUERS.flatMap((i) => i.phrases.map((p) => [p, i.canonical] as const)));
export const ISSUER_AFTER_RE = new RegExp(`^${S}(?:from|of|by)${S}(?<who>${alt([...ISSUER_BY.keys()])})${E}`, 'u');
export const ISSUER_BEFORE_RE = new RegExp(`${B}(?:the${S})?(?<who>${alt([...ISSUER_BY.keys()])})(?:['’]s)?${S}$`, 'u');
export const issuerOf = (s: string): string | null => ISSUER_BY.get(s.replace(/\s+/g, ' ')) ?? null;

const CUE_REASON = new Map(ENGLISH_NOT_AWARD_CUES.flatMap((g) => g.words.map((w) => [w, g.reason] as const)));
/** A word that rules an award out, in its clause. */
export const NOT_AWARD_RE = new RegExp(`${B}(?:${alt([...CUE_REASON.keys()])})${E}`, 'gu');
export const cueReason = (cue: string): string => CUE_REASON.get(cue.replace(/\s+/g, ' ')) ?? 'not an award';
const MONEY = ENGLISH_MONEY_PATTERN;
/** "presented VND10 million to …", "gave 20 million dong each to …": a giving verb and a sum before "to" and the counts. */
export const CASH_BEFORE_RE = new RegExp(`${B}(?<verb>${GIVING})${S}(?:a${S}(?:total${S}of${S})?)?${MONEY}(?:${S}(?:each|in${S}cash))?${S}to${S}(?:(?:each${S}of|the)${S})?$`, 'u');
/** A giving verb right before counts that a sum of money follows ("awarded 3 units VND50 million each"). */
export const CASH_AFTER_RE = new RegExp(`${B}(?<verb>${GIVING})${S}(?:(?:the|each${S}of)${S})?$`, 'u');

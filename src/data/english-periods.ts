/**
 * Period and cluster vocabulary of English-language articles: month names, the words of
 * "the first six months of 2024", "the second half of 2019", "the first quarter of 2023",
 * "from 2016 to 2020", and "emulation cluster No. 5".
 *
 * Source: English month names and their usual abbreviations (general knowledge); the period
 * shapes of GOLD.md "Periods" said the English way ("N tháng đầu năm Y" = "the first N months
 * of Y", "quý I/Y" = "the first quarter of Y", "giai đoạn Y1-Y2" = "the Y1-Y2 period"); the
 * cluster phrase as the ministry's English portal and VNA render "Cụm thi đua số N". Counts
 * written in words ("six", "fifth") are read by compromise, not listed here.
 */

/** Month names and abbreviations (lower case) → month number. */
export const ENGLISH_MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** Which end of the year "the first/last N months" and a half count from. */
export const ENGLISH_YEAR_EDGES: Readonly<Record<string, 'first' | 'last'>> = { first: 'first', last: 'last', final: 'last', past: 'last' };

/** Halves of a year: "the first half of 2019" is January–June. */
export const ENGLISH_HALVES: Readonly<Record<string, 1 | 2>> = { first: 1, second: 2, h1: 1, h2: 2 };

/** Quarters: ordinal words and forms ("first quarter", "Q1", "1st quarter") → quarter number. */
export const ENGLISH_QUARTER_ORDINALS: Readonly<Record<string, 1 | 2 | 3 | 4>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4,
};

/** Words joining the two ends of a span: "from … to …", "between … and …". */
export const ENGLISH_RANGE_OPENERS: readonly string[] = ['from', 'between'];
export const ENGLISH_RANGE_CLOSERS: readonly string[] = ['to', 'until', 'till', 'through', 'and'];

/** Words after "Y1-Y2" that make it a span ("the 2016-2020 period", "the 2021-2026 term"). */
export const ENGLISH_SPAN_NOUNS: readonly string[] = ['period', 'term', 'tenure', 'plan', 'phase', 'stage', 'school year', 'academic year'];

/** "this year": a year stated in the same sentence or the one before gives it (GOLD "năm nay"); "last year", "next year" are left out. */
export const ENGLISH_THIS_YEAR: readonly string[] = ['this year', 'the year'];

/** The cluster phrase and its number words: "emulation cluster No. 5", "Emulation Clusters 6 and 7". */
export const ENGLISH_CLUSTER_PHRASE: readonly string[] = ['emulation cluster', 'emulation clusters'];
/** A bare "cluster No. 5" counts only in an article about emulation (the Vietnamese rule's condition). */
export const ENGLISH_CLUSTER_WORDS: readonly string[] = ['cluster', 'clusters'];
export const ENGLISH_EMULATION_WORD = 'emulation';
export const ENGLISH_NUMBER_MARKS: readonly string[] = ['no.', 'no', 'nos.', 'nos', 'number', '#'];
/** Words after a cluster that open the list of its members ("… comprising the police of Thanh Hoa, Nghe An …"). */
export const ENGLISH_MEMBER_LEADS: readonly string[] = ['comprising', 'comprises', 'including', 'includes', 'consisting of', 'consists of', 'made up of', 'grouping', 'which groups', 'which includes', 'which comprises'];

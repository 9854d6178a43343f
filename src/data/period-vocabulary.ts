/**
 * Words that frame periods and dates in Vietnamese news: span keywords, the words around
 * a range, parts of the day, quarter numerals, and the open-ended phrases that are NOT
 * periods. All lower case NFC; the recognisers match them on the lower-cased text, so
 * diacritics count ("tháng" is a month, "thắng 2/9" is a score).
 *
 * Source: ../shared/reference/periods.md §1 (period expressions and date formats) and §2
 * (Roman numerals); ../shared/GOLD.md "Periods" and "Decided borderline cases".
 */

/** Keywords that may introduce a year span "Y1-Y2" and become part of its text. */
export const YEAR_SPAN_KEYWORDS: readonly string[] = [
  'nhiệm kỳ',
  'giai đoạn',
  'năm học',
  'niên khóa',
  'niên khoá',
  'khóa học',
  'khoá học',
  'thời kỳ',
  'các năm',
  'năm',
];

/**
 * "N tháng đầu năm" (first N months) and "N tháng cuối năm" (last N months). "N tháng năm Y"
 * without "đầu" is how reviews name the first N months too ("sơ kết công tác 9 tháng năm 2025";
 * "12 tháng năm 2024" is the whole year); it needs its year written right after it
 * (`needsYear`): "sau 9 tháng" or "9 tháng năm nay" is no period. Its count starts at 2
 * (`minCount`): "1 tháng" is a unit, as in "mức bình quân 1 tháng năm 2021" (a monthly
 * average, dantri 2021), and no review covers one month.
 */
export const MONTHS_OF_YEAR: ReadonlyArray<{ phrase: string; from: 'start' | 'end'; needsYear?: boolean; minCount?: number }> = [
  { phrase: 'tháng đầu năm', from: 'start' },
  { phrase: 'tháng cuối năm', from: 'end' },
  { phrase: 'tháng năm', from: 'start', needsYear: true, minCount: 2 },
];

/** Words for a quarter of the year. */
export const QUARTER_WORDS: readonly string[] = ['quý', 'quí'];

/** Quarter numerals (Roman or Arabic) → quarter number. */
export const QUARTER_NUMERALS: Readonly<Record<string, number>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};

/** The word that opens an explicit range ("từ 19/5/2019 đến 19/8/2020"). */
export const RANGE_OPENERS: readonly string[] = ['từ'];

/** Words that close an explicit range; "đến hết" (until the end of) keeps the end bounded. */
export const RANGE_CLOSERS: readonly string[] = ['đến hết', 'tới hết', 'đến', 'tới'];

/** Words that join two consecutive months of one span ("tháng 5 và 6-2017": May to June 2017), as "và" joins listed days. */
export const CONSECUTIVE_JOINERS: readonly string[] = ['và'];

/** Parts of the day that may precede a date ("Sáng ngày 20/11/2020", "chiều 7/8"); not part of the date's text. */
export const PARTS_OF_DAY: readonly string[] = ['rạng sáng', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'khuya'];

/** Words that announce a day ("ngày 15/5/2016", "hôm 2/9"). */
export const DAY_WORDS: readonly string[] = ['ngày', 'hôm'];

/**
 * Open-ended or relative spans: never periods, because one end is not resolvable from the
 * text alone (GOLD.md). The recognisers only accept numeric ends, so these never match;
 * the list documents the decision and drives the negative tests.
 */
export const OPEN_ENDED_PHRASES: readonly string[] = [
  'từ đầu năm đến nay',
  'từ nay đến cuối năm',
  'thời gian tới',
  'thời gian qua',
  'năm qua',
  'đến nay',
  'đến hiện nay',
  'những tháng đầu năm',
  'những tháng cuối năm',
];

/**
 * Words after "năm" that make the year relative to the article date ("6 tháng đầu năm nay",
 * "quý IV năm ngoái"): such a span is left out rather than given another year of its sentence,
 * except for NEARBY_YEAR_WORDS below.
 */
export const RELATIVE_YEAR_WORDS: readonly string[] = ['nay', 'ngoái', 'trước', 'tới', 'sau', 'qua'];

/**
 * The relative years that take the year stated nearby (GOLD.md, second round: "năm nay", "năm
 * ngoái" take their year from the same sentence or the one before when it is stated there;
 * otherwise the span is left out). The others of RELATIVE_YEAR_WORDS are always left out.
 */
export const NEARBY_YEAR_WORDS: readonly string[] = ['nay', 'ngoái'];

/**
 * Words before a year that make it the term of a comparison ("so với năm 2019", "cùng kỳ năm
 * 2019"): such a year is not the year of a span written without its own ("6 tháng đầu năm nay,
 * so với năm 2019, …" says nothing of this year).
 */
export const COMPARISON_CUES: readonly string[] = ['so với', 'so cùng kỳ', 'cùng kỳ', 'so'];

/** Plausible years for a period or a date (four digits). */
export const YEAR_RANGE = { min: 1000, max: 2199 } as const;

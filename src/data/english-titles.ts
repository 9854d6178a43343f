/**
 * English renderings of CAND/QĐND ranks and of official titles, for English-language articles
 * about the Vietnamese police (VnExpress International, VNA, Vietnam News, the MPS portal).
 *
 * Source: the Vietnamese rank ladder of reference/ranks.md (Luật CAND 2018, Điều 21) paired
 * with the English names the Vietnamese English-language press uses: "Senior Lieutenant
 * General" (Thượng tướng), "Lieutenant General" (Trung tướng), "Major General" (Thiếu tướng),
 * "Colonel" (Đại tá) as the brief of this project states them; the ranks below Colonel and the
 * abbreviations ("Lt. Gen.", "Maj. Gen.", "Col.") are general knowledge, not verified here.
 * Where English usage is ambiguous the mapping takes the MPS convention ("Senior Lieutenant
 * Colonel" = Thượng tá, "Senior Colonel" = Đại tá).
 */

/** English rank phrase → canonical Vietnamese rank (as in src/data/ranks.ts). */
export const ENGLISH_RANKS: readonly { en: string; vi: string }[] = [
  { en: 'General', vi: 'Đại tướng' },
  { en: 'Senior Lieutenant General', vi: 'Thượng tướng' },
  { en: 'Sr. Lt. Gen.', vi: 'Thượng tướng' },
  { en: 'Colonel General', vi: 'Thượng tướng' },
  { en: 'Lieutenant General', vi: 'Trung tướng' },
  { en: 'Lt. Gen.', vi: 'Trung tướng' },
  { en: 'Major General', vi: 'Thiếu tướng' },
  { en: 'Maj. Gen.', vi: 'Thiếu tướng' },
  { en: 'Senior Colonel', vi: 'Đại tá' },
  { en: 'Colonel', vi: 'Đại tá' },
  { en: 'Col.', vi: 'Đại tá' },
  { en: 'Senior Lieutenant Colonel', vi: 'Thượng tá' },
  { en: 'Lieutenant Colonel', vi: 'Trung tá' },
  { en: 'Lt. Col.', vi: 'Trung tá' },
  { en: 'Major', vi: 'Thiếu tá' },
  { en: 'Maj.', vi: 'Thiếu tá' },
  { en: 'Captain', vi: 'Đại úy' },
  { en: 'Capt.', vi: 'Đại úy' },
  { en: 'Senior Lieutenant', vi: 'Thượng úy' },
  { en: 'First Lieutenant', vi: 'Trung úy' },
  { en: 'Lieutenant', vi: 'Trung úy' },
  { en: 'Second Lieutenant', vi: 'Thiếu úy' },
  { en: 'Junior Lieutenant', vi: 'Thiếu úy' },
  { en: 'Senior Sergeant', vi: 'Thượng sĩ' },
  { en: 'Sergeant Major', vi: 'Thượng sĩ' },
  { en: 'Sergeant', vi: 'Trung sĩ' },
  { en: 'Corporal', vi: 'Hạ sĩ' },
];

/** Capitalised titles written before a name ("Minister To Lam", "Deputy Minister Nguyen Van Thanh"). */
export const ENGLISH_TITLES: readonly string[] = [
  'Minister', 'Deputy Minister', 'Vice Minister', 'Prime Minister', 'Deputy Prime Minister',
  'President', 'Vice President', 'State President', 'General Secretary', 'Party General Secretary',
  'Party Chief', 'Chairman', 'Vice Chairman', 'Chairwoman', 'Director', 'Deputy Director',
  'Director General', 'Deputy Director General', 'Commander', 'Deputy Commander', 'Ambassador',
  'Secretary General', 'Spokesman', 'Spokeswoman',
];

/**
 * First words of a position written after a name and a comma ("Nguyen Van Thanh, Deputy Minister
 * of Public Security"; "…, head of the Criminal Police Department"), compared in lower case.
 */
export const POSITION_STARTS: readonly string[] = [
  'minister', 'deputy', 'vice', 'director', 'head', 'chief', 'chairman', 'chairwoman', 'commander',
  'secretary', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'member', 'standing', 'permanent',
  'acting', 'former', 'ambassador', 'leader', 'political', 'party',
];

/** Historical figures named with a title, never officials of the article (GOLD.md §Officials). */
export const NOT_OFFICIALS: readonly string[] = ['Ho Chi Minh', 'Hồ Chí Minh'];

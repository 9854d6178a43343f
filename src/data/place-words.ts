/**
 * Words naming the kind of a place ("tỉnh", "huyện", "xã", "ấp", "đường", "sân bay"), one
 * entry per word with what the recognisers need to know of it. Every module that needs a
 * place word reads this list (the province matcher, the officials' positions); none keeps
 * its own copy.
 *
 * Source: the administrative levels of reference/provinces.md (tỉnh and thành phố trực thuộc
 * trung ương; quận, huyện, thị xã, thành phố thuộc tỉnh; phường, xã, thị trấn; đặc khu from
 * 2025), the address words of the press (thôn, bản, làng, ấp, xóm, khóm, khu phố, tổ dân phố,
 * đường, phố, hẻm, ngõ, ngách) and common place nouns (general knowledge). The abbreviations
 * "TP" and "TX" are from reference/organisation.md §"Abbreviations used in police press".
 */

export interface PlaceWord {
  /** Lower case NFC, as written in running text ("Thành phố" at a sentence start is the same word). */
  word: string;
  /**
   * `province`: a province-level unit (tỉnh, thành phố); `district`, `commune`, `village`:
   * the lower administrative levels and hamlets; `street`: an address; `zone`, `facility`,
   * `island`, `region`: other named places.
   */
  level: 'province' | 'district' | 'commune' | 'village' | 'street' | 'zone' | 'facility' | 'island' | 'region';
  /**
   * An administrative unit: inside a stated position the unit's name follows it ("Chủ tịch
   * UBND xã Ea Kar", "Công an tỉnh Hà Tĩnh").
   */
  unit?: true;
  /**
   * Sub-provincial: a province name right after it is a local place of that name, not the
   * province ("ấp Hòa Bình", "xã Hòa Bình", "đường Hà Giang", "huyện Điện Biên").
   */
  local?: true;
  /**
   * A capitalised run right after it is a place's name even when it opens with a family name
   * ("huyện Lục Ngạn Bắc Giang", "sân bay Chu Lai Quảng Nam", "đường Hà Nội"), so a province
   * name ending the run is read. Not the small address words ("hẻm", "ngõ", "khóm" …), whose
   * names are mostly people's ("ngõ Lê Văn Huế").
   */
  placeRun?: true;
  /** Abbreviations written for it, matched exactly as written ("TP Vinh", "TX Cửa Lò"). */
  abbreviations?: readonly string[];
}

export const PLACE_WORDS: readonly PlaceWord[] = [
  { word: 'tỉnh', level: 'province', unit: true, placeRun: true },
  { word: 'thành phố', level: 'province', unit: true, placeRun: true, abbreviations: ['TP.', 'TP'] },
  { word: 'huyện', level: 'district', unit: true, local: true, placeRun: true },
  { word: 'quận', level: 'district', unit: true, local: true, placeRun: true },
  { word: 'thị xã', level: 'district', unit: true, local: true, placeRun: true, abbreviations: ['TX'] },
  { word: 'thị trấn', level: 'commune', unit: true, local: true, placeRun: true },
  { word: 'xã', level: 'commune', unit: true, local: true, placeRun: true },
  { word: 'phường', level: 'commune', unit: true, local: true, placeRun: true },
  { word: 'đặc khu', level: 'commune', unit: true, local: true, placeRun: true },
  { word: 'thôn', level: 'village', local: true, placeRun: true },
  { word: 'bản', level: 'village', local: true, placeRun: true },
  { word: 'làng', level: 'village', local: true, placeRun: true },
  { word: 'ấp', level: 'village', local: true, placeRun: true },
  { word: 'xóm', level: 'village', local: true, placeRun: true },
  { word: 'khóm', level: 'village', local: true },
  { word: 'khu', level: 'village', local: true, placeRun: true },
  { word: 'khu phố', level: 'village', local: true },
  { word: 'tổ dân phố', level: 'village', local: true },
  { word: 'cụm dân cư', level: 'village', local: true },
  { word: 'đường', level: 'street', local: true, placeRun: true },
  { word: 'phố', level: 'street', local: true, placeRun: true },
  { word: 'hẻm', level: 'street', local: true },
  { word: 'ngõ', level: 'street', local: true },
  { word: 'ngách', level: 'street', local: true },
  { word: 'khu kinh tế', level: 'zone', placeRun: true },
  { word: 'khu kinh tế mở', level: 'zone', placeRun: true },
  { word: 'KKT mở', level: 'zone', placeRun: true },
  { word: 'khu công nghiệp', level: 'zone', placeRun: true },
  { word: 'sân bay', level: 'facility', placeRun: true },
  { word: 'cảng', level: 'facility', placeRun: true },
  { word: 'cửa khẩu', level: 'facility', placeRun: true },
  { word: 'đảo', level: 'island', placeRun: true },
  { word: 'vùng', level: 'region', placeRun: true },
  // "sông Đồng Nai", "sông Sài Gòn": a river named like a province is not the province
  { word: 'sông', level: 'region', local: true, placeRun: true },
];

/**
 * Locative prepositions: a person's name rarely follows them, so a capitalised run after one
 * is a place ("tại Chu Lai Quảng Nam"). Source: general usage.
 */
export const LOCATIVES: readonly string[] = ['tại', 'ở'];

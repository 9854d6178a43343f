/**
 * Award vocabulary of English-language articles about the Vietnamese police (VnExpress
 * International, Vietnam News, VNA, the ministry's English portal): the English names of the
 * Vietnamese commendations, mapped to the canonical Vietnamese types of src/data/awards.ts so
 * that `--award "Bằng khen"` finds them whatever the language, the words that count their
 * recipients, the verbs that frame them and the frames that rule them out.
 *
 * Source: the Vietnamese types and the law's titles of reference/awards.md, paired with the
 * renderings these outlets use ("certificate of merit" for Bằng khen, "emulation flag" for Cờ thi
 * đua, "Feat of Arms Order" / "Military Exploit Order" for Huân chương Chiến công, "Hero of the
 * People's Armed Forces"): the project's own reading of that usage, not an official glossary.
 * Where English names one Vietnamese act loosely, the mapping is a choice stated here: "commend"
 * and "reward" are Khen thưởng, "honour" Tôn vinh, "praise" Biểu dương, a cash reward or
 * bonus Thưởng. GOLD.md "Awards" and "Decided borderline cases" decide what counts.
 * All phrases are lower case; plurals are listed where English adds more than an "s".
 */

/** One award type: its canonical Vietnamese name and the English phrases that name it. */
export interface EnglishAwardType {
  canonical: string;
  phrases: readonly string[];
  /** A verb that is itself the award ("commended 12 collectives"). */
  verb?: boolean;
  /** Who receives one of it when the award itself is counted ("8 emulation flags" go to 8 collectives). */
  recipient?: 'collective' | 'individual';
}

export const ENGLISH_AWARD_TYPES: readonly EnglishAwardType[] = [
  { canonical: 'Bằng khen', phrases: ['certificate of merit', 'certificates of merit', 'merit certificate', 'merit certificates'] },
  {
    canonical: 'Giấy khen',
    phrases: ['certificate of commendation', 'certificates of commendation', 'commendation certificate', 'commendation certificates'],
  },
  { canonical: 'Cờ thi đua', phrases: ['emulation flag', 'emulation flags', 'emulation banner', 'emulation banners'], recipient: 'collective' },
  { canonical: 'Thư khen', phrases: ['letter of commendation', 'letters of commendation', 'commendation letter', 'commendation letters', 'letter of praise', 'letters of praise'] },
  { canonical: 'Kỷ niệm chương', phrases: ['commemorative medal', 'commemorative medals', 'commemorative badge', 'commemorative badges'] },
  { canonical: 'Anh hùng Lực lượng vũ trang nhân dân', phrases: ["hero of the people's armed forces", "heroes of the people's armed forces", "title of hero of the people's armed forces"] },
  { canonical: 'Anh hùng Lao động', phrases: ['hero of labour', 'hero of labor', 'heroes of labour', 'heroes of labor'] },
  {
    canonical: 'Bà mẹ Việt Nam anh hùng',
    phrases: ['heroic vietnamese mother', 'heroic vietnamese mothers', 'vietnamese heroic mother', 'vietnamese heroic mothers'],
    recipient: 'individual',
  },
  { canonical: 'Huy chương Vì an ninh Tổ quốc', phrases: ['for national security medal', 'for national security medals', "'for national security' medal"] },
  { canonical: 'Huy chương Chiến sĩ vẻ vang', phrases: ['glorious soldier medal', 'glorious soldier medals', 'glorious fighter medal'] },
  { canonical: 'Thưởng', phrases: ['cash reward', 'cash rewards', 'cash bonus', 'cash bonuses', 'bonus', 'bonuses'] },
  { canonical: 'Khen thưởng', phrases: ['commended', 'rewarded', 'commending', 'rewarding'], verb: true },
  { canonical: 'Tôn vinh', phrases: ['honoured', 'honored', 'honouring', 'honoring'], verb: true },
  { canonical: 'Biểu dương', phrases: ['praised', 'praising'], verb: true },
];

/** Orders ("Huân chương …"): the English names of the order, mapped to the Vietnamese name. */
export const ENGLISH_ORDER_NAMES: ReadonlyArray<{ canonical: string; phrases: readonly string[] }> = [
  { canonical: 'Chiến công', phrases: ['feat of arms', 'military exploit', 'exploit'] },
  { canonical: 'Lao động', phrases: ['labour', 'labor'] },
  { canonical: 'Bảo vệ Tổ quốc', phrases: ['fatherland protection', 'fatherland defence', 'fatherland defense', 'defence of the fatherland', 'protection of the fatherland'] },
  { canonical: 'Độc lập', phrases: ['independence'] },
  { canonical: 'Hồ Chí Minh', phrases: ['ho chi minh'] },
  { canonical: 'Sao vàng', phrases: ['gold star'] },
  { canonical: 'Quân công', phrases: ['military merit'] },
  { canonical: 'Dũng cảm', phrases: ['bravery', 'courage'] },
  { canonical: 'Hữu nghị', phrases: ['friendship'] },
  { canonical: 'Đại đoàn kết dân tộc', phrases: ['great national unity'] },
];

/** The word for an order, and the classes written before ("third-class") or after it ("third class"). */
export const ENGLISH_ORDER_WORDS: readonly string[] = ['order', 'orders'];
export const ENGLISH_ORDER_CLASSES: ReadonlyArray<{ canonical: string; words: readonly string[] }> = [
  { canonical: 'Nhất', words: ['first', '1st'] },
  { canonical: 'Nhì', words: ['second', '2nd'] },
  { canonical: 'Ba', words: ['third', '3rd'] },
];

/** Recipient nouns: counted units are collectives, counted people are individuals (GOLD "Decided in the second round"). */
export const ENGLISH_RECIPIENTS: ReadonlyArray<{ kind: 'collective' | 'individual'; words: readonly string[] }> = [
  { kind: 'collective', words: ['collectives', 'collective', 'units', 'unit', 'organisations', 'organizations', 'organisation', 'organization', 'agencies', 'agency', 'police units', 'localities', 'communes'] },
  {
    kind: 'individual',
    words: [
      'individuals', 'individual', 'officers', 'officer', 'police officers', 'policemen', 'soldiers', 'soldier', 'people', 'persons', 'person',
      'drivers', 'driver', 'residents', 'citizens', 'students', 'members', 'mothers', 'cadres', 'officers and soldiers',
    ],
  },
];

/** Verbs that hand an award over: "presented certificates of merit to …", "awarded 15 collectives …". */
export const ENGLISH_GIVING_VERBS: readonly string[] = ['presented', 'awarded', 'granted', 'conferred', 'bestowed', 'gave', 'given', 'handed', 'presents', 'awards', 'grants', 'present', 'award', 'grant', 'give'];

/** What may stand between counted recipients and a passive giving verb ("15 collectives were awarded …"). */
export const ENGLISH_PASSIVE_AUXILIARIES: readonly string[] = ['were', 'was', 'have been', 'has been', 'had been', 'are', 'is', 'also', 'each'];

/** "received", "won": counted recipients as the subject of the award. */
export const ENGLISH_RECEIVING_VERBS: readonly string[] = ['received', 'receive', 'receives', 'got'];

/**
 * Words that make a counted award no award (GOLD "Decided borderline cases"): proposals and
 * nominations, plans, sanctions, findings, revocations, contest and festival prizes, gifts and
 * scholarships. Checked in the clause of the award (back to ; : or the sentence start).
 */
export const ENGLISH_NOT_AWARD_CUES: ReadonlyArray<{ reason: string; words: readonly string[] }> = [
  { reason: 'proposal', words: ['proposed', 'propose', 'proposes', 'proposal', 'recommended', 'recommend', 'nominated', 'nominate', 'considered for', 'shortlisted', 'selected for'] },
  { reason: 'not yet given', words: ['will', 'would', 'plans to', 'plan to', 'aims to', 'expected to', 'to be'] },
  { reason: 'sanction', words: ['disciplined', 'discipline', 'disciplinary', 'reprimanded', 'warned', 'fined', 'punished', 'sanctioned', 'sanctions', 'expelled', 'dismissed', 'demoted'] },
  { reason: 'finding', words: ['violated', 'violations', 'violation', 'found to have'] },
  { reason: 'revocation', words: ['revoked', 'revoke', 'stripped of', 'withdrawn', 'withdrew'] },
  {
    reason: 'prize, gift or scholarship',
    words: ['prize', 'prizes', 'gold medal', 'gold medals', 'silver medal', 'silver medals', 'bronze medal', 'bronze medals', 'contest', 'competition', 'tournament', 'festival', 'gift', 'gifts', 'scholarship', 'scholarships', 'charity', 'donated', 'donation'],
  },
];

/** A sum of money in English press: "VND10 million", "VNĐ500,000", "10 million dong", "US$500". */
export const ENGLISH_MONEY_PATTERN = String.raw`(?:vn[dđ]\s?\d[\d,.]*(?:\s(?:million|billion|thousand))?|\d[\d,.]*\s(?:million|billion|thousand)?\s?(?:dong|vnd|vnđ)|(?:us)?\$\s?\d[\d,.]*)`;

/** Issuers named after "from" or "of" a type ("certificates of merit from the Prime Minister"), mapped to those of src/data/awards.ts. */
export const ENGLISH_ISSUERS: ReadonlyArray<{ canonical: string; phrases: readonly string[] }> = [
  { canonical: 'Thủ tướng Chính phủ', phrases: ['prime minister', 'the prime minister'] },
  { canonical: 'Chủ tịch nước', phrases: ['state president', 'president', 'the state president', 'the president'] },
  { canonical: 'Chính phủ', phrases: ['government', 'the government'] },
  { canonical: 'Bộ trưởng Bộ Công an', phrases: ['minister of public security', 'the minister of public security', 'public security minister', 'the public security minister'] },
  { canonical: 'Bộ Công an', phrases: ['ministry of public security', 'the ministry of public security', 'public security ministry', 'the public security ministry', 'mps', 'the mps'] },
  { canonical: 'UBND tỉnh', phrases: ["provincial people's committee", "the provincial people's committee"] },
];

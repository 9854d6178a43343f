/**
 * The award vocabulary (src/data/awards.ts) compiled once into patterns over the lower-cased
 * text, and the lookups from a matched alias to its canonical form.
 */
import {
  ACHIEVEMENT_OPENERS,
  AFTER_COUNT_CUES,
  APPROXIMATE_PREFIXES,
  AWARD_CLASSES,
  CASH_VERBS,
  CHARITY_CUES,
  AWARD_TYPES,
  CONTEST_CONTEXT,
  CONTEST_MEDAL_COLOURS,
  GIVING_VERBS,
  GRANTED_PROPOSAL_LEADS,
  HANDING_VERBS,
  INSTANCE_WORDS,
  ISSUERS,
  MEDAL_HEAD,
  MEDAL_NAMES,
  MONEY_UNITS,
  NEW_ACT_JOINERS,
  NOT_AWARD_CUES,
  ON_BEHALF_OF,
  ORDER_HEAD,
  ORDER_NAMES,
  OTHER_RECIPIENTS,
  PASSIVE_CUES,
  RECIPIENTS,
  REVOKED_OBJECT_WORDS,
  SUBJECT_AUXILIARIES,
  SUBJECT_LEADS,
  TITLE_HEAD,
  TITLES,
} from '../../data/awards.js';
import { aliasIndex, alternation, B, backPattern, DIGITS_PATTERN, E, key, NUMBER_WORDS_PATTERN, OS, S } from '../pattern-tools.js';

const alt = (entries: ReadonlyArray<{ aliases: readonly string[] }>): string => alternation(entries.flatMap((e) => e.aliases));

export const ORDER_BY_ALIAS = aliasIndex(ORDER_NAMES, (e) => e.aliases);
export const MEDAL_BY_ALIAS = aliasIndex(MEDAL_NAMES, (e) => e.aliases);
export const CLASS_BY_ALIAS = aliasIndex(AWARD_CLASSES, (e) => e.aliases);
export const TITLE_BY_ALIAS = aliasIndex(TITLES, (e) => e.aliases);
export const TYPE_BY_ALIAS = aliasIndex(AWARD_TYPES, (e) => e.aliases);
export const ISSUER_BY_ALIAS = aliasIndex(ISSUERS, (e) => e.aliases);
/** Every recipient noun; `other`: counted by another noun than tập thể/cá nhân and their kin (rule `award/other-recipient`). */
export const ALL_RECIPIENTS: ReadonlyArray<{ kind: 'collective' | 'individual'; aliases: readonly string[]; other: boolean }> = [
  ...RECIPIENTS.map((r) => ({ kind: r.kind, aliases: r.aliases, other: false })),
  ...OTHER_RECIPIENTS.map((r) => ({ kind: r.kind, aliases: r.aliases, other: true })),
];
export const RECIPIENT_BY_ALIAS = aliasIndex(ALL_RECIPIENTS, (e) => e.aliases);
export { ORDER_HEAD, MEDAL_HEAD };

/** " hạng Nhất", " hạng I", " hạng 3" with the class in group `name`. */
const awardClass = (name: string): string => `${S}hạng${S}(?<${name}>${alt(AWARD_CLASSES)})${E}`;

/**
 * One award type (word start checked by the caller): "Huân chương Chiến công hạng Ba", "Huy chương Vì an ninh Tổ quốc",
 * a contest medal "huy chương vàng" (colour in group `mcolour`, ruled out later),
 * "danh hiệu “Chiến sĩ thi đua cơ sở”", a title without "danh hiệu" ("Đơn vị quyết thắng"),
 * "Bằng khen", "thưởng nóng", or a bare "thưởng"
 * that is not part of "khen thưởng", "tặng thưởng", "phần thưởng", "giải thưởng".
 */
export const TYPE_RE = new RegExp(
  `(?:` +
    `(?<order>${alternation(ORDER_HEAD.aliases)})(?:${S}(?<oname>${alt(ORDER_NAMES)})${E})?(?:${awardClass('ocls')})?` +
    `|(?<medal>${alternation(MEDAL_HEAD.aliases)})(?:${S}(?:(?<mname>${alt(MEDAL_NAMES)})|(?<mcolour>${alternation(CONTEST_MEDAL_COLOURS)}))${E})?(?:${awardClass('mcls')})?` +
    `|(?:${alternation(TITLE_HEAD)})${OS}["“”']?${OS}(?<title>${alt(TITLES)})${E}["“”']?` +
    `|(?<plain>${alt(AWARD_TYPES)})${E}` +
    // A title without its head, in a list after one ("danh hiệu A cho 45 tập thể, B cho 312 cá nhân").
    `|["“”']?(?<btitle>${alt(TITLES)})${E}["“”']?` +
    `|(?<bare>thưởng)(?<!(?:khen|tặng|phần|giải|trao)${S}thưởng)${E}` +
    `)`,
  'gu',
);

/** A recipient noun, the anchor of a count: "tập thể", "đơn vị", "cá nhân", "CBCS" … (word start checked by the caller). */
export const RECIPIENT_RE = new RegExp(`(?<who>${alt(ALL_RECIPIENTS)})${E}`, 'gu');
/** The count before a recipient noun: "38 ", "05 ", "1.750 lượt ", "hai ", "hơn 100 ". */
export const COUNT_BEFORE_RE = backPattern(
  `(?:(?<approx>${alternation(APPROXIMATE_PREFIXES)})${S})?(?<n>${DIGITS_PATTERN}|${NUMBER_WORDS_PATTERN})${S}(?:(?:${alternation(INSTANCE_WORDS)})${S})?`,
);

/** "tập thể, cá nhân" after a number: one combined count that says nothing about either. */
export const COMBINED_AFTER_RE = new RegExp(`^${OS}(?:,|${S}và)${OS}(?:${alt(RECIPIENTS.filter((r) => r.kind === 'individual'))})${E}`, 'u');
/** "tập thể, Chiến sĩ thi đua cơ sở cho …": the next item of a list of titles, not a combined count. */
export const TITLE_AFTER_RE = new RegExp(`^${OS}(?:,|${S}và)${OS}["“”']?(?:${alt(TITLES)})${E}`, 'u');
/** Cheap gate for a whole article: some recipient noun occurs at all. */
export const RECIPIENT_HINT_RE = new RegExp(alt(ALL_RECIPIENTS), 'u');

/** What may stand between two counts of one group: "38 tập thể, 96 cá nhân", "5 tập thể và 12 cá nhân". */
export const GROUP_GAP_RE = /^[\s,;]*(?:(?:và|cùng với|cùng)[\s,;]*)?$/u;

/** Issuers, run on a slice before the type. */
export const ISSUER_RE = new RegExp(`${B}(?:${alt(ISSUERS)})${E}`, 'gu');
/** "Bằng khen của Bộ trưởng Bộ Công an": the issuer right after the type. */
export const OF_ISSUER_RE = new RegExp(`^${S}(?:của${S})(?<issuer>${alt(ISSUERS)})${E}`, 'u');
/** "thừa ủy quyền Bộ trưởng Bộ Công an": the issuer the giver acts for. */
export const ON_BEHALF_RE = new RegExp(`${B}(?:${alternation(ON_BEHALF_OF)})${S}(?:của${S})?(?<issuer>${alt(ISSUERS)})${E}`, 'gu');
/** A giving verb anywhere in a slice. */
export const GIVING_RE = new RegExp(`${B}(?:${alternation(GIVING_VERBS)})${E}`, 'u');
/** Only auxiliaries between a subject and a verb-type: "Công an tỉnh đã khen thưởng". */
export const AUXILIARIES_ONLY_RE = new RegExp(`^\\s*(?:(?:${alternation(SUBJECT_AUXILIARIES)})\\s*)*$`, 'u');
/** Any recipient noun that never gives: a second subject between a passive cue and its type ("được Đảng bộ tỉnh tặng" keeps its giver). */
export const RECIPIENT_NOUN_RE = new RegExp(`${B}(?:${alt(RECIPIENTS.filter((r) => r.alsoGives !== true))})${E}`, 'u');
export const PASSIVE_RE = new RegExp(`${B}(?:${alternation(PASSIVE_CUES)})${E}`, 'u');

const CUE_GROUP = aliasIndex(
  NOT_AWARD_CUES.flatMap((g) => g.cues.map((cue) => ({ cue, reason: g.reason, scope: g.scope }))),
  (e) => [e.cue],
);
/** Every not-award cue of a slice (global: callers reset `lastIndex`). */
export const NOT_AWARD_RE = new RegExp(`${B}(?:${alternation(NOT_AWARD_CUES.flatMap((g) => g.cues))})${E}`, 'gu');
/** Why a cue word rules an award out ("proposal", "sanction" …) and where its clause ends. */
export const cueOf = (cue: string): { reason: string; scope: 'act' | 'object' | 'type' } => {
  const g = CUE_GROUP.get(key(cue));
  return g ? { reason: g.reason, scope: g.scope } : { reason: 'not an award', scope: 'act' };
};
/**
 * A subject's two acts joined, the type ending the second: "[Bộ trưởng] đã tặng quà 20 gia đình …
 * và trao tặng [Bằng khen]". The subject may then stand further back than usual.
 */
export const SHARED_SUBJECT_RE = new RegExp(
  `^${OS}(?:(?:${alternation(SUBJECT_AUXILIARIES)})${S})*(?:${alternation(GIVING_VERBS)})${E}[^;:.]*${B}(?:${alternation(NEW_ACT_JOINERS)})${S}(?:(?:${alternation(SUBJECT_AUXILIARIES)})${S})*(?:${alternation(GIVING_VERBS)})${OS}$`,
  'u',
);
/** A new act after a count: ", khen thưởng", "và trao tặng", "đồng thời đã tặng". */
export const NEW_ACT_RE = new RegExp(
  `(?:,|;|${B}(?:${alternation(NEW_ACT_JOINERS)})${E})${OS}(?:(?:${alternation(SUBJECT_AUXILIARIES)})${S})*(?:${alternation(GIVING_VERBS)})${E}`,
  'u',
);
/** Cues that rule out a count only when they follow it ("3 tập thể … vi phạm", "… 16 cá nhân đạt giải"), with why. */
export const AFTER_COUNT_RE = new RegExp(`${B}(?:${alternation(AFTER_COUNT_CUES.flatMap((g) => g.cues))})${E}`, 'u');
const AFTER_COUNT_REASON = aliasIndex(AFTER_COUNT_CUES.flatMap((g) => g.cues.map((cue) => ({ cue, reason: g.reason }))), (e) => [e.cue]);
export const afterCountReason = (cue: string): string => AFTER_COUNT_REASON.get(key(cue))?.reason ?? 'not an award';

/** "Theo đề nghị của …", "xét đề nghị …": the words before a proposal cue that say it was granted. */
export const GRANTED_LEAD_RE = backPattern(`(?:${alternation(GRANTED_PROPOSAL_LEADS)})(?:${S}vào)?${S}`);
/** Between a revocation cue and the type it takes back: only "quyết định", "danh hiệu" … */
export const REVOKED_GAP_RE = new RegExp(`^${OS}(?:(?:${alternation(REVOKED_OBJECT_WORDS)})${S})*$`, 'u');

/** Before an other-noun count that is a passive subject: a clause start or a subject lead ("có", "trong đó"). */
export const SUBJECT_LEAD_RE = new RegExp(`(?:[,;:(“"]|${B}(?:${alternation(SUBJECT_LEADS)}))${OS}$`, 'u');
/** What the recipients achieved, opening the words after the counts ("… có thành tích xuất sắc trong …"). */
export const ACHIEVEMENT_RE = new RegExp(`^${OS}(?:${alternation(ACHIEVEMENT_OPENERS)})${E}`, 'u');

/** A sum of money: "10 triệu đồng", "500.000 đồng", "2,5 tỷ". */
export const MONEY_RE = new RegExp(`${B}\\d[\\d.,]*${OS}(?:${alternation(MONEY_UNITS)})${E}`, 'u');
/** The giving verb right before counts rewarded in cash ("tặng 3 đơn vị", "trao 10 triệu đồng cho 5 cá nhân"). */
export const CASH_BEFORE_RE = backPattern(`(?<verb>${alternation(CASH_VERBS)})${S}(?:\\d[\\d.,]*${OS}(?:${alternation(MONEY_UNITS)})${S})?(?:cho${S})?`);
/** "… 5 cá nhân được tặng/thưởng …": counts before a passive cash verb. */
export const CASH_AFTER_RE = new RegExp(`^${S}(?:(?:đã|cũng)${S})?được${S}(?<verb>${alternation([...CASH_VERBS, 'thưởng'])})${E}`, 'u');
/** Charity, not a reward ("hỗ trợ", "gia đình chính sách"). */
export const CHARITY_RE = new RegExp(`${B}(?:${alternation(CHARITY_CUES)})${E}`, 'u');

/** A word of a contest ("hội thao", "giải" but not "giải quyết"): an unnamed medal in its sentence is a contest prize. */
export const CONTEST_CONTEXT_RE = new RegExp(
  `${B}(?:${CONTEST_CONTEXT.map((c) => `(?:${alternation([c.cue])})${E}` + (c.notFollowedBy ? `(?!${S}(?:${alternation(c.notFollowedBy)})${E})` : '')).join('|')})`,
  'u',
);

/** The head of an award that may itself be counted ("8 cờ thi đua", "15 giấy khen", "2 Huân chương …"); word start checked by the caller. */
export const COUNTABLE_RE = new RegExp(
  alternation([...AWARD_TYPES.filter((t) => t.countable === true).flatMap((t) => t.aliases), ...ORDER_HEAD.aliases, ...MEDAL_HEAD.aliases]),
  'gu',
);
/** The count right before a counted award. */
export const TYPE_COUNT_BEFORE_RE = backPattern(`(?<n>${DIGITS_PATTERN}|${NUMBER_WORDS_PATTERN})${S}`);
/** The verb handing the counted award over, right before the count; `passive` when the recipient is the subject ("được tặng 2 Cờ thi đua"). */
export const HANDING_BEFORE_RE = backPattern(
  `(?<passive>được${S})?(?:(?:${alternation(SUBJECT_AUXILIARIES)})${S})*(?:${alternation(HANDING_VERBS)})${S}(?:(?:thêm|tổng cộng|tổng số)${S})?`,
);
/** "… 6 cờ thi đua của UBND tỉnh được trao cho …": the counted award handed over in the passive. */
export const HANDED_AFTER_RE = new RegExp(`^(?:${S}[^,;:.\\n]{0,60}?)?${S}(?:(?:đã|cũng)${S})?được${S}(?:${alternation(HANDING_VERBS)})${E}`, 'u');
/** The next counted award of a list handed over by one verb ("tặng 2 Cờ thi đua của Chính phủ, 15 Bằng khen …"). */
export const COUNTED_LIST_GAP_RE = new RegExp(`^(?:${S}[^,;:.\\n]{0,60}?)?${OS}(?:,|${S}và)${OS}$`, 'u');
const RECIPIENT_ALT = alt(ALL_RECIPIENTS);
/** "… cho các cá nhân", "… cho các tập thể, cá nhân": the uncounted recipients after a counted award. */
export const UNCOUNTED_RECIPIENTS_RE = new RegExp(
  `^[^,;:.\\n]{0,60}?${S}cho${S}(?:(?:các|những)${S})?(?<list>(?:${RECIPIENT_ALT})(?:${OS}(?:,|${S}và|${S}cùng)${OS}(?:(?:các|những)${S})?(?:${RECIPIENT_ALT}))*)${E}`,
  'u',
);
/** "… cho" ending the words between a counted award and a count group: the group counts its recipients. */
export const CHO_BEFORE_COUNT_RE = new RegExp(`^[^;:.\\n]{0,60}?${S}cho${OS}:?${OS}$`, 'u');
/** A title conferred in the passive right after its counted holders: "… được (Nhà nước) phong tặng", "… được công nhận". */
export const CONFERRED_AFTER_RE = new RegExp(
  `^["”']?${OS}(?:(?:đã|cũng)${S})?được${S}(?:[^,;:.\\n]{0,40}?${S})?(?:phong${S}tặng|truy${S}tặng|công${S}nhận|phong)${E}`,
  'u',
);

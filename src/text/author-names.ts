/**
 * Telling a person's name from an outlet, a CMS account or a placeholder in an author field
 * or a byline ("Dân Trí" and "Admin" are not people; "H.M" is). Shared by the loaders
 * (JSON Lines `authors`) and the article extractors (bylines, page metadata); the word lists
 * are data (src/data/article-chrome.ts).
 */
import {
  BYLINE_LABELS,
  BYLINE_UNIT_OPENERS,
  CLAUSE_WORDS,
  CMS_ACCOUNTS,
  OUTLET_OPENERS,
  OUTLET_QUALIFIERS,
  OUTLETS,
  REPORTER_PLACEHOLDERS,
  DESK_WORDS,
  SOURCE_OPENERS,
} from '../data/article-chrome.js';
import { fold } from './fold.js';
import { escapeRegExp as escapeRe, wordAlternation } from './patterns.js';

const alternation = (words: readonly string[]): string => wordAlternation(words);
// Entries with several words match any run of white space between them.
const spaced = (words: readonly string[]): string => wordAlternation(words, '\\s+');
const NOT_WORD = '(?![\\p{L}\\p{M}\\p{N}])';

const lowerKey = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
const ASCII = /^[\x20-\x7e]*$/u;

/**
 * A lookup in a word list, case-insensitive with tone marks kept ("Tiền Phong" is an outlet,
 * "Tiến Phong" a name). Where one side carries no diacritics at all the comparison is
 * folded: an entry written without them ("Kenh14") matches its accented spellings
 * ("Kênh14"), and text written without them ("TUOI TRE ONLINE", common in page metadata)
 * matches the accented entry; text that has tone marks must have the entry's.
 */
function wordSet(words: readonly string[]): (s: string) => boolean {
  const exact = new Set(words.map(lowerKey));
  const plain = new Set(words.filter((w) => ASCII.test(w)).map(lowerKey));
  const folded = new Set(words.map(fold));
  return (s) => exact.has(lowerKey(s)) || plain.has(fold(s)) || (ASCII.test(s) && folded.has(fold(s)));
}

const isAccountName = wordSet(CMS_ACCOUNTS);
const isOutletName = wordSet(OUTLETS);
const isPlaceholderName = wordSet(REPORTER_PLACEHOLDERS);
const DESK_RE = new RegExp(`^(?<who>.+?)\\s+(?:${spaced(DESK_WORDS)})(?:\\s+\\S+){1,4}$`, 'u');

// "Báo …", "Tạp chí điện tử …", "Cổng thông tin …": an outlet word, compared with its tone
// marks ("Đài" is not "Đại", "Báo" is not "Bảo"), then the start of the outlet's name.
const OUTLET_OPENER_RE = new RegExp(`^(?:${spaced(OUTLET_OPENERS)})\\s+(?:(?:${spaced(OUTLET_QUALIFIERS)})\\s+)?(?<name>.*)$`, 'iu');
// "được", "cho biết": a clause, not a name (lower case as written inside a sentence)
const CLAUSE_RE = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${spaced(CLAUSE_WORDS)})${NOT_WORD}`, 'u');
// a closing line that ends a sentence
const SENTENCE_END = /[.!?…;:,]$/u;

/**
 * True for a short line that reads as a clause or a sentence ("Báo cáo được gửi về Bộ Công
 * an.", "Đại hội kết thúc thành công tốt đẹp"): it is body text, never an outlet or a source.
 */
export const isClause = (s: string): boolean => SENTENCE_END.test(s.trim()) || CLAUSE_RE.test(s);

/** True for "Báo Nghệ An", "Đài PT-TH Nghệ An", "Báo điện tử Dân trí"; not "Báo cáo được gửi …". */
function opensWithOutletWord(s: string): boolean {
  const m = OUTLET_OPENER_RE.exec(s);
  const name = m?.groups?.name ?? '';
  return /^[\p{Lu}\p{N}]/u.test(name) && !isClause(name);
}

// "Tin, ảnh: HOÀNG VŨ" → "HOÀNG VŨ"
const BYLINE_LABEL_RE = new RegExp(`^(?:${alternation(BYLINE_LABELS)})\\s*:\\s*(?<rest>.+)$`, 'iu');
// "Theo TTXVN", "Nguồn: Báo Công an nhân dân"
const SOURCE_OPENER_RE = new RegExp(`^(?:${alternation(SOURCE_OPENERS)})(?:\\s*:|\\s+)`, 'iu');
// "VOV-Nam Trung Bộ", "TTXVN/Hà Nội", "Dân trí - Hà Nội": a listed outlet's name opening a part
const OUTLET_LEAD_RE = new RegExp(`^(?:${spaced(OUTLETS)})${NOT_WORD}`, 'iu');
// "VOV-Nam Trung Bộ", "TTXVN – Hà Nội": a listed outlet, then a dash and its desk
const OUTLET_DESK_RE = new RegExp(`^(?:${spaced(OUTLETS)})\\s*[-–—]\\s*\\S`, 'iu');
// "VOV.VN", "cand.com.vn"
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:vn|com|net|org|gov|info)$/iu;

// Name syllables: "Nguyễn", "VŨ", "A"; initials "H.M", "N.H."; initial + syllable "T.Hùng".
const TITLE_CASE = /^\p{Lu}[\p{Ll}\p{M}]*$/u;
const ALL_CAPS = /^[\p{Lu}\p{M}]{2,}$/u;
/** Initials such as "H.M", "N.H." or "H.". */
export const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}?\.?$/u;
/** Initials glued to a name: "T.Hùng", "N.Lâm", "N.LÂM". */
const INITIAL_NAME = /^(?:\p{Lu}\.)+(?:\p{Lu}[\p{Ll}\p{M}]+|[\p{Lu}\p{M}]{2,})$/u;

/** Between names in a byline: "–", "-", ",", ";", "&", "+", "và". */
export const NAME_SEPARATOR = /\s*[–—,;&+-]\s*|\s+và\s+/u;

// "Phòng Tham mưu", "Công an huyện Kỳ Anh": compared with tone marks kept, since folding would
// merge "Vụ" (a department) with "Vũ" (a surname).
const UNIT_OPENER_RE = new RegExp(
  `^(?:${BYLINE_UNIT_OPENERS.map((w) => escapeRe(w.toLowerCase()))
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
  'u',
);

/**
 * True for a unit's name in a byline "name - unit" ("Phòng Tham mưu"): it opens with a unit
 * word, is short, and is not shaped like a person's name.
 */
export function isBylineUnit(part: string): boolean {
  const t = part.trim();
  if (!t || t.length > 60 || !/^\p{Lu}/u.test(t) || /[.,;:!?"“”]/u.test(t)) return false;
  return UNIT_OPENER_RE.test(t.toLowerCase()) && !isNameShaped(t);
}

/** True for an outlet or agency name ("Dân Trí", "TTXVN", "Báo Công an nhân dân", "VOV.VN"). */
export function isOutlet(name: string): boolean {
  const t = name.replace(/\s+/gu, ' ').trim();
  return isOutletName(t) || opensWithOutletWord(t) || DOMAIN.test(t);
}

/**
 * True for a slash-separated part of a byline that names an outlet or one of its desks, so
 * that nothing in it is an author. After a slash ("NAME/OUTLET…") any part that opens with an
 * outlet's name or an outlet word counts ("VOV-Nam Trung Bộ", "Báo Quảng Nam"); in the first
 * part only a listed outlet followed by a dash does ("VOV-Nam Trung Bộ" standing alone).
 */
export function isOutletPart(part: string, afterSlash: boolean): boolean {
  const t = part.replace(/\s+/gu, ' ').trim();
  return afterSlash ? isOutlet(t) || OUTLET_LEAD_RE.test(t) || opensWithOutletWord(t) : OUTLET_DESK_RE.test(t);
}

// NAME_SEPARATOR but a hyphen with no space around it, which may join the words of an outlet's name
const CLEAR_SEPARATOR = /\s*[–—,;&+]\s*|\s+-\s+|\s+và\s+/u;

/**
 * The pieces of a byline part between NAME_SEPARATORs, except that an outlet's name stays
 * whole: "Hải Yến - Đài PT-TH Nghệ An" → "Hải Yến", "Đài PT-TH Nghệ An".
 */
export function splitBylinePart(part: string): string[] {
  return part.split(CLEAR_SEPARATOR).flatMap((chunk) => (isOutlet(chunk) ? [chunk] : chunk.split(NAME_SEPARATOR).flatMap(splitAfterInitialName)));
}

/**
 * "B.N.Long Đàm Huy" → "B.N.Long", "Đàm Huy": a name written with initials ("B.N.Long") is whole
 * in one token, so two or more capitalised syllables after it are the next name (a separator
 * lost in the crawl).
 */
function splitAfterInitialName(piece: string): string[] {
  const tokens = piece.trim().split(/\s+/u);
  if (tokens.length < 3 || !INITIAL_NAME.test(tokens[0]!)) return [piece];
  const rest = tokens.slice(1);
  return rest.every((t) => TITLE_CASE.test(t) || ALL_CAPS.test(t)) ? [tokens[0]!, rest.join(' ')] : [piece];
}

/** A byline without its label ("Tin, ảnh: HOÀNG VŨ" → "HOÀNG VŨ"), and whether it had one. */
export function stripBylineLabel(s: string): { rest: string; labelled: boolean } {
  const m = BYLINE_LABEL_RE.exec(s.trim());
  return m?.groups ? { rest: m.groups.rest!.trim(), labelled: true } : { rest: s.trim(), labelled: false };
}

/** True for a source line or field ("Theo TTXVN", "Nguồn: …"): a source, not an author. */
export const isSourceLine = (s: string): boolean => SOURCE_OPENER_RE.test(s.trim());

/** True for a CMS posting account ("Admin"). */
export const isCmsAccount = (name: string): boolean => isAccountName(name);

/** True for a byline that names nobody ("PV", "Nhóm PV"). */
export const isPlaceholder = (name: string): boolean => {
  if (isPlaceholderName(name)) return true;
  // "Nhóm PV Ban TPHCM": a placeholder, then its desk (one to four more words)
  const desk = DESK_RE.exec(name.trim());
  return !!desk && isPlaceholderName(desk.groups!.who!);
};

/** True when `s` is shaped like a person's name as bylines write it (2–5 syllables, or initials). */
export function isNameShaped(s: string): boolean {
  const tokens = s.trim().split(/\s+/u);
  if (tokens.length > 5 || tokens[0] === '') return false;
  // One token: initials ("H.M") or initials glued to a name ("N.Lâm"); never a bare word.
  if (tokens.length === 1) return (INITIALS.test(tokens[0]!) && tokens[0]!.includes('.')) || INITIAL_NAME.test(tokens[0]!);
  return tokens.every((t) => TITLE_CASE.test(t) || ALL_CAPS.test(t) || INITIALS.test(t) || INITIAL_NAME.test(t));
}

/**
 * Person names from an author field of page metadata or an export ("Nguyễn Bình – Đức
 * Thắng", "Tin, ảnh: HOÀNG VŨ", "H.M/VOV.VN", "Trọng Tín/VOV-Nam Trung Bộ"): sources ("Theo TTXVN"), outlets and their desks after a slash, CMS
 * accounts, placeholders, units ("Thu Hà - Phòng Tham mưu") and URLs are left out. An
 * author field is trusted to hold authors, so a name need not be name-shaped.
 */
export function splitAuthorNames(value: string): string[] {
  const out: string[] = [];
  if (isSourceLine(value)) return out;
  const parts = stripBylineLabel(value).rest.split('/');
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    if (isOutletPart(part, p > 0)) continue;
    for (const raw of splitBylinePart(part)) {
      const name = raw.replace(/\s+/gu, ' ').trim();
      if (!name || /^https?:/i.test(name)) continue;
      if (isOutlet(name) || isCmsAccount(name) || isPlaceholder(name) || isBylineUnit(name)) continue;
      out.push(name);
    }
  }
  return out;
}

/**
 * Telling a person's name from an outlet, a CMS account or a placeholder in an author field
 * or a byline ("Dân Trí" and "Admin" are not people; "H.M" is). Shared by the loaders
 * (JSON Lines `authors`) and the article extractors (bylines, page metadata); the word lists
 * are data (src/data/article-chrome.ts).
 */
import { BYLINE_LABELS, BYLINE_UNIT_OPENERS, CMS_ACCOUNTS, OUTLET_OPENERS, OUTLETS, REPORTER_PLACEHOLDERS, SOURCE_OPENERS } from '../data/article-chrome.js';
import { fold } from './fold.js';
import { escapeRegExp as escapeRe, wordAlternation } from './patterns.js';

const alternation = (words: readonly string[]): string => wordAlternation(words);

const ACCOUNT_SET = new Set(CMS_ACCOUNTS.map(fold));
const OUTLET_SET = new Set(OUTLETS.map(fold));
const PLACEHOLDER_SET = new Set(REPORTER_PLACEHOLDERS.map(fold));
// "báo …", "tạp chí …", "cổng thông tin …" (folded)
const OUTLET_OPENER_RE = new RegExp(
  `^(?:${OUTLET_OPENERS.map(fold)
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|')})\\s`,
  'u',
);
// "Tin, ảnh: HOÀNG VŨ" → "HOÀNG VŨ"
const BYLINE_LABEL_RE = new RegExp(`^(?:${alternation(BYLINE_LABELS)})\\s*:\\s*(?<rest>.+)$`, 'iu');
// "Theo TTXVN", "Nguồn: Báo Công an nhân dân"
const SOURCE_OPENER_RE = new RegExp(`^(?:${alternation(SOURCE_OPENERS)})(?:\\s*:|\\s+)`, 'iu');
// "VOV-Nam Trung Bộ", "TTXVN/Hà Nội", "Báo Dân trí - Hà Nội": an outlet's name opening a part (folded)
const OUTLET_LEAD_RE = new RegExp(
  `^(?:${[...OUTLETS.map(fold), ...OUTLET_OPENERS.map(fold)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
  'u',
);
// "VOV-Nam Trung Bộ", "TTXVN – Hà Nội": a listed outlet, then a dash and its desk (folded)
const OUTLET_DESK_RE = new RegExp(
  `^(?:${OUTLETS.map(fold)
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|')})\\s*[-–—]\\s*\\S`,
  'u',
);
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
  const f = fold(name);
  return OUTLET_SET.has(f) || OUTLET_OPENER_RE.test(f) || DOMAIN.test(name.trim());
}

/**
 * True for a slash-separated part of a byline that names an outlet or one of its desks, so
 * that nothing in it is an author. After a slash ("NAME/OUTLET…") any part that opens with an
 * outlet's name or an outlet word counts ("VOV-Nam Trung Bộ", "Báo Quảng Nam"); in the first
 * part only a listed outlet followed by a dash does ("VOV-Nam Trung Bộ" standing alone).
 */
export function isOutletPart(part: string, afterSlash: boolean): boolean {
  const t = part.trim();
  const f = fold(t);
  return afterSlash ? isOutlet(t) || OUTLET_LEAD_RE.test(f) : OUTLET_DESK_RE.test(f);
}

/** A byline without its label ("Tin, ảnh: HOÀNG VŨ" → "HOÀNG VŨ"), and whether it had one. */
export function stripBylineLabel(s: string): { rest: string; labelled: boolean } {
  const m = BYLINE_LABEL_RE.exec(s.trim());
  return m?.groups ? { rest: m.groups.rest!.trim(), labelled: true } : { rest: s.trim(), labelled: false };
}

/** True for a source line or field ("Theo TTXVN", "Nguồn: …"): a source, not an author. */
export const isSourceLine = (s: string): boolean => SOURCE_OPENER_RE.test(s.trim());

/** True for a CMS posting account ("Admin"). */
export const isCmsAccount = (name: string): boolean => ACCOUNT_SET.has(fold(name));

/** True for a byline that names nobody ("PV", "Nhóm PV"). */
export const isPlaceholder = (name: string): boolean => PLACEHOLDER_SET.has(fold(name));

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
    for (const raw of part.split(NAME_SEPARATOR)) {
      const name = raw.replace(/\s+/gu, ' ').trim();
      if (!name || /^https?:/i.test(name)) continue;
      if (isOutlet(name) || isCmsAccount(name) || isPlaceholder(name) || isBylineUnit(name)) continue;
      out.push(name);
    }
  }
  return out;
}

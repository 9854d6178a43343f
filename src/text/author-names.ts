/**
 * Telling a person's name from an outlet, a CMS account or a placeholder in an author field
 * or a byline ("Dân Trí" and "Admin" are not people; "H.M" is). Shared by the loaders
 * (JSON Lines `authors`) and the article extractors (bylines, page metadata); the word lists
 * are data (src/data/article-chrome.ts).
 */
import { BYLINE_LABELS, CMS_ACCOUNTS, OUTLET_OPENERS, OUTLETS, REPORTER_PLACEHOLDERS, SOURCE_OPENERS } from '../data/article-chrome.js';
import { fold } from './fold.js';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRe(w).replace(/ /g, '\\s*'))
    .join('|');

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
// "VOV.VN", "cand.com.vn"
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:vn|com|net|org|gov|info)$/iu;

// Name syllables: "Nguyễn", "VŨ", "A"; initials "H.M", "N.H."; initial + syllable "T.Hùng".
const TITLE_CASE = /^\p{Lu}[\p{Ll}\p{M}]*$/u;
const ALL_CAPS = /^[\p{Lu}\p{M}]{2,}$/u;
/** Initials such as "H.M", "N.H." or "H.". */
export const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}?\.?$/u;
const INITIAL_NAME = /^(?:\p{Lu}\.)+\p{Lu}[\p{Ll}\p{M}]+$/u;

/** Between names in a byline: "–", "-", ",", ";", "&", "+", "và". */
export const NAME_SEPARATOR = /\s*[–—,;&+-]\s*|\s+và\s+/u;

/** True for an outlet or agency name ("Dân Trí", "TTXVN", "Báo Công an nhân dân", "VOV.VN"). */
export function isOutlet(name: string): boolean {
  const f = fold(name);
  return OUTLET_SET.has(f) || OUTLET_OPENER_RE.test(f) || DOMAIN.test(name.trim());
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
  if (tokens.length === 1) return INITIALS.test(tokens[0]!) && tokens[0]!.includes('.');
  return tokens.every((t) => TITLE_CASE.test(t) || ALL_CAPS.test(t) || INITIALS.test(t) || INITIAL_NAME.test(t));
}

/**
 * Person names from an author field of page metadata or an export ("Nguyễn Bình – Đức
 * Thắng", "Tin, ảnh: HOÀNG VŨ", "H.M/VOV.VN"): sources ("Theo TTXVN"), outlets, CMS
 * accounts, placeholders and URLs are left out. An
 * author field is trusted to hold authors, so a name need not be name-shaped.
 */
export function splitAuthorNames(value: string): string[] {
  const out: string[] = [];
  if (isSourceLine(value)) return out;
  for (const part of stripBylineLabel(value).rest.split('/')) {
    for (const raw of part.split(NAME_SEPARATOR)) {
      const name = raw.replace(/\s+/gu, ' ').trim();
      if (!name || /^https?:/i.test(name)) continue;
      if (isOutlet(name) || isCmsAccount(name) || isPlaceholder(name)) continue;
      out.push(name);
    }
  }
  return out;
}

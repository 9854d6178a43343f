/**
 * Reading the short lines that close an article: a byline ("Nguyễn Bình – Đức Thắng",
 * "Tin, ảnh: HOÀNG VŨ", "H.M/VOV.VN", "N.Lâm", "Trọng Tín/VOV-Nam Trung Bộ", "CTV Hồng Nhung/VOV.VN",
 * "Hữu Tài - Bá Đạt thực hiện", "(Tổng hợp) Thanh Tâm"), a source ("Theo TTXVN", "Nguồn: …"), a CMS account
 * ("Admin"), a placeholder ("PV") or a photo credit ("Ảnh: …"). A reporter's unit after a dash
 * ("Thu Hà - Phòng Tham mưu") is dropped and the name kept; a unit alone is body text. Only the byline gives
 * authors; every kind leaves the body. The word lists are data (src/data/article-chrome.ts).
 *
 * The same reading serves a byline glued to the end of the last paragraph (src/article/byline/),
 * in its strict form: there every name must be two to four capitalised syllables or initials, and
 * a closing parenthesis may only hold a note ("(tổng hợp)", "(TTXVN)", "(theo VTC)").
 */
import { BYLINE_ROLES, BYLINE_SUFFIXES, CREDIT_LABELS, RELATED_OPENERS, SOURCE_OPENERS } from '../data/article-chrome.js';
import { INITIALS, isBylineUnit, isClause, isCmsAccount, isNameShaped, isOutlet, isOutletPart, isPlaceholder, splitBylinePart, stripBylineLabel } from '../text/author-names.js';
import { fold } from '../text/fold.js';
import { wordAlternation } from '../text/patterns.js';

export type TailKind = 'byline' | 'source' | 'account' | 'placeholder' | 'credit' | 'related';

/** What a closing line is, and the person names it gives (only a byline gives names). */
export interface TailLine {
  kind: TailKind;
  names: string[];
}

const alternation = (words: readonly string[]): string => wordAlternation(words);

// The opener alone, or before a colon or a count: "Tin liên quan", "Xem thêm: …", "Bình luận (12)";
// not "Bình luận về vụ việc, …", where the same words open a sentence.
const RELATED_RE = new RegExp(`^(?:${alternation(RELATED_OPENERS.map(fold))})\\s*(?:$|[:(\\d»›>])`, 'u');

// "Ảnh: Hoàng Phong", "(Ảnh: AP)"
const CREDIT_RE = new RegExp(`^\\(?(?:${alternation(CREDIT_LABELS)})\\s*:\\s*[^:]{1,80}$`, 'iu');
// "Theo TTXVN", "Nguồn: Báo Công an nhân dân", "(Theo VOV)"
const SOURCE_RE = new RegExp(`^(?:${alternation(SOURCE_OPENERS)})\\s*[:\\-–]?\\s+(?<rest>.+)$`, 'iu');

/** True for a paragraph that opens a related-articles box or a widget ("Tin liên quan", "Xem thêm: …"). */
export const isRelatedOpener = (line: string): boolean => RELATED_RE.test(fold(line));

/** True for a photo or video credit standing alone ("Ảnh: Hoàng Phong", "(Ảnh: AP)"). */
export const isCredit = (line: string): boolean => CREDIT_RE.test(line.trim());

// "Hữu Tài - Bá Đạt thực hiện", "Hải Vân ghi": what the reporter did, after the names (lower case as written)
const SUFFIX_RE = new RegExp(`\\s+\\(?(?:${wordAlternation(BYLINE_SUFFIXES, '\\s+')})\\)?$`, 'u');
// "CTV Hồng Nhung": the reporter's role before the name (case aside, tone marks kept)
const ROLE_RE = new RegExp(`^(?:${wordAlternation(BYLINE_ROLES, '\\s+')})\\s+(?=\\p{Lu})`, 'iu');
// "(Tổng hợp) Thanh Tâm": a note in parentheses before the names
const LEADING_NOTE_RE = /^\((?<note>[^()]{1,60})\)\s*(?=\S)/u;
// "(Tổng hợp theo TTXVN, VTV)", "(theo VTC)": a source note, perhaps after what the reporter did
const SOURCE_NOTE_RE = new RegExp(`^(?:(?:${wordAlternation(BYLINE_SUFFIXES, '\\s+')})\\s+)?(?:${alternation(SOURCE_OPENERS)})\\s*:?\\s+\\S`, 'iu');
const MAX_NOTE_CHARS = 60;
// " - Ảnh: Hoàng Phong", "; ảnh: TTXVN" after the names
const CREDIT_AFTER_RE = new RegExp(`\\s*[-–—,;|]\\s*\\(?(?:${alternation(CREDIT_LABELS)})\\s*:\\s*[^:]{1,60}$`, 'iu');

/**
 * True for the content of a parenthesis that may close (or open) a byline: what the reporter
 * did ("tổng hợp", "t/h"), a placeholder ("PV"), an outlet ("TTXVN") or a source ("theo VTC",
 * "Tổng hợp theo TTXVN, VTV"). "(SN 1980)", "(trú tại xã X)" are not.
 */
export function isBylineNote(note: string): boolean {
  const t = note.replace(/\s+/gu, ' ').trim();
  if (!t || t.length > MAX_NOTE_CHARS || /\p{N}/u.test(t) || /[:!?"“”]/u.test(t)) return false;
  if (BYLINE_SUFFIXES.includes(t.toLowerCase()) || isPlaceholder(t) || isOutlet(t)) return true;
  return SOURCE_NOTE_RE.test(t) && !isClause(t.replace(/[.,;]$/u, ''));
}

/** A name as a glued byline writes it: initials ("H.T.L", "N.Lâm"), or two to four capitalised syllables ("K. Linh", "HOÀNG LONG"). */
function isStrictName(piece: string): boolean {
  const tokens = piece.split(/\s+/u);
  if (tokens.length === 1) return isNameShaped(piece);
  return tokens.length <= 4 && isNameShaped(piece);
}

const WHITE = /\s/u;
/** Whether `s` has more than `n` characters that are not white space (counted up to n + 1). */
function nonSpaceMoreThan(s: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < s.length; i++) if (!WHITE.test(s[i]!) && ++count > n) return true;
  return false;
}

/**
 * Classify one closing line of an article, or null when it is body text. A byline must be
 * short, without digits or final punctuation, and every part must be a name, an outlet or a
 * placeholder: "Văn Thành" is a byline, "Toàn cảnh Hội nghị." is not. `strict` is the reading
 * of a byline glued to the end of a paragraph (see the file's comment).
 */
export function classifyTailLine(line: string, strict = false): TailLine | null {
  // a paragraph of body text is too long whatever its spacing: told without rewriting it
  if (line.length > 80 && nonSpaceMoreThan(line, 80)) return null;
  let s = line.replace(/\s+/gu, ' ').trim();
  if (!s || s.length > 80) return null;
  if (isCmsAccount(s)) return { kind: 'account', names: [] };
  if (isRelatedOpener(s)) return { kind: 'related', names: [] };
  if (isCredit(s)) return { kind: 'credit', names: [] };
  const unwrapped = /^\((.*)\)$/u.exec(s);
  if (unwrapped) s = unwrapped[1]!.trim();

  const source = SOURCE_RE.exec(s);
  if (source?.groups) {
    const rest = source.groups.rest!.replace(/\.$/u, '').trim();
    const words = rest.split(/\s+/u).length;
    // "Theo Báo Nghệ An", not "Theo Đại tá Nguyễn Văn A cho biết"
    if (words <= 10 && !/[,;:!?"“”]/u.test(rest) && !isClause(rest) && (/^[\p{Lu}\p{N}]/u.test(rest) || isOutlet(rest))) return { kind: 'source', names: [] };
    return null;
  }
  if (isPlaceholder(s)) return { kind: 'placeholder', names: [] };

  // "(Tổng hợp) Thanh Tâm": a note before the names
  const lead = LEADING_NOTE_RE.exec(s);
  if (lead?.groups && isBylineNote(lead.groups.note!)) s = s.slice(lead[0].length);
  const label = stripBylineLabel(s);
  // "Bài: Quang Huy - Ảnh: Hoàng Phong": the photographer is credited, not an author
  s = label.rest.replace(CREDIT_AFTER_RE, '').trim() || label.rest;
  if (/\p{N}/u.test(s) || /[:!?"“”…]/u.test(s)) return null;
  // "Hải Yến (CAT tỉnh)" → "Hải Yến"; "PV (tổng hợp)" → "PV"; glued, only a note may close it
  const closing = /\s*\((?<note>[^()]*)\)$/u.exec(s);
  if (closing) {
    if (strict && !isBylineNote(closing.groups!.note!)) return null;
    s = s.slice(0, closing.index).trim();
  }
  // "Hữu Tài - Bá Đạt thực hiện" → "Hữu Tài - Bá Đạt"
  s = s.replace(SUFFIX_RE, '').trim();
  if (!s) return null;
  if (isPlaceholder(s)) return { kind: 'placeholder', names: [] };

  const names: string[] = [];
  let outlets = 0;
  let placeholders = 0;
  let units = 0;
  const parts = s.split('/');
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    // "Trọng Tín/VOV-Nam Trung Bộ": a part that opens with an outlet is the outlet's desk.
    if (isOutletPart(part, p > 0)) {
      outlets++;
      continue;
    }
    for (const raw of splitBylinePart(part)) {
      let piece = raw.trim();
      if (!piece) continue;
      if (isPlaceholder(piece) || isCmsAccount(piece)) {
        placeholders++;
        continue;
      }
      if (isOutlet(piece)) {
        outlets++;
        continue;
      }
      // "Thu Hà - Phòng Tham mưu": the reporter's unit is not an author (alone, it stays body)
      if (isBylineUnit(piece)) {
        units++;
        continue;
      }
      // "CTV Hồng Nhung": the role is not part of the name
      const role = ROLE_RE.exec(piece);
      if (role && isNameShaped(piece.slice(role[0].length))) piece = piece.slice(role[0].length);
      // a final period is punctuation, except inside initials ("H.M.")
      if (piece.endsWith('.') && !INITIALS.test(piece.split(/\s+/u).at(-1)!)) return null;
      if (!(strict ? isStrictName(piece) : isNameShaped(piece))) return null;
      names.push(piece);
    }
  }
  if (names.length) return { kind: 'byline', names };
  if (units) return null;
  if (placeholders) return { kind: 'placeholder', names: [] };
  return outlets ? { kind: 'source', names: [] } : null;
}

/**
 * Publication dates as Vietnamese pages and exports write them → ISO `YYYY-MM-DD`, read in
 * Vietnam time (UTC+7): "Thứ năm, 2/11/2023, 19:20 (GMT+7)", "02/11/2023 19:20",
 * "2-11-2023", "20.11.2020", "ngày 20 tháng 11 năm 2020", ISO with or without a zone,
 * RFC 2822 ("Thu, 02 Nov 2023 12:20:45 GMT") and Unix timestamps. Shared by the loaders
 * (JSON Lines `publishedAt`) and the article extractors (datelines, page metadata).
 */
import { DATELINE_LABELS, WEEKDAYS } from '../data/article-chrome.js';
import { wordAlternation } from './patterns.js';

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

const alternation = (words: readonly string[]): string => wordAlternation(words, '\\s+');

/** The calendar day in Vietnam at an instant (ms since the epoch). */
export function vietnamDate(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const d = new Date(ms + VIETNAM_OFFSET_MS);
  const y = d.getUTCFullYear();
  if (y < 1900 || y > 2200) return null;
  return d.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` from numeric parts, or null when the day does not exist. */
export function isoFromParts(year: number, month: number, day: number): string | null {
  if (!(year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

// "20/11/2020", "2-11-2023", "20.11.2020"
const DMY = String.raw`(?<d>\d{1,2})\s*(?<sep>[/.-])\s*(?<m>\d{1,2})\s*\k<sep>\s*(?<y>\d{4})`;
// "ngày 20 tháng 11 năm 2020"
const WORDY = String.raw`(?:ngày\s+)?(?<wd>\d{1,2})\s+tháng\s+(?<wm>\d{1,2})\s*(?:,\s*|\s+)năm\s+(?<wy>\d{4})`;
// "2020-11-20"
const YMD = String.raw`(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})`;
// "19:20", "08h15", "19:20:45", "7:05 PM"
const TIME = String.raw`\d{1,2}\s*[:hg]\s*\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?`;
const ZONE = String.raw`\(?\s*(?:GMT|UTC)\s*\+\s*0?7(?::?00)?\s*\)?`;
const LABEL = `(?:${alternation(DATELINE_LABELS)})\\s*:?`;
const WEEKDAY = `(?:${alternation(WEEKDAYS)})`;

/**
 * A line that is only a date, with optional label, weekday, time and zone:
 * "20/11/2020", "Thứ Hai, 29/06/2015", "20/11/2020 08:15", "Cập nhật: 08:15 - 20/11/2020",
 * "Thứ Năm, ngày 15/08/2019 - 21:40" (a "ngày" may stand between the weekday and the date).
 */
const DATELINE_RE = new RegExp(
  `^(?:${LABEL}\\s*)?(?:${WEEKDAY}\\s*[,-]?\\s*)?(?:${TIME}\\s*[,|-]?\\s*(?:${WEEKDAY}\\s*[,-]?\\s*)?)?(?:(?:ngày\\s+)?${DMY}|${WORDY}|${YMD})(?:\\s*[,|-]?\\s*${TIME})?(?:\\s*${ZONE})?\\.?$`,
  'iu',
);

const ANY_DATE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${DMY}|${WORDY})(?![\\p{N}])`, 'iu');

function isoFromGroups(g: Record<string, string | undefined>): string | null {
  if (g.y) return isoFromParts(+g.y, +(g.m ?? 0), +(g.d ?? 0));
  if (g.wy) return isoFromParts(+g.wy, +(g.wm ?? 0), +(g.wd ?? 0));
  if (g.iy) return isoFromParts(+g.iy, +(g.im ?? 0), +(g.id ?? 0));
  return null;
}

/** The date of a line that holds nothing but a date (a dateline), else null. */
export function parseDateline(line: string): string | null {
  const s = line.trim();
  if (s.length > 80) return null;
  const m = DATELINE_RE.exec(s);
  return m?.groups ? isoFromGroups(m.groups) : null;
}

/**
 * A publication date from a metadata value (JSON-LD, meta tag, JSON Lines field, the text
 * of a known date element) → `YYYY-MM-DD` in Vietnam time, or null when it holds no date.
 */
export function parseDateValue(value: unknown): string | null {
  if (typeof value === 'number') {
    // seconds or milliseconds since the epoch
    return vietnamDate(Math.abs(value) < 1e11 ? value * 1000 : value);
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  if (/^\d{10}(?:\.\d+)?$|^\d{13}$/.test(s)) return parseDateValue(Number(s));
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return isoFromParts(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
  if (m) {
    // with a zone: the instant, read in Vietnam; without one: already local (Vietnam) time
    if (m[6]) return vietnamDate(Date.parse(s.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2')));
    return isoFromParts(+m[1]!, +m[2]!, +m[3]!);
  }
  const line = parseDateline(s);
  if (line) return line;
  const any = ANY_DATE_RE.exec(s);
  if (any?.groups) return isoFromGroups(any.groups);
  // RFC 2822 and other forms the JS parser knows, only when they carry a zone
  if (/[A-Za-z]{3},?\s+\d{1,2}\s+[A-Za-z]{3}\s+\d{4}/.test(s) || /\b(?:GMT|UTC)\b|[+-]\d{4}$/.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) return vietnamDate(t);
  }
  return null;
}

/**
 * The two instants a record's `source` may carry, as the schema wants them, and how a value
 * given with the input becomes one:
 *
 * - `fetchedAt`: an RFC 3339 date-time in UTC (`2024-07-05T01:02:03.456Z`, `…T01:02:03Z`),
 *   `format: date-time`. vnews writes its own fetches so; a WARC-Date (WARC 1.1 §5.4 asks
 *   for UTC) is kept as written. Another ISO form with an offset is rewritten to UTC.
 * - `lastModified`: the Last-Modified header as the server sent it, an IMF-fixdate
 *   (`Fri, 05 Jul 2024 01:00:00 GMT`, RFC 9110 §5.6.7), since that is the form servers must
 *   send and the one a conditional request echoes; the two obsolete forms RFC 9110 asks
 *   recipients to accept (RFC 850, asctime) are rewritten to the same instant as an IMF-fixdate.
 *
 * A value that is none of these is dropped with a `bad-date` warning: an unreadable date
 * next to an article does not cost the article.
 */
import { z } from 'zod';
import type { Warning } from './schema.js';

/** RFC 3339 in UTC, seconds required, any fraction of a second: what `fetchedAt` holds. */
export const FetchedAt = z.iso.datetime();

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** IMF-fixdate: `Sun, 06 Nov 1994 08:49:37 GMT`. */
const IMF_FIXDATE = new RegExp(`^(?:${DAYS.join('|')}), (?:0[1-9]|[12]\\d|3[01]) (?:${MONTHS.join('|')}) \\d{4} (?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d GMT$`);
/** RFC 850 (obsolete): `Sunday, 06-Nov-94 08:49:37 GMT`. */
const RFC_850 = new RegExp(`^(?:${LONG_DAYS.join('|')}), (\\d{2})-(${MONTHS.join('|')})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$`);
/** asctime (obsolete): `Sun Nov  6 08:49:37 1994`. */
const ASCTIME = new RegExp(`^(?:${DAYS.join('|')}) (${MONTHS.join('|')}) ([ \\d]\\d) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$`);

/** Whether an IMF-fixdate names a day that exists, with its right weekday: it is its own instant written back. */
const isRealImfDate = (v: string): boolean => {
  const t = Date.parse(v);
  return !Number.isNaN(t) && new Date(t).toUTCString() === v;
};

/** An HTTP date in the preferred form, naming a day that exists with its right weekday: what `lastModified` holds. */
export const HttpDate = z
  .string()
  .regex(IMF_FIXDATE)
  .refine(isRealImfDate, { message: 'not a day that exists, or the wrong weekday for it' });

/** An instant from parts (month from 0), or null when they name no real moment (31 Feb, hour 25). */
function utc(y: number, m: number, d: number, h: number, mi: number, s: number): number | null {
  const t = Date.UTC(y, m, d, h, mi, s);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === m && back.getUTCDate() === d && back.getUTCHours() === h && back.getUTCMinutes() === mi && back.getUTCSeconds() === s ? t : null;
}

/** `fetchedAt` as the record holds it, or undefined when the value is not a date-time at all. */
export function toFetchedAt(v: string): string | undefined {
  if (FetchedAt.safeParse(v).success) return v;
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:[Zz]|[+-]\d{2}:?\d{2})$/.exec(v.trim());
  if (!m || utc(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0)) === null) return undefined;
  const t = Date.parse(v.trim().replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** `lastModified` as the record holds it, or undefined when the value is not an HTTP date. */
export function toLastModified(v: string): string | undefined {
  if (HttpDate.safeParse(v).success) return v;
  let t: number | null = null;
  let m = RFC_850.exec(v);
  if (m) {
    // RFC 9110 §5.6.7: a two-digit year more than 50 years in the future is in the past century.
    let y = 2000 + +m[3]!;
    if (y > new Date().getUTCFullYear() + 50) y -= 100;
    t = utc(y, MONTHS.indexOf(m[2]!), +m[1]!, +m[4]!, +m[5]!, +m[6]!);
  } else if ((m = ASCTIME.exec(v))) {
    t = utc(+m[6]!, MONTHS.indexOf(m[1]!), +m[2]!.trim(), +m[3]!, +m[4]!, +m[5]!);
  }
  return t === null ? undefined : new Date(t).toUTCString();
}

interface SourceDates {
  location: string;
  fetchedAt: string | null;
  lastModified: string | null;
}

/**
 * The source with its `fetchedAt` and `lastModified` as the schema wants them (see the module
 * comment); a value that cannot be read is dropped (null), with a `bad-date` warning.
 * The same object when both are already as wanted, which is nearly always.
 */
export function recordSourceDates<S extends SourceDates>(source: S, warn: (w: Warning) => void): S {
  const fetchedAt = source.fetchedAt === null ? null : (toFetchedAt(source.fetchedAt) ?? null);
  const lastModified = source.lastModified === null ? null : (toLastModified(source.lastModified) ?? null);
  if (fetchedAt === source.fetchedAt && lastModified === source.lastModified) return source;
  const drop = (what: string, v: string): void =>
    warn({ code: 'bad-date', message: `${source.location}: ${what} ${JSON.stringify(v)} is not a date; ignored`, start: null, end: null });
  if (source.fetchedAt !== null && fetchedAt === null) drop('fetch date (WARC-Date)', source.fetchedAt);
  if (source.lastModified !== null && lastModified === null) drop('Last-Modified', source.lastModified);
  return { ...source, fetchedAt, lastModified };
}

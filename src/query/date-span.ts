/** Calendar helpers for the index and the date filters: a year, month or day as the span of days it covers. */

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * `"2020"` → 2020-01-01 … 2020-12-31, `"2020-02"` → 2020-02-01 … 2020-02-29, a day → itself.
 * Null for anything that is not a real calendar value ("2020-13", "2021-02-29").
 */
export function dateSpan(value: string): { start: string; end: string } | null {
  const m = DATE.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const last = daysIn(year, month);
  if (m[3] === undefined) return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(last)}` };
  const day = Number(m[3]);
  if (day < 1 || day > last) return null;
  return { start: `${m[1]}-${m[2]}-${m[3]}`, end: `${m[1]}-${m[2]}-${m[3]}` };
}

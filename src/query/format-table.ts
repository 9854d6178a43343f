/** Text renderings shared by the query, officials and stats commands: CSV (RFC 4180) and aligned terminal tables. */

/** A cell a spreadsheet would run as a formula: starts with = + - @, a tab or a CR (OWASP, "CSV Injection"). */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would take for a formula gets a leading
 * apostrophe, as OWASP recommends; null is an empty field and the empty string a quoted
 * one (`""`), the convention PostgreSQL's and DuckDB's CSV readers follow, so the two stay
 * apart. Numbers are written as they are.
 */
export function csvCell(f: string | number | null): string {
  if (f === null) return '';
  if (typeof f === 'number') return String(f);
  const s = FORMULA.test(f) ? `'${f}` : f;
  return s === '' || /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One CSV line of cells (see csvCell); CRLF ends the line. */
export function csvRow(fields: readonly (string | number | null)[]): string {
  return `${fields.map(csvCell).join(',')}\r\n`;
}

/** Starts a CSV file for Excel, which reads UTF-8 without it as the local code page. */
export const UTF8_BOM = '\uFEFF';

/** Cut `s` to `max` characters (marking the cut with …) and put it on one line. */
export const clip = (s: string, max: number): string => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, Math.max(0, max - 1))}…` : one;
};

/** Columns padded to their widest cell, two spaces apart, a rule under the header. Cells must be one line. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `${cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd()}\n`;
  return line(header) + line(widths.map((w) => '-'.repeat(w))) + rows.map(line).join('');
}

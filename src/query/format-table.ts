/** Text renderings shared by the query, officials and stats commands: CSV (RFC 4180) and aligned terminal tables. */

/** One CSV line: fields with a comma, quote, CR or LF are quoted, quotes doubled; CRLF ends the line. */
export function csvRow(fields: readonly (string | number | null)[]): string {
  return `${fields
    .map((f) => {
      const s = f === null ? '' : String(f);
      return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
    })
    .join(',')}\r\n`;
}

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

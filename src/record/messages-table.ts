/** The README's "Messages" table of warning codes, generated from the registry (warning-codes.ts) so the docs never drift. */
import { WARNING_CODES, WARNING_CODE_LIST } from './warning-codes.js';

export const MESSAGES_BEGIN = '<!-- messages-table:begin (generated from src/record/warning-codes.ts by `npm run messages-table`; do not edit by hand) -->';
export const MESSAGES_END = '<!-- messages-table:end -->';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Markdown table: one row per warning code, in registry order. */
export function messagesTable(): string {
  const rows = WARNING_CODE_LIST.map((c) => `| \`${c}\` | ${cell(WARNING_CODES[c].by)} | ${cell(WARNING_CODES[c].meaning)} |`);
  return ['| code | raised by | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}

/** Replace the generated block in a README text (the markers stay). */
export function replaceMessagesBlock(readme: string, table: string): string {
  const a = readme.indexOf(MESSAGES_BEGIN);
  const b = readme.indexOf(MESSAGES_END);
  if (a < 0 || b < a) throw new Error('README.md has no messages-table markers');
  return `${readme.slice(0, a + MESSAGES_BEGIN.length)}\n${table}\n${readme.slice(b)}`;
}

/**
 * Regenerates the "Messages" table of warning codes in README.md from the registry
 * (src/record/warning-codes.ts). `npm run messages-table` rewrites the block between the
 * markers; `--check` exits 1 when the README is out of date.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { messagesTable, replaceMessagesBlock } from '../src/record/messages-table.js';

const readme = await readFile('README.md', 'utf8');
const next = replaceMessagesBlock(readme, messagesTable());
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md messages table is out of date: run `npm run messages-table`');
    process.exit(1);
  }
} else if (next !== readme) {
  await writeFile('README.md', next);
  console.log('README.md messages table updated');
}

/**
 * Regenerates the rules table in README.md from the recogniser registry
 * (`rules` in src/extract/extract-entities.ts). `npm run rules-table` rewrites the
 * block between the markers; `--check` exits 1 when the README is out of date.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { rulesTable, replaceRulesBlock } from '../src/extract/rules-table.js';

const readme = await readFile('README.md', 'utf8');
const next = replaceRulesBlock(readme, rulesTable());
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md rules table is out of date: run `npm run rules-table`');
    process.exit(1);
  }
} else if (next !== readme) {
  await writeFile('README.md', next);
  console.log('README.md rules table updated');
}

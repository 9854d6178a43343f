import { describe, it, expect } from 'vitest';
import { readFile } from 'node:fs/promises';
import { rulesTable, replaceRulesBlock } from '../src/extract/rules-table.js';
import { rules } from '../src/extract/extract-entities.js';

describe('README', () => {
  it('gives the two set-up commands', async () => {
    const readme = await readFile('README.md', 'utf8');
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });

  it('rules table matches the recogniser registry (run `npm run rules-table` after changing rules)', async () => {
    const readme = await readFile('README.md', 'utf8');
    expect(replaceRulesBlock(readme, rulesTable())).toBe(readme);
  });

  it('rule ids are unique', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

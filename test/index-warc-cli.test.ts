/** `vnews index-warc`: a CDXJ index beside a WARC file from another tool (GNU Wget). */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/io.js';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'vnews-index-warc-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('vnews index-warc', () => {
  it('indexes the responses and revisits of Wget’s files, each line pointing at its record', async () => {
    for (const name of ['wget-crawl.warc.gz', 'wget-dedup.warc.gz']) {
      const file = path.join(tmp, name);
      await copyFile(path.join(import.meta.dirname, '..', 'fixtures', 'warc', name), file);
      const run = await runCli(['index-warc', name], { cwd: tmp });
      expect(run.code).toBe(0);
      // three pages, and Wget's two records about itself (its manifest and its arguments)
      expect(run.stderr).toBe(`vnews index-warc: ${name}: 5 records → ${name}.cdxj\n`);
      const all = (await readFile(`${file}.cdxj`, 'utf8')).trimEnd().split('\n');
      expect(all).toHaveLength(5);
      expect(all.filter((l) => l.startsWith('metadata://gnu.org/software/wget/warc/'))).toHaveLength(2);
      const lines = all.filter((l) => l.startsWith('1,0,0,127'));
      expect(lines).toHaveLength(3);
      const bytes = await readFile(file);
      for (const line of lines) {
        expect(line).toMatch(/^1,0,0,127:\d+\)\/tin-tuc\/[a-z-]+\.html \d{14} \{/);
        const e = JSON.parse(line.slice(line.indexOf('{'))) as Record<string, string>;
        expect(e.mime).toBe(name.includes('dedup') ? 'warc/revisit' : 'text/html');
        const text = gunzipSync(bytes.subarray(Number(e.offset), Number(e.offset) + Number(e.length))).toString('latin1');
        expect(text).toContain(`WARC-Target-URI: <${e.url}>`);
      }
    }
  });

  it('names unreadable records and exits 1; bad usage exits 2', async () => {
    const file = path.join(tmp, 'hong.warc');
    await writeFile(file, 'WARC/1.1\r\nWARC-Type: response\r\nContent-Length: abc\r\n\r\n');
    const run = await runCli(['index-warc', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}#0: WARC record with Content-Length "abc", not a number`);
    expect((await runCli(['index-warc'])).code).toBe(2);
  });
});

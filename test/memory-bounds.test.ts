/**
 * Memory while reading hostile inputs, measured in a child process running the real CLI:
 * its peak resident memory (getrusage maxRSS) must stay under 500 MB whatever it reads.
 * Before the limits: the 1 MB WARC took 2.26 GB, the 49.9 MB one-line text 1.87 GB, the
 * JSON Lines file with a 100 MB line 2.93 GB. The bound is generous on purpose (a run of
 * Node with tsx starts near 150 MB); the test is about gigabytes, not megabytes.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleResponse, page, zeroBombMember } from './helpers/warc-files.js';

const LIMIT_KB = 500 * 1024;
const BODY = 'Sáng 20/11/2020, Công an tỉnh Nghệ An tổ chức hội nghị tổng kết phong trào thi đua vì an ninh Tổ quốc năm 2020. Đại tá Nguyễn Văn A, Giám đốc Công an tỉnh, chủ trì hội nghị.';
const peaks: string[] = [];
afterAll(() => console.log(`peak RSS per run:\n${peaks.join('\n')}`));
let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'vnews-memory-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

/** Run `vnews ingest FILE` in a child; its exit code, stderr and peak RSS in KB. */
async function ingestPeak(input: string): Promise<{ code: number; stderr: string; maxRssKb: number }> {
  const rssFile = path.join(tmp, `rss-${path.basename(input)}`);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', './test/helpers/max-rss.mjs', 'src/cli.ts', 'ingest', input, '--out', path.join(tmp, `out-${path.basename(input)}`), '--no-index'],
    { env: { ...process.env, VNEWS_MAX_RSS_FILE: rssFile }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  const maxRssKb = Number(await readFile(rssFile, 'utf8'));
  peaks.push(`  ${path.basename(input)}: ${Math.round(maxRssKb / 1024)} MB`);
  return { code, stderr, maxRssKb };
}

/** Write about `size` bytes of `unit` repeated, as a stream (the test itself never holds them). */
async function writeRepeated(file: string, prefix: string, unit: string, size: number, suffix: string): Promise<void> {
  const out = createWriteStream(file);
  out.write(prefix);
  const block = Buffer.from(unit.repeat(Math.floor((1024 * 1024) / Buffer.byteLength(unit))));
  for (let n = 0; n + block.length <= size; n += block.length) if (!out.write(block)) await new Promise<void>((r) => out.once('drain', () => r()));
  out.end(suffix);
  await new Promise<void>((r) => out.on('close', () => r()));
}

describe('peak memory of one run stays under 500 MB', { timeout: 120_000 }, () => {
  it('a 1 MB .warc.gz holding 1 GB of zeros', async () => {
    const head = Buffer.from('WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.vn/bom.html\r\nContent-Length: 1073741900\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n');
    const lying = Buffer.from(articleResponse('https://a.vn/nho.html', page('Nhỏ', BODY)));
    const file = path.join(tmp, 'bomb.warc.gz');
    await writeFile(file, Buffer.concat([zeroBombMember(head, 1024 ** 3), zeroBombMember(lying, 512 * 1024 ** 2), gzipSync(articleResponse('https://a.vn/tot.html', page('Tốt', BODY.replace('Nghệ An', 'Hà Tĩnh'))))]));
    const run = await ingestPeak(file);
    expect(run.stderr).toContain('record larger than the limit');
    expect(run.stderr).toContain('2 written');
    expect(run.maxRssKb).toBeLessThan(LIMIT_KB);
  });

  it('a 9.9 MB text on one line (under the file limit, over the text limit), and a 49.9 MB one (over the file limit)', async () => {
    for (const mb of [9.9, 49.9]) {
      const file = path.join(tmp, `line-${mb}.txt`);
      await writeRepeated(file, '', 'Công an tỉnh ', mb * 1024 * 1024, '');
      const run = await ingestPeak(file);
      expect(run.stderr).toMatch(mb < 10 ? /text too long/ : /file too large/);
      expect(run.maxRssKb).toBeLessThan(LIMIT_KB);
    }
  });

  it('a plain text just under the text limit goes through the whole pipeline', async () => {
    const file = path.join(tmp, 'long-ok.txt');
    // A long report, not one sentence repeated: entities every few paragraphs, as in real text
    // (one rule matching more than 5,000 times is a bound of its own, see the README's Limits).
    const para =
      'Sáng 20/11/2020, Công an tỉnh Nghệ An tổ chức hội nghị tổng kết phong trào thi đua, Đại tá Nguyễn Văn A phát biểu.\n\n' +
      'Các đơn vị đã chủ động nắm tình hình, tuyên truyền pháp luật tới từng khu dân cư và trường học trên địa bàn.\n\n'.repeat(4);
    await writeFile(file, `Hội nghị tổng kết\n\n${para.repeat(Math.floor(990_000 / para.length))}`);
    const run = await ingestPeak(file);
    expect(run.stderr).toContain('1 written');
    expect(run.maxRssKb).toBeLessThan(LIMIT_KB);
  });

  it('a JSON Lines file with a 100 MB line', async () => {
    const file = path.join(tmp, 'huge-line.jsonl');
    const ok = `${JSON.stringify({ text: 'Công an xã tuyên truyền phòng cháy chữa cháy cho người dân.' })}\n`;
    await writeRepeated(file, `${ok}{"text": "`, 'chữ ', 100 * 1024 * 1024, `"}\n${ok}`);
    const run = await ingestPeak(file);
    expect(run.stderr).toContain(`failed: ${file}:2: line too long`);
    expect(run.stderr).toMatch(/1 written, .*1 failed/);
    expect(run.maxRssKb).toBeLessThan(LIMIT_KB);
  });
});

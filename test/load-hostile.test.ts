/**
 * Inputs that used to block, mislead or swell: FIFOs under every supported name, names
 * that are not UTF-8, lines and texts past the limits, files passed over in a folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadInputs } from '../src/load/load-inputs.js';
import { MAX_FILE_BYTES, MAX_LINE_BYTES, MAX_TEXT_CHARS } from '../src/load/limits.js';
import type { InputFailure, LoadResult } from '../src/types.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'vnews-load-hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function loadAll(paths: string[], skipped: InputFailure[] = []): Promise<string[]> {
  const out: string[] = [];
  for await (const r of loadInputs(paths, { onSkip: (s) => skipped.push(s) })) out.push(show(r));
  return out;
}
const show = (r: LoadResult): string => (r.ok ? `ok ${r.article.source.location}` : `fail ${r.failure.input}: ${r.failure.reason}`);
const ARTICLE = 'Công an tỉnh Nghệ An tổ chức hội nghị tổng kết phong trào thi đua năm 2020.';

describe('files that are not regular files are refused without being opened', () => {
  it('a FIFO named .jsonl, .warc.gz, .warc, .html or .txt, in a folder or named directly', async () => {
    const dir = path.join(tmp, 'fifos');
    mkdirSync(dir);
    const names = ['a.html', 'b.jsonl', 'c.txt', 'd.warc', 'e.warc.gz'];
    for (const n of names) execFileSync('mkfifo', [path.join(dir, n)]);
    writeFileSync(path.join(dir, 'z.txt'), ARTICLE);
    // Opening any of them for reading would wait for a writer forever: the test would time out.
    expect(await loadAll([dir])).toEqual([...names.map((n) => `fail ${path.join(dir, n)}: not a regular file`), `ok ${path.join(dir, 'z.txt')}`]);
    expect(await loadAll([path.join(dir, 'b.jsonl'), path.join(dir, 'e.warc.gz')])).toEqual([`fail ${path.join(dir, 'b.jsonl')}: not a regular file`, `fail ${path.join(dir, 'e.warc.gz')}: not a regular file`]);
  });
});

describe('file names', () => {
  it('a name that is not valid UTF-8 is named as such, not "not found"; the other files load', async () => {
    const dir = path.join(tmp, 'names');
    mkdirSync(dir);
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/bai-`), Buffer.from([0xff, 0xfe]), Buffer.from('.txt')]), ARTICLE);
    writeFileSync(path.join(dir, 'tot.txt'), ARTICLE);
    expect(await loadAll([dir])).toEqual([`fail ${dir}/bai-\\xff\\xfe.txt: file name is not valid UTF-8 (rename the file to read it)`, `ok ${path.join(dir, 'tot.txt')}`]);
  });

  it('a name given with U+FFFD (how such a name reaches argv) says why it is not found', async () => {
    expect(await loadAll([path.join(tmp, 'bai-\uFFFD.txt')])).toEqual([`fail ${path.join(tmp, 'bai-\uFFFD.txt')}: not found (the name holds U+FFFD: a file name that is not valid UTF-8 cannot be named; rename the file)`]);
  });
});

describe('limits', () => {
  it('a text file over the size limit is refused by its size', async () => {
    const f = path.join(tmp, 'big.txt');
    writeFileSync(f, 'a'.repeat(MAX_FILE_BYTES + 1));
    expect(await loadAll([f])).toEqual([`fail ${f}: file too large (10 MB; the limit is 10 MB)`]);
  });

  it('a plain text longer than the text limit is refused by its length', async () => {
    const f = path.join(tmp, 'long.txt');
    writeFileSync(f, `${ARTICLE} `.repeat(Math.ceil((MAX_TEXT_CHARS + 10) / (ARTICLE.length + 1))));
    expect(await loadAll([f])).toEqual([expect.stringMatching(new RegExp(`^fail ${f}: text too long \\([\\d,]+ characters; the limit is 1,000,000\\)$`))]);
  });

  it('a JSON Lines line over the line limit fails alone, without being held; the lines around it load', async () => {
    const f = path.join(tmp, 'long-line.jsonl');
    const line = JSON.stringify({ text: ARTICLE });
    writeFileSync(f, `${line}\n{"text": "${'x'.repeat(MAX_LINE_BYTES + 5)}"}\n${line}\n`);
    expect(await loadAll([f])).toEqual([`ok ${f}:1`, `fail ${f}:2: line too long (10 MB; the limit is 10 MB)`, `ok ${f}:3`]);
  });

  it('a JSON Lines text field longer than the text limit fails that line', async () => {
    const f = path.join(tmp, 'long-text.jsonl');
    writeFileSync(f, `${JSON.stringify({ text: 'chữ '.repeat(300_000) })}\n`);
    expect(await loadAll([f])).toEqual([`fail ${f}:1: text too long (1,200,000 characters; the limit is 1,000,000)`]);
  });

  it('the last line without a newline, and CRLF line ends, still load', async () => {
    const f = path.join(tmp, 'crlf.jsonl');
    writeFileSync(f, `${JSON.stringify({ text: ARTICLE })}\r\n${JSON.stringify({ text: ARTICLE })}`);
    expect(await loadAll([f])).toEqual([`ok ${f}:1`, `ok ${f}:2`]);
  });
});

describe('files passed over in a folder', () => {
  it('are reported as skipped, with the reason', async () => {
    const dir = path.join(tmp, 'mixed');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    writeFileSync(path.join(dir, 'bao-cao.pdf'), '%PDF-1.4');
    const skipped: InputFailure[] = [];
    expect(await loadAll([dir], skipped)).toEqual([`ok ${path.join(dir, 'a.txt')}`]);
    expect(skipped).toEqual([{ input: path.join(dir, 'bao-cao.pdf'), reason: 'unsupported file type ".pdf" (expected .txt, .html, .htm, .jsonl, .warc, .warc.gz)' }]);
  });
});

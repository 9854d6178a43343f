/**
 * Loaders: folders, text, HTML, JSON Lines and WARC files become articles or failures named
 * precisely (a path, or `file.jsonl:LINE`), and one bad input never stops the batch.
 * Inputs are in fixtures/inputs/ (see its README); link tricks are built in a temp folder.
 */
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatOf, isUrl, loadInputs } from '../src/load/load-inputs.js';
import type { LoadedArticle, LoadResult } from '../src/types.js';

const INPUTS = path.join(import.meta.dirname, '..', 'fixtures', 'inputs');
const inp = (...p: string[]): string => path.join(INPUTS, ...p);

async function loadAll(paths: string[]): Promise<LoadResult[]> {
  const out: LoadResult[] = [];
  for await (const r of loadInputs(paths)) out.push(r);
  return out;
}
const nameOf = (r: LoadResult): string => (r.ok ? r.article.source.location : r.failure.input);
async function loadOne(p: string): Promise<LoadedArticle> {
  const [r, ...rest] = await loadAll([p]);
  expect(rest).toEqual([]);
  if (!r?.ok) throw new Error(`expected an article from ${p}, got ${JSON.stringify(r)}`);
  return r.article;
}
async function failureOf(p: string): Promise<string> {
  const [r, ...rest] = await loadAll([p]);
  expect(rest).toEqual([]);
  if (!r || r.ok) throw new Error(`expected a failure from ${p}`);
  expect(r.failure.input).toBe(p);
  return r.failure.reason;
}

const tmp = mkdtempSync(path.join(tmpdir(), 'vnews-load-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('folders', () => {
  it('are walked recursively in code-point order; hidden and unknown files are passed over', async () => {
    const got = (await loadAll([inp('folder')])).map(nameOf);
    expect(got).toEqual([
      inp('folder', 'Z-first-by-code-point.txt'),
      inp('folder', 'a-article.txt'),
      inp('folder', 'b-page.html'),
      inp('folder', 'sub', 'c-nested.txt'),
      `${inp('folder', 'sub', 'deeper', 'd-export.jsonl')}:1`,
      `${inp('folder', 'sub', 'deeper', 'd-export.jsonl')}:2`,
    ]);
  });

  it('give every input as a record, none as a failure', async () => {
    expect((await loadAll([inp('folder')])).every((r) => r.ok)).toBe(true);
  });

  it('keep a relative path relative', async () => {
    const rel = path.relative(process.cwd(), inp('folder', 'sub'));
    expect((await loadAll([rel])).map(nameOf)[0]).toBe(path.join(rel, 'c-nested.txt'));
  });

  it('survive a symbolic link back up the tree', async () => {
    const dir = path.join(tmp, 'cycle');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'x.txt'), 'Công an xã tuyên truyền phòng cháy chữa cháy cho người dân.');
    symlinkSync(dir, path.join(dir, 'self'));
    expect((await loadAll([dir])).map(nameOf)).toEqual([path.join(dir, 'x.txt')]);
  });
});

describe('text files', () => {
  const file = inp('folder', 'a-article.txt');
  it('give a plain-text article with the file as written', async () => {
    const a = await loadOne(file);
    expect(a.kind).toBe('text');
    expect(a.body).toBe(readFileSync(file, 'utf8'));
    expect(a.warnings).toEqual([]);
  });
  it('record the sha256 of the raw bytes and the path as given', async () => {
    const a = await loadOne(file);
    expect(a.source).toEqual({
      location: file,
      sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
      fetchedAt: null,
      etag: null,
      lastModified: null,
    });
  });
  it('in windows-1258 are decoded, with a warning naming the file', async () => {
    const a = await loadOne(inp('legacy-1258.txt'));
    expect(a.body).toBe(
      'Sáng ngày 20/11/2020, Công an tỉnh đã tổ chức Hội nghị tổng kết phong trào thi đua đặc biệt. Giám đốc Công an tỉnh trao tặng Giấy khen cho 38 tập thể, 96 cá nhân có thành tích xuất sắc trong toàn đợt thi đua.\n',
    );
    expect(a.warnings.map((w) => w.code)).toEqual(['legacy-encoding']);
    expect(a.warnings[0]!.message).toContain(inp('legacy-1258.txt'));
    expect(a.warnings[0]!.message).toContain('windows-1258');
  });
});

describe('HTML files', () => {
  it('give an HTML article holding the page', async () => {
    const file = inp('folder', 'b-page.html');
    const a = await loadOne(file);
    expect(a.kind).toBe('html');
    expect(a.body).toBe(readFileSync(file, 'utf8'));
  });
});

describe('JSON Lines', () => {
  const file = inp('export.jsonl');
  const results = loadAll([file]);

  it('give one result per non-blank line, named file.jsonl:LINE', async () => {
    expect((await results).map(nameOf)).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10].map((n) => `${file}:${n}`));
  });
  it('name each bad line with its reason while the others load', async () => {
    const failures = (await results).filter((r) => !r.ok).map((r) => (r.ok ? null : r.failure));
    expect(failures.map((f) => f!.input)).toEqual([`${file}:2`, `${file}:4`, `${file}:5`, `${file}:8`]);
    expect(failures[0]!.reason).toMatch(/^invalid JSON \(/);
    expect(failures[1]!.reason).toBe('no text field (text, content or body)');
    expect(failures[2]!.reason).toBe('text empty');
    expect(failures[3]!.reason).toBe('not a JSON object');
  });

  const article = async (line: number): Promise<LoadedArticle> => {
    const r = (await results).find((x) => nameOf(x) === `${file}:${line}`);
    if (!r?.ok) throw new Error(`line ${line} did not load`);
    return r.article;
  };
  it('read text, title, date and authors; an account is not an author', async () => {
    const a = await article(1);
    expect(a.kind).toBe('text');
    expect(a.body).toBe('Sáng 20/11/2020, Công an tỉnh tổ chức Hội nghị tổng kết phong trào thi đua đặc biệt.');
    expect(a.title).toBe('Tổng kết phong trào thi đua');
    expect(a.publishedAt).toBe('2020-11-20');
    expect(a.authors).toEqual(['Hải Yến']);
  });
  it('hash each line’s bytes', async () => {
    const line1 = readFileSync(file, 'utf8').split('\n')[0]!;
    expect((await article(1)).source.sha256).toBe(createHash('sha256').update(line1, 'utf8').digest('hex'));
  });
  it('take HTML in `content` as a page, and a UTC timestamp as its day in Vietnam', async () => {
    const a = await article(6);
    expect(a.kind).toBe('html');
    expect(a.body.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(a.publishedAt).toBe('2021-03-06');
  });
  it('read `body`, a Unix timestamp and an author string', async () => {
    const a = await article(7);
    expect(a.body).toBe('Công an huyện bàn giao nhà tình nghĩa cho gia đình chính sách.');
    expect(a.publishedAt).toBe('2023-11-03');
    expect(a.authors).toEqual(['Nguyễn Bình', 'Đức Thắng']);
  });
  it('drop an unreadable date with a warning', async () => {
    const a = await article(9);
    expect(a.publishedAt).toBeUndefined();
    expect(a.warnings).toEqual([{ code: 'bad-date', message: `${file}:9: publishedAt "hôm qua" is not a date; ignored`, start: null, end: null }]);
  });
  it('a source given as author is not an author', async () => {
    const a = await article(10);
    expect(a.authors).toBeUndefined();
    expect(a.body).toBe('Công an xã tuyên truyền phòng cháy chữa cháy cho người dân.');
  });
  it('accept a byte-order mark and CRLF line ends', async () => {
    const f = path.join(tmp, 'crlf.jsonl');
    writeFileSync(f, '\uFEFF{"text": "Dòng một về công an xã."}\r\n{"text": "Dòng hai về công an huyện."}\r\n');
    const got = await loadAll([f]);
    expect(got.map((r) => (r.ok ? r.article.body : r.failure.reason))).toEqual(['Dòng một về công an xã.', 'Dòng hai về công an huyện.']);
    expect(got.map(nameOf)).toEqual([`${f}:1`, `${f}:2`]);
  });
  it('an empty or binary .jsonl is one failure for the file', async () => {
    const empty = path.join(tmp, 'empty.jsonl');
    writeFileSync(empty, '');
    expect(await failureOf(empty)).toBe('empty file');
    const bin = path.join(tmp, 'bin.jsonl');
    writeFileSync(bin, Uint8Array.from([0x7b, 0, 0, 1, 2, 3, 0x7d]));
    expect(await failureOf(bin)).toMatch(/^binary file/);
  });
});

describe('WARC files', () => {
  it('give the articles of their response records, located at their URL', async () => {
    const a = await loadOne(inp('crawl.warc'));
    expect(a.kind).toBe('html');
    expect(a.source.location).toBe('https://vidu.invalid/trao-bang-khen.html');
    expect(a.body).toContain('trao Bằng khen của Bộ trưởng Bộ Công an cho 4 tập thể, 9 cá nhân');
  });
});

describe('bad inputs are named failures', () => {
  it('an empty file', async () => expect(await failureOf(inp('empty.txt'))).toBe('empty file'));
  it('a file of white space', async () => expect(await failureOf(inp('blank.txt'))).toBe('empty file (white space only)'));
  it('a binary file', async () => expect(await failureOf(inp('binary.txt'))).toBe('binary file: a PNG image'));
  it('a missing path', async () => expect(await failureOf(inp('does-not-exist.txt'))).toBe('not found'));
  it('a file named with an unknown extension', async () =>
    expect(await failureOf(inp('folder', 'notes.md'))).toBe('unsupported file type ".md" (expected .txt, .html, .htm, .jsonl, .warc, .warc.gz)'));
  it('a symbolic link loop', async () => {
    const loop = path.join(tmp, 'loop.txt');
    symlinkSync(loop, loop);
    expect(await failureOf(loop)).toBe('cannot read: symbolic link loop');
  });
  it.skipIf(process.getuid?.() === 0)('an unreadable file', async () => {
    const f = path.join(tmp, 'locked.txt');
    writeFileSync(f, 'Không đọc được.');
    chmodSync(f, 0o000);
    expect(await failureOf(f)).toBe('cannot read: permission denied');
  });
  it('never stop the batch', async () => {
    const got = await loadAll([inp('does-not-exist.txt'), inp('empty.txt'), inp('folder', 'sub', 'c-nested.txt'), inp('binary.txt')]);
    expect(got.map((r) => r.ok)).toEqual([false, false, true, false]);
    expect(got.map(nameOf)).toEqual([inp('does-not-exist.txt'), inp('empty.txt'), inp('folder', 'sub', 'c-nested.txt'), inp('binary.txt')]);
  });
});

describe('formats and URLs', () => {
  it('tell the format by extension, case-insensitively', () => {
    expect(['a.txt', 'b.HTML', 'c.htm', 'd.jsonl', 'e.warc', 'f.warc.gz', 'g.gz', 'h.json', 'i'].map(formatOf)).toEqual([
      'text',
      'html',
      'html',
      'jsonl',
      'warc',
      'warc',
      null,
      null,
      null,
    ]);
  });
  it('tell URLs from paths', () => {
    expect(isUrl('https://vnexpress.net/a.html')).toBe(true);
    expect(isUrl('HTTP://example.invalid')).toBe(true);
    expect(isUrl('corpus/a.txt')).toBe(false);
  });
});

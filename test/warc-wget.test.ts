/**
 * WARC files written by GNU Wget (fixtures/warc/, made by scripts/make-wget-warc.ts from
 * an invented site on 127.0.0.1): a crawl with a gzip-compressed, chunked response, and a
 * second crawl with --warc-dedup whose records are all revisits of the first.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../src/load/load-inputs.js';
import type { InputFailure } from '../src/types.js';

const dir = path.join(import.meta.dirname, '..', 'fixtures', 'warc');
const crawl = path.join(dir, 'wget-crawl.warc.gz');
const dedup = path.join(dir, 'wget-dedup.warc.gz');

async function load(paths: string[]): Promise<{ results: string[]; skipped: InputFailure[] }> {
  const results: string[] = [];
  const skipped: InputFailure[] = [];
  for await (const r of loadInputs(paths, { onSkip: (s) => skipped.push(s) })) {
    results.push(r.ok ? `${new URL(r.article.source.location).pathname} ${r.article.source.fetchedAt!.slice(0, 4)} ${/<h1>([^<]+)<\/h1>/.exec(r.article.body)?.[1]}` : `fail ${r.failure.input}: ${r.failure.reason}`);
  }
  return { results, skipped };
}

describe('WARC files made by GNU Wget', () => {
  it('the crawl: both pages, the gzip+chunked one decoded; the 404 and Wget’s own notes are not articles', async () => {
    expect((await load([crawl])).results).toEqual(['/tin-tuc/hoi-nghi.html 2026 Hội nghị tổng kết phong trào thi đua', '/tin-tuc/tap-huan.html 2026 Tập huấn nghiệp vụ cho Công an xã']);
  });

  it('the --warc-dedup crawl with its original: each revisit becomes its original’s article', async () => {
    const { results, skipped } = await load([dedup, crawl]);
    expect(results).toEqual([
      '/tin-tuc/hoi-nghi.html 2026 Hội nghị tổng kết phong trào thi đua',
      '/tin-tuc/tap-huan.html 2026 Tập huấn nghiệp vụ cho Công an xã',
      '/tin-tuc/hoi-nghi.html 2026 Hội nghị tổng kết phong trào thi đua',
      '/tin-tuc/tap-huan.html 2026 Tập huấn nghiệp vụ cho Công an xã',
    ]);
    expect(skipped).toEqual([]);
  });

  it('the --warc-dedup crawl alone: a named failure, not "0 inputs"', async () => {
    const { results } = await load([dedup]);
    expect(results).toEqual([expect.stringMatching(new RegExp(`^fail ${dedup.replace(/[.]/g, '\\.')}: no article: its 3 revisit records refer to records not among the inputs \\(first: http://127\\.0\\.0\\.1:\\d+/tin-tuc/hoi-nghi\\.html of \\d{4}-`))]);
  });
});

/**
 * The HTML stage's bounds (src/article/parse-html.ts, README "Limits"): nesting depth,
 * element count and length. A pathological page is read within bounds with a warning, or
 * fails with a one-line reason naming the bound; never minutes of work or gigabytes.
 * Time is checked as a ratio of CPU time between two sizes of the same input (linear work
 * grows 4x when the input does), memory in a child process: no wall-clock assertion.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { extractHtmlArticle } from '../src/article/extract-html-article.js';
import { HTML_LIMITS, parseHtml } from '../src/article/parse-html.js';

const para =
  '<p>Sáng 20/11/2020, Công an tỉnh tổ chức Hội nghị tổng kết phong trào thi đua, với sự tham dự của lãnh đạo các phòng, các huyện.</p>' +
  '<p>Giám đốc Công an tỉnh trao tặng Giấy khen cho 38 tập thể, 96 cá nhân có thành tích xuất sắc trong toàn đợt thi đua.</p>';
const page = (body: string): string => `<!DOCTYPE html><html><head><title>T</title></head><body>${body}</body></html>`;

/** CPU milliseconds of the fastest of `runs` calls. */
function cpuMs(fn: () => unknown, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  return best;
}

describe('parseHtml bounds', () => {
  it('stops at the depth bound and keeps what came before, as a tree', () => {
    const html = `<div><p>avant</p>${'<b>'.repeat(50)}profond${'</b>'.repeat(50)}</div><p>après</p>`;
    const { document, limit } = parseHtml(html, { maxChars: 1e6, maxDepth: 20, maxElements: 1e6 });
    expect(limit?.kind).toBe('depth');
    expect(limit?.message).toMatch(/deeper than 20 levels/);
    expect(JSON.stringify(document.children.map((c) => c.type))).toBe('["tag"]');
    const text = (n: { children?: unknown[]; data?: string }): string => n.data ?? (n.children ?? []).map((c) => text(c as never)).join('');
    expect(text(document as never)).toContain('avant');
    expect(text(document as never)).not.toContain('après');
  });

  it('stops at the element bound', () => {
    const { limit } = parseHtml('<p>a'.repeat(1000), { maxChars: 1e6, maxDepth: 100, maxElements: 100 });
    expect(limit?.kind).toBe('elements');
    expect(limit?.message).toMatch(/more than 100 elements/);
  });

  it('reads a page longer than the length bound up to the bound', () => {
    const { limit } = parseHtml(`<p>${'x'.repeat(500)}</p>`, { maxChars: 100, maxDepth: 100, maxElements: 100 });
    expect(limit).toMatchObject({ kind: 'chars', at: 100 });
  });

  it('leaves a real-sized page alone', () => {
    expect(parseHtml(page(para.repeat(200))).limit).toBeNull();
  });

  it('documents bounds far above real pages (the deepest benchmark page nests 51 levels)', () => {
    expect(HTML_LIMITS.maxDepth).toBeGreaterThanOrEqual(256);
    expect(HTML_LIMITS.maxElements).toBeGreaterThanOrEqual(20_000);
    expect(HTML_LIMITS.maxChars).toBeGreaterThanOrEqual(2_000_000);
  });
});

describe('pathological pages', () => {
  it('a page nested 100,000 levels deep (1.1 MB) gives the article before the nesting, with a warning', () => {
    const html = page(`<div class="content">${para}</div>${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}`);
    expect(html.length).toBeGreaterThan(1_000_000);
    const got = extractHtmlArticle(html);
    expect(got.body).toContain('Giám đốc Công an tỉnh trao tặng Giấy khen');
    expect(got.warnings.map((w) => w.code)).toContain('html-too-deep');
  });

  it('a page whose article lies below the depth bound fails with the bound as its reason', () => {
    const html = page(`${'<div>'.repeat(100_000)}${para}${'</div>'.repeat(100_000)}`);
    expect(() => extractHtmlArticle(html)).toThrow(/^HTML page not read: the page nests elements deeper than 512 levels; read up to character [\d,]+, and there is no article text before that$/);
  });

  it('unclosed inline tags count as nesting (600 open <b>)', () => {
    const html = page(`${'<b>'.repeat(600)}${para}${'</i>'.repeat(10_000)}`);
    expect(() => extractHtmlArticle(html)).toThrow(/deeper than 512 levels/);
  });

  it('a million <p> fails on the element bound, naming it', () => {
    expect(() => extractHtmlArticle(page('<p>a'.repeat(1_000_000)))).toThrow(/more than 50,000 elements/);
  });

  it('an article followed by a flood of elements keeps the article and warns', () => {
    const got = extractHtmlArticle(page(`<article>${para}</article>${'<span>x</span>'.repeat(60_000)}`));
    expect(got.body).toContain('Giám đốc Công an tỉnh trao tặng Giấy khen');
    expect(got.warnings.map((w) => w.code)).toContain('html-too-large');
  });

  it('work grows linearly with repetitive input (4x the paragraphs, well under 10x the CPU time)', () => {
    const small = page(`<div class="content">${para.repeat(500)}</div>`);
    const large = page(`<div class="content">${para.repeat(2000)}</div>`);
    extractHtmlArticle(small); // warm-up
    const ratio = cpuMs(() => extractHtmlArticle(large)) / Math.max(1, cpuMs(() => extractHtmlArticle(small)));
    expect(ratio).toBeLessThan(10);
  });

  it('work grows linearly with nested containers of prose (4x the depth, well under 10x the CPU time)', () => {
    const nested = (n: number): string => page(`${`<div class="content">${para}`.repeat(n)}${'</div>'.repeat(n)}`);
    const small = nested(100);
    const large = nested(400);
    extractHtmlArticle(small);
    const ratio = cpuMs(() => extractHtmlArticle(large)) / Math.max(1, cpuMs(() => extractHtmlArticle(small)));
    expect(ratio).toBeLessThan(10);
  });

  it('work grows linearly with nested ad slots and hidden cells (found by the property suite: 4x the nesting below the depth bound, well under 10x the CPU time)', () => {
    const unit = 'Công an tỉnh Advertisement<td class="article-body" style="display:none"><img src=x><br></td><div class="ads">c <!-- c -->';
    const small = page(`${para}${unit.repeat(120)}`);
    const large = page(`${para}${unit.repeat(480)}`);
    extractHtmlArticle(small);
    const ratio = cpuMs(() => extractHtmlArticle(large)) / Math.max(1, cpuMs(() => extractHtmlArticle(small)));
    expect(ratio).toBeLessThan(10);
  });

  it('a million <p> stays under 400 MB of memory (measured in a child process)', () => {
    const script = `
      import { extractHtmlArticle } from './src/article/extract-html-article.ts';
      const html = '<!DOCTYPE html><html><body>' + '<p>a'.repeat(1_000_000) + '</body></html>';
      let peak = 0;
      const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
      try { extractHtmlArticle(html); } catch {}
      peak = Math.max(peak, process.memoryUsage().rss);
      clearInterval(timer);
      process.stdout.write(String(peak));
    `;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', cwd: process.cwd() });
    expect(child.status, child.stderr).toBe(0);
    const peakMb = Number(child.stdout) / 1e6;
    expect(peakMb).toBeGreaterThan(0);
    expect(peakMb).toBeLessThan(400);
  });
});

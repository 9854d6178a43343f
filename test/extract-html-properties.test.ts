/**
 * Properties of the HTML extractor over generated pages (fast-check): whatever markup it is
 * given, it returns well-formed parts or fails with a named bound, and its work grows with
 * the page, not with the page squared. Pages are built from fragments of news markup (tags,
 * classes, furniture lines, broken and unclosed tags) and from random strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractHtmlArticle } from '../src/article/extract-html-article.js';

const words = ['Công an tỉnh', 'tổ chức', 'Hội nghị', 'the council', 'voted', 'on Tuesday', 'Advertisement', 'By Jane Doe', 'Read more', '20/11/2020', 'Ảnh: PV', '©', '&amp;', '&#x1F600;', ',', '.'];
const tags = ['p', 'div', 'span', 'a', 'b', 'article', 'section', 'figure', 'figcaption', 'ul', 'li', 'h1', 'h2', 'blockquote', 'table', 'td', 'script', 'style', 'nav', 'aside'];
const classes = ['content', 'article-body', 'sidebar', 'related', 'share', 'byline', 'caption', 'ads', 'twitter-tweet', 'header', 'comment', ''];

const text = fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((w) => w.join(' '));
const open = fc.record({ tag: fc.constantFrom(...tags), cls: fc.constantFrom(...classes), hidden: fc.boolean() }).map(({ tag, cls, hidden }) => `<${tag}${cls ? ` class="${cls}"` : ''}${hidden ? ' style="display:none"' : ''}>`);
const close = fc.constantFrom(...tags).map((t) => `</${t}>`);
const piece = fc.oneof(text, open, close, fc.constant('<br>'), fc.constant('<img src=x>'), fc.constant('<!-- c -->'), fc.string({ maxLength: 20 }));
const page = fc.tuple(fc.boolean(), fc.array(piece, { maxLength: 200 })).map(([whole, parts]) => (whole ? `<!DOCTYPE html><html><head><title>T</title></head><body>${parts.join('')}</body></html>` : parts.join('')));

describe('extractHtmlArticle over generated pages', () => {
  it('never throws, and gives trimmed paragraphs joined by one blank line', () => {
    fc.assert(
      fc.property(page, (html) => {
        const got = extractHtmlArticle(html);
        expect(typeof got.body).toBe('string');
        if (got.body) {
          for (const p of got.body.split('\n\n')) {
            expect(p.length).toBeGreaterThan(0);
            expect(p).toBe(p.trim());
            expect(p).not.toContain('\n');
          }
        }
        expect(got.title === null || typeof got.title === 'string').toBe(true);
        expect(Array.isArray(got.authors)).toBe(true);
        for (const w of got.warnings) expect(w.code).toMatch(/^[a-z-]+$/);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => {
        expect(typeof extractHtmlArticle(s).body).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('repetitive pages: work per character stays bounded (8x the input, well under 32x the CPU time)', () => {
    const cpu = (html: string): number => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const c0 = process.cpuUsage();
        try {
          extractHtmlArticle(html);
        } catch {
          // a named bound is an answer too
        }
        const c = process.cpuUsage(c0);
        best = Math.min(best, (c.user + c.system) / 1000);
      }
      return best;
    };
    let measured = 0;
    fc.assert(
      fc.property(fc.array(piece, { minLength: 3, maxLength: 12 }), (unit) => {
        const u = unit.join('');
        fc.pre(u.length >= 20);
        const small = `<html><body>${u.repeat(Math.ceil(10_000 / u.length))}</body></html>`;
        const large = `<html><body>${u.repeat(Math.ceil(80_000 / u.length))}</body></html>`;
        cpu(small);
        // below a few milliseconds the clock says little: compare only measurable runs
        const l = cpu(large);
        const sm = cpu(small);
        if (l < 10 || sm < 2) return;
        measured++;
        expect(l / sm).toBeLessThan(32);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 12) },
    );
    expect(measured).toBeGreaterThan(0);
  });
});

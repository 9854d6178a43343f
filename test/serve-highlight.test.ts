/**
 * Highlighting on the article page: every mention marked at its offsets, nested and crossing
 * mentions kept well nested, code-point offsets understood, bad offsets left out and counted,
 * and every piece of article text escaped. Records here are invented, built by hand.
 */
import { describe, expect, it } from 'vitest';
import { highlightText, markEvents } from '../src/serve/highlight-text.js';
import { articlePage } from '../src/serve/pages/article-page.js';
import type { ArticleRecord } from '../src/record/schema.js';

/** A record around `text` with no entities yet. */
function record(text: string, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    schemaVersion: 1,
    id: 'abcdef0123456789',
    source: { location: 'bai-viet/mau.txt', sha256: 'a'.repeat(64), fetchedAt: null, etag: null, lastModified: null, alsoAt: [] },
    language: { code: 'vie', confidence: 0.99 },
    title: 'Bài mẫu',
    publishedAt: '2021-05-04',
    authors: [],
    text,
    officials: [],
    provinces: [],
    clusters: [],
    periods: [],
    dates: [],
    awards: [],
    warnings: [],
    ...extra,
  };
}

/** A mention of `s` at its first occurrence in `text` (after `from`). */
function at(text: string, s: string, from = 0) {
  const start = text.indexOf(s, from);
  if (start < 0) throw new Error(`"${s}" is not in the text`);
  return { start, end: start + s.length, text: s };
}

/** The marked text with marks as [kind:…] brackets, to read nesting at a glance. */
function bracketed(r: ArticleRecord): string {
  return markEvents(r.text, highlightText(r))
    .map((e) => ('text' in e ? e.text : 'close' in e ? ']' : `[${e.open.kind}${e.first ? '' : '+'}:`))
    .join('');
}

const exact = [{ rule: 'test/rule', match: 'exact' as const }];

describe('highlightText', () => {
  it('marks each mention at its offsets, in text order, with value and rules', () => {
    const text = 'Ngày 20/11/2020, Công an tỉnh Nghệ An tổng kết.';
    const r = record(text, {
      provinces: [{ name: 'Nghệ An', code: '40', since2025: 'Nghệ An', mentions: [at(text, 'Nghệ An')], foundBy: [{ rule: 'province/name', match: 'exact' }] }],
      dates: [{ text: '20/11/2020', value: '2020-11-20', mentions: [at(text, '20/11/2020')], foundBy: [{ rule: 'date/day', match: 'exact' }] }],
    });
    const h = highlightText(r);
    expect(h.annotations.map((a) => [a.kind, text.slice(a.start, a.end)])).toEqual([
      ['dates', '20/11/2020'],
      ['provinces', 'Nghệ An'],
    ]);
    expect(h.annotations[1]).toMatchObject({ id: 'm1', value: 'Nghệ An (code 40)', foundBy: 'province/name (exact)' });
    expect(bracketed(r)).toBe('Ngày [dates:20/11/2020], Công an tỉnh [provinces:Nghệ An] tổng kết.');
  });

  it('nests a mention inside another', () => {
    const text = 'Trong giai đoạn 2016-2020, lực lượng vững mạnh.';
    const r = record(text, {
      periods: [{ text: 'giai đoạn 2016-2020', start: '2016-01-01', end: '2020-12-31', mentions: [at(text, 'giai đoạn 2016-2020')], foundBy: exact }],
      dates: [{ text: '2016', value: '2016', mentions: [at(text, '2016')], foundBy: exact }],
    });
    expect(bracketed(r)).toBe('Trong [periods:giai đoạn [dates:2016]-2020], lực lượng vững mạnh.');
  });

  it('closes and reopens a mention that crosses another, so marks stay nested', () => {
    const text = 'aaa bbb ccc ddd';
    const r = record(text, {
      dates: [{ text: 'aaa bbb', value: '2020', mentions: [{ start: 0, end: 7, text: 'aaa bbb' }], foundBy: exact }],
      periods: [{ text: 'bbb ccc', start: '2020-01-01', end: '2020-12-31', mentions: [{ start: 4, end: 11, text: 'bbb ccc' }], foundBy: exact }],
    });
    expect(bracketed(r)).toBe('[dates:aaa [periods:bbb]][periods+: ccc] ddd');
    // Only the first piece of a mark carries its id (and the tab stop).
    const events = markEvents(r.text, highlightText(r)).filter((e) => 'open' in e);
    expect(events.map((e) => ('open' in e ? e.first : null))).toEqual([true, true, false]);
  });

  it('reads code-point offsets when the record counts code points (SPEC), not UTF-16 units', () => {
    // "𝐀" is one code point and two UTF-16 units: code-point offsets of "Huế" differ by one.
    const text = '𝐀 Công an tỉnh Thừa Thiên Huế';
    const units = at(text, 'Huế');
    const r = record(text, {
      provinces: [{ name: 'Thừa Thiên Huế', code: '46', since2025: 'Huế', mentions: [{ start: units.start - 1, end: units.end - 1, text: 'Huế' }], foundBy: exact }],
    });
    const h = highlightText(r);
    expect(h.unplaced).toBe(0);
    expect(text.slice(h.annotations[0]!.start, h.annotations[0]!.end)).toBe('Huế');
  });

  it('leaves out and counts mentions whose offsets do not point at their text', () => {
    const text = 'Công an tỉnh Nghệ An.';
    const r = record(text, {
      provinces: [{ name: 'Nghệ An', code: '40', since2025: 'Nghệ An', mentions: [{ start: 0, end: 7, text: 'Nghệ An' }, { start: 90, end: 97, text: 'Nghệ An' }], foundBy: exact }],
    });
    const h = highlightText(r);
    expect(h.annotations).toEqual([]);
    expect(h.unplaced).toBe(2);
    expect(String(articlePage({ record: r, officialKeys: [], warc: null }))).toContain('2 mentions whose offsets do not point at their text');
  });

  it('marks warnings that have a span', () => {
    const text = 'Đồng trí Nguyễn Văn An phát biểu.';
    const r = record(text, { warnings: [{ code: 'typo', message: "read 'Đồng trí' as 'Đồng chí'", start: 0, end: 8, rule: 'official/honorific-name' }, { code: 'legacy-encoding', message: 'x', start: null, end: null }] });
    expect(bracketed(r)).toBe('[warnings:Đồng trí] Nguyễn Văn An phát biểu.');
  });
});

describe('article page markup', () => {
  const text = 'Đại tá Nguyễn Văn An, Giám đốc Công an tỉnh Nghệ An, nói: "<script>alert(1)</script>" & <img src=x onerror=alert(2)>.';
  const r = record(text, {
    title: '"><img src=x onerror=alert(3)> <script>alert(4)</script>',
    authors: ['<b>Hải</b>'],
    source: { location: 'javascript:alert(5)', sha256: 'b'.repeat(64), fetchedAt: null, etag: '"e"', lastModified: null, alsoAt: ['<i>x</i>'] },
    officials: [
      {
        name: 'Nguyễn Văn An',
        rank: 'Đại tá',
        honorific: null,
        positions: ['Giám đốc Công an tỉnh Nghệ An" onmouseover="alert(6)'],
        province: 'Nghệ An',
        mentions: [at(text, 'Đại tá Nguyễn Văn An')],
        foundBy: [{ rule: 'official/rank-name', match: 'exact' }],
      },
    ],
    provinces: [{ name: 'Nghệ An', code: '40', since2025: 'Nghệ An', mentions: [at(text, 'Nghệ An', 30)], foundBy: [{ rule: 'province/name', match: 'exact' }] }],
  });
  const page = String(articlePage({ record: r, officialKeys: ['nguyen van an'], warc: null }));

  it('escapes every piece of article text: no element or attribute comes from the record', () => {
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<b>Hải');
    expect(page).not.toContain('<i>x');
    expect(page).not.toMatch(/\son[a-z]+="/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(3)&gt;');
    expect(page).toContain('Giám đốc Công an tỉnh Nghệ An&quot; onmouseover=&quot;alert(6)');
  });

  it('never makes a link of a source that is not http(s)', () => {
    expect(page).not.toContain('href="javascript:');
    expect(page).toContain('<code>javascript:alert(5)</code>');
  });

  it('marks each mention with its type, canonical value and rule, focusable and described by its entry', () => {
    expect(page).toContain(
      '<mark id="m0" class="m k-officials" data-e="officials-0" data-tip="Official: Đại tá Nguyễn Văn An, Giám đốc Công an tỉnh Nghệ An&quot; onmouseover=&quot;alert(6)\nfound by official/rank-name (exact)" tabindex="0" aria-describedby="e-officials-0">Đại tá Nguyễn Văn An</mark>',
    );
    expect(page).toContain('<li id="e-officials-0" data-e="officials-0">');
    expect(page).toMatch(/<mark id="m1" class="m k-provinces"[^>]*data-tip="Province: Nghệ An \(code 40\)\nfound by province\/name \(exact\)"[^>]*>Nghệ An<\/mark>/);
    expect(page).toContain('<a href="/official/nguyen%20van%20an">Nguyễn Văn An</a>');
  });
});

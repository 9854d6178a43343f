/**
 * HTML article extraction. Test pages are folders under fixtures/pages/: `source.html` beside
 * `expected.json`, named after a site or a behaviour; every expected field is checked by its
 * own assertion. The pages are our own writing, built to mirror the structure of real pages
 * (see the site profiles' sources).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtmlArticle } from '../src/article/extract-html-article.js';
import { stripSiteName } from '../src/article/read-page-metadata.js';

interface Expected {
  url?: string;
  title: string | null;
  publishedAt: string | null;
  authors: string[];
  body?: string;
  bodyStartsWith?: string;
  bodyEndsWith?: string;
  bodyMustContain?: string[];
  bodyMustNotContain?: string[];
  warnings: string[];
}

const PAGES = path.join(import.meta.dirname, '..', 'fixtures', 'pages');
const folders = readdirSync(PAGES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('fixtures/pages', () => {
  it('holds the test pages the cascade is built for', () => {
    expect(folders).toEqual([
      'dantri-article',
      'dantri-emagazine-fallback',
      'generic-unknown-site',
      'jsonld-only',
      'no-article-page',
      'og-only',
      'police-portal-article',
      'thanhnien-article',
      'truncated-html',
      'tuoitre-article',
      'vnexpress-article',
    ]);
  });
});

for (const name of folders) {
  describe(`page ${name}`, () => {
    const html = readFileSync(path.join(PAGES, name, 'source.html'), 'utf8');
    const want = JSON.parse(readFileSync(path.join(PAGES, name, 'expected.json'), 'utf8')) as Expected;
    const got = extractHtmlArticle(html, want.url ? { url: want.url } : {});

    it('title', () => expect(got.title).toBe(want.title));
    it('publishedAt', () => expect(got.publishedAt).toBe(want.publishedAt));
    it('authors', () => expect(got.authors).toEqual(want.authors));
    it('warnings', () => expect(got.warnings.map((w) => w.code)).toEqual(want.warnings));
    if (want.body !== undefined) it('body', () => expect(got.body).toBe(want.body));
    if (want.bodyStartsWith !== undefined) it('body starts with', () => expect(got.body.startsWith(want.bodyStartsWith!)).toBe(true));
    if (want.bodyEndsWith !== undefined) it('body ends with', () => expect(got.body.endsWith(want.bodyEndsWith!)).toBe(true));
    for (const s of want.bodyMustContain ?? []) it(`body contains ${JSON.stringify(s)}`, () => expect(got.body).toContain(s));
    for (const s of want.bodyMustNotContain ?? []) it(`body lacks ${JSON.stringify(s)}`, () => expect(got.body).not.toContain(s));
    if (got.body) {
      it('paragraphs are separated by one blank line and trimmed', () => {
        for (const p of got.body.split('\n\n')) {
          expect(p).toBe(p.trim());
          expect(p).not.toContain('\n');
          expect(p.length).toBeGreaterThan(0);
        }
      });
    }
  });
}

describe('cascade details', () => {
  const page = (head: string, body: string): string => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
  const prose =
    '<div class="content"><p>Sáng 20/11/2020, Công an tỉnh tổ chức Hội nghị tổng kết phong trào thi đua, với sự tham dự của lãnh đạo các phòng, các huyện.</p><p>Giám đốc Công an tỉnh trao tặng Giấy khen cho 38 tập thể, 96 cá nhân có thành tích xuất sắc trong toàn đợt thi đua.</p></div>';

  it('JSON-LD fills before OpenGraph, OpenGraph before the h1', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tiêu đề JSON-LD","datePublished":"2020-11-20T08:00:00+07:00"}</script>';
    const og = '<meta property="og:title" content="Tiêu đề OG"><meta property="article:published_time" content="2019-01-01T08:00:00+07:00">';
    const withLd = extractHtmlArticle(page(ld + og, `<h1>Tiêu đề H1</h1>${prose}`));
    expect(withLd.title).toBe('Tiêu đề JSON-LD');
    expect(withLd.publishedAt).toBe('2020-11-20');
    const withOg = extractHtmlArticle(page(og, `<h1>Tiêu đề H1</h1>${prose}`));
    expect(withOg.title).toBe('Tiêu đề OG');
    expect(withOg.publishedAt).toBe('2019-01-01');
    expect(extractHtmlArticle(page('', `<h1>Tiêu đề H1</h1>${prose}`)).title).toBe('Tiêu đề H1');
  });

  it('reads ISO timestamps in Vietnam time', () => {
    const og = '<meta property="article:published_time" content="2020-11-19T18:30:00Z">';
    expect(extractHtmlArticle(page(og, prose)).publishedAt).toBe('2020-11-20');
  });

  it('an outlet named as the JSON-LD or meta author is not a person', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"T","author":{"@type":"Person","name":"Dân Trí"}}</script>';
    expect(extractHtmlArticle(page(ld + '<meta name="author" content="VnExpress">', prose)).authors).toEqual([]);
  });

  it('a byline "H.M/VOV.VN" gives the initials, not the outlet', () => {
    const got = extractHtmlArticle(page('', `<div class="content">${prose}<p>H.M/VOV.VN</p></div>`));
    expect(got.authors).toEqual(['H.M']);
    expect(got.body).not.toContain('VOV');
  });

  it('a byline "Trọng Tín/VOV-Nam Trung Bộ" gives the reporter, not the outlet\'s desk', () => {
    const got = extractHtmlArticle(page('', `<div class="content">${prose}<p>Trọng Tín/VOV-Nam Trung Bộ</p></div>`));
    expect(got.authors).toEqual(['Trọng Tín']);
    expect(got.body.endsWith('trong toàn đợt thi đua.')).toBe(true);
  });

  it('a byline "N.Lâm" (initial glued to the name) is an author and leaves the body', () => {
    const got = extractHtmlArticle(page('', `<div class="content">${prose}<p>N.Lâm</p></div>`));
    expect(got.authors).toEqual(['N.Lâm']);
    expect(got.body.endsWith('trong toàn đợt thi đua.')).toBe(true);
  });

  it('"PV" at the end leaves the body and names nobody', () => {
    const got = extractHtmlArticle(page('', `<div class="content">${prose}<p>PV</p></div>`));
    expect(got.authors).toEqual([]);
    expect(got.body.endsWith('trong toàn đợt thi đua.')).toBe(true);
  });

  it('a last body sentence is not a byline', () => {
    const got = extractHtmlArticle(page('', `<div class="content">${prose}<p>Hội nghị kết thúc tốt đẹp.</p></div>`));
    expect(got.authors).toEqual([]);
    expect(got.body.endsWith('Hội nghị kết thúc tốt đẹp.')).toBe(true);
  });

  it('ad slots and their "Quảng cáo" labels leave the body (VnExpress, Người Lao Động, AdSense)', () => {
    const p1 = '<p>Sáng 20/11/2020, Công an tỉnh tổ chức Hội nghị tổng kết phong trào thi đua, với sự tham dự của lãnh đạo các phòng, các huyện.</p>';
    const p2 = '<p>Giám đốc Công an tỉnh trao tặng Giấy khen cho 38 tập thể, 96 cá nhân có thành tích xuất sắc trong toàn đợt thi đua.</p>';
    const p3 = '<p>Hội nghị cũng phát động phong trào thi đua năm 2021 với nhiều chỉ tiêu cụ thể cho từng đơn vị.</p>';
    const want =
      'Sáng 20/11/2020, Công an tỉnh tổ chức Hội nghị tổng kết phong trào thi đua, với sự tham dự của lãnh đạo các phòng, các huyện.\n\n' +
      'Giám đốc Công an tỉnh trao tặng Giấy khen cho 38 tập thể, 96 cá nhân có thành tích xuất sắc trong toàn đợt thi đua.\n\n' +
      'Hội nghị cũng phát động phong trào thi đua năm 2021 với nhiều chỉ tiêu cụ thể cho từng đơn vị.';
    const vne = `<article class="fck_detail">${p1}<div id="sis_inread" class="banner-ads"><div class="ads_label">Quảng cáo</div></div>${p2}${p3}<p>Văn Thành</p></article>`;
    const nld = `<div class="detail-content">${p1}${p2}<div class="ads-inread"><span>Quảng cáo</span></div>${p3}</div>`;
    const generic = `<div class="content">${p1}${p2}<div class="adsbygoogle-box"><span>Quảng cáo</span><ins class="adsbygoogle"></ins></div>${p3}</div>`;
    const bare = `<div class="content">${p1}<p>Quảng cáo</p>${p2}${p3}<p>ADVERTISEMENT</p></div>`;
    for (const html of [vne, nld, generic, bare]) {
      const got = extractHtmlArticle(page('', html));
      expect(got.body).toBe(want);
    }
    expect(extractHtmlArticle(page('', vne)).authors).toEqual(['Văn Thành']);
  });

  it('a container named like an ad slot but holding more than a label and a line (an article) is kept', () => {
    const more = '<p>Hội nghị cũng phát động phong trào thi đua năm 2021 với nhiều chỉ tiêu cụ thể cho từng đơn vị.</p>';
    const got = extractHtmlArticle(page('', `<div class="content-ads">${prose}${more}</div>`));
    expect(got.body.startsWith('Sáng 20/11/2020, Công an tỉnh')).toBe(true);
    expect(got.body.endsWith('nhiều chỉ tiêu cụ thể cho từng đơn vị.')).toBe(true);
  });

  it('closing lines "Đại …", "Báo cáo …" stay body text; "Báo Công an nhân dân" leaves', () => {
    const last = '<p>Đại tá Lê Văn Quang trước đó là Giám đốc Công an tỉnh Bình Dương.</p><p>Báo cáo được gửi về Bộ Công an.</p>';
    const got = extractHtmlArticle(page('', `<div class="content">${prose}${last}<p>Báo Công an nhân dân</p></div>`));
    expect(got.body.endsWith('trong toàn đợt thi đua.\n\nĐại tá Lê Văn Quang trước đó là Giám đốc Công an tỉnh Bình Dương.\n\nBáo cáo được gửi về Bộ Công an.')).toBe(true);
  });

  it('a one-paragraph news brief is an article', () => {
    const got = extractHtmlArticle(page('', '<div class="content"><p>Công an thành phố trao tặng Giấy khen cho 12 tập thể, 30 cá nhân có thành tích xuất sắc.</p></div>'));
    expect(got.body).toBe('Công an thành phố trao tặng Giấy khen cho 12 tập thể, 30 cá nhân có thành tích xuất sắc.');
  });

  it('a paragraph that opens with words of a widget is still prose', () => {
    const got = extractHtmlArticle(page('', `<div class="content">${prose}<p>Bình luận về kết quả này, Đại tá Nguyễn Văn Quang cho biết đơn vị sẽ tiếp tục phát huy.</p></div>`));
    expect(got.body).toContain('Bình luận về kết quả này, Đại tá Nguyễn Văn Quang');
  });

  it('a page with no text gives an empty body', () => {
    const got = extractHtmlArticle(page('<title>Trang không tồn tại</title>', '<div class="error"><h2>404</h2><p>Không tìm thấy trang.</p></div>'));
    expect(got.body).toBe('');
    expect(got.title).toBe('Trang không tồn tại');
  });

  it('malformed markup still gives its paragraphs', () => {
    const got = extractHtmlArticle('<html><body><div class="content"><p>Sáng 20/11/2020, Công an tỉnh tổ chức Hội nghị tổng kết phong trào thi đua, với lãnh đạo các phòng<p>Giám đốc Công an tỉnh trao tặng Giấy khen cho 38 tập thể, 96 cá nhân có thành tích <b>xuất sắc</i> trong đợt thi đua.</div></table></body></html>');
    expect(got.body).toBe(
      'Sáng 20/11/2020, Công an tỉnh tổ chức Hội nghị tổng kết phong trào thi đua, với lãnh đạo các phòng\n\nGiám đốc Công an tỉnh trao tặng Giấy khen cho 38 tập thể, 96 cá nhân có thành tích xuất sắc trong đợt thi đua.',
    );
  });

  it('text straight in <body>, split by <br>, is the body; a fragment is not "truncated"', () => {
    const got = extractHtmlArticle('<body>Sáng 20/11/2020, Công an tỉnh tổ chức Hội nghị tổng kết.<br>Giám đốc trao Giấy khen cho 38 tập thể, 96 cá nhân có thành tích xuất sắc.</body>');
    expect(got.body).toBe('Sáng 20/11/2020, Công an tỉnh tổ chức Hội nghị tổng kết.\n\nGiám đốc trao Giấy khen cho 38 tập thể, 96 cá nhân có thành tích xuất sắc.');
    expect(got.warnings).toEqual([]);
  });

  it('a script left open does not leak into the body', () => {
    const got = extractHtmlArticle('<html><body><p>Đoạn văn đầu tiên khá dài về hội nghị tổng kết của Công an tỉnh, với nhiều đại biểu tham dự.</p><script>var x = "<p>không phải</p>";');
    expect(got.body).toBe('Đoạn văn đầu tiên khá dài về hội nghị tổng kết của Công an tỉnh, với nhiều đại biểu tham dự.');
    expect(got.warnings.map((w) => w.code)).toEqual(['html-truncated']);
  });

  it('a profile is chosen by its layout when the URL is unknown', () => {
    const html = readFileSync(path.join(PAGES, 'dantri-article', 'source.html'), 'utf8');
    const got = extractHtmlArticle(html);
    expect(got.authors).toEqual(['Minh Hòa']);
    expect(got.body.startsWith('Bộ trưởng Bộ Công an tặng Bằng khen')).toBe(true);
  });

  it('the Dân trí URL date is used only when the page states none', () => {
    const html = page('', `<article class="singular-container"><h1 class="title-page">T</h1><div class="singular-content">${prose}</div></article>`);
    expect(extractHtmlArticle(html, { url: 'https://dantri.com.vn/xa-hoi/bai-viet-20221224095943188.htm' }).publishedAt).toBe('2022-12-24');
    expect(extractHtmlArticle(html).publishedAt).toBeNull();
  });

  it('a short fragment (a JSON Lines content field) is taken whole; a short whole page is not an article', () => {
    expect(extractHtmlArticle('<p>Thiếu tướng Trần Văn B phát biểu tại Hà Nội.</p>').body).toBe('Thiếu tướng Trần Văn B phát biểu tại Hà Nội.');
    expect(extractHtmlArticle('<html><body><p>Trang không tồn tại.</p></body></html>').body).toBe('');
  });

  it('a page cut short gives what it has, however little', () => {
    const got = extractHtmlArticle('<html><body><h1>Tiêu đề</h1><p>Chỉ có đoạn mở đầu bị cắt');
    expect(got.title).toBe('Tiêu đề');
    expect(got.body).toBe('Chỉ có đoạn mở đầu bị cắt');
    expect(got.warnings.map((w) => w.code)).toEqual(['html-truncated']);
  });

  it('cuts an outlet from a page title, and only an outlet', () => {
    expect(stripSiteName('Căn hộ chung cư đi ngược làn sóng cắt lỗ | Báo Dân trí')).toBe('Căn hộ chung cư đi ngược làn sóng cắt lỗ');
    expect(stripSiteName('Bắt nhóm trộm cáp - Tuổi Trẻ Online')).toBe('Bắt nhóm trộm cáp');
    expect(stripSiteName('Cao tốc Tuyên Quang - Phú Thọ: cần thêm vốn')).toBe('Cao tốc Tuyên Quang - Phú Thọ: cần thêm vốn');
  });
});

describe('outlet names written without diacritics in page metadata', () => {
  it('"TUOI TRE ONLINE" as the JSON-LD author is the outlet, so the byline names the reporter', () => {
    const html = `<!doctype html><html><head><meta name="author" content="TUOI TRE ONLINE">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Khen thưởng lực lượng truy bắt","datePublished":"2024-03-20T14:32:00+07:00","author":{"@type":"Organization","name":"TUOI TRE ONLINE"}}</script></head>
<body><h1 class="detail-title">Khen thưởng lực lượng truy bắt</h1><div class="detail-author"><div class="author-info"><a class="name">Tiến Long</a></div></div>
<div class="detail-content afcbc-body" data-role="content"><p>Ngày 20/3, Công an tỉnh Kon Tum tổ chức khen thưởng các tập thể, cá nhân có thành tích trong truy bắt nhóm vượt biên trái phép, với nhiều đại biểu tham dự.</p></div></body></html>`;
    const got = extractHtmlArticle(html);
    expect(got.authors).toEqual(['Tiến Long']);
    expect(got.publishedAt).toBe('2024-03-20');
  });
});

/**
 * The generic cascade on sites no profile covers (English-language outlets, blogs): one test
 * per general behaviour, each on a small page of our own writing that mirrors a structure
 * found on real news pages (articles cut in chunks by ad rails, feeds of other stories after
 * the article, captions and credits outside <figcaption>, embedded posts, share bars,
 * newsletter boxes, bylines and date lines inside the body).
 */
import { describe, expect, it } from 'vitest';
import { extractHtmlArticle } from '../src/article/extract-html-article.js';
import { boilerplateRule, isEdgeByline } from '../src/article/page-furniture.js';

const page = (body: string, head = ''): string => `<!DOCTYPE html><html><head><title>A harbour town votes on its ferry</title>${head}</head><body>${body}</body></html>`;
const P = [
  'The harbour council voted on Tuesday to keep the night ferry running, after three months of meetings, petitions and a survey of the people who ride it.',
  'Nurses, bakers and students make up most of the late crossings, the survey found, and many of them said they had no other way home after a shift.',
  'The operator had asked for a subsidy of two hundred thousand a year, which the council agreed to pay for three years, with a review after the first.',
  'Opponents said the money would be better spent on the coast road, which floods every winter, but their motion failed by four votes to seven.',
  'The first crossing under the new agreement leaves at eleven on Friday night, and the operator said fares would not change before the spring.',
  'A second survey, planned for next autumn, will ask whether an earlier boat on Sundays would bring more riders, as several shop owners have suggested.',
];
const ps = (list: readonly string[]): string => list.map((p) => `<p>${p}</p>`).join('');
const bodyOf = (html: string): string => extractHtmlArticle(html, { url: 'https://news.example.org/2019/11/ferry' }).body;

describe('content scoring', () => {
  it('reads an article cut into chunks by ad rails as one article', () => {
    const chunk = (list: readonly string[]): string => `<div class="grid grid-items-2"><div class="grid-item body__container">${ps(list)}</div><div class="ad-rail"></div></div>`;
    const html = page(`<main><article class="story"><div class="chunks">${chunk(P.slice(0, 2))}${chunk(P.slice(2, 4))}${chunk(P.slice(4))}</div></article></main><div class="site-footer"><p>Contact us</p></div>`);
    expect(bodyOf(html)).toBe(P.join('\n\n'));
  });

  it('finds the article inside a wrapper whose class reads like a header or a sidebar, not the cookie notice beside it', () => {
    const html = page(
      `<div class="wrapper-boxed header-style-2 with-sidebar"><div class="container"><article class="post"><div class="post-entry">${ps(P)}</div></article></div></div>` +
        '<div class="cookie-notice"><p>This website uses cookies to improve your experience. We will assume you are fine with this, but you can opt out.</p></div>',
    );
    const body = bodyOf(html);
    expect(body).toBe(P.join('\n\n'));
    expect(body).not.toContain('cookies');
  });

  it('leaves out a feed of other stories that follows the article', () => {
    const teaser = (n: number): string =>
      `<div class="col"><article class="teaser"><h3><a href="/s/${n}">Story number ${n} about something else entirely</a></h3><p>A short summary of story ${n}, which is not this article.</p></article></div>`;
    const html = page(`<section><section><article class="single-story"><h1>A harbour town votes on its ferry</h1><div class="content">${ps(P)}</div></article></section></section><section class="wrapper"><div class="grid">${[1, 2, 3, 4, 5, 6, 7, 8].map(teaser).join('')}</div></section>`);
    const body = bodyOf(html);
    expect(body).toBe(P.join('\n\n'));
  });

  it('a page of two sections under <body>, the article and a grid of teasers, gives the article alone', () => {
    const teaser = (n: number): string =>
      `<div class="col"><article class="teaser"><a href="/s/${n}"><img src="t${n}.jpg"></a><header><div class="kicker">KICKER ${n}</div><h2 class="headline"><a href="/s/${n}">Another story, number ${n}, about something else</a></h2></header><p class="meta"><a href="/site">example.org</a> World</p><p>A summary of story ${n}, a sentence or two long, which is not part of this article at all.</p></article></div>`;
    const quotes = P.map((p) => `<blockquote class="quote"><p>${p}</p></blockquote>`).join('');
    const html = page(`<section><section><article class="single-story"><h1>What the critics said</h1><div class="content">${quotes}</div></article></section></section><section><section class="wrapper"><div class="grid">${Array.from({ length: 12 }, (_, i) => teaser(i)).join('')}</div></section></section>`);
    expect(bodyOf(html)).toBe(P.join('\n\n'));
  });

  it('joins chunks of one article whose paragraphs sit too deep to score the chunk itself', () => {
    const deep = (list: readonly string[]): string => `<div class="chunk-content"><section class="outer"><div class="container"><div class="section-body"><div class="wysiwyg">${ps(list)}</div></div></div></section></div>`;
    // two chunks of one class; the first nests its paragraphs four levels deeper than the second
    const first = `<div class="chunk-content"><div class="wrapper"><div class="inner"><div class="flex">${deep(P.slice(0, 2)).replace('class="chunk-content"', 'class="first"')}</div></div></div></div>`;
    const html = page(`<div id="app"><div class="post"><div id="postBody">${first}${deep(P.slice(2))}</div></div></div>`);
    expect(bodyOf(html)).toBe(P.join('\n\n'));
  });

  it('takes a long heading just before the body that ends a sentence as the lead', () => {
    const lead = 'Sau ba tháng lấy ý kiến, hội đồng thị trấn quyết định giữ chuyến phà đêm, với khoản hỗ trợ hai trăm triệu đồng mỗi năm trong ba năm tới.';
    const html = page(`<article class="container"><h1>Giữ chuyến phà đêm</h1><h2 class="sapo">${lead}</h2><div class="content">${ps(P)}</div></article>`);
    // the generic cascade, as for an outlet without a profile
    expect(extractHtmlArticle(html, { profiles: [] }).body).toBe([lead, ...P].join('\n\n'));
  });

  it('a short subheading before the body is not a lead', () => {
    const html = page(`<article class="container"><h2>The vote</h2><div class="content">${ps(P)}</div></article>`);
    expect(bodyOf(html)).toBe(P.join('\n\n'));
  });

  it('an article made of a list of shop links is an article, not a listing', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `<p>${n}) A board game for long winter evenings, edition ${n}<br><a href="http://shop.example/${n}">http://shop.example/${n}</a></p>`).join('');
    const html = page(`<article><div class="entry-content">${ps(P.slice(0, 3))}${items}</div></article>`);
    const body = bodyOf(html);
    expect(body).toContain(P[0]);
    expect(body).toContain('8) A board game for long winter evenings, edition 8');
    // the addresses are text the reader sees, not navigation
    expect(body).toContain('8) A board game for long winter evenings, edition 8\n\nhttp://shop.example/8');
  });
});

describe('furniture inside the article container', () => {
  it('hidden elements are not body text (schema.org microdata kept for machines, an inline display:none, the hidden attribute)', () => {
    const micro = '<div style="display:none;" itemscope itemtype="http://schema.org/NewsArticle"><div itemprop="headline">A harbour town votes on its ferry</div><div itemprop="datePublished">2019-11-19T08:57:40+01:00</div></div>';
    const html = page(`<article class="article-body">${ps(P.slice(0, 3))}<p hidden>Draft note: check the fares.</p><div style="visibility: hidden">Tracking pixel</div>${ps(P.slice(3))}${micro}</article>`);
    expect(bodyOf(html)).toBe(P.join('\n\n'));
  });

  it('captions and credits outside <figcaption>, and figures that hold only a picture, leave the body', () => {
    const html = page(
      `<article class="article-body">${ps(P.slice(0, 2))}` +
        '<div class="image-container"><img src="a.jpg"><span class="image-caption__text">The night ferry leaving the harbour in October.</span><span class="photo-credit">Jane Doe/Example Agency</span></div>' +
        `${ps(P.slice(2, 4))}<figure><img src="b.jpg"><div>Passengers boarding at eleven.</div></figure>${ps(P.slice(4))}</article>`,
    );
    expect(bodyOf(html)).toBe(P.join('\n\n'));
  });

  it('a figure holding a quotation is content', () => {
    const quote = 'We cannot leave the people who keep this town running stranded on the wrong side of the water at midnight.';
    const html = page(`<article class="article-body">${ps(P.slice(0, 3))}<figure class="pullquote"><blockquote><p>${quote}</p></blockquote></figure>${ps(P.slice(3))}</article>`);
    expect(bodyOf(html)).toContain(quote);
  });

  it('an embedded post stays, even in a wrapper whose class looks like a share bar', () => {
    const tweet = '<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">The night ferry stays! Thank you to everyone who signed. <a href="https://t.example/x">https://t.example/x</a></p>— Harbour Riders (@riders) <a href="https://x.example/riders/1">November 19, 2019</a></blockquote></div>';
    const html = page(`<article class="article-body"><div class="entry-content">${ps(P.slice(0, 3))}${tweet}${ps(P.slice(3))}</div></article>`);
    expect(bodyOf(html)).toContain('The night ferry stays! Thank you to everyone who signed.');
  });

  it('a byline block and a share bar inside the article leave it', () => {
    const html = page(
      `<article class="article-body"><div class="byline">By Jane Doe, Harbour Correspondent</div><div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <span>Email</span></div>${ps(P)}</article>`,
    );
    expect(bodyOf(html)).toBe(P.join('\n\n'));
  });

  it('a link-heavy "more stories" block inside the article leaves it', () => {
    const more = '<div><p>More Great Example Stories</p><ul><li><a href="/a">Why the coast road floods every winter</a></li><li><a href="/b">The bakers who work through the night</a></li><li><a href="/c">A short history of the harbour ferry</a></li></ul></div>';
    const html = page(`<article class="article-body">${ps(P)}${more}</article>`);
    expect(bodyOf(html)).toBe(P.join('\n\n'));
  });

  it('widget headings, ad labels, prompts, credits and date lines leave the body; sentences that use the same words stay', () => {
    const kept = [
      'Riders who subscribe to the monthly pass will pay the same as before, the operator said in a statement on Monday.',
      'Comments at the public meeting ran for more than two hours, most of them in favour of the ferry.',
    ];
    const furniture = ['Advertisement', 'Related Articles', 'Read more', 'Share on facebook', 'Sign up for our morning newsletter', 'Photo: Jane Doe, Example Agency', 'Updated 1:39 am EST, Wednesday, November 20, 2019', 'Tempo de leitura: 2 minutos', 'Image 1 of / 23', '© 2019 Example News. All rights reserved.'];
    const html = page(`<article class="article-body">${ps(P.slice(0, 3))}${ps(furniture)}${ps(kept)}${ps(P.slice(3))}</article>`);
    expect(bodyOf(html)).toBe([...P.slice(0, 3), ...kept, ...P.slice(3)].join('\n\n'));
  });

  it("the writer's biography after the story leaves the body when the page names the writer; credits and contact lines go too", () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A harbour town votes on its ferry","author":{"@type":"Person","name":"Jane Doe"}}</script>';
    const tail = ['(Reporting by Jane Doe; editing by John Roe.)', 'Have a tip? Jane Doe may be reached at jdoe@example.org.', 'Jane Doe is a freelance writer living on the harbour, where she has ridden the night ferry for ten years.'];
    const html = page(`<article class="article-body">${ps(P)}${ps(tail)}</article>`, ld);
    const got = extractHtmlArticle(html);
    expect(got.authors).toEqual(['Jane Doe']);
    expect(got.body).toBe(P.join('\n\n'));
  });

  it('a closing paragraph about someone the page does not name as its writer stays', () => {
    const last = 'John Roe is a baker who has taken the night ferry home every working day since 1998.';
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A harbour town votes on its ferry","author":{"@type":"Person","name":"Jane Doe"}}</script>';
    expect(bodyOf(page(`<article class="article-body">${ps(P)}<p>${last}</p></article>`, ld)).endsWith(last)).toBe(true);
  });

  it('a bare Vietnamese date line at the top of the body dates the article and leaves the body', () => {
    const html = `<!DOCTYPE html><html><head></head><body><div class="noi-dung"><p>20/11/2020</p>${ps(P)}</div></body></html>`;
    const got = extractHtmlArticle(html);
    expect(got.publishedAt).toBe('2020-11-20');
    expect(got.body).toBe(P.join('\n\n'));
  });

  it('"By …" lines leave the edges of the body; a sentence opening with "By" stays', () => {
    const by = 'By the end of the meeting, the council had also agreed to light the ferry ramp, which riders had called dangerous for years.';
    const html = page(`<article class="article-body"><p>By Jane Doe and John Roe</p>${ps(P.slice(0, 3))}<p>${by}</p>${ps(P.slice(3))}<p>By Jane Doe</p></article>`);
    expect(bodyOf(html)).toBe([...P.slice(0, 3), by, ...P.slice(3)].join('\n\n'));
  });
});

describe('boilerplate lines (src/data/page-boilerplate.ts)', () => {
  it('names the rule a line matches', () => {
    expect(boilerplateRule('Advertisement')).toBe('ad-label');
    expect(boilerplateRule('Posted on March 30, 2015 by Admin')).toBe('date-line');
    expect(boilerplateRule('Credit: John Roe/Reuters')).toBe('photo-credit');
  });

  it('leaves sentences of the body alone, however they open', () => {
    for (const line of [
      'Comments from riders were mostly positive, the council said.',
      'Subscribe to nothing, a local artist told the meeting, and you will miss nothing.',
      'On 30 March 2015 the first ferry of the season sailed at dawn.',
      'The operator will review fares in 2020 and again in 2022.',
      'Sáng 20/11/2020, Công an tỉnh tổ chức Hội nghị tổng kết phong trào thi đua.',
      'Tin liên quan đến vụ việc sẽ được cập nhật.',
      'More than 300 people signed the petition.',
      'Share prices of the operator rose after the vote.',
    ])
      expect(boilerplateRule(line), line).toBeNull();
  });

  it('a byline at an edge is "By" and names, not a sentence', () => {
    expect(isEdgeByline('By Jane Doe')).toBe(true);
    expect(isEdgeByline('By Jane Doe and John Roe | Reuters')).toBe(true);
    expect(isEdgeByline('By the end of the meeting, the council had agreed.')).toBe(false);
  });
});

/**
 * Site profiles: where each outlet puts an article's title, lead (sapo), date, byline and
 * body, and which chrome sits inside the body. Stage 3 of the HTML cascade
 * (src/article/extract-html-article.ts); each selector list is tried in order, first match
 * wins, and a profile whose body selector finds nothing falls through to content scoring.
 *
 * Source: ../shared/reference/html-structures.md. The VnExpress and Dân trí rows were
 * checked against saved pages (VnExpress 2023/2025, Dân trí 2022). Tuổi Trẻ / Người Lao
 * Động, Thanh Niên and Lao Động come from public scrapers' selectors and were not checked
 * against pages: Thanh Niên runs the same CMS as Tuổi Trẻ (`detail-content afcbc-body`),
 * so its title/lead/date selectors are that CMS's, by analogy. The provincial police portal
 * row describes the kind of page seed 004 was cut from (section header twice, title, bare
 * date line, body, reporter's name right-aligned, then "Admin"); its text-level furniture
 * is removed by src/article/trim-article-edges.ts on every page, so the profile only names
 * where such portals put the title and byline.
 */

export interface SiteProfile {
  /** Stable id, used in warnings. */
  id: string;
  name: string;
  /** Host names; a subdomain matches too ("m.vnexpress.net"). */
  hosts: readonly string[];
  /** Regular expression over the host, for families of sites. */
  hostPattern?: string;
  /** A selector present only on this layout: identifies the profile when the URL is unknown. */
  detect?: string;
  title?: readonly string[];
  lead?: readonly string[];
  date?: readonly string[];
  byline?: readonly string[];
  body?: readonly string[];
  /**
   * Inline labels the page separates from the next words by CSS alone (VnExpress's location
   * stamp "Hà Tĩnh" before the lead): " - " is put after them so the words do not run together.
   */
  stamps?: readonly string[];
  /** Removed from the body before its paragraphs are read. */
  chrome?: readonly string[];
  /** Regular expression removed from the start of the lead ("(Dân trí) - "). */
  leadPrefix?: string;
  /**
   * Regular expression with groups `y`, `m`, `d` over the article URL, for outlets whose
   * article ids are timestamps: the last resort for the date, when the page states none.
   */
  urlDate?: string;
}

export const SITE_PROFILES: readonly SiteProfile[] = [
  {
    id: 'vnexpress',
    name: 'VnExpress',
    hosts: ['vnexpress.net'],
    detect: 'article.fck_detail',
    title: ['h1.title-detail'],
    lead: ['p.description'],
    date: ['span.date', 'meta[name="pubdate"]'],
    // 2023: p.author_mail; 2025: the last right-aligned p.Normal (read by the edge trimmer)
    byline: ['p.author_mail', 'p.author'],
    body: ['article.fck_detail'],
    stamps: ['.location-stamp'],
    chrome: ['figure', 'table.tplCaption', '.tplCaption', '.box_embed_video', '.box-tinlienquanv2', '#box_comment_vne', '.footer-content', 'ul.breadcrumb', '#article-end'],
  },
  {
    id: 'dantri',
    name: 'Dân trí',
    hosts: ['dantri.com.vn'],
    detect: 'article.singular-container',
    title: ['h1.title-page', 'h1.e-magazine__title'],
    lead: ['h2.singular-sapo', '.singular-sapo'],
    date: ['time.author-time', '.author-time'],
    byline: ['.author-wrap .author-name', '.author-name'],
    body: ['div.singular-content', '.singular-content'],
    chrome: ['figure.image', 'figure', 'div.singular-source', 'article.article-related', '.article-related', 'ul.breadcrumbs', '.author-wrap'],
    leadPrefix: String.raw`^\(\s*Dân\s*trí\s*\)\s*[-–—:]?\s*`,
    // "…-20221224095943188.htm": yyyyMMddHHmmssSSS
    urlDate: String.raw`-(?<y>20\d{2})(?<m>\d{2})(?<d>\d{2})\d{9}\.htm`,
  },
  {
    id: 'tuoitre-nld',
    name: 'Tuổi Trẻ / Người Lao Động',
    hosts: ['tuoitre.vn', 'nld.com.vn'],
    detect: 'h1.detail-title',
    title: ['h1.detail-title', 'h1.article-title'],
    lead: ['h2.detail-sapo', '.detail-sapo'],
    date: ['[data-role="publishdate"]', '.detail-time'],
    byline: ['.author-info .name', '.author-info'],
    body: ['div.detail-content.afcbc-body[data-role="content"]', 'div.detail-content.afcbc-body', 'div.detail-content'],
    chrome: ['.PhotoCMS_Caption', '.VCSortableInPreviewMode[type="RelatedNewsBox"]', '.VCSortableInPreviewMode[type="RelatedOneNews"]', '.VCSortableInPreviewMode[type="Photo"]', '.relate-container', '.author-info'],
    leadPrefix: String.raw`^(?:TTO|NLĐO|\(NLĐO\))\s*[-–—]\s*`,
    urlDate: String.raw`-(?<y>20\d{2})(?<m>\d{2})(?<d>\d{2})\d{9}\.htm`,
  },
  {
    id: 'thanhnien',
    name: 'Thanh Niên',
    hosts: ['thanhnien.vn'],
    detect: 'div.detail__cmain',
    title: ['h1.detail-title', 'h1.details__headline'],
    lead: ['h2.detail-sapo', '.detail-sapo'],
    date: ['[data-role="publishdate"]', '.detail-time'],
    byline: ['.detail-author .name', '.author-info .name'],
    body: ['div.detail__cmain div.detail-content.afcbc-body', 'div.detail-cmain div.detail-content', 'div.detail-content.afcbc-body'],
    chrome: ['.PhotoCMS_Caption', '.VCSortableInPreviewMode[type="RelatedNewsBox"]', '.VCSortableInPreviewMode[type="RelatedOneNews"]', '.VCSortableInPreviewMode[type="Photo"]', '.detail-author'],
  },
  {
    id: 'laodong',
    name: 'Lao Động',
    hosts: ['laodong.vn'],
    detect: 'time.f-datetime',
    title: ['h1.title', 'h1'],
    lead: ['div.chappeau', '.sapo'],
    date: ['time.f-datetime'],
    body: ['div.art-body', 'div.article-content'],
    chrome: ['div.breadcrumb', 'figure'],
  },
  {
    id: 'police-portal',
    name: 'Provincial police portal',
    hosts: ['bocongan.gov.vn'],
    hostPattern: String.raw`(?:^|\.)(?:congan[a-z0-9-]*|ca|catp|catinh)\.(?:[a-z0-9-]+\.)?gov\.vn$`,
    detect: 'meta[property="og:site_name"][content*="Công an"], meta[name="author"][content*="Công an"]',
    title: ['h1', '.news-title', '.title-news', '.tieude'],
    date: ['.news-date', '.date-news', '.ngaydang'],
    byline: ['p[align="right" i]:last-of-type', 'p[style*="right"]:last-of-type', '.news-author', '.tacgia'],
  },
];

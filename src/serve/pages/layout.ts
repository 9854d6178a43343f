/** The frame of every page: head (stylesheet and script from /static, never inline), top bar, footer. */
import { html, type Html } from './html.js';

export type Section = 'search' | 'officials' | 'overview' | 'article' | 'official' | 'error';

export interface PageFrame {
  title: string;
  section: Section;
  /** The same page as JSON (shown in the footer and as a link rel=alternate). */
  json?: string;
  body: Html;
}

const NAV: [Section, string, string][] = [
  ['search', '/search', 'Search'],
  ['officials', '/officials', 'Officials'],
  ['overview', '/overview', 'Overview'],
];

export function layout(p: PageFrame): Html {
  const current = p.section === 'article' ? 'search' : p.section === 'official' ? 'officials' : p.section;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${p.title} · vnews</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/app.css">
<script src="/static/app.js" defer></script>
${p.json ? html`<link rel="alternate" type="application/json" href="${p.json}">` : ''}
</head>
<body class="page-${p.section}">
<a class="skip" href="#main">Skip to content</a>
<header class="top">
<a class="brand" href="/search">vnews <span>archive</span></a>
<nav aria-label="Sections">${NAV.map(([s, href, label]) => html`<a href="${href}"${s === current ? html` aria-current="page"` : ''}>${label}</a>`)}</nav>
</header>
<main id="main">
${p.body}
</main>
<footer class="foot">
<span>Read-only view of the vnews store. Values are read by rules; every highlight says which.</span>
${p.json ? html`<a href="${p.json}">This page as JSON</a>` : ''}
</footer>
</body>
</html>
`;
}

/**
 * The article page: the normalised text with every extracted value marked where it was read
 * (hover or focus shows type, canonical value and the rules that found it), the record's
 * fields beside it, its warnings, and where it came from.
 */
import type { ArticleRecord, WarcNotLocated, WarcPointer } from '../archive.js';
import { formatBytes } from '../../fetch/read-body.js';
import { highlightText, KIND_NAMES, markEvents, type Annotation, type EntityKind, type Highlighted } from '../highlight-text.js';
import { withChanges } from '../search-params.js';
import { fileName, html, linkableUrl, outletOf, plural, type Html } from './html.js';
import { layout } from './layout.js';
import { searchHref } from './search-page.js';

export interface ArticleView {
  record: ArticleRecord;
  /** Registry key of each official, in the record's order. */
  officialKeys: (string | null)[];
  warc: WarcPointer | WarcNotLocated | null;
}

const tip = (a: Annotation): string => `${KIND_NAMES[a.kind]}: ${a.value}${a.foundBy ? `\nfound by ${a.foundBy}` : ''}`;

/** The text as marks and runs; each mark's first piece carries the id, the tab stop and the description. */
function markedText(r: ArticleRecord, h: Highlighted): Html {
  const parts: Html[] = [];
  for (const ev of markEvents(r.text, h)) {
    if ('text' in ev) parts.push(html`${ev.text}`);
    else if ('close' in ev) parts.push(html`</mark>`);
    else {
      const a = ev.open;
      parts.push(
        ev.first
          ? html`<mark id="${a.id}" class="m k-${a.kind}" data-e="${a.kind}-${a.entity}" data-tip="${tip(a)}" tabindex="0" aria-describedby="e-${a.kind}-${a.entity}">`
          : html`<mark class="m k-${a.kind} cont" data-e="${a.kind}-${a.entity}" data-tip="${tip(a)}">`,
      );
    }
  }
  return html`${parts}`;
}

/** Links to each mention of an entity in the text (“1 2 3”). */
function mentionLinks(h: Highlighted, kind: EntityKind, i: number): Html {
  const mine = h.annotations.filter((a) => a.kind === kind && a.entity === i);
  if (!mine.length) return html``;
  return html`<span class="mentions" aria-label="Mentions in the text">${mine.map((a, n) => html`<a href="#${a.id}" title="Mention ${n + 1} in the text">${n + 1}</a>`)}</span>`;
}

const foundBy = (p: { rule: string; match: string; score?: number }[]): Html =>
  html`<span class="rule">${p.map((x) => `${x.rule} (${x.match}${x.score !== undefined ? ` ${x.score.toFixed(2)}` : ''})`).join(', ')}</span>`;

function entityList<T extends { foundBy: { rule: string; match: string; score?: number }[] }>(
  r: ArticleRecord,
  h: Highlighted,
  kind: Exclude<EntityKind, 'warnings'>,
  items: T[],
  body: (x: T, i: number) => Html,
): Html {
  if (!items.length) return html``;
  return html`<section class="entities k-${kind}"><h3><span class="swatch k-${kind}" aria-hidden="true"></span>${KIND_NAMES[kind]}s <small>${items.length}</small></h3>
<ul>${items.map(
    (x, i) => html`<li id="e-${kind}-${i}" data-e="${kind}-${i}">${body(x, i)} ${mentionLinks(h, kind, i)}<div class="found">${foundBy(x.foundBy)}</div></li>`,
  )}</ul></section>`;
}

function fields(v: ArticleView, h: Highlighted): Html {
  const r = v.record;
  const search = (state: Parameters<typeof withChanges>[1]) => searchHref(withChanges({}, state));
  return html`<div class="fields" lang="vi">
${entityList(r, h, 'officials', r.officials, (o, i) => {
  const key = v.officialKeys[i];
  const name = key ? html`<a href="/official/${encodeURIComponent(key)}">${o.name}</a>` : html`${o.name}`;
  return html`<span><span class="rank">${o.rank ?? o.honorific ?? ''}</span> <b>${name}</b>${o.positions.length ? html`<span class="pos">${o.positions.join('; ')}</span>` : ''}${
    o.province ? html`<span class="prov">${o.province}</span>` : ''
  }</span>`;
})}
${entityList(r, h, 'provinces', r.provinces, (p) => html`<span><a href="${search({ province: p.name })}"><b>${p.name}</b></a> <span class="code">${p.code}</span>${p.since2025 && p.since2025 !== p.name ? html` <span class="since">→ ${p.since2025} (2025)</span>` : ''}</span>`)}
${entityList(r, h, 'clusters', r.clusters, (c) => html`<span><a href="${search({ cluster: String(c.number) })}"><b>Cluster ${c.number}</b></a>${c.members.length ? html`<span class="pos">${c.members.join(', ')}</span>` : ''}</span>`)}
${entityList(r, h, 'periods', r.periods, (p) => html`<span><b>${p.text}</b> <span class="span">${p.start} – ${p.end}</span></span>`)}
${entityList(r, h, 'dates', r.dates, (d) => html`<span><b>${d.text}</b> <span class="span">${d.value}</span></span>`)}
${entityList(r, h, 'awards', r.awards, (a) => html`<span><a href="${search({ award: a.type })}"><b>${a.type}</b></a> <span class="counts">${[a.collectives !== null ? plural(a.collectives, 'collective') : '', a.individuals !== null ? plural(a.individuals, 'individual') : ''].filter(Boolean).join(', ') || 'counts not stated'}</span>${a.issuer ? html`<span class="pos">issued by ${a.issuer}</span>` : ''}</span>`)}
</div>`;
}

function warnings(r: ArticleRecord, h: Highlighted): Html {
  if (!r.warnings.length && !h.unplaced) return html``;
  return html`<section class="warnings"><h2>Warnings <small>${r.warnings.length}</small></h2><ul>${r.warnings.map((w, i) => {
    const a = h.annotations.find((x) => x.kind === 'warnings' && x.entity === i);
    return html`<li id="e-warnings-${i}"><code>${w.code}</code> <span lang="vi">${w.message}</span>${w.rule ? html` <span class="rule">${w.rule}</span>` : ''}${a ? html` <a href="#${a.id}">in the text</a>` : ''}</li>`;
  })}${h.unplaced ? html`<li><code>unplaced</code> ${plural(h.unplaced, 'mention')} whose offsets do not point at their text; not highlighted</li>` : ''}</ul></section>`;
}

function source(v: ArticleView): Html {
  const s = v.record.source;
  const url = linkableUrl(s.location);
  const row = (k: string, val: Html | string | null) => (val === null || val === '' ? '' : html`<dt>${k}</dt><dd>${val}</dd>`);
  const w = v.warc;
  return html`<section class="source"><h2>Source</h2><dl>
${row('location', url ? html`<a href="${url}" rel="noreferrer noopener external">${s.location}</a>` : html`<code>${s.location}</code>`)}
${row('fetched at', s.fetchedAt)}
${row('WARC record', w ? warcRow(w) : null)}
${row('sha256', html`<code class="hash">${s.sha256}</code>`)}
${row('ETag', s.etag)}
${row('Last-Modified', s.lastModified)}
${s.alsoAt.length ? row('also at', html`<ul>${s.alsoAt.map((x) => html`<li><code>${x}</code></li>`)}</ul>`) : ''}
${row('language', `${v.record.language.code} (confidence ${v.record.language.confidence.toFixed(2)})`)}
${row('record id', html`<code>${v.record.id}</code>`)}
</dl></section>`;
}

/** Where the fetched response is kept, or which files were searched for it and how far. */
function warcRow(w: WarcPointer | WarcNotLocated): Html {
  if (w.found) {
    const where = [w.record !== null ? `record ${w.record}` : null, `byte offset ${w.offset}`, w.length !== null ? `${w.length} bytes` : null].filter(Boolean).join(', ');
    return html`<code>${w.file}</code>, ${where}${w.recordId ? html`<br><code>${w.recordId}</code>` : ''}${w.date ? html`<br>WARC-Date ${w.date}` : ''}`;
  }
  const files = w.searched.map(
    (f) => html`<li><code>${f.file}</code>: ${f.via === 'cdxj' ? 'not in its CDXJ index' : f.bytes >= f.size ? 'read whole' : html`the first ${formatBytes(f.bytes)} of ${formatBytes(f.size)} read (no index)`}</li>`,
  );
  return html`not found in the WARC files of the runs that can hold it (a page reads at most ${formatBytes(w.limit)} of files without an index):<ul>${files}</ul>`;
}

const LEGEND: EntityKind[] = ['officials', 'provinces', 'clusters', 'periods', 'dates', 'awards', 'warnings'];

export function articlePage(v: ArticleView): Html {
  const r = v.record;
  const h = highlightText(r);
  const outlet = outletOf(r.source.location);
  const title = r.title ?? fileName(r.source.location);
  const present = LEGEND.filter((k) => h.annotations.some((a) => a.kind === k));
  const body = html`<article class="record">
<header class="record-head">
<h1 lang="vi">${title}</h1>
<p class="meta">${r.publishedAt ? html`<time datetime="${r.publishedAt}">${r.publishedAt}</time>` : html`<span class="undated">undated</span>`} · ${outlet ?? fileName(r.source.location)}${
    r.authors.length ? html` · <span lang="vi">${r.authors.join(', ')}</span>` : ''
  } · <a href="/article/${r.id}.json">JSON record</a></p>
</header>
<div class="record-body">
<section class="text-col" aria-label="Article text">
${present.length ? html`<p class="legend" aria-label="Highlight colours">${present.map((k) => html`<span class="m k-${k}">${KIND_NAMES[k]}</span>`)} <span class="hint">Hover or focus a highlight to see what was read and which rule read it.</span></p>` : ''}
<div class="text" lang="vi">${markedText(r, h)}</div>
</section>
<aside class="side" aria-label="Extracted values">
<h2>Extracted values <small>${plural(h.annotations.filter((a) => a.kind !== 'warnings').length, 'mention')}</small></h2>
${fields(v, h)}
${warnings(r, h)}
${source(v)}
</aside>
</div>
</article>`;
  return layout({ title, section: 'article', json: `/article/${r.id}.json`, body });
}

/** The search page: the form, the active filters, facet counts that narrow, results, pages; and its JSON twin. */
import type { FacetValue, Facets, SearchHit, SearchResult } from '../archive.js';
import { PAGE_SIZE, queryString, withChanges, type SearchParam, type SearchState } from '../search-params.js';
import { fileName, html, outletOf, plural, num, type Html } from './html.js';
import { layout } from './layout.js';

export interface SearchView {
  state: SearchState;
  page: number;
  result: SearchResult | null;
  /** A filter that could not be used (status 400), shown above the form. */
  error: string | null;
  vocabulary: { ranks: string[]; awards: string[]; provinces: string[] };
}

type FacetName = keyof Facets;

/** Each facet: its heading, and the search parameters its links set. */
const FACETS: { name: FacetName; title: string; params: SearchParam[]; set: (v: string) => SearchState }[] = [
  { name: 'year', title: 'Year published', params: ['published_from', 'published_to'], set: (v) => ({ published_from: v, published_to: v }) },
  { name: 'province', title: 'Province', params: ['province'], set: (v) => ({ province: v }) },
  { name: 'rank', title: 'Rank', params: ['rank'], set: (v) => ({ rank: v }) },
  { name: 'award', title: 'Award type', params: ['award'], set: (v) => ({ award: v }) },
  { name: 'cluster', title: 'Emulation cluster', params: ['cluster'], set: (v) => ({ cluster: v }) },
];

/** Labels of the filters, as the active-filter chips and matched values name them. */
const FILTER_LABELS: Record<string, string> = {
  text: 'words',
  official: 'official',
  rank: 'rank',
  province: 'province',
  successors: 'with 2025 successors',
  cluster: 'cluster',
  from: 'from',
  to: 'to',
  published_from: 'published from',
  published_to: 'published to',
  award: 'award',
  date: 'date',
  published: 'published',
};

export const searchHref = (state: SearchState): string => `/search${queryString(state)}`;
export const searchJsonHref = (state: SearchState): string => `/search.json${queryString(state)}`;

const isActive = (state: SearchState, f: (typeof FACETS)[number]): boolean => f.params.some((p) => state[p] !== undefined);

const facetHref = (state: SearchState, f: (typeof FACETS)[number], value: string): string => searchHref(withChanges(state, f.set(value)));

/** The JSON twin: the same results and facets, with the links the page offers. */
export function searchJson(v: SearchView): unknown {
  const r = v.result!;
  return {
    query: v.state,
    page: v.page,
    pageSize: PAGE_SIZE,
    pages: Math.max(1, Math.ceil(r.total / PAGE_SIZE)),
    total: r.total,
    provinces: r.provinces,
    results: r.hits.map((h) => ({
      id: h.id,
      title: h.title,
      publishedAt: h.publishedAt,
      outlet: outletOf(h.location),
      source: h.location,
      url: `/article/${h.id}`,
      matched: h.matched,
      snippet: h.snippet ? `${h.snippet.before}${h.snippet.match}${h.snippet.after}` : null,
    })),
    // A facet whose filter is set offers no links (another value would replace the filter, not narrow the search).
    facets: Object.fromEntries(
      FACETS.map((f) => [
        f.name,
        r.facets[f.name].map((x) => ({ value: x.value, label: x.label, count: x.count, url: x.value === null || isActive(v.state, f) ? null : facetHref(v.state, f, x.value) })),
      ]),
    ),
  };
}

function field(name: SearchParam, label: string, state: SearchState, extra: { list?: string; hint?: string; type?: string; placeholder?: string } = {}): Html {
  return html`<label class="field"><span>${label}</span><input name="${name}" type="${extra.type ?? 'text'}" value="${state[name] ?? ''}"${extra.list ? html` list="${extra.list}"` : ''}${
    extra.placeholder ? html` placeholder="${extra.placeholder}"` : ''
  } autocomplete="off" spellcheck="false">${extra.hint ? html`<small>${extra.hint}</small>` : ''}</label>`;
}

function form(v: SearchView): Html {
  const s = v.state;
  const datalist = (id: string, values: string[]) => html`<datalist id="${id}">${values.map((x) => html`<option value="${x}"></option>`)}</datalist>`;
  return html`<form class="search" method="get" action="/search" role="search">
<div class="searchbar">
<label class="field grow"><span>Words in the title or text</span><input name="text" type="search" value="${s.text ?? ''}" placeholder="bảo vệ an ninh, or bao ve an ninh" autocomplete="off" spellcheck="false"></label>
<button type="submit">Search</button>
</div>
<details class="filters"${['official', 'rank', 'province', 'cluster', 'from', 'to', 'published_from', 'published_to', 'award'].some((k) => s[k as SearchParam]) ? html` open` : ''}>
<summary>Filters: official, rank, province, cluster, dates, award</summary>
<div class="grid">
${field('official', 'Official', s, { placeholder: 'tran ba thieu', hint: 'a name or whole syllables of it' })}
${field('rank', 'Rank', s, { list: 'ranks', placeholder: 'dai ta' })}
<div class="field">${field('province', 'Province', s, { list: 'provinces', placeholder: 'nghe an, tp hcm, 40' })}
<label class="check"><input type="checkbox" name="successors" value="1"${s.successors ? html` checked` : ''}> with the units merged into it in 2025</label></div>
${field('cluster', 'Emulation cluster', s, { type: 'number', placeholder: '5' })}
${field('from', 'Period or date from', s, { placeholder: '2020, 2020-06 or 2020-06-30', hint: 'published, a period overlapping, or a date inside' })}
${field('to', 'to', s, { placeholder: '2020-12-31' })}
${field('published_from', 'Published from', s, { placeholder: '2019' })}
${field('published_to', 'Published to', s, { placeholder: '2020-12' })}
${field('award', 'Award type', s, { list: 'awards', placeholder: 'giay khen', hint: 'the start of the type' })}
</div>
</details>
${datalist('ranks', v.vocabulary.ranks)}${datalist('provinces', v.vocabulary.provinces)}${datalist('awards', v.vocabulary.awards)}
</form>`;
}

function activeFilters(v: SearchView): Html {
  const names = (Object.keys(v.state) as (keyof SearchState)[]).filter((k) => k !== 'page');
  if (!names.length) return html``;
  return html`<ul class="active" aria-label="Active filters">${names.map(
    (k) => html`<li><span class="k">${FILTER_LABELS[k] ?? k}</span> <span class="v">${k === 'successors' ? '' : v.state[k]}</span> <a href="${searchHref(withChanges(v.state, { [k]: undefined }))}" aria-label="Remove the filter ${FILTER_LABELS[k] ?? k}" title="Remove">✕</a></li>`,
  )}<li class="clear"><a href="/search">Clear all</a></li></ul>`;
}

function facetList(v: SearchView, f: (typeof FACETS)[number], values: FacetValue[]): Html {
  if (isActive(v.state, f)) {
    const label = f.name === 'year' ? [v.state.published_from, v.state.published_to].filter(Boolean).join(' – ') : v.state[f.params[0]!];
    const remove: SearchState = {};
    for (const p of f.params) (remove as Record<string, undefined>)[p] = undefined;
    return html`<section class="facet"><h3>${f.title}</h3><ul><li class="on"><span>${label}</span> <a href="${searchHref(withChanges(v.state, remove))}" aria-label="Remove ${f.title}">✕</a></li></ul></section>`;
  }
  if (!values.length) return html``;
  const item = (x: FacetValue) =>
    x.value === null
      ? html`<li><span class="row"><span class="label">${x.label}</span> <span class="count">${num(x.count)}</span></span></li>`
      : html`<li><a href="${facetHref(v.state, f, x.value)}" data-facet="${f.name}"><span class="label">${x.label}</span> <span class="count">${num(x.count)}</span></a></li>`;
  const shown = values.slice(0, 8);
  const more = values.slice(8);
  return html`<section class="facet"><h3>${f.title}</h3><ul>${shown.map(item)}</ul>${
    more.length ? html`<details><summary>${more.length} more</summary><ul>${more.map(item)}</ul></details>` : ''
  }</section>`;
}

function hitItem(h: SearchHit): Html {
  const outlet = outletOf(h.location);
  return html`<li class="hit">
<a class="title" href="/article/${h.id}" lang="vi">${h.title ?? fileName(h.location)}</a>
<div class="meta">${h.publishedAt ? html`<time datetime="${h.publishedAt}">${h.publishedAt}</time>` : html`<span class="undated">undated</span>`} · <span class="outlet">${outlet ?? fileName(h.location)}</span></div>
${
  h.matched.length
    ? html`<ul class="matched" aria-label="Matched values">${h.matched.map(
        (m) => html`<li><span class="k">${FILTER_LABELS[m.filter] ?? m.filter}</span> <span lang="vi">${m.values.length ? m.values.join(' · ') : '—'}</span></li>`,
      )}</ul>`
    : ''
}
${h.snippet ? html`<p class="snippet" lang="vi">${h.snippet.before}<mark>${h.snippet.match}</mark>${h.snippet.after}</p>` : ''}
</li>`;
}

function pager(v: SearchView, total: number): Html {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages === 1) return html``;
  const at = (n: number) => searchHref(withChanges(v.state, { page: String(n) }));
  const nums = [...new Set([1, v.page - 2, v.page - 1, v.page, v.page + 1, v.page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  const items: Html[] = [];
  let last = 0;
  for (const n of nums) {
    if (n > last + 1) items.push(html`<li class="gap">…</li>`);
    items.push(n === v.page ? html`<li><span aria-current="page">${n}</span></li>` : html`<li><a href="${at(n)}">${n}</a></li>`);
    last = n;
  }
  return html`<nav class="pager" aria-label="Result pages">
${v.page > 1 ? html`<a rel="prev" href="${at(v.page - 1)}">← Newer</a>` : html`<span class="off">← Newer</span>`}
<ol>${items}</ol>
${v.page < pages ? html`<a rel="next" href="${at(v.page + 1)}">Older →</a>` : html`<span class="off">Older →</span>`}
</nav>`;
}

/** The active filters, facets, results and pages: the block the script swaps in place while the researcher types. */
export function resultsBlock(v: SearchView): Html {
  const r = v.result;
  if (!r) return html`<div id="results" class="results"></div>`;
  const from = (v.page - 1) * PAGE_SIZE + 1;
  const to = from + r.hits.length - 1;
  return html`<div id="results" class="results">
${activeFilters(v)}
<aside class="facets" aria-label="Narrow the search">
<h2>Narrow by</h2>
${FACETS.map((f) => facetList(v, f, r.facets[f.name]))}
</aside>
<section class="hits" aria-labelledby="hits-title">
<div class="hits-head"><h2 id="hits-title" aria-live="polite">${plural(r.total, 'article')}${r.total > PAGE_SIZE ? html` <small>(${num(from)}–${num(to)}, newest first)</small>` : ''}</h2>
<a class="json" href="${searchJsonHref(v.state)}">JSON</a></div>
${r.provinces !== null && r.provinces.length === 0 ? html`<p class="notice">No province in the archive is called “${v.state.province}”.</p>` : ''}
${r.provinces && r.provinces.length > 1 ? html`<p class="notice">Province “${v.state.province}” stands for ${r.provinces.join(', ')}.</p>` : ''}
${r.hits.length ? html`<ol class="hitlist" start="${from}">${r.hits.map(hitItem)}</ol>` : html`<p class="empty">Nothing matches every filter. Remove one above to widen the search.</p>`}
${pager(v, r.total)}
</section>
</div>`;
}

export function searchPage(v: SearchView): Html {
  const body = html`<h1>Search the archive</h1>
${v.error ? html`<p class="error" role="alert">${v.error}</p>` : ''}
${form(v)}
${resultsBlock(v)}`;
  return layout({ title: v.state.text ? `“${v.state.text}”` : 'Search', section: 'search', json: v.error ? undefined : searchJsonHref(v.state), body });
}

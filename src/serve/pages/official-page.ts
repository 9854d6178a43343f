/** The officials list (search by name) and one official's page: registry entry, timeline, every appearance. */
import type { NameCount, RegistryEntry } from '../archive.js';
import { officialTimeline } from '../charts.js';
import { html, plural, trusted, type Html } from './html.js';
import { layout } from './layout.js';

export const officialHref = (key: string): string => `/official/${encodeURIComponent(key)}`;

const span = (e: RegistryEntry): string => {
  const dates = e.appearances.map((a) => a.date).filter((d): d is string => d !== null);
  if (!dates.length) return 'undated';
  const first = dates[0]!;
  const last = dates[dates.length - 1]!;
  return first === last ? first : `${first} – ${last}`;
};

/** Namesakes share a folded name; the registry numbers the second and later people "#2", "#3". */
const personLabel = (e: RegistryEntry): string => (/#(\d+)$/.exec(e.key) ? `${e.name} (person ${/#(\d+)$/.exec(e.key)![1]})` : e.name);

export function officialsJson(name: string, entries: RegistryEntry[], frequent: NameCount[]): unknown {
  return name ? { name, officials: entries.map((e) => ({ ...e, url: officialHref(e.key) })) } : { name: null, frequent };
}

export function officialsPage(name: string, entries: RegistryEntry[], frequent: NameCount[]): Html {
  const q = name ? `?name=${encodeURIComponent(name)}` : '';
  const list = name
    ? entries.length
      ? html`<h2>${plural(entries.length, 'official')} named “${name}”</h2><ol class="people">${entries.map(
          (e) => html`<li><a href="${officialHref(e.key)}" lang="vi"><b>${personLabel(e)}</b></a> <span class="meta">${plural(e.appearances.length, 'appearance')} · ${span(e)}</span>
<div class="meta" lang="vi">${[e.ranks.join(' → '), e.provinces.join(', ')].filter(Boolean).join(' · ')}</div></li>`,
        )}</ol>`
      : html`<p class="empty">No official in the registry has “${name}” in their name.</p>`
    : html`<h2>Named most often</h2><ol class="people">${frequent.map(
        (f) => html`<li><a href="/officials?name=${encodeURIComponent(f.name)}" lang="vi"><b>${f.name}</b></a> <span class="meta">${plural(f.appearances, 'appearance')}</span></li>`,
      )}</ol>`;
  const body = html`<h1>Officials</h1>
<p class="lede">The registry follows each person across articles. People who share a name are kept apart when their appearances contradict (two ranks on one day, a lower rank later, posts in two provinces in one year).</p>
<form class="search" method="get" action="/officials" role="search"><div class="searchbar"><label class="field grow"><span>Name, or whole syllables of it</span><input name="name" type="search" value="${name}" placeholder="nguyen van thanh" autocomplete="off" spellcheck="false"></label><button type="submit">Find</button></div></form>
${list}`;
  return layout({ title: name ? `Officials “${name}”` : 'Officials', section: 'officials', json: `/officials.json${q}`, body });
}

export function officialJson(entry: RegistryEntry, namesakes: RegistryEntry[]): unknown {
  return { ...entry, namesakes: namesakes.map((n) => ({ key: n.key, name: n.name, url: officialHref(n.key) })) };
}

export function officialPage(entry: RegistryEntry, namesakes: RegistryEntry[]): Html {
  const chart = officialTimeline(entry.appearances);
  const undated = entry.appearances.filter((a) => a.date === null).length;
  const body = html`<h1 lang="vi">${personLabel(entry)}</h1>
<p class="meta">${plural(entry.appearances.length, 'appearance')} · ${span(entry)} · registry key <code>${entry.key}</code></p>
${
  namesakes.length
    ? html`<p class="notice">Kept apart from ${plural(namesakes.length, 'other person', 'other people')} of the same name, whose appearances contradict this one’s: ${namesakes.map(
        (n, i) => html`${i ? ', ' : ''}<a href="${officialHref(n.key)}" lang="vi">${personLabel(n)}</a> (${span(n)})`,
      )}.</p>`
    : ''
}
<dl class="entry" lang="vi">
<dt>Ranks</dt><dd>${entry.ranks.length ? entry.ranks.join(' → ') : '—'}</dd>
<dt>Posts</dt><dd>${entry.positions.length ? html`<ul>${entry.positions.map((p) => html`<li>${p}</li>`)}</ul>` : '—'}</dd>
<dt>Provinces</dt><dd>${entry.provinces.length ? entry.provinces.join(', ') : '—'}</dd>
</dl>
<section class="timeline"><h2>Rank and posts over the years</h2>
${chart.ranks || chart.posts ? html`${chart.ranks ? html`<figure><figcaption>Rank at each dated appearance</figcaption>${trusted(chart.ranks)}</figure>` : ''}${chart.posts ? html`<figure><figcaption>Posts, from first to last appearance</figcaption>${trusted(chart.posts)}</figure>` : ''}` : html`<p class="empty">No dated appearance to draw.</p>`}
${undated ? html`<p class="meta">${plural(undated, 'appearance')} without a date ${undated === 1 ? 'is' : 'are'} listed below but not drawn.</p>` : ''}
</section>
<section><h2>Every appearance</h2>
<table class="data">
<thead><tr><th scope="col">Date</th><th scope="col">Article</th><th scope="col">Rank</th><th scope="col">Posts</th><th scope="col">Province</th></tr></thead>
<tbody lang="vi">${entry.appearances.map(
    (a) => html`<tr><td>${a.date ?? '—'}${a.dateFrom === 'mentioned' ? html` <small title="No publication date: the latest date the article names">(named)</small>` : ''}</td><td><a href="/article/${a.articleId}">${a.title ?? a.articleId}</a></td><td>${a.rank ?? '—'}</td><td>${a.positions.join('; ') || '—'}</td><td>${a.province ?? '—'}</td></tr>`,
  )}</tbody>
</table>
</section>`;
  return layout({ title: entry.name, section: 'official', json: `${officialHref(entry.key)}.json`, body });
}

/** The overview: articles per month, award recipients per province and year, cluster membership by year; each chart beside its table. */
import type { Overview } from '../archive.js';
import { awardsChart, clusterChart, monthsChart } from '../charts.js';
import { html, num, plural, trusted, type Html } from './html.js';
import { layout } from './layout.js';
import { searchHref } from './search-page.js';

const figure = (svg: string | null, caption: string, table: Html, empty: string): Html =>
  svg
    ? html`<div class="chart-row"><figure><figcaption>${caption}</figcaption>${trusted(svg)}</figure><div class="table-box" tabindex="0" role="region" aria-label="${caption}: table">${table}</div></div>`
    : html`<p class="empty">${empty}</p>`;

export function overviewPage(o: Overview): Html {
  const months = html`<table class="data"><caption>Articles per month</caption><thead><tr><th scope="col">Month</th><th scope="col">Articles</th></tr></thead><tbody>${o.perMonth.map(
    (m) => html`<tr><td><a href="${searchHref({ published_from: m.month, published_to: m.month })}">${m.month}</a></td><td class="n">${num(m.articles)}</td></tr>`,
  )}</tbody></table>`;

  const awardsTable = html`<table class="data"><caption>Awards by province and year</caption><thead><tr><th scope="col">Province</th><th scope="col">Year</th><th scope="col">Awards</th><th scope="col">Collectives</th><th scope="col">Individuals</th></tr></thead><tbody lang="vi">${o.awards.map(
    (a) => html`<tr><td>${a.province}</td><td>${a.year}</td><td class="n">${num(a.awards)}</td><td class="n">${num(a.collectives)}</td><td class="n">${num(a.individuals)}</td></tr>`,
  )}</tbody></table>`;

  const clusters = [...new Set(o.clusterMembers.map((c) => c.cluster))];
  const clusterBlocks = clusters.map((n) => {
    const rows = o.clusterMembers.filter((c) => c.cluster === n);
    const years = [...new Set(rows.map((r) => r.year))];
    const table = html`<table class="data"><caption>Cluster ${n}: members by year</caption><thead><tr><th scope="col">Year</th><th scope="col">Provinces listed as members</th></tr></thead><tbody lang="vi">${years.map(
      (y) => html`<tr><td><a href="${searchHref({ cluster: String(n), published_from: y, published_to: y })}">${y}</a></td><td>${rows
        .filter((r) => r.year === y)
        .map((r) => r.province)
        .join(', ')}</td></tr>`,
    )}</tbody></table>`;
    return html`<section class="cluster" id="cluster-${n}"><h3>Cluster ${n}</h3>${figure(clusterChart(n, o.clusterMembers), `Cluster ${n}: provinces listed as members, by year`, table, '')}</section>`;
  });

  const individuals = awardsChart(o.awards, 'individuals');
  const u = o.awardsUnplaced;
  const body = html`<h1>Overview</h1>
<p class="lede">${plural(o.articles, 'article')} in the store, ${num(o.undated)} of them without a publication date (left out of the charts by year).</p>
<section><h2>Articles per month</h2>
${figure(monthsChart(o.perMonth), 'Articles per month of publication', months, 'No article has a publication date.')}
</section>
<section><h2>Awards per year by province</h2>
<p class="lede">How many collectives and individuals were commended, by the year of the article and the province it names most often (the unit holding the ceremony, in this genre).${
    u.awards ? ` ${plural(u.awards, 'award')} (${num(u.collectives)} collectives, ${num(u.individuals)} individuals) in undated articles or articles naming no province are not counted here.` : ''
  }</p>
${figure(awardsChart(o.awards, 'collectives'), 'Collectives commended, by province and year', awardsTable, 'No award with a stated count in a dated article.')}
${individuals ? html`<div class="chart-row single"><figure><figcaption>Individuals commended, by province and year (numbers in the table above)</figcaption>${trusted(individuals)}</figure></div>` : ''}
</section>
<section><h2>Which provinces formed each cluster, by year</h2>
<p class="lede">From the member lists articles give for an emulation cluster (“Cụm thi đua số 5 gồm …”), by the year of the article.</p>
${clusterBlocks.length ? html`${clusterBlocks}` : html`<p class="empty">No dated article lists the members of a cluster.</p>`}
</section>`;
  return layout({ title: 'Overview', section: 'overview', json: '/overview.json', body });
}

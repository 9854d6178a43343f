/**
 * The acceptance test of issue 10 for text without diacritics: each sample article of corpus/
 * (the project's embedded default), stripped of every diacritic, gives the same entities as the
 * original. Names, positions and the texts of periods and dates are compared without marks
 * (they are kept as written); provinces, ranks, clusters, award types and issuers are canonical
 * and compared as they are; every mention is at the same offsets, since stripping keeps the
 * length of the text.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { processArticle } from '../src/pipeline.js';
import { fold } from '../src/text/fold.js';
import type { ArticleRecord } from '../src/record/schema.js';
import type { LoadedArticle } from '../src/types.js';

/** The text with every mark left out: tone marks, vowel marks, đ → d. */
export const stripDiacritics = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');

const article = (location: string, body: string): LoadedArticle => ({
  source: { location, sha256: '0'.repeat(64), fetchedAt: null, etag: null, lastModified: null }, kind: 'text', body, warnings: [],
});

const spans = (mentions: { start: number; end: number }[]) => mentions.map((m) => `${m.start}-${m.end}`);

/** What the entities of a record say, with what is kept as written compared without marks. */
function entities(r: ArticleRecord) {
  return {
    officials: r.officials.map((o) => ({ name: fold(o.name), rank: o.rank, honorific: o.honorific && fold(o.honorific), positions: o.positions.map(fold), province: o.province, at: spans(o.mentions) })),
    provinces: r.provinces.map((p) => ({ name: p.name, code: p.code, at: spans(p.mentions) })),
    clusters: r.clusters.map((c) => ({ number: c.number, members: c.members, at: spans(c.mentions) })),
    periods: r.periods.map((p) => ({ text: fold(p.text), start: p.start, end: p.end, at: spans(p.mentions) })),
    dates: r.dates.map((d) => ({ text: fold(d.text), value: d.value, at: spans(d.mentions) })),
    awards: r.awards.map((a) => ({ type: a.type, issuer: a.issuer, collectives: a.collectives, individuals: a.individuals, at: spans(a.mentions) })),
    authors: r.authors.map(fold),
  };
}

const seeds = readdirSync('corpus').filter((f) => f.endsWith('.txt')).sort();

describe('a seed stripped of its diacritics', () => {
  it('there are seeds to strip', () => expect(seeds.length).toBeGreaterThanOrEqual(5));

  for (const f of seeds) {
    it(`${f}: gives the same entities as the original, with a no-diacritics warning`, () => {
      const body = readFileSync(`corpus/${f}`, 'utf8');
      const original = processArticle(article(f, body));
      const stripped = processArticle(article(f, stripDiacritics(body)));
      expect(stripped.text).toBe(stripDiacritics(original.text));
      expect(stripped.language.code).toBe('vie');
      const want = entities(original);
      const got = entities(stripped);
      // One assertion per entity type, so a failure names the type.
      for (const key of Object.keys(want) as (keyof typeof want)[]) expect(got[key], key).toEqual(want[key]);
      expect(stripped.warnings.filter((w) => w.code === 'no-diacritics')).toHaveLength(1);
      expect(original.warnings.filter((w) => w.code === 'no-diacritics')).toHaveLength(0);
      // A typo read through in the original is one in the stripped text too; nothing else is.
      const typos = (r: ArticleRecord) => r.warnings.filter((w) => w.code === 'typo').map((w) => `${w.start}-${w.end}`);
      expect(typos(stripped)).toEqual(typos(original));
    });
  }
});

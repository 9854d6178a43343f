/**
 * Across every data module, through the one lexicon they compile into: a word that names a
 * thing (a province, a rank, a post, an honorific, an award, a country, a family name …) must
 * not name another kind of thing too, or the recognisers would disagree about the same words.
 * The few overlaps that are real are listed below with the rule that tells them apart.
 * Within-module checks live in each module's own data test.
 */
import { describe, it, expect } from 'vitest';
import { lexicon, type Tag } from '../src/extract/lexicon/index.js';
import { toneKey } from '../src/extract/lexicon/tone-key.js';

/** A tag's kind, with the officials' category and the award or period word's role. */
function kindOf(t: Tag): string {
  if (t.kind === 'official') return `official:${t.tag.cat}`;
  if (t.kind === 'award') return `award:${t.role.startsWith('not-award') ? 'not-award' : t.role}`;
  if (t.kind === 'period-word') return `period:${t.role}`;
  if (t.kind === 'cluster-word') return `cluster:${t.role}`;
  return t.kind;
}

/** Kinds that name a thing a record reports (function words such as "năm", "được" may play several parts). */
const NAMING = new Set([
  'province', 'official:rank', 'official:head', 'official:honorific', 'official:historical', 'official:country', 'official:ministry',
  'official:organisation', 'award:type', 'award:order-name', 'award:medal-name', 'award:title', 'award:issuer', 'family-name',
]);

/** Overlaps between naming kinds that are real, and what tells them apart. */
const ALLOWED: Record<string, string> = {
  'official:historical + province': 'Hồ Chí Minh is the person; the city needs a prefix (province/prefixed)',
  'award:order-name + province': 'Huân chương Hồ Chí Minh: an order name is read only after "Huân chương"',
  'award:order-name + official:historical': 'Huân chương Hồ Chí Minh: an order name is read only after "Huân chương"',
  'award:issuer + official:head': 'an award is issued by a post (Bộ trưởng, Thủ tướng): the same words, read as an issuer after "của" or before a giving verb',
  'award:issuer + official:organisation': 'an award is issued by a body (Bộ Công an, Tỉnh ủy): the same words',
  'award:medal-name + award:order-name': 'an order and a medal may share a name (Hữu nghị); their head word tells them apart',
};

const entries = lexicon().entries;

describe('data across modules (the lexicon)', () => {
  it('has entries from every data module', () => {
    const kinds = new Set(entries.flatMap((e) => e.tags.map((t) => t.kind)));
    expect([...kinds].sort()).toEqual([
      'award', 'cluster-word', 'family-name', 'locative', 'middle-name', 'number-word', 'official', 'period-word', 'person-honorific',
      'person-title', 'place-prefix', 'place-word', 'province', 'sentence-abbreviation',
    ]);
    const categories = new Set(entries.flatMap((e) => e.official.map((o) => o.cat)));
    for (const c of ['rank', 'honorific', 'academic', 'head', 'organisation', 'abbreviation', 'place-type', 'country', 'end']) expect(categories, c).toContain(c);
  });

  it('every written form is NFC and trimmed', () => {
    const bad = entries.flatMap((e) => e.written).filter((w) => w !== w.normalize('NFC') || w !== w.trim());
    expect(bad).toEqual([]);
  });

  it('no word names two kinds of thing, except the overlaps listed with what tells them apart', () => {
    const clashes = new Map<string, Set<string>>();
    for (const e of entries) {
      for (let a = 0; a < e.tags.length; a++) {
        for (let b = a + 1; b < e.tags.length; b++) {
          const [ka, kb] = [kindOf(e.tags[a]!), kindOf(e.tags[b]!)];
          if (ka === kb || !NAMING.has(ka) || !NAMING.has(kb) || toneKey(e.written[a]!) !== toneKey(e.written[b]!)) continue;
          const pair = [ka, kb].sort().join(' + ');
          if (ALLOWED[pair]) continue;
          (clashes.get(pair) ?? clashes.set(pair, new Set()).get(pair)!).add(e.written[a]!);
        }
      }
    }
    expect([...clashes].map(([pair, words]) => `${pair}: ${[...words].join(', ')}`)).toEqual([]);
  });

  it('lists only overlaps that occur', () => {
    const seen = new Set<string>();
    for (const e of entries) {
      for (let a = 0; a < e.tags.length; a++) {
        for (let b = a + 1; b < e.tags.length; b++) seen.add([kindOf(e.tags[a]!), kindOf(e.tags[b]!)].sort().join(' + '));
      }
    }
    for (const pair of Object.keys(ALLOWED)) expect(seen, pair).toContain(pair);
  });

  it('a family name is no province name, rank, post or honorific', () => {
    const family = entries.filter((e) => e.tags.some((t) => t.kind === 'family-name'));
    for (const e of family) {
      const name = e.written[e.tags.findIndex((t) => t.kind === 'family-name')]!;
      const other = e.tags.filter((t, i) => t.kind !== 'family-name' && ['province', 'official:rank', 'official:head', 'official:honorific'].includes(kindOf(t)) && toneKey(e.written[i]!) === toneKey(name));
      expect(other.map(kindOf), name).toEqual([]);
    }
  });
});

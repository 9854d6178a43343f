/**
 * Across the data modules: no alias may name two different kinds of thing, or the
 * recognisers would disagree about the same words (a rank that is also a position, a
 * province variant that is also an honorific …). Within-module checks live in each
 * module's own data test.
 */
import { describe, it, expect } from 'vitest';
import { PROVINCES, DEFUNCT, UNITS_2025 } from '../src/data/provinces.js';
import { RANKS } from '../src/data/ranks.js';
import { POSITION_HEADS } from '../src/data/positions.js';
import { HONORIFICS } from '../src/data/honorifics.js';
import { AWARD_TYPES } from '../src/data/awards.js';
import { fold } from '../src/text/fold.js';

type Entry = { kind: string; canonical: string; alias: string };

function collect(): Entry[] {
  const out: Entry[] = [];
  const add = (kind: string, canonical: string, aliases: readonly string[]) => {
    for (const a of [canonical, ...aliases]) out.push({ kind, canonical, alias: a });
  };
  for (const p of [...PROVINCES, ...DEFUNCT]) add('province', p.name, p.variants);
  for (const u of UNITS_2025) add('province', u.name, []);
  for (const r of RANKS) add('rank', r.canonical, r.variants);
  for (const h of POSITION_HEADS) add('position', h.canonical, []);
  for (const h of HONORIFICS) add('honorific', h.canonical, h.variants);
  for (const t of AWARD_TYPES) add('award', t.canonical, t.aliases);
  return out;
}

describe('data across modules', () => {
  const entries = collect();

  it('has entries from every module', () => {
    const kinds = new Set(entries.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['award', 'honorific', 'position', 'province', 'rank']);
  });

  it('every alias is NFC', () => {
    const bad = entries.filter((e) => e.alias !== e.alias.normalize('NFC'));
    expect(bad).toEqual([]);
  });

  it('no folded alias names two kinds of thing', () => {
    const byAlias = new Map<string, Set<string>>();
    for (const e of entries) {
      const key = fold(e.alias);
      const kinds = byAlias.get(key) ?? new Set<string>();
      kinds.add(e.kind);
      byAlias.set(key, kinds);
    }
    const clashes = [...byAlias].filter(([, kinds]) => kinds.size > 1).map(([alias, kinds]) => `${alias}: ${[...kinds].join(', ')}`);
    expect(clashes).toEqual([]);
  });
});

/** The award and period vocabularies: NFC, lower case, no duplicate alias, no collision across tables. */
import { describe, expect, it } from 'vitest';
import {
  ACHIEVEMENT_OPENERS,
  AFTER_COUNT_CUES,
  APPROXIMATE_PREFIXES,
  CASH_VERBS,
  CHARITY_CUES,
  GRANTED_PROPOSAL_LEADS,
  HANDING_VERBS,
  MONEY_UNITS,
  OTHER_RECIPIENTS,
  REVOKED_OBJECT_WORDS,
  SUBJECT_LEADS,
  AWARD_CLASSES,
  AWARD_TYPES,
  CONTEST_CONTEXT,
  CONTEST_MEDAL_COLOURS,
  GIVING_VERBS,
  INSTANCE_WORDS,
  ISSUERS,
  MEDAL_HEAD,
  MEDAL_NAMES,
  NOT_AWARD_CUES,
  ON_BEHALF_OF,
  ORDER_HEAD,
  ORDER_NAMES,
  PASSIVE_CUES,
  RECIPIENTS,
  SUBJECT_AUXILIARIES,
  TITLE_HEAD,
  TITLES,
} from '../src/data/awards.js';
import * as periodVocabulary from '../src/data/period-vocabulary.js';
import { toneStyles } from '../src/extract/pattern-tools.js';

const clean = (s: string): boolean => s === s.normalize('NFC') && s === s.trim() && !/\s{2}/.test(s);
const lowerClean = (s: string): boolean => clean(s) && s === s.toLowerCase();

/** Every spelling, both tone styles, of a list of aliases. */
const spellings = (aliases: readonly string[]): string[] => aliases.flatMap((a) => toneStyles(a));

function expectNoDuplicates(label: string, aliases: readonly string[]): void {
  const seen = new Map<string, number>();
  for (const a of spellings(aliases)) seen.set(a, (seen.get(a) ?? 0) + 1);
  const dup = [...seen].filter(([, n]) => n > 1).map(([a]) => a);
  expect(dup, `${label}: duplicate aliases`).toEqual([]);
}

const tables = {
  AWARD_TYPES,
  ORDER_NAMES,
  MEDAL_NAMES,
  AWARD_CLASSES,
  TITLES,
  ISSUERS,
  RECIPIENTS,
  OTHER_RECIPIENTS,
} as const;

describe('award vocabulary', () => {
  for (const [name, table] of Object.entries(tables)) {
    it(`${name}: aliases lower-case NFC, canonical forms NFC, no duplicate alias`, () => {
      expect(table.length).toBeGreaterThan(0);
      for (const e of table) {
        if ('canonical' in e) expect(clean(e.canonical), e.canonical).toBe(true);
        expect(e.aliases.length).toBeGreaterThan(0);
        for (const a of e.aliases) expect(lowerClean(a), a).toBe(true);
      }
      expectNoDuplicates(name, table.flatMap((e) => e.aliases));
    });
  }

  it('canonical forms are unique within each table', () => {
    for (const table of [AWARD_TYPES, ORDER_NAMES, MEDAL_NAMES, AWARD_CLASSES, TITLES, ISSUERS]) {
      const names = table.map((e) => e.canonical);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('word lists are lower-case NFC with no duplicate', () => {
    const lists = {
      GIVING_VERBS, PASSIVE_CUES, ON_BEHALF_OF, INSTANCE_WORDS, APPROXIMATE_PREFIXES, SUBJECT_AUXILIARIES, TITLE_HEAD, heads: [...ORDER_HEAD.aliases, ...MEDAL_HEAD.aliases],
      SUBJECT_LEADS, ACHIEVEMENT_OPENERS, GRANTED_PROPOSAL_LEADS, REVOKED_OBJECT_WORDS, CASH_VERBS, HANDING_VERBS, MONEY_UNITS, CHARITY_CUES,
      AFTER_COUNT_CUES: AFTER_COUNT_CUES.flatMap((g) => g.cues),
    };
    for (const [name, list] of Object.entries(lists)) {
      for (const w of list) expect(lowerClean(w), `${name}: ${w}`).toBe(true);
      expectNoDuplicates(name, list);
    }
    for (const g of NOT_AWARD_CUES) for (const c of g.cues) expect(lowerClean(c), c).toBe(true);
    expectNoDuplicates('NOT_AWARD_CUES', NOT_AWARD_CUES.flatMap((g) => g.cues));
  });

  it('a not-award cue never names an award type, an issuer or a recipient', () => {
    const cues = new Set(spellings(NOT_AWARD_CUES.flatMap((g) => g.cues)));
    const others = spellings([...AWARD_TYPES, ...ISSUERS, ...RECIPIENTS, ...TITLES].flatMap((e) => e.aliases));
    expect(others.filter((a) => cues.has(a))).toEqual([]);
  });

  it('an award type is never an issuer or a recipient', () => {
    const types = new Set(spellings(AWARD_TYPES.flatMap((e) => e.aliases)));
    const others = spellings([...ISSUERS, ...RECIPIENTS, ...OTHER_RECIPIENTS].flatMap((e) => e.aliases));
    expect(others.filter((a) => types.has(a))).toEqual([]);
  });

  it('a recipient noun is listed once, among the core nouns or the other nouns', () => {
    expectNoDuplicates('RECIPIENTS + OTHER_RECIPIENTS', [...RECIPIENTS, ...OTHER_RECIPIENTS].flatMap((e) => e.aliases));
  });

  it('a charity cue never names an award type, a recipient or a giving verb', () => {
    const charity = new Set(spellings(CHARITY_CUES));
    const others = spellings([...AWARD_TYPES, ...RECIPIENTS, ...OTHER_RECIPIENTS].flatMap((e) => e.aliases).concat(CASH_VERBS, HANDING_VERBS));
    expect(others.filter((a) => charity.has(a))).toEqual([]);
  });

  it('only awards handed over as things are countable, and only a collective award names its recipients', () => {
    expect(AWARD_TYPES.filter((t) => t.countable).map((t) => t.kind)).not.toContain('generic');
    expect(AWARD_TYPES.filter((t) => t.recipient).map((t) => [t.canonical, t.recipient])).toEqual([['Cờ thi đua', 'collective']]);
  });

  it('aliases are matched in both tone-mark styles', () => {
    expect(toneStyles('thừa ủy quyền')).toEqual(['thừa ủy quyền', 'thừa uỷ quyền']);
    expect(toneStyles('uỷ ban')).toEqual(['uỷ ban', 'ủy ban']);
    expect(toneStyles('quý')).toEqual(['quý']);
  });

  it('Huân chương and Huy chương canonical types read as the law writes them', () => {
    expect(ORDER_NAMES.map((o) => o.canonical)).toContain('Chiến công');
    expect(AWARD_CLASSES.map((c) => c.canonical)).toEqual(['Nhất', 'Nhì', 'Ba']);
    expect(ORDER_HEAD.canonical).toBe('Huân chương');
    expect(MEDAL_HEAD.canonical).toBe('Huy chương');
  });
});

describe('contest medal vocabulary', () => {
  it('colours and contest cues are lower-case NFC, with no duplicate, and no colour names a state medal', () => {
    const words = [...CONTEST_MEDAL_COLOURS, ...CONTEST_CONTEXT.flatMap((c) => [c.cue, ...(c.notFollowedBy ?? [])])];
    for (const w of words) expect(lowerClean(w), w).toBe(true);
    expectNoDuplicates('CONTEST_MEDAL_COLOURS', CONTEST_MEDAL_COLOURS);
    expectNoDuplicates('CONTEST_CONTEXT', CONTEST_CONTEXT.map((c) => c.cue));
    const medalWords = MEDAL_NAMES.flatMap((m) => m.aliases.map((a) => a.split(' ')[0]));
    for (const c of CONTEST_MEDAL_COLOURS) expect(medalWords, c).not.toContain(c);
  });
});

describe('period vocabulary', () => {
  it('every word list is lower-case NFC with no duplicate', () => {
    for (const [name, value] of Object.entries(periodVocabulary)) {
      if (!Array.isArray(value)) continue;
      const words = (value as unknown[]).map((v) => (typeof v === 'string' ? v : (v as { phrase: string }).phrase));
      for (const w of words) expect(lowerClean(w), `${name}: ${w}`).toBe(true);
      expect(new Set(words).size, name).toBe(words.length);
    }
  });
});

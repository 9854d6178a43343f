/**
 * The page-furniture vocabulary (src/data/page-boilerplate.ts): every rule has an id, a
 * description and examples; each example is removed by its own rule; patterns compile;
 * and a line longer than a rule's bound is never judged by it.
 */
import { describe, expect, it } from 'vitest';
import { BOILERPLATE_LINES, CAPTION_BLOCK, EDGE_BYLINE, EMBED_BLOCK } from '../src/data/page-boilerplate.js';
import { boilerplateRule } from '../src/article/page-furniture.js';

describe('BOILERPLATE_LINES', () => {
  it('ids are unique and every rule is described', () => {
    const ids = BOILERPLATE_LINES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of BOILERPLATE_LINES) {
      expect(r.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(r.description.length).toBeGreaterThan(10);
      expect(r.examples.length).toBeGreaterThan(0);
    }
  });

  for (const rule of BOILERPLATE_LINES) {
    it(`${rule.id}: each example is furniture${rule.maxChars ? ` and fits in ${rule.maxChars} characters` : ''}`, () => {
      for (const ex of rule.examples) {
        expect(boilerplateRule(ex), ex).not.toBeNull();
        expect(ex.length).toBeLessThanOrEqual(rule.maxChars ?? 120);
      }
    });
  }

  it('judges no line longer than the bound, however it opens', () => {
    expect(boilerplateRule(`Advertisement ${'x'.repeat(200)}`)).toBeNull();
    expect(boilerplateRule(`Sign up for our newsletter ${'and read every story of the week '.repeat(10)}`)).toBeNull();
  });

  it('answers fast on long, repetitive lines (no pattern backtracks without bound)', () => {
    const c0 = process.cpuUsage();
    for (const unit of ['1 ', 'a ', 'de ', '12:30 ', 'Jan ', '© ', 'by X ', ', ']) for (let n = 1; n < 60; n++) boilerplateRule(unit.repeat(n));
    const c = process.cpuUsage(c0);
    // 8 x 59 lines; a backtracking blow-up takes seconds, a linear check microseconds each
    expect((c.user + c.system) / 1000).toBeLessThan(2000);
  });

  it('the class-word patterns compile', () => {
    for (const p of [CAPTION_BLOCK, EMBED_BLOCK]) expect(() => new RegExp(p, 'i')).not.toThrow();
    expect(() => new RegExp(EDGE_BYLINE, 'u')).not.toThrow();
  });
});

/**
 * The entity stage: runs the recognisers of the article's language in dependency order (a
 * recogniser receives the results of those it `needs`: clusters and officials receive the
 * provinces) and returns every entity array of the record.
 */
import type { ArticleRecord } from '../record/schema.js';
import type { ArticleView } from './article-view.js';
import type { Recogniser, RuleInfo } from './rule.js';
import { ENTITY_KEYS, ENTITY_TYPES, type EntityKey } from './entity-types.js';
import { RECOGNISERS } from './recognisers.js';

export { RECOGNISERS } from './recognisers.js';

export type Entities = Pick<ArticleRecord, EntityKey>;

/**
 * Every rule, for the README table and for tests: the rules of each entity type's recogniser in
 * registry order, then those of the recognisers that fill no type of their own (English).
 */
export const rules: RuleInfo[] = (() => {
  const order: Recogniser[] = [];
  for (const t of ENTITY_TYPES) {
    const r = RECOGNISERS.find((x) => x.id === t.recogniser);
    if (!r) throw new Error(`entity type ${t.key}: no recogniser "${t.recogniser}"`);
    if (!order.includes(r)) order.push(r);
  }
  for (const r of RECOGNISERS) if (!order.includes(r)) order.push(r);
  return order.flatMap((r) => [...r.rules]);
})();

/** The results of the recognisers that read `view` (by recogniser id). */
export function runRecognisers(view: ArticleView, only?: readonly string[]): Map<string, unknown> {
  const results = new Map<string, unknown>();
  const run = (r: Recogniser): void => {
    if (results.has(r.id)) return;
    const deps: Record<string, unknown> = {};
    for (const id of r.needs) {
      const dep = RECOGNISERS.find((x) => x.id === id);
      if (!dep) throw new Error(`recogniser ${r.id} needs unknown recogniser ${id}`);
      run(dep);
      deps[id] = results.get(id);
    }
    results.set(r.id, r.run(view, deps));
  };
  for (const r of RECOGNISERS) {
    if (!r.languages.includes(view.language)) continue;
    if (only && !only.includes(r.id)) continue;
    run(r);
  }
  return results;
}

/** Every entity array of the record, for one article. */
export function extractEntities(view: ArticleView): Entities {
  const found: Partial<Entities> = {};
  for (const [id, out] of runRecognisers(view)) {
    const r = RECOGNISERS.find((x) => x.id === id)!;
    Object.assign(found, r.entities(out));
  }
  const entities = {} as Record<EntityKey, unknown[]>;
  for (const key of ENTITY_KEYS) entities[key] = found[key] ?? [];
  return entities as Entities;
}

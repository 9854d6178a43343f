/**
 * The entity stage: runs the recognisers of the article's language in dependency order (a
 * recogniser receives the results of those it `needs`: clusters and officials receive the
 * provinces) and returns every entity array of the record.
 */
import { ENTITY_KEYS, type ArticleRecord, type EntityKey } from '../record/schema.js';
import type { ArticleView } from './article-view.js';
import type { Recogniser, RuleInfo } from './rule.js';
import { provinces } from './provinces/index.js';
import { clusters } from './clusters/index.js';
import { officials } from './officials/index.js';
import { periods } from './periods/index.js';
import { awards } from './awards/index.js';
import { english } from './english/index.js';

export type Entities = Pick<ArticleRecord, EntityKey>;

/** Every recogniser, in the order they run (a recogniser after those it needs). */
export const RECOGNISERS: readonly Recogniser[] = [provinces, clusters, officials, periods, awards, english] as Recogniser[];

/** Every rule, for the README table and for tests. */
export const rules: RuleInfo[] = [officials, provinces, clusters, periods, awards, english].flatMap((r) => [...r.rules]);

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

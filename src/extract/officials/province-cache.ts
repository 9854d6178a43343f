/**
 * `provinceInPhrase` of provinces.ts, remembered: the officials recogniser asks it about the
 * same short phrases (names, positions) again and again, within and across articles.
 */
import { provinceInPhrase } from '../provinces.js';

type Found = ReturnType<typeof provinceInPhrase>;

const cache = new Map<string, Found>();

/** The province named in `phrase` (see `provinceInPhrase`); the answer is shared, do not change it. */
export function provinceOfPhrase(phrase: string, publishedAt: string | null): Found {
  const key = `${publishedAt ?? ''}\u0000${phrase}`;
  let found = cache.get(key);
  if (found === undefined) {
    found = provinceInPhrase(phrase, publishedAt);
    // Bounded: a long run over many articles must not grow it without end.
    if (cache.size > 20000) cache.clear();
    cache.set(key, found);
  }
  return found;
}

/**
 * The registry of officials: each person once, with every appearance across articles.
 *
 * A person is keyed on the name as written (`nameKey`: case and tone-mark placement aside),
 * never on its folded form: Nguyễn Văn Thanh and Nguyễn Văn Thành are two people. Folding
 * serves only the search: a name typed without diacritics finds every spelling, one typed
 * with them finds those spellings only (./official-name.ts).
 *
 * Appearances with the same name are one person unless they contradict each
 * other, which two people sharing a name do and one person cannot:
 *   - two different ranks on the same date;
 *   - a lower rank at a later date (ranks of the ladder in src/data/ranks.ts only go up);
 *   - posts in two different provinces in the same year (e.g. Giám đốc Công an tỉnh A
 *     and Phó Giám đốc Công an tỉnh B in 2020).
 * Appearances are taken in date order; each joins the first person it does not
 * contradict, preferring one already seen in the same province, then with the same rank.
 * An appearance's date is the article's publishedAt, else the latest date the article
 * names (`dateFrom: 'mentioned'`), else null; undated appearances contradict nobody.
 */
import { RANKS } from '../data/ranks.js';
import { fold } from '../text/fold.js';
import { nameKey, nameMatches, officialQuery } from './official-name.js';
import { withStore, type ReadOptions } from './store-access.js';
import type { StoreDb } from '../store/store-db.js';

/** Folded rank → its place on the ladder (1 = highest). */
const RANK_ORDER: ReadonlyMap<string, number> = new Map(RANKS.flatMap((r) => [r.canonical, ...r.variants].map((v) => [fold(v), r.order] as const)));

export interface Appearance {
  date: string | null;
  /** Where `date` comes from: the article's publishedAt, or the latest date named in its text. */
  dateFrom: 'published' | 'mentioned' | null;
  articleId: string;
  title: string | null;
  rank: string | null;
  positions: string[];
  province: string | null;
}

export interface RegistryEntry {
  /** The spelling used most often. */
  name: string;
  /**
   * The name as written in lower case (`nameKey`: "nguyễn văn thành"), with "#2", "#3" … for
   * further people of the same name.
   */
  key: string;
  /** Ranks held, in order of first appearance. */
  ranks: string[];
  positions: string[];
  provinces: string[];
  appearances: Appearance[];
}

interface Row {
  name: string;
  folded_name: string;
  rank: string | null;
  province: string | null;
  positions: string;
  article_id: string;
  title: string | null;
  published_at: string | null;
  mentioned: string | null;
}

type Spelled = Appearance & { name: string };

const year = (d: string | null): string | null => (d ? d.slice(0, 4) : null);

function contradicts(a: Appearance, b: Appearance): boolean {
  if (a.date && b.date && a.rank && b.rank) {
    if (a.date === b.date && fold(a.rank) !== fold(b.rank)) return true;
    // Dates of different precision ("2019" and "2019-03-10") that overlap are not ordered.
    const ordered = !a.date.startsWith(b.date) && !b.date.startsWith(a.date);
    const [early, late] = a.date < b.date ? [a, b] : [b, a];
    const [re, rl] = [RANK_ORDER.get(fold(early.rank!)), RANK_ORDER.get(fold(late.rank!))];
    if (ordered && re !== undefined && rl !== undefined && rl > re) return true;
  }
  return Boolean(a.date && b.date && year(a.date) === year(b.date) && a.province && b.province && fold(a.province) !== fold(b.province));
}

/** Split the appearances of one folded name into people (see the rule above). */
function splitPeople(apps: Spelled[]): Spelled[][] {
  const people: Spelled[][] = [];
  for (const a of apps) {
    const fits = people.filter((p) => !p.some((b) => contradicts(a, b)));
    const same = (pick: (x: Appearance) => string | null) => fits.find((p) => pick(a) !== null && p.some((b) => pick(b) !== null && fold(pick(b)) === fold(pick(a))));
    const home = same((x) => x.province) ?? same((x) => x.rank) ?? fits[0];
    if (home) home.push(a);
    else people.push([a]);
  }
  return people;
}

const distinct = (xs: (string | null)[]): string[] => [...new Set(xs.filter((x): x is string => Boolean(x)))];

function mostUsed(names: string[]): string {
  const n = new Map<string, number>();
  for (const x of names) n.set(x, (n.get(x) ?? 0) + 1);
  let best = names[0]!;
  for (const [x, c] of n) if (c > n.get(best)!) best = x;
  return best;
}

const byDate = (a: Appearance, b: Appearance): number =>
  a.date === b.date ? a.articleId.localeCompare(b.articleId) : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;

/** The registry key without its namesake number ("nguyễn văn thành#2" → "nguyễn văn thành"). */
export const baseKey = (key: string): string => key.replace(/#\d+$/, '');

/** The registry key a name belongs under (before namesakes are told apart). */
export const registryKey = nameKey;

/**
 * Every official in `outDir`, one entry per person, appearances sorted by date.
 * `name` keeps the people whose name contains it as a run of syllables, like `--official`:
 * with its diacritics when typed with them, any spelling when typed without.
 */
export async function officialsRegistry(outDir: string, name?: string, opts: ReadOptions = {}): Promise<RegistryEntry[]> {
  return withStore(outDir, (db) => officialsRegistryOf(db, name), opts);
}

/** The same registry read on an open store (a long-lived reader such as `vnews serve` keeps its own connection). */
export function officialsRegistryOf(db: StoreDb, name?: string): RegistryEntry[] {
  const q = name === undefined ? null : officialQuery(name);
  if (q !== null && q.run === '') return [];
  const run = q?.run ?? null;
  const rows = db
    .prepare(
      `SELECT o.name, o.folded_name, o.rank, o.province,
              (SELECT json_group_array(position) FROM (SELECT position FROM official_positions p WHERE p.article = o.article AND p.official_seq = o.seq ORDER BY p.seq)) AS positions,
              a.id AS article_id, a.title, a.published_at,
              (SELECT max(value) FROM dates d WHERE d.article = a.aid) AS mentioned
       FROM officials o JOIN articles a ON a.aid = o.article
       ${run === null ? '' : 'WHERE o.folded_name IN (SELECT folded_name FROM name_runs WHERE run = @run)'}
       ORDER BY o.folded_name`,
    )
    .all(run === null ? {} : { run }) as Row[];
  const groups = new Map<string, Spelled[]>();
  for (const r of rows) {
    if (q?.marked && !nameMatches(r.name, q)) continue;
    const app: Spelled = {
      name: r.name,
      date: r.published_at ?? r.mentioned,
      dateFrom: r.published_at ? 'published' : r.mentioned ? 'mentioned' : null,
      articleId: r.article_id,
      title: r.title,
      rank: r.rank,
      positions: JSON.parse(r.positions) as string[],
      province: r.province,
    };
    const key = nameKey(r.name);
    const g = groups.get(key);
    if (g) g.push(app);
    else groups.set(key, [app]);
  }
  const entries: RegistryEntry[] = [];
  for (const [key, apps] of groups) {
    apps.sort(byDate);
    splitPeople(apps).forEach((person, i) => {
      entries.push({
        name: mostUsed(person.map((a) => a.name)),
        key: i === 0 ? key : `${key}#${i + 1}`,
        ranks: distinct(person.map((a) => a.rank)),
        positions: distinct(person.flatMap((a) => a.positions)),
        provinces: distinct(person.map((a) => a.province)),
        appearances: person.map(({ name: _n, ...a }) => a),
      });
    });
  }
  // In the order of the folded names (as before keys kept their marks), then of the keys.
  const order = (e: RegistryEntry): [string, string] => [fold(e.key), e.key];
  return entries.sort((a, b) => {
    const [fa, ka] = order(a);
    const [fb, kb] = order(b);
    return fa < fb ? -1 : fa > fb ? 1 : ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

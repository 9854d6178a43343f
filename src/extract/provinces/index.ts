/**
 * Province recogniser: the province-level units an article names, in any variant the press
 * writes, each once with its code on the article date and its 2025 unit.
 *
 * How it reads (scan.ts; the forms come from the lexicon, compiled once per process):
 * 1. Propose: at each word, the forms of the gazetteer (src/data/provinces.ts) that begin
 *    there, longest first, with the separators they allow (space, dash, dot): `province/name`,
 *    `province/variant`, `province/prefixed`.
 * 2. Verify on the original text, so that folding never invents places: every syllable in the
 *    data's case and with its tone marks up to placement (`province/not-capitalised`).
 * 3. Veto by context, in order: `province/not-other-place` (data-listed traps),
 *    `province/not-local-place`, `province/not-person`, `province/not-common-word`, and the
 *    prefix a `prefixed` form needs.
 * 4. Refine: a form that only lacked its prefix is read in a list next to a province
 *    (`province/list`); mentions merge into one entry per unit.
 *
 * Decisions (see also the data module):
 * - Bare "Thủ đô" is not read: it is also any foreign capital and a common noun; "Công an Thủ
 *   đô" is, and "Thủ đô Hà Nội" is read through its name. "HN"/"HCM" need a city prefix.
 * - "Huế" means Thừa Thiên Huế before 1/1/2025 (GOLD.md) and the city Huế from then on; a
 *   written "Thừa Thiên Huế" stays itself whatever the date.
 * - `code` is the code in force on the article date (the successor's from 1/7/2025; Hà Nội's for
 *   Hà Tây after 31/7/2008); with no date, the 2008–2025 code. `name` never changes with the date.
 * - Fully unaccented Vietnamese ("Nghe An") is read in English articles, and in a Vietnamese
 *   article written without diacritics (the view's reading mode: a bare syllable verifies as
 *   any form it folds to, the case still counts); in accented Vietnamese text only the
 *   unaccented forms listed as variants (Daklak, Saigon, HCMC …) are.
 * - The mention spans the form only: "Nghệ An" in "Công an tỉnh Nghệ An", "Hồ Chí Minh" in
 *   "TP Hồ Chí Minh", but the whole of a fused abbreviation ("TP.HCM", "TT-Huế").
 *
 * Dependants (clusters, officials, the English recogniser) receive its result: the merged
 * provinces, the raw mentions, and lookups for a span of the article or a phrase.
 */
import type { Province, Provenance } from '../../record/schema.js';
import { codeOn, nameOn, since2025Name } from '../../data/provinces.js';
import { isWordCharAt } from '../../text/tokens.js';
import { mayStartProvince, tokenizeText } from '../lexicon/index.js';
import type { ArticleView } from '../article-view.js';
import { memoKey } from '../article-view.js';
import type { Recogniser } from '../rule.js';
import { traceVeto } from '../rule.js';
import type { ProvinceMention } from './candidate.js';
import { PROVINCE_RULES, scan } from './scan.js';
import { viewWords, windowOf, wordsOf } from '../words.js';

export type { ProvinceMention } from './candidate.js';

/** What dependants receive. */
export interface ProvinceResult {
  provinces: Province[];
  /** Every mention as read, in text order. */
  mentions: ProvinceMention[];
  /** Mentions read in [from, to) of the article as if that span stood alone (its context up to 24 characters before `from`). */
  within(from: number, to: number): ProvinceMention[];
  /** The province a phrase names (a position written out: "Phó Giám đốc Công an tỉnh Nghệ An"), or null. */
  inPhrase(phrase: string): { name: string; code: string } | null;
}

const PHRASES = memoKey<Map<string, { name: string; code: string } | null>>('province phrases');

/** Merge mentions into one Province per distinct name, in order of first mention. */
export function mergeProvinceMentions(mentions: readonly ProvinceMention[], publishedAt: string | null): Province[] {
  const byName = new Map<string, Province>();
  for (const m of mentions) {
    const name = nameOn(m.unit, publishedAt, m.renamed);
    let p = byName.get(name);
    if (!p) {
      p = { name, code: codeOn(m.unit, publishedAt), since2025: since2025Name(m.unit), mentions: [], foundBy: [] };
      byName.set(name, p);
    }
    p.mentions.push({ start: m.start, end: m.end, text: m.text });
    const prov: Provenance = { rule: m.rule, match: m.match };
    if (!p.foundBy.some((x) => x.rule === prov.rule && x.match === prov.match)) p.foundBy.push(prov);
  }
  return [...byName.values()];
}

function read(view: ArticleView): ProvinceResult {
  const english = view.language === 'eng';
  const W = viewWords(view);
  const onVeto = view.trace ? (v: Parameters<typeof traceVeto>[1], s: number, e: number) => traceVeto(view, v, s, e) : null;
  const mentions = scan(W, { english, from: 0, onVeto });
  let provinces = mergeProvinceMentions(mentions, view.publishedAt);
  // English articles name the rule of the English recogniser, with the first mention's match.
  if (english) provinces = provinces.map((p) => ({ ...p, foundBy: [{ rule: 'english/province', match: p.foundBy[0]?.match ?? 'alias' } as Provenance] }));
  const phrases = view.memo(PHRASES, () => new Map());
  return {
    provinces,
    mentions,
    within(from, to) {
      // A few characters before `from` are kept so that prefixes ("Công an TP") are seen.
      let winStart = Math.max(0, from - 24);
      while (winStart > 0 && isWordCharAt(view.folded, winStart - 1)) winStart--;
      return scan(windowOf(W, winStart, to), { english, from, onVeto: null });
    },
    inPhrase(phrase) {
      let found = phrases.get(phrase);
      if (found === undefined) {
        const text = phrase.normalize('NFC');
        const t = tokenizeText(text, view.unaccented);
        let starts = false;
        for (let k = 0; k < t.n && !starts; k++) starts = t.word[k] === 1 && mayStartProvince(t.id[k]!);
        const m = starts ? scan(wordsOf(t), { english: false, from: 0, onVeto: null })[0] : undefined;
        found = m ? { name: nameOn(m.unit, view.publishedAt, m.renamed), code: codeOn(m.unit, view.publishedAt) } : null;
        phrases.set(phrase, found);
      }
      return found;
    },
  };
}

export const provinces: Recogniser<ProvinceResult> = {
  id: 'provinces',
  needs: [],
  languages: ['vie', 'eng'],
  rules: PROVINCE_RULES,
  run: (view) => read(view),
  entities: (out) => ({ provinces: out.provinces }),
};

/**
 * One pass over the words of a window: at each word the province forms that begin there are
 * tried longest first; the first form whose words, separators, case and tone marks match is a
 * candidate, and the veto rules judge its context in order. A rejected candidate ends the
 * attempt at that word; one that only lacked its prefix waits for the list refiner.
 */
import type { RuleInfo, Veto } from '../rule.js';
import type { Candidate, Lines, ProvinceMention, ProvinceVeto } from './candidate.js';
import { formsAt } from './gazetteer.js';
import { checkMatches } from '../limits.js';
import { gapMatches, type ProvinceForm } from '../lexicon/province-forms.js';
import { gapBefore, wordAtOrAfter, type Words } from '../words.js';
import { name } from './rules/name.js';
import { variant } from './rules/variant.js';
import { prefixed } from './rules/prefixed.js';
import { joinLists, list } from './rules/list.js';
import { notCapitalised, verifyCase } from './rules/not-capitalised.js';
import { notOtherPlace } from './rules/not-other-place.js';
import { notLocalPlace } from './rules/not-local-place.js';
import { notPersonHonorific, notPersonRun } from './rules/not-person.js';
import { notCommonWord } from './rules/not-common-word.js';

/** The context rules, in the order they judge a candidate. */
export const VETOES: readonly ProvinceVeto[] = [notOtherPlace, notLocalPlace, notPersonRun, notCommonWord, notPersonHonorific, prefixed];

/** Every province rule, in the README's order. */
export const PROVINCE_RULES: readonly RuleInfo[] = [
  name, variant, prefixed.info, list, notCapitalised, notPersonRun.info, notCommonWord.info, notLocalPlace.info, notOtherPlace.info,
];

/** Reports a dropped candidate (a veto) on [start, end). */
export type OnVeto = (veto: Veto, start: number, end: number) => void;

export interface ScanOptions {
  english: boolean;
  /** Matches start at or after this offset. */
  from: number;
  onVeto: OnVeto | null;
}

/** Do the separators between the form's words match? */
function gapsMatch(W: Words, i: number, f: ProvinceForm): boolean {
  for (let k = 1; k < f.words.length; k++) if (!gapMatches(f.gaps[k - 1]!, gapBefore(W, i + k))) return false;
  return true;
}

function ruleOf(f: ProvinceForm): string {
  if (f.kind === 'name') return f.after ? prefixed.info.id : name.id;
  return f.kind === 'variant' ? variant.id : prefixed.info.id;
}

/** Province mentions in the window of `W`, sorted by start. */
export function scan(W: Words, opts: ScanOptions): ProvinceMention[] {
  const { text, folded } = W.t;
  const out: ProvinceMention[] = [];
  const deferred: ProvinceMention[] = [];
  const why = new Map<ProvinceMention, Veto>();
  let prevMatchEnd = -2;
  const lines: Lines = { starts: null, hasLower: new Map() };
  for (let i = Math.max(W.lo, wordAtOrAfter(W, opts.from)); i < W.hi; i++) {
    const lists = formsAt(W, i);
    if (!lists.length) continue;
    let decided = false;
    let unverified: { reason: string; last: number } | null = null;
    for (const forms of lists) {
      for (const f of forms) {
        if (f.english && !opts.english) continue;
        if (!gapsMatch(W, i, f)) continue;
        const last = i + f.words.length - 1;
        const wrong = verifyCase(W, i, f);
        if (wrong) {
          unverified ??= { reason: wrong, last };
          continue;
        }
        decided = true;
        const c: Candidate = { W, i, form: f, last, prevMatchEnd, lines };
        let verdict: { verdict: string; reason: string; rule: string } | null = null;
        for (const v of VETOES) {
          const r = v.check(c);
          if (r) {
            verdict = { ...r, rule: v.info.id };
            break;
          }
        }
        const start = W.starts[i]!;
        const end = W.ends[last]!;
        if (verdict?.verdict === 'reject') {
          opts.onVeto?.({ rule: verdict.rule, reason: verdict.reason }, start, end);
          break;
        }
        const m: ProvinceMention = {
          start, end, text: text.slice(start, end), unit: f.unit, form: f.text, renamed: f.renamed,
          rule: ruleOf(f), match: f.kind === 'name' ? 'exact' : 'alias',
        };
        if (verdict) {
          deferred.push(m);
          why.set(m, { rule: verdict.rule, reason: verdict.reason });
          break;
        }
        out.push(m);
        checkMatches(m.rule, out.length);
        prevMatchEnd = last;
        i = last;
        break;
      }
      if (decided) break;
    }
    if (!decided && unverified) opts.onVeto?.({ rule: notCapitalised.id, reason: unverified.reason }, W.starts[i]!, W.ends[unverified.last]!);
  }
  const left = joinLists(folded, out, deferred);
  if (opts.onVeto) for (const m of left) opts.onVeto(why.get(m)!, m.start, m.end);
  return out.sort((a, b) => a.start - b.start);
}

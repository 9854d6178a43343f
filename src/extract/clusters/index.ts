/**
 * Emulation-cluster recogniser: "cụm thi đua số 4, số 5", "Cụm thi đua số 5-BCA", "số 6 và 7",
 * "Cụm thi đua số III", "cụm 8", even "cụm thu đua số 5" (read through with a warning). One
 * entry per number, with its member provinces where the article lists them.
 *
 * How it reads: it jumps to the few "cụm" / "số" words (one regex scan of the folded text),
 * reads a head ("cụm thi đua", its typo, or a bare "cụm") and the numbers after it
 * (read-numbers.ts). Rules: `cluster/numbered`, `cluster/roman`, `cluster/list`,
 * `cluster/short`, `cluster/typo` (which one read each number); vetoes `cluster/not-count`,
 * `cluster/not-emulation`; refiners `cluster/members`, `cluster/members-bound`.
 *
 * Needs the provinces recogniser: member lists are the provinces it read.
 */
import type { Cluster, Provenance } from '../../record/schema.js';
import { CLUSTER_PHRASE } from '../../data/clusters.js';
import type { ArticleView } from '../article-view.js';
import type { Recogniser, RuleInfo } from '../rule.js';
import { traceVeto } from '../rule.js';
import type { ProvinceResult } from '../provinces/index.js';
import { viewWords, wordAtOrAfter, wordIs, type Words } from '../words.js';
import { ANCHOR_RE, CLUSTER_W, MEMBER_LEAD_RE, NUMBER_W, PHRASE_WORDS } from './vocabulary.js';
import { numberAt, numbersAfter, phraseHead, type Group, type Head } from './read-numbers.js';
import { numbered } from './rules/numbered.js';
import { roman } from './rules/roman.js';
import { list } from './rules/list.js';
import { notEmulation, short } from './rules/short.js';
import { typo } from './rules/typo.js';
import { notCount } from './rules/not-count.js';
import { members, membersAfter } from './rules/members.js';
import { boundNumber, membersBound } from './rules/members-bound.js';
import { checkMatches } from '../limits.js';

/** Rule families of this recogniser, in the README's order. */
export const clusterRules: readonly RuleInfo[] = [numbered, roman, list, short, typo, members, membersBound, notCount, notEmulation];

/** Index of the word that starts at `pos`, or -1. */
function wordStartingAt(t: Words, pos: number): number {
  const i = wordAtOrAfter(t, pos);
  return i < t.length && t.starts[i] === pos ? i : -1;
}

/** The rule that read a number of a group. */
function ruleOf(g: Group, n: Group['numbers'][number]): string {
  if (g.head.match === 'fuzzy' || (g.head.match === 'folded' && !g.head.unmarked)) return typo.id;
  if (n.listed) return list.id;
  if (n.num.roman) return roman.id;
  return g.head.kind === 'bare' ? short.id : numbered.id;
}

function addProvenance(c: Cluster, p: Provenance): void {
  if (!c.foundBy.some((x) => x.rule === p.rule && x.match === p.match && x.score === p.score)) c.foundBy.push(p);
}

/** The heads with their numbers, and the unnumbered heads that open a member list. */
function propose(view: ArticleView): { groups: Group[]; unnumbered: { start: number; end: number }[] } {
  const { text, folded } = view;
  const t = viewWords(view);
  const emulationArticle = folded.includes(`${PHRASE_WORDS[1]} ${PHRASE_WORDS[2]}`);
  const groups: Group[] = [];
  // Unnumbered heads directly followed by a member lead ("trong Cụm gồm:", "Cụm thi đua gồm …").
  const unnumbered: { start: number; end: number }[] = [];
  let resumeAt = 0;
  ANCHOR_RE.lastIndex = 0;
  for (let a = ANCHOR_RE.exec(folded); a; a = ANCHOR_RE.exec(folded)) {
    const i = wordStartingAt(t, a.index);
    if (i < 0 || i < resumeAt) continue;
    let head: Head | null = null;
    if (wordIs(t, i, CLUSTER_W)) {
      head = phraseHead(text, folded, t, i);
      if (!head) head = { first: i, last: i, kind: 'bare', match: 'exact' };
    } else if (wordIs(t, i, NUMBER_W) && i >= 3 && !wordIs(t, i - 3, CLUSTER_W) && numberAt(text, t, i + 1)) {
      // A typo in "cụm" itself ("cụn thi đua số 5"): look back from the number.
      head = phraseHead(text, folded, t, i - 3);
    }
    if (!head) continue;
    const start = t.starts[head.first]!;
    if (head.kind === 'bare' && !emulationArticle) {
      if (view.trace && numberAt(text, t, head.last + 1)) traceVeto(view, { rule: notEmulation.id, reason: 'the article never mentions "thi đua"' }, start, t.ends[head.last + 1]!);
      continue;
    }
    const g = numbersAfter(text, folded, t, head);
    if (g === 'count') {
      if (view.trace) traceVeto(view, { rule: notCount.id, reason: 'the number counts the word after it' }, start, t.ends[Math.min(t.length - 1, head.last + 2)]!);
      continue;
    }
    if (!g) {
      // Not "cụm 3 xã gồm …" nor "cụm số …": the head must stand alone before its lead.
      const next = head.last + 1;
      if (head.match !== 'fuzzy' && next < t.length && !wordIs(t, next, NUMBER_W) && !numberAt(text, t, next)
        && MEMBER_LEAD_RE.test(folded.slice(t.ends[head.last]!, t.ends[head.last]! + 80))) {
        unnumbered.push({ start, end: t.ends[head.last]! });
        checkMatches(membersBound.id, unnumbered.length);
      }
      continue;
    }
    groups.push(g);
    checkMatches(numbered.id, groups.length);
    resumeAt = g.numbers[g.numbers.length - 1]!.num.tok + 1;
    if ((head.match === 'folded' && !head.unmarked) || head.match === 'fuzzy') {
      const orig = text.slice(start, t.ends[head.last]);
      const want = /^\p{Lu}/u.test(orig) ? CLUSTER_PHRASE[0]!.toUpperCase() + CLUSTER_PHRASE.slice(1) : CLUSTER_PHRASE;
      view.warn({ code: 'typo', message: `read '${orig}' as '${want}'`, start, end: t.ends[head.last]!, rule: typo.id });
    }
  }
  return { groups, unnumbered };
}

/** Clusters named in a Vietnamese article; `provinces` supply member lists. */
function read(view: ArticleView, provinces: ProvinceResult): Cluster[] {
  const { text, folded } = view;
  const { groups, unnumbered } = propose(view);
  const mentions = provinces.provinces.flatMap((p) => p.mentions.map((m) => ({ name: p.name, start: m.start, end: m.end }))).sort((a, b) => a.start - b.start);
  const byNumber = new Map<number, Cluster>();
  for (const g of groups) {
    const listed = g.numbers.length === 1 ? membersAfter(folded, g.numbers[0]!.end, mentions) : [];
    for (const n of g.numbers) {
      let c = byNumber.get(n.num.value);
      if (!c) byNumber.set(n.num.value, (c = { number: n.num.value, members: [], mentions: [], foundBy: [] }));
      c.mentions.push({ start: n.start, end: n.end, text: text.slice(n.start, n.end) });
      addProvenance(c, { rule: ruleOf(g, n), match: g.head.match, ...(g.head.score !== undefined ? { score: g.head.score } : {}) });
      if (listed.length) {
        for (const m of listed) if (!c.members.includes(m)) c.members.push(m);
        addProvenance(c, { rule: members.id, match: 'exact' });
      }
    }
  }
  for (const u of unnumbered) {
    const c = byNumber.get(boundNumber(view, groups, u.start) ?? -1);
    if (!c) continue;
    const listed = membersAfter(folded, u.end, mentions);
    if (!listed.length) continue;
    for (const m of listed) if (!c.members.includes(m)) c.members.push(m);
    addProvenance(c, { rule: membersBound.id, match: 'inferred' });
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

export const clusters: Recogniser<Cluster[]> = {
  id: 'clusters',
  needs: ['provinces'],
  languages: ['vie'],
  rules: clusterRules,
  run: (view, deps) => read(view, deps.provinces as ProvinceResult),
  entities: (out) => ({ clusters: out }),
};

/**
 * Rule `byline/glued`: crawled text (aggregator dumps, JSON Lines exports, scraped corpora)
 * rarely keeps the byline on its own line; it is glued to the end of the last paragraph:
 * "… trên địa bàn... Quang Huy", "… theo quy định của pháp luật . Thu Trang", "… Minh
 * Khôi/VOV", "… ./. Lan Anh, Đức Phúc/VOV-Trung tâm Tin", "… tù. K. Linh", "… H.T.L". What
 * stands after the last sentence's end at the very end of the paragraph is read as a closing
 * line in its strict form (src/article/parse-byline.ts): names of two to four capitalised
 * syllables or initials, joined by " - ", ", " or "và", perhaps with a role ("CTV"), an outlet
 * after a slash, what the reporter did ("thực hiện", "(tổng hợp)") or a source note
 * ("(theo VTC)"). Rule `byline/glued-source`: a source, a placeholder or a credit glued there
 * ("… theo Tuổi Trẻ", "… Nhóm PV", "… (Tổng hợp)") leaves the body too, with no author.
 *
 * Of the places where a sentence ends in the last 120 characters, the one farthest from the
 * end whose tail reads as a closing line is taken ("K. Linh", not "Sơn"); then the vetoes
 * (./not-*.ts) may reject it, each named. What is taken leaves the body; the paragraph keeps
 * everything before it, and is read again for one more glued line ("… Video: Cảnh sát tuần
 * tra. Quang Huy" keeps the caption and gives the byline).
 */
import { classifyTailLine, type TailKind } from '../parse-byline.js';
import type { ArticleDecision, BylineRuleInfo, BylineVeto } from './rule.js';
import type { GluedReading } from './reading.js';
import { notProse } from './not-prose.js';
import { notAbbreviation } from './not-abbreviation.js';
import { notPersonLead } from './not-person-lead.js';
import { notOrganisation } from './not-organisation.js';
import { notPlaceList } from './not-place-list.js';
import { notStoryPerson } from './not-story-person.js';

export const gluedByline: BylineRuleInfo = {
  id: 'byline/glued',
  entity: 'authors',
  description:
    'Two to four capitalised syllables or initials (a list of them, perhaps with an outlet after a slash or a note) standing after the last sentence\'s end at the very end of the text are the byline, and leave the body',
  example: '… theo quy định của pháp luật . Thu Trang; … ./. Lan Anh, Đức Phúc/VOV-Trung tâm Tin; … tù. K. Linh',
  data: 'src/data/article-chrome.ts',
};

export const gluedSource: BylineRuleInfo = {
  id: 'byline/glued-source',
  entity: 'authors',
  description: 'A source, a placeholder or a photo credit glued to the end of the text leaves the body and gives no author',
  example: '… phát hiện ra sự việc. theo Tuổi Trẻ; … đang được điều tra. Nhóm PV',
  data: 'src/data/article-chrome.ts',
};

/** The vetoes, in the order they are asked. */
export const GLUED_VETOES = [notProse, notAbbreviation, notPersonLead, notOrganisation, notPlaceList, notStoryPerson] as const;

/** How far from the end a glued tail may start. */
const MAX_TAIL_CHARS = 120;
/** How many glued lines one paragraph may lose (a byline, then a source or a credit before it …). */
const MAX_SEGMENTS = 3;

const MARK = /[.!?…]/u;
const CLOSER = /["”’»)\]]/u;
const SPACE = /\s/u;

/** One place where a sentence ends: the head ends at `end`, the tail starts at `next`. */
interface Cut {
  end: number;
  next: number;
}

/**
 * The places where a sentence ends in the last MAX_TAIL_CHARS characters of `s`: a run of
 * marks (".", "...", "./.", "!", "…"), closing quotes or brackets after it, then white space.
 * With no space, only after a lower-case word ("luật.Thu Trang") or "/." ("./.Quang Huy"),
 * since "Tp.Cần Thơ" and "V.H" are words.
 */
function sentenceEnds(s: string): Cut[] {
  const cuts: Cut[] = [];
  for (let i = Math.max(1, s.length - MAX_TAIL_CHARS); i < s.length; i++) {
    if (!MARK.test(s[i]!) || MARK.test(s[i - 1]!)) continue;
    let q = i;
    while (q < s.length && (MARK.test(s[q]!) || (s[q] === '/' && s[q + 1] === '.'))) q++;
    while (q < s.length && CLOSER.test(s[q]!)) q++;
    if (q >= s.length) continue;
    let next = q;
    while (next < s.length && SPACE.test(s[next]!)) next++;
    if (next === q) {
      const word = /[\p{L}\p{M}]+$/u.exec(s.slice(Math.max(0, i - 30), i))?.[0] ?? '';
      const glueOk = (s[i - 1] === '/' || (word.length >= 2 && /^\p{Ll}/u.test(word))) && /^\p{Lu}/u.test(s[next]!);
      if (!glueOk) continue;
    }
    if (next < s.length) cuts.push({ end: q, next });
  }
  return cuts;
}

/** What one glued line gave. */
interface Segment {
  kind: TailKind;
  names: string[];
  rule: string;
}

export interface GluedResult {
  /** The paragraph without what was glued to its end. */
  head: string;
  /** The person names, in the order written. */
  names: string[];
  segments: Segment[];
}

/** A glued tail's kind, or null: a credit counts only when it credits a name or an outlet ("Ảnh: Hoàng Phong"), not a caption. */
function classifyGlued(tail: string): { kind: TailKind; names: string[] } | null {
  // "… pháp luật. Thu Trang.": a full stop after the byline is no part of it
  if (/[^.]\.$/u.test(tail) && !classifyTailLine(tail, true)) tail = tail.slice(0, -1);
  const t = classifyTailLine(tail, true);
  if (!t || t.kind !== 'credit') return t;
  const rest = tail.replace(/^\(?[^:]*:\s*/u, '').replace(/\)$/u, '');
  return classifyTailLine(rest, true) ? t : null;
}

const WHITE = /\s/u;
/** Where the run of non-space characters ending at `end` starts (`end` when there is none). */
function wordStart(s: string, end: number): number {
  let i = end;
  while (i > 0 && !WHITE.test(s[i - 1]!)) i--;
  return i;
}

/**
 * The word before the last one of `s` (`/(\S+)\s+\S*$/u`, group 1, or ''), read from the end
 * rather than by a regex that tries every position of a long paragraph.
 */
function wordBeforeLast(s: string): string {
  let u = wordStart(s, s.length);
  while (u > 0 && WHITE.test(s[u - 1]!)) u--;
  if (u === s.length || u === wordStart(s, s.length)) return '';
  return s.slice(wordStart(s, u), u);
}

/** One glued line at the end of `s`, or null; a vetoed reading is reported through `veto`. */
function readOne(s: string, story: (head: string) => string, veto: (v: BylineVeto, from: number) => void): { head: string; segment: Segment } | null {
  for (const cut of sentenceEnds(s)) {
    const tail = s.slice(cut.next).trim();
    const got = classifyGlued(tail);
    if (!got) continue;
    const head = s.slice(0, cut.end);
    const before = head.slice(wordStart(head, head.length));
    const wordBefore = wordBeforeLast(head);
    const reading: GluedReading = { head, tail, before, wordBefore, kind: got.kind, names: got.names, story: () => story(head) };
    for (const v of GLUED_VETOES) {
      if (v.check === notStoryPerson.check && got.kind !== 'byline') continue;
      const verdict = v.check(reading);
      if (verdict) {
        veto(verdict, cut.next);
        return null;
      }
    }
    return { head: head.trimEnd(), segment: { kind: got.kind, names: got.names, rule: got.kind === 'byline' ? gluedByline.id : gluedSource.id } };
  }
  return null;
}

/**
 * What is glued to the end of `paragraph` (the last paragraph of the body), or null. `before`
 * is the body text before the paragraph (or a function giving it) (for `byline/not-story-person`); `decisions`, when
 * given, receives every reading a veto rejected, placed from the end of the paragraph.
 */
export function readGluedTail(paragraph: string, before: string | (() => string), decisions?: ArticleDecision[]): GluedResult | null {
  let s = paragraph.trimEnd();
  const segments: Segment[] = [];
  // the text before the paragraph is joined only when a veto asks for it
  const story = (head: string): string => `${typeof before === 'string' ? before : before()}\n${head}`;
  for (let k = 0; k < MAX_SEGMENTS; k++) {
    const end = s.length;
    const one = readOne(s, story, (v, from) => decisions?.push({ rule: v.rule, reason: v.reason, fromEnd: end - from, toEnd: 0 }));
    if (!one) break;
    segments.unshift(one.segment);
    s = one.head;
  }
  if (!segments.length) return null;
  return { head: s, names: segments.flatMap((g) => g.names), segments };
}

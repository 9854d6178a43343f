/**
 * Officials recogniser: named persons in an official role — with a rank, a stated position,
 * or the honorific "đồng chí" before the name — one entry per person with every mention.
 *
 * How it reads (read.ts: one left-to-right pass over the article's tokens; the vocabulary is
 * the lexicon's officials' tags):
 * 1. A lead: honorific ("đồng chí", "đ/c", "Ngài", "ông/bà"; a misspelling such as "Đồng trí"
 *    is read through with a `typo` warning), rank ("Đại tá", "thượng tướng"), academic title
 *    ("GS.TS"), or a position whose organisation part ends in the name.
 * 2. The reading rules, asked in order at each lead (./rules/): `official/rank-name`,
 *    `official/anaphora`, `official/comrade-list`, `official/honorific-name`, `official/deputy`,
 *    `official/position-list`, `official/position-name`, `official/name-position`; `official/position-before` adds a
 *    position written before the lead.
 * 3. The positions after the name (positions-after.ts, position.ts), split on commas, "kiêm" and
 *    spaced dashes, each ending at a clause word or, where a place name should follow "tỉnh"/
 *    "huyện" …, at any lower-case word; abbreviations expanded and head words in canonical case.
 * 4. Vetoes: `official/not-historical` ("Chủ tịch Hồ Chí Minh", "cố Tổng Bí thư …"),
 *    `official/not-persona` ("giả danh …"), `official/not-byline` (the trailing byline line),
 *    `official/not-place` (a list of places read as a name).
 * 5. Refiners (merge.ts): one entry per person; shorter forms join only an unambiguous full
 *    name (`official/short-name`), bare repeats of a full name are more mentions
 *    (`official/repeat-name`), "Đồng chí Thứ trưởng" joins the only holder of that post.
 * Never officials: a bare name with no role, "ông X" with no role, and generic roles without a
 * name ("Giám đốc Công an tỉnh trao tặng …").
 *
 * Needs the provinces recogniser: a province stays whole inside a position, a place is no
 * person's name, and an official's province is read from the positions.
 */
import type { Official } from '../../record/schema.js';
import type { RuleInfo, Recogniser, Veto } from '../rule.js';
import { traceVeto } from '../rule.js';
import type { ArticleView } from '../article-view.js';
import type { ProvinceResult } from '../provinces/index.js';
import { fold } from '../../text/fold.js';
import { Reader } from './reader.js';
import { readAll } from './read.js';
import { mergeOfficials } from './merge.js';
import { rankName } from './rules/rank-name.js';
import { honorificName } from './rules/honorific-name.js';
import { positionName } from './rules/position-name.js';
import { namePosition } from './rules/name-position.js';
import { comradeList } from './rules/comrade-list.js';
import { deputy } from './rules/deputy.js';
import { positionList } from './rules/position-list.js';
import { positionBefore } from './rules/position-before.js';
import { shortName } from './rules/short-name.js';
import { anaphora } from './rules/anaphora.js';
import { repeatName } from './rules/repeat-name.js';
import { notHistorical } from './rules/not-historical.js';
import { notPersona } from './rules/not-persona.js';
import { notByline } from './rules/not-byline.js';
import { notPlace } from './rules/not-place.js';

/** Rule families of this recogniser, in the README's order. */
export const OFFICIAL_RULES: readonly RuleInfo[] = [
  rankName.info, honorificName.info, comradeList.info, deputy.info, positionList.info, positionName.info, namePosition.info, positionBefore.info, shortName, anaphora.info, repeatName,
  notHistorical, notPersona.info, notByline.info, notPlace,
];

/** Reports what the byline line would have given: it is vetoed whole by `official/not-byline`. */
function traceByline(view: ArticleView, provinces: ProvinceResult, limit: number, officials: Official[]): void {
  const t = view.tokens;
  const reader = new Reader(t, provinces, t.n);
  const veto: Veto = { rule: notByline.info.id, reason: 'the last line is a byline: its names are the authors' };
  for (const m of readAll(reader, null, limit)) traceVeto(view, veto, m.start, m.end);
  const known = new Set(officials.map((o) => fold(o.name)));
  for (const run of reader.bareRuns) {
    if (!known.has(fold(reader.nameText(run)))) continue;
    traceVeto(view, veto, t.start[run.from]!, t.end[run.to - 1]!);
  }
}

function read(view: ArticleView, provinces: ProvinceResult): Official[] {
  const t = view.tokens;
  const limit = notByline.limit(t, view.paragraphs);
  const reader = new Reader(t, provinces, limit);
  const onVeto = view.trace ? (v: Veto, s: number, e: number) => traceVeto(view, v, s, e) : null;
  const raws = readAll(reader, onVeto, 0);
  const repeats = reader.bareRuns.map((r) => {
    const start = t.start[r.from]!;
    const end = t.end[r.to - 1]!;
    return { start, end, name: view.text.slice(start, end) };
  });
  const officials = raws.length ? mergeOfficials(raws, repeats, view.text, (p) => provinces.inPhrase(p), view.warn) : [];
  if (view.trace && limit < t.n) traceByline(view, provinces, limit, officials);
  return officials;
}

export const officials: Recogniser<Official[]> = {
  id: 'officials',
  needs: ['provinces'],
  languages: ['vie'],
  rules: OFFICIAL_RULES,
  run: (view, deps) => read(view, deps.provinces as ProvinceResult),
  entities: (out) => ({ officials: out }),
};

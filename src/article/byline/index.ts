/**
 * The byline rules, in the order they run: a closing line of its own (src/article/parse-byline.ts,
 * read by src/article/trim-article-edges.ts), then what is glued to the end of the last
 * paragraph (./glued.ts) and the vetoes that reject a glued reading (./not-*.ts). The README's
 * rules table lists them after the recognisers' rules.
 */
import type { BylineRuleInfo } from './rule.js';
import { gluedByline, gluedSource } from './glued.js';
import { notProse } from './not-prose.js';
import { notAbbreviation } from './not-abbreviation.js';
import { notPersonLead } from './not-person-lead.js';
import { notOrganisation } from './not-organisation.js';
import { notPlaceList } from './not-place-list.js';
import { notStoryPerson } from './not-story-person.js';

export { readGluedTail } from './glued.js';
export type { ArticleDecision, BylineRuleInfo } from './rule.js';

/** Rule `byline/line`: the closing lines of their own (the classification of src/article/parse-byline.ts). */
export const closingLine: BylineRuleInfo = {
  id: 'byline/line',
  entity: 'authors',
  description:
    'A short closing line (or one under the title) of person names, perhaps with a label, a role, an outlet after a slash or a note; sources, accounts, placeholders and credits on such a line leave the body without an author',
  example: 'Nguyễn Bình – Đức Thắng; Tin, ảnh: HOÀNG VŨ; CTV Hồng Nhung/VOV.VN; Theo TTXVN (no author)',
  data: 'src/data/article-chrome.ts',
};

export const BYLINE_RULES: readonly BylineRuleInfo[] = [
  closingLine,
  gluedByline,
  gluedSource,
  notProse.info,
  notAbbreviation.info,
  notPersonLead.info,
  notOrganisation.info,
  notPlaceList.info,
  notStoryPerson.info,
];

/**
 * Veto `byline/not-story-person`: a glued name that the story introduced as one of its people
 * ("bị cáo Khánh … Khánh", "anh Quang Huy cho biết … Quang Huy", "Đại tá Lê Văn Bình … Lê Văn Bình")
 * is the subject of the last sentence, not its writer.
 */
import { HONORIFICS } from '../../data/honorifics.js';
import { RANKS } from '../../data/ranks.js';
import { STORY_PERSON_LEADS } from '../../data/article-chrome.js';
import { escapeRegExp } from '../../text/patterns.js';
import type { BylineRuleInfo, BylineVeto } from './rule.js';
import { lowerKey, type GluedReading } from './reading.js';

const info: BylineRuleInfo = {
  id: 'byline/not-story-person',
  entity: 'authors',
  description: 'A glued name that the story introduced as one of its people (after "anh", "bị cáo", a rank …) is no byline',
  example: 'Bị cáo Trần Văn Hùng khai … Trần Văn Hùng (not a byline)',
  data: 'src/data/article-chrome.ts, src/data/honorifics.ts, src/data/ranks.ts',
  kind: 'veto',
};

const LEADS = [...new Set([...STORY_PERSON_LEADS, ...HONORIFICS.flatMap((h) => [h.canonical, ...h.variants]), ...RANKS.flatMap((r) => [r.canonical, ...r.variants])].map(lowerKey))];
// each lead as written in lower case, capitalised ("Bị cáo") and in capitals ("BỊ CÁO")
const cased = (w: string): string[] => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()];
const LEAD_ALT = [...new Set(LEADS.flatMap(cased))]
  .sort((a, b) => b.length - a.length)
  .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'))
  .join('|');

function check(r: GluedReading): BylineVeto | null {
  let story: string | null = null;
  for (const name of r.names) {
    // initials ("T.N") name nobody in particular
    if (!/\s/u.test(name) && name.includes('.')) continue;
    story ??= r.story();
    const written = escapeRegExp(name).replace(/ /g, '\\s+');
    // a story that never writes the name cannot introduce it (a quick search before the long one)
    if (!new RegExp(written, 'u').test(story)) continue;
    // the name as written and whole ("ông Lê Khang Hùng" is not "Lê Khang")
    const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${LEAD_ALT})\\s+(?<name>${written})(?![\\p{L}\\p{M}\\p{N}]|\\s+\\p{Lu})`, 'gu');
    for (const m of story.matchAll(re)) {
      if (m.groups!.name!.replace(/\s+/gu, ' ') === name) return { rule: info.id, reason: `the story names "${name}" as one of its people ("${m[0]}")` };
    }
  }
  return null;
}

export const notStoryPerson = { info, check };

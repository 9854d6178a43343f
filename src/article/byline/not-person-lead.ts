/**
 * Veto `byline/not-person-lead`: a tail that opens with an honorific, a rank, a position or an
 * academic title ("TS Lê Văn Khải", "Ông Trần Văn Khải", "ĐẠI TÁ NGUYỄN VĂN A", "Theo Thiếu tướng Trần Văn B") names a
 * person of the story (the speaker of a boxed quote, an official), not the writer: it stays
 * in the body, where the officials recogniser reads it.
 */
import { ACADEMIC_TITLES, HONORIFICS, OTHER_TITLES } from '../../data/honorifics.js';
import { POSITION_HEADS, POSITION_PREFIXES } from '../../data/positions.js';
import { RANKS } from '../../data/ranks.js';
import { SOURCE_OPENERS } from '../../data/article-chrome.js';
import type { BylineRuleInfo, BylineVeto } from './rule.js';
import { lowerKey, startsWithWord, type GluedReading } from './reading.js';

const info: BylineRuleInfo = {
  id: 'byline/not-person-lead',
  entity: 'authors',
  description: 'A glued tail that opens with an honorific, a rank, a position or an academic title names a person of the story, not the writer',
  example: '… đã được dư luận quan tâm. Ông Trần Văn Khải (not a byline)',
  data: 'src/data/honorifics.ts, src/data/ranks.ts, src/data/positions.ts',
  kind: 'veto',
};

const HEADS = POSITION_HEADS.filter((h) => !h.weak).flatMap((h) => [h.canonical, ...(h.variants ?? [])]).map(lowerKey);
// "Phó" before a head; not "Quyền", "Tân" (given names too)
const DEPUTY = POSITION_PREFIXES.filter((p) => p.canonical === 'Phó').map((p) => lowerKey(p.canonical));
const LEADS: readonly string[] = [
  ...HONORIFICS.filter((h) => h.readsOfficial).flatMap((h) => [h.canonical, ...h.variants]).map(lowerKey),
  // "TS Nguyễn Văn A", "NSND Lê Khanh": the signature of an expert's or an artist's piece
  ...[...ACADEMIC_TITLES, ...OTHER_TITLES].map(lowerKey),
  ...RANKS.flatMap((r) => [r.canonical, ...r.variants]).map(lowerKey),
  ...HEADS,
  ...DEPUTY.flatMap((d) => HEADS.map((h) => `${d} ${h}`)),
];
const SOURCE_OPENER_RE = new RegExp(`^(?:${SOURCE_OPENERS.map(lowerKey).join('|')})\\s*:?\\s+`, 'u');

function check(r: GluedReading): BylineVeto | null {
  const tail = lowerKey(r.tail).replace(SOURCE_OPENER_RE, '');
  const lead = startsWithWord(tail, LEADS);
  return lead ? { rule: info.id, reason: `"${lead}" introduces a person of the story, not the writer` } : null;
}

export const notPersonLead = { info, check };

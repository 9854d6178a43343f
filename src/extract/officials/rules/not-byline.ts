/**
 * Veto `official/not-byline`: the last line of the text, when it is a bare list of capitalised
 * names (a byline the article stage left in: "Văn Thành", "Nguyễn Bình – Đức Thắng"), names the
 * authors: nothing there is read as an official, not even the repeat of an official's name.
 */
import { ALL_CAPS, CAPITALISED, raw, type Tokens } from '../../../text/tokens.js';
import type { Span } from '../../../types.js';
import type { RuleInfo } from '../../rule.js';

const info: RuleInfo = {
  id: 'official/not-byline',
  entity: 'officials',
  description: 'Nothing in a last line that is a bare list of capitalised names (a byline) is read as an official',
  example: '… phát biểu chỉ đạo. [last line] Nguyễn Văn Thành',
  kind: 'veto',
};

const SEPARATORS = new Set(['-', '–', '—', ',', '/', '.', '&']);

/**
 * Token index where reading stops: the start of the last line when it is a bare list of
 * capitalised names, else the token count.
 */
function limit(t: Tokens, paragraphs: readonly Span[]): number {
  const last = paragraphs[paragraphs.length - 1];
  if (!last) return t.n;
  let first = t.n;
  while (first > 0 && t.start[first - 1]! >= last.start) first--;
  let words = 0;
  for (let k = first; k < t.n; k++) {
    if (t.word[k]) {
      if (t.kase[k] !== CAPITALISED && t.kase[k] !== ALL_CAPS) return t.n;
      words++;
    } else if (!SEPARATORS.has(raw(t, k))) return t.n;
  }
  return words > 0 && words <= 10 ? first : t.n;
}

export const notByline = { info, limit };

/**
 * Officials recogniser: named persons in an official role — with a rank, a stated position,
 * or the honorific "đồng chí" before the name — one entry per person with every mention.
 *
 * How it reads (officials/read-mentions.ts, one left-to-right pass over the tokens; the
 * vocabulary trie is built once at module load in officials/lexicon.ts):
 * 1. A lead: honorific ("đồng chí", "đ/c", "Ngài", "ông/bà"; a misspelling such as "Đồng trí"
 *    is read through with a `typo` warning), rank ("Đại tá", "thượng tướng"), academic title
 *    ("GS.TS"), or a position whose organisation part ends in the name ("Chủ tịch UBND tỉnh
 *    Gia Lai Võ Ngọc Thành").
 * 2. The name: a run of capitalised syllables (a known surname, or a foreign name; after a
 *    rank or "đồng chí" any run that is not an organisation or a place). A foreign name of 2–4
 *    non-Vietnamese words opening a clause counts when ", position with its organisation"
 *    follows ("Paolo Ardoino, Giám đốc công nghệ của Bitfinex").
 * 3. The positions after it (after ",", " - ", "(" or a link word such as "giữ chức", "là"),
 *    split on commas, "kiêm" and spaced dashes (a bracket of birth dates before them, "(1940-2023)",
 *    is skipped), each ending at a clause word ("phát biểu", "đã", "lại", "chủ trì" …) or, where
 *    a place name should follow "tỉnh"/"huyện" …, at any lower-case word. A misspelt head word ("Giám đôc") is read through with a
 *    `typo` warning; a dash before lower-case words ("Đội CSGT - trật tự") and a parent unit
 *    after a comma (", Công an TP Móng Cái", ", Bộ Công an") stay in the position. Inside a position: a ministry's short
 *    name or a country right after the head ("Bộ trưởng Tài chính", "Thủ tướng Singapore"), a
 *    province kept whole by the province matcher ("tỉnh Bà Rịa – Vũng Tàu"), the place name
 *    after "xã"/"phường"/"huyện" … ("xã Ea Kar"), "của"/"tại" before an organisation or a
 *    place; abbreviations expanded and head words in canonical case ("PGĐ" → "Phó Giám
 *    đốc", "Tổng cục Trưởng tổng cục" → "Tổng cục trưởng Tổng cục"). A dash tail that does not begin with a position ("- Đơn vị Cụm trưởng Cụm
 *    thi đua số 5") describes the unit, not the person: it ends the reading.
 * 4. Merging (officials/merge-officials.ts): one entry per person; shorter forms join only an
 *    unambiguous full name.
 * Never officials: a bare name with no role, "ông X" with no role, historical references
 * ("Chủ tịch Hồ Chí Minh", "cố Tổng Bí thư …"), generic roles without a name ("Giám đốc Công
 * an tỉnh trao tặng …"), and a trailing byline line ("Văn Thành", "Nguyễn Bình – Đức Thắng").
 */
import type { ExtractContext, RuleInfo } from './context.js';
import type { Official } from '../record/schema.js';
import { tokenize, raw, CAPITALISED, ALL_CAPS, type Tokens } from './officials/tokens.js';
import { MentionReader } from './officials/read-mentions.js';
import { mergeOfficials } from './officials/merge-officials.js';

/** Rule families of this recogniser (README table; ids appear in `foundBy` and warnings). */
export const officialRules: RuleInfo[] = [
  { id: 'official/rank-name', entity: 'officials', description: 'A rank (CAND or army, any case, "uý"/"úy", "sỹ"/"sĩ"; a force word such as "cảnh sát" may follow) before a name, then the positions stated after it', example: 'Thượng tướng Nguyễn Văn Thành, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an', data: 'src/data/ranks.ts' },
  { id: 'official/honorific-name', entity: 'officials', description: '"đồng chí", "đ/c", "Ngài" before a name (alone enough); "ông", "bà" only with a position; misspellings read through with a typo warning', example: 'Đồng trí Nguyễn Ngọc Thạch, Phó chủ tịch UBND tỉnh', data: 'src/data/honorifics.ts' },
  { id: 'official/position-name', entity: 'officials', description: 'A position, possibly with its organisation, ministry, country and place, right before a name', example: 'Chủ tịch UBND TP Đà Nẵng Lê Trung Chinh; Thủ tướng Singapore Lawrence Wong', data: 'src/data/positions.ts, src/data/police-abbreviations.ts' },
  { id: 'official/name-position', entity: 'officials', description: 'A name (a known surname, or a foreign name opening a clause; a final initial keeps its dot, "Đỗ Văn H.") followed by a comma, a spaced dash, a parenthesis (a birth year may come first) or a link word ("giữ chức", "là") and a stated position', example: 'Nguyễn Văn A (SN 1985, Giám đốc Công ty X)', data: 'src/data/family-names.ts, src/data/positions.ts' },
  { id: 'official/position-before', entity: 'officials', description: 'A position written before "[,] [honorific|rank] NAME" is that person\'s, unless "thay mặt", "thừa ủy quyền" … (on whose behalf) come before it', example: 'Thứ trưởng Bộ Công an, Thượng tướng Lê Quý Vương; Q.GĐ CA tỉnh Bắc Ninh Đại tá Phạm Văn Nam', data: 'src/data/positions.ts' },
  { id: 'official/short-name', entity: 'officials', description: 'A shorter form after a lead ("ông Thành", "Đại tá Hùng", "Văn Thành") joins the one full name it ends; ambiguous forms are left out with a warning', example: 'ông Thành → Võ Ngọc Thành' },
  { id: 'official/anaphora', entity: 'officials', description: '"Đồng chí" + a position with no name is one more mention of the only official holding that position', example: 'Đồng chí Thứ trưởng cũng đề nghị …' },
  { id: 'official/repeat-name', entity: 'officials', description: 'A later bare full name of a known official is one more mention (never in a byline line)', example: 'Nguyễn Văn Thành nhấn mạnh …' },
];

/**
 * Token index where reading stops: the start of the last line when it is a bare list of
 * capitalised names (a byline the article stage left in), else the token count.
 */
function bylineLimit(t: Tokens, ctx: ExtractContext): number {
  const last = ctx.paragraphs[ctx.paragraphs.length - 1];
  if (!last) return t.n;
  let first = t.n;
  while (first > 0 && t.start[first - 1]! >= last.start) first--;
  let words = 0;
  for (let k = first; k < t.n; k++) {
    if (t.word[k]) {
      if (t.kase[k] !== CAPITALISED && t.kase[k] !== ALL_CAPS) return t.n;
      words++;
    } else if (!['-', '–', '—', ',', '/', '.', '&'].includes(raw(t, k))) return t.n;
  }
  return words > 0 && words <= 10 ? first : t.n;
}

/** Officials named in a Vietnamese article, merged per person, in order of first mention. */
export function extractOfficials(ctx: ExtractContext): Official[] {
  const t = tokenize(ctx.text, ctx.folded);
  const reader = new MentionReader(t, ctx.publishedAt, bylineLimit(t, ctx));
  const raws = reader.readAll();
  if (!raws.length) return [];
  const repeats = reader.bareRuns.map((r) => {
    const start = t.start[r.from]!;
    const end = t.end[r.to - 1]!;
    return { start, end, name: ctx.text.slice(start, end) };
  });
  return mergeOfficials(raws, repeats, ctx.text, ctx.publishedAt, ctx.warn);
}

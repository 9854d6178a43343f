/**
 * Sentence and paragraph spans with unified + retext-latin (parse-latin), taught the
 * abbreviations of Vietnamese police reporting.
 *
 * Every line is a paragraph: article bodies separate paragraphs by a single newline as
 * often as by a blank line, while parse-latin only breaks paragraphs at blank lines. So
 * each line is parsed on its own and its sentence offsets are shifted by the line start;
 * spans are exact offsets into the input.
 *
 * Speed: parse-latin tokenises every character (~0.2 ms per 1,000). Two shortcuts skip it
 * where its answer is already known, and `test/split-sentences.test.ts` checks on the corpus,
 * on traps and on generated text that the result is the parser's:
 * - a certain break — a word of two or more letters, preceded by a space, that is no
 *   abbreviation (ours or parse-latin's), then ".", "!" or "?", spaces and a capital letter
 *   ("… ANTT. Tham mưu") — is where parse-latin always splits and no merge rule applies, so
 *   the text on either side is parsed (or not) on its own;
 * - a piece whose sentence-ending marks (before its final run of them) are all marks where
 *   parse-latin never ends a sentence (`unsafeMark`: inside a word, before a lower-case word,
 *   after an abbreviation or an initial) is one sentence.
 * Work is linear in the text: the parser never sees a piece longer than MAX_PARSED_PIECE.
 */
import type { Paragraph, Root, Sentence, SentenceContent, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextLatin from 'retext-latin';
import { unified, type Processor } from 'unified';
import { SENTENCE_ABBREVIATIONS } from '../data/sentence-abbreviations.js';
import type { Span } from '../types.js';

/** Abbreviations as parse-latin sees them: the word before the final full stop ("PGS.TS" of "PGS.TS."). */
const ABBREVIATIONS = new Set(SENTENCE_ABBREVIATIONS.map((a) => a.slice(0, -1)));
// One letter before a full stop is an initial ("H. M. Thắng", "Đ. Hùng"); parse-latin only knows a–z.
const INITIAL = /^\p{L}$/u;

/**
 * parse-latin paragraph extension, after the shape of its `merge-prefix-exceptions`: when a
 * sentence ends in "." right after a registered abbreviation or an initial, the full stop
 * joins the word and the next sentence joins this one ("TP. Hồ Chí Minh" stays whole).
 */
function mergeAbbreviationSentences(paragraph: Paragraph): undefined {
  // One pass building the merged list: a splice per merge made a line of thousands of
  // abbreviations quadratic ("TP. PGS.TS. ThS. " repeated).
  const merged: Paragraph['children'] = [];
  for (const node of paragraph.children) {
    const sentence = merged[merged.length - 1];
    if (sentence?.type === 'SentenceNode' && node.type === 'SentenceNode' && endsWithAbbreviation(sentence)) {
      const period = sentence.children.pop()!;
      const word = sentence.children[sentence.children.length - 1] as Word;
      word.children.push(period as Word['children'][number]);
      if (word.position && period.position) word.position.end = period.position.end;
      for (const c of node.children) sentence.children.push(c);
      if (sentence.position && node.position) sentence.position.end = node.position.end;
      continue; // the merged sentence may end in another abbreviation
    }
    merged.push(node);
  }
  paragraph.children = merged;
  return undefined;
}

function endsWithAbbreviation(sentence: Sentence): boolean {
  const last: SentenceContent | undefined = sentence.children[sentence.children.length - 1];
  const before: SentenceContent | undefined = sentence.children[sentence.children.length - 2];
  if (!last || !before || last.type !== 'PunctuationNode' || last.value !== '.' || before.type !== 'WordNode') return false;
  const word = toString(before);
  return ABBREVIATIONS.has(word) || INITIAL.test(word);
}

/** unified plugin: registers the Vietnamese abbreviation rule with retext-latin's parser. */
export function retextVietnameseAbbreviations(this: Processor): undefined {
  const data = this.data();
  const list = (data.nlcstParagraphExtensions ??= []);
  if (!list.includes(mergeAbbreviationSentences)) list.push(mergeAbbreviationSentences);
  return undefined;
}

// Built once: parsing a line only creates parse-latin's small per-call parser object.
const processor = unified().use(retextLatin).use(retextVietnameseAbbreviations).freeze();

// Words that parse-latin's `merge-prefix-exceptions` treats as abbreviations (case-insensitive;
// besides one letter and 1–3 digits, handled with them in `mergesAfter`).
const PARSE_LATIN_ABBREVIATIONS = new Set(['al', 'ca', 'cap', 'cca', 'cent', 'cf', 'cit', 'con', 'cp', 'cwt', 'ead', 'etc', 'ff', 'fl', 'ibid', 'id', 'nem', 'op', 'pro', 'seq', 'sic', 'stat', 'tem', 'viz']);
// Characters whose class parse-latin and Unicode agree on (Latin, Vietnamese, combining marks):
// the shortcuts below decide only on these; anything else goes to the parser.
const SAFE_WORD = /[0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u1E00-\u1EFF]/;
const SAFE_LOWER = /[a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u024F\u1E00-\u1EFF]/;
/** ".", "!", "?", "…", "‽" (parse-latin's terminal marks), by character code. */
const isTerminal = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x203d;
const INNER_WORD_SYMBOL = /[&'\-.:=?@\u00B7\u2019]/;

const isWordAt = (s: string, i: number): boolean => i >= 0 && i < s.length && SAFE_WORD.test(s[i]!);
const isLowerCase = (ch: string): boolean => SAFE_LOWER.test(ch) && ch === ch.toLowerCase() && ch !== ch.toUpperCase();

/** The word parse-latin reads right before `i` ("PGS.TS" before the final "."), or null when it cannot tell. */
function wordBefore(piece: string, i: number): string | null {
  let s = i;
  while (s > 0 && (isWordAt(piece, s - 1) || (INNER_WORD_SYMBOL.test(piece[s - 1]!) && isWordAt(piece, s - 2) && isWordAt(piece, s)))) s--;
  if (s === i || (s > 0 && !/[\s(“"‘'\[]/.test(piece[s - 1]!))) return null;
  return piece.slice(s, i);
}

/** A full stop after this word never ends a sentence: ours, parse-latin's prefixes, an initial, a 1–3 digit number. */
function mergesAfter(word: string): boolean {
  return ABBREVIATIONS.has(word) || INITIAL.test(word) || /^\d{1,3}$/.test(word) || PARSE_LATIN_ABBREVIATIONS.has(word.toLowerCase());
}

/** Closing quotes and brackets that may stand between a word and its sentence's final mark ("… trắng”. Ông …"). */
const CLOSERS = new Set(['”', '’', '"', "'", ')', ']', '»']);
// A mark ("." "..." "!" "?" "…"), spaces, then a capital letter, a digit, or opening quotes or
// brackets and a word (a sentence with no word would join the one before): where parse-latin
// always splits, unless the mark is a "." after an abbreviation.
// What stands before the mark is checked in code.
const BREAK_CANDIDATE = /(?:\.{1,3}|[!?…]) +(?=[\p{Lu}\d]|[“"‘(\[]+[\p{L}\d])/gu;

/**
 * End offsets (after the mark) and next starts of the certain breaks in `line`: a word of two
 * or more letters or digits (not an abbreviation before a ".", not a number of 1–3 digits,
 * not ending in a one-letter part as initialisms do) or a closing quote or bracket after a
 * word, then the mark.
 */
function certainBreaks(line: string): Array<[end: number, next: number]> {
  const out: Array<[number, number]> = [];
  BREAK_CANDIDATE.lastIndex = 0;
  for (let m = BREAK_CANDIDATE.exec(line); m; m = BREAK_CANDIDATE.exec(line)) {
    const at = m.index;
    const mark = m[0].trimEnd();
    if (at > 0 && isTerminal(line.charCodeAt(at - 1))) continue;
    let p = at;
    while (p > 0 && CLOSERS.has(line[p - 1]!)) p--;
    if (p < at) {
      if (!isWordAt(line, p - 1)) continue;
    } else {
      const word = wordBefore(line, at);
      if (word === null || word.length < 2 || (mark === '.' && mergesAfter(word))) continue;
      // "v.v.", "U.S.": parse-latin reads the final full stop into an initialism, which ends nothing.
      if (/[^\p{L}\p{M}\p{N}][\p{L}\p{N}]$/u.test(word)) continue;
    }
    out.push([at + mark.length, at + m[0].length]);
  }
  return out;
}

/**
 * Whether the parser is needed for a piece: it has a sentence-ending mark, outside its final
 * run of them, where parse-latin might end a sentence. Marks it never ends one at:
 * - a "." or "?" between two letters or digits ("1.750", "TP.HCM", "v.v"): merged into the word;
 * - a single mark, spaces, then a lower-case letter ("… v.v. đều giảm"): the sentences merge;
 * - a "." after an abbreviation, an initial or a short number, then spaces ("TP. Hồ", "H. M.
 *   Thắng"): the sentences merge (parse-latin's exceptions and ours).
 */
function needsParser(piece: string): boolean {
  return unsafeMark(piece, 0) !== null;
}

/** The first mark at or after `from` where parse-latin might end a sentence: [end of its run, start of the next text], or null. */
function unsafeMark(piece: string, from: number): [end: number, next: number] | null {
  for (let i = from; i < piece.length; i++) {
    if (!isTerminal(piece.charCodeAt(i))) continue;
    const ch = piece[i]!;
    let runEnd = i;
    while (runEnd < piece.length && isTerminal(piece.charCodeAt(runEnd))) runEnd++;
    if (runEnd === piece.length) return null;
    let j = runEnd;
    while (j < piece.length && piece[j] === ' ') j++;
    if ((ch === '.' || ch === '?') && runEnd === i + 1 && isWordAt(piece, i - 1) && isWordAt(piece, i + 1)) continue;
    if (runEnd === i + 1 && j > i + 1 && j < piece.length) {
      if (isLowerCase(piece[j]!)) continue;
      if (ch === '.') {
        const w = wordBefore(piece, i);
        if (w !== null && mergesAfter(w)) continue;
      }
    }
    return [runEnd, j];
  }
  return null;
}

/**
 * Longest piece handed to the parser. parse-latin merges sentences with one array splice each,
 * which is quadratic on a long run of them. The longest line of the real articles measured is
 * 13,406 characters, and its pieces are far shorter; a piece longer than this has thousands of
 * marks and no clear sentence end (hostile input), and is cut in one pass at each mark the
 * shortcuts cannot rule out.
 */
export const MAX_PARSED_PIECE = 16_000;

function cutLong(piece: string, offset: number, out: Span[]): void {
  let from = 0;
  for (let mark = unsafeMark(piece, 0); mark; mark = unsafeMark(piece, mark[1])) {
    out.push({ start: offset + from, end: offset + mark[0] });
    from = mark[1];
  }
  if (from < piece.length) out.push({ start: offset + from, end: offset + piece.length });
}

// parse-latin's white space (expressions.js `whiteSpace`), so trimming matches its sentence edges.
const WHITE_SPACE = /[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

function parseLine(line: string, offset: number, out: Span[]): void {
  const root = processor.parse(line) as Root;
  for (const paragraph of root.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode' || !sentence.position) continue;
      const start = sentence.position.start.offset;
      const end = sentence.position.end.offset;
      if (start !== undefined && end !== undefined) out.push({ start: offset + start, end: offset + end });
    }
  }
}

export interface SplitOptions {
  /** Skip the parser where its answer is known (default true; false parses every line, for tests). */
  fastPath?: boolean;
}

/** Sentences and paragraphs (one per non-blank line) as exact spans into `text`. */
export function splitSentences(text: string, opts: SplitOptions = {}): { sentences: Span[]; paragraphs: Span[] } {
  const fastPath = opts.fastPath ?? true;
  const sentences: Span[] = [];
  const paragraphs: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && WHITE_SPACE.test(text[start]!)) start++;
    while (end > start && WHITE_SPACE.test(text[end - 1]!)) end--;
    if (start < end) {
      paragraphs.push({ start, end });
      const line = text.slice(start, end);
      if (!fastPath) parseLine(line, start, sentences);
      else {
        let from = 0;
        for (const [pieceEnd, next] of [...certainBreaks(line), [line.length, line.length] as [number, number]]) {
          const piece = line.slice(from, pieceEnd);
          if (!needsParser(piece)) sentences.push({ start: start + from, end: start + pieceEnd });
          else if (piece.length > MAX_PARSED_PIECE) cutLong(piece, start + from, sentences);
          else parseLine(piece, start + from, sentences);
          from = next;
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return { sentences, paragraphs };
}

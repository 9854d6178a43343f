/** `vnews explain`: what the rules read in an article, and every candidate they dropped, with the rule and the reason. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadInputs } from '../load/load-inputs.js';
import { explainArticle } from '../pipeline.js';
import { ENTITY_KEYS } from '../record/schema.js';
import type { ArticleRecord } from '../record/schema.js';
import { UsageError, type CliIO, type Command } from './command.js';

const help = `Usage: vnews explain PATH... [options]

For each article in the files or folders given (.txt, .html, .jsonl, .warc, .warc.gz): how
many entities of each type the rules read, then every candidate a rule dropped, with where it
is (line:column of the record's text), the rule that dropped it and why: a province name read
as part of a person's name (province/not-person), a proposal that is no award
(award/not-award), a name in the byline that is no official (official/not-byline) … Nothing is
written.

Options:
  --rule PREFIX   only the decisions of rules whose id starts with PREFIX ("province/", "award/not-award")
  --json          one JSON object per article: input, id, language, counts and decisions
  -h, --help      this help

Exit codes: 0 every input explained, 1 some inputs failed (named on stderr), 2 bad usage.
`;

interface Explained {
  input: string;
  id: string;
  language: string;
  counts: Record<string, number>;
  decisions: { rule: string; line: number; column: number; endLine: number; endColumn: number; start: number; end: number; reason: string }[];
}

function explainOne(input: string, record: ArticleRecord, messages: ReturnType<typeof explainArticle>['file']['messages'], rule: string | undefined): Explained {
  const counts: Record<string, number> = {};
  for (const k of ENTITY_KEYS) counts[k] = record[k].length;
  const decisions = messages
    .filter((m) => !rule || (m.ruleId ?? '').startsWith(rule))
    .map((m) => ({
      rule: m.ruleId ?? '', line: m.place && 'start' in m.place ? m.place.start.line : 0, column: m.place && 'start' in m.place ? m.place.start.column : 0,
      endLine: m.place && 'end' in m.place ? m.place.end.line : 0, endColumn: m.place && 'end' in m.place ? m.place.end.column : 0,
      start: m.place && 'start' in m.place ? m.place.start.offset ?? 0 : 0, end: m.place && 'end' in m.place ? m.place.end.offset ?? 0 : 0,
      reason: m.reason,
    }));
  return { input, id: record.id, language: record.language.code, counts, decisions };
}

function asText(e: Explained): string {
  const found = Object.entries(e.counts).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(', ') || 'nothing';
  const lines = [`${e.input} (${e.id}, ${e.language}): read ${found}; ${e.decisions.length} dropped`];
  for (const d of e.decisions) lines.push(`  ${d.line}:${d.column}-${d.endLine}:${d.endColumn}  ${d.rule}  ${d.reason}`);
  return `${lines.join('\n')}\n`;
}

export const command: Command = {
  name: 'explain',
  help,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { rule: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
    if (!positionals.length) throw new UsageError('name at least one file or folder to explain');
    let failed = 0;
    for await (const r of loadInputs(positionals.map((p) => path.resolve(io.cwd, p)))) {
      if (!r.ok) {
        failed++;
        io.stderr.write(`vnews explain: ${path.relative(io.cwd, r.failure.input) || r.failure.input}: ${r.failure.reason}\n`);
        continue;
      }
      const input = path.relative(io.cwd, r.article.source.location) || r.article.source.location;
      try {
        const { record, file } = explainArticle(r.article);
        const e = explainOne(input, record, file.messages, values.rule);
        io.stdout.write(values.json ? `${JSON.stringify(e)}\n` : asText(e));
      } catch (err) {
        failed++;
        io.stderr.write(`vnews explain: ${input}: ${(err as Error).message}\n`);
      }
    }
    return failed ? 1 : 0;
  },
};

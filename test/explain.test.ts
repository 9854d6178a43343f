/**
 * Every candidate a rule drops can be seen with the id of the rule that dropped it: through
 * the article view's trace (what the recognisers report), through explainArticle (vfile
 * messages with ruleId and place) and through `vnews explain`.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { makeContext, extractAwards, extractOfficials, extractProvinces } from './helpers/context.js';
import { explainArticle, processArticle } from '../src/pipeline.js';
import type { LoadedArticle } from '../src/types.js';
import { runCli } from './helpers/io.js';

const article = (body: string): LoadedArticle => ({
  source: { location: 'explain.txt', sha256: '0'.repeat(64), fetchedAt: null, etag: null, lastModified: null }, kind: 'text', body, warnings: [],
});

const at = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

describe('a dropped candidate names the rule that dropped it', () => {
  it('a province trap: the given name of a person, and a folded match that is no place', () => {
    const ctx = makeContext('Ông Nguyễn Bình Định cho biết Tết năm Đinh Dậu mọi người đều vui.');
    expect(extractProvinces(ctx)).toEqual([]);
    expect(ctx.decisions.map((d) => [d.rule, ctx.text.slice(d.start, d.end)])).toEqual([
      ['province/not-person', 'Bình Định'],
      ['province/not-capitalised', 'năm Đinh'],
    ]);
    expect(ctx.decisions[0]).toMatchObject(at(ctx.text, 'Bình Định'));
  });

  it('a province that is part of another name', () => {
    const ctx = makeContext('Kỷ niệm chiến thắng Điện Biên Phủ.');
    expect(extractProvinces(ctx)).toEqual([]);
    expect(ctx.decisions.map((d) => [d.rule, ctx.text.slice(d.start, d.end)])).toEqual([['province/not-other-place', 'Điện Biên']]);
  });

  it('an award veto: a proposal with counts is no award', () => {
    const ctx = makeContext('Hội đồng đề nghị Bộ trưởng tặng Bằng khen cho 3 tập thể. Giám đốc trao Giấy khen cho 5 tập thể.');
    expect(extractAwards(ctx).map((a) => [a.type, a.collectives])).toEqual([['Giấy khen', 5]]);
    expect(ctx.decisions).toHaveLength(1);
    expect(ctx.decisions[0]).toMatchObject({ rule: 'award/not-award', ...at(ctx.text, 'Bằng khen cho 3 tập thể') });
    expect(ctx.decisions[0]!.reason).toMatch(/^proposal/);
  });

  it('an official rejected as a byline: the last line repeats his name, but it is the author', () => {
    const ctx = makeContext('Thượng tướng Nguyễn Văn Thành, Thứ trưởng Bộ Công an, phát biểu chỉ đạo hội nghị.\nNguyễn Văn Thành');
    const officials = extractOfficials(ctx);
    expect(officials.map((o) => [o.name, o.mentions.length])).toEqual([['Nguyễn Văn Thành', 1]]);
    expect(ctx.decisions).toEqual([{ rule: 'official/not-byline', start: ctx.text.lastIndexOf('Nguyễn'), end: ctx.text.length, reason: expect.stringMatching(/byline/) }]);
  });

  it('a historical reference is vetoed as such', () => {
    const ctx = makeContext('Học tập và làm theo tấm gương đạo đức của Chủ tịch Hồ Chí Minh.');
    expect(extractOfficials(ctx)).toEqual([]);
    // "Hồ Chí Minh" alone is the person, not the city: the province rules say so too.
    expect(ctx.decisions.map((d) => [d.rule, ctx.text.slice(d.start, d.end)])).toEqual([
      ['province/prefixed', 'Hồ Chí Minh'],
      ['official/not-historical', 'Chủ tịch Hồ Chí Minh'],
    ]);
  });

  it('reports nothing when nothing was dropped', () => {
    const ctx = makeContext('Đại tá Hồ Văn Tứ, Phó Giám đốc Công an tỉnh Nghệ An, trao Giấy khen cho 5 tập thể.');
    extractOfficials(ctx);
    extractAwards(ctx);
    expect(ctx.decisions).toEqual([]);
  });
});

describe('explainArticle', () => {
  const body = 'Tổng kết phong trào thi đua năm 2020.\n\nÔng Nguyễn Bình Định cho biết hội đồng đề nghị tặng Bằng khen cho 3 tập thể.';

  it('gives the same record as processArticle, and the decisions as vfile messages with ruleId and place', () => {
    const { record, file } = explainArticle(article(body));
    expect(record).toEqual(processArticle(article(body)));
    const msgs = file.messages.map((m) => ({ ruleId: m.ruleId, source: m.source, fatal: m.fatal, start: m.place && 'start' in m.place ? m.place.start : null }));
    const line = record.text.split('\n').findIndex((l) => l.includes('Bình Định')) + 1;
    const column = record.text.indexOf('Bình Định') - record.text.lastIndexOf('\n', record.text.indexOf('Bình Định'));
    expect(msgs).toEqual([
      { ruleId: 'province/not-person', source: 'vnews', fatal: undefined, start: { line, column, offset: record.text.indexOf('Bình Định') } },
      { ruleId: 'award/not-award', source: 'vnews', fatal: undefined, start: expect.objectContaining({ line, offset: record.text.indexOf('Bằng khen') }) },
    ]);
    expect(file.messages[0]!.reason).toContain("'Bình Định'");
  });
});

describe('vnews explain', () => {
  it('prints each article with its counts and every decision; --rule and --json filter and format', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vnews-explain-'));
    await writeFile(path.join(dir, 'a.txt'), 'Ông Nguyễn Bình Định cho biết Giám đốc trao Giấy khen cho 5 tập thể, còn hội đồng đề nghị tặng Bằng khen cho 3 tập thể.\n');
    const text = await runCli(['explain', 'a.txt'], { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^a\.txt \([0-9a-f]{16}, vie\): read 1 awards; 2 dropped\n/);
    expect(text.stdout).toMatch(/\n {2}1:12-1:21 {2}province\/not-person {2}.*'Bình Định'\n/);
    expect(text.stdout).toMatch(/\n {2}1:\d+-1:\d+ {2}award\/not-award {2}proposal: not an award: 'Bằng khen cho 3 tập thể'\n/);

    const json = await runCli(['explain', 'a.txt', '--json', '--rule', 'award/'], { cwd: dir });
    expect(json.code).toBe(0);
    const e = JSON.parse(json.stdout);
    expect(e.counts.awards).toBe(1);
    expect(e.decisions.map((d: { rule: string }) => d.rule)).toEqual(['award/not-award']);
  });

  it('names a missing input and exits 1; no input at all is bad usage', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vnews-explain-'));
    const run = await runCli(['explain', 'nope.txt'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^vnews explain: nope\.txt: /);
    expect((await runCli(['explain'], { cwd: dir })).code).toBe(2);
  });
});

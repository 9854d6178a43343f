import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ingest } from '../src/ingest.js';
import { RecordStore } from '../src/store/record-store.js';
import { loadInputs } from '../src/load/load-inputs.js';
import { processArticle } from '../src/pipeline.js';
import { ArticleRecord, ENTITY_KEYS } from '../src/record/schema.js';
import { runCli } from './helpers/io.js';
import { articleResponse, gzipMembers, page } from './helpers/warc-files.js';
import { gzipSync } from 'node:zlib';
import { storedJson, storedRecords } from './helpers/store.js';

const tmpDir = (tag: string) => mkdtemp(path.join(os.tmpdir(), `vnews-${tag}-`));

/** What a re-run must leave byte-identical: the store file, the exports and the schema. */
async function readAll(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  out.set('vnews.sqlite', (await readFile(path.join(dir, 'vnews.sqlite'))).toString('base64'));
  for (const name of (await readdir(path.join(dir, 'records'))).sort()) out.set(name, await readFile(path.join(dir, 'records', name), 'utf8'));
  out.set('records.jsonl', await readFile(path.join(dir, 'records.jsonl'), 'utf8'));
  out.set('schema.json', await readFile(path.join(dir, 'schema.json'), 'utf8'));
  return out;
}

describe('ingest corpus/ end to end', () => {
  let out: string;
  let first: Awaited<ReturnType<typeof ingest>>;
  beforeAll(async () => {
    out = await tmpDir('e2e');
    first = await ingest(['corpus'], { outDir: out, exports: ['jsonl', 'json'] });
  });

  it('writes five records, records.jsonl sorted by id, schema.json and a run summary', async () => {
    expect(first.total).toBe(5);
    expect(first.written).toBe(5);
    expect(first.failed).toEqual([]);
    const files = (await readdir(path.join(out, 'records'))).sort();
    expect(files).toHaveLength(5);
    const lines = (await readFile(path.join(out, 'records.jsonl'), 'utf8')).trim().split('\n');
    const ids = lines.map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual([...ids].sort());
    expect(files).toEqual(ids.map((id) => `${id}.json`));
    expect(lines).toEqual(storedJson(out));
    const schema = JSON.parse(await readFile(path.join(out, 'schema.json'), 'utf8')) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toContain('officials');
    const runs = await readdir(path.join(out, 'runs'));
    expect(runs).toHaveLength(1);
    const summary = JSON.parse(await readFile(path.join(out, 'runs', runs[0]!), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(summary).sort()).toEqual(['changes', 'command', 'failed', 'finishedAt', 'inputs', 'skipped', 'startedAt', 'total', 'unchanged', 'written']);
    expect(summary).toMatchObject({ command: 'ingest', inputs: ['corpus'], total: 5, written: 5 });
  });

  it('every record validates and every mention points at its text', async () => {
    const lines = (await readFile(path.join(out, 'records.jsonl'), 'utf8')).trim().split('\n');
    let mentions = 0;
    for (const line of lines) {
      const rec = ArticleRecord.parse(JSON.parse(line));
      for (const key of ENTITY_KEYS) {
        for (const entity of rec[key]) {
          for (const m of entity.mentions) {
            expect(rec.text.slice(m.start, m.end)).toBe(m.text);
            mentions++;
          }
        }
      }
      for (const w of rec.warnings) if (w.start != null && w.end != null) expect(w.end).toBeGreaterThanOrEqual(w.start);
    }
    expect(mentions).toBeGreaterThanOrEqual(0);
  });

  it('a second run changes no byte and counts everything unchanged', async () => {
    const before = await readAll(out);
    const second = await ingest(['corpus'], { outDir: out, exports: ['jsonl', 'json'] });
    expect(second.written).toBe(0);
    expect(second.unchanged).toBe(5);
    expect(await readAll(out)).toEqual(before);
  });
});

describe('places and changes', () => {
  it('the same text at two places is one record listing the other place in alsoAt', async () => {
    const src = await tmpDir('dup-src');
    await cp('corpus/002_54f7ae074440a7f6.txt', path.join(src, 'a.txt'));
    await mkdir(path.join(src, 'mirror'));
    await cp('corpus/002_54f7ae074440a7f6.txt', path.join(src, 'mirror', 'b.txt'));
    const out = await tmpDir('dup-out');
    const res = await ingest([src], { outDir: out, index: false });
    expect(res.failed).toEqual([]);
    const recs = storedRecords(out);
    expect(recs).toHaveLength(1);
    const rec = recs[0]!;
    expect(rec.source.location).toBe(path.join(src, 'a.txt'));
    expect(rec.source.alsoAt).toEqual([path.join(src, 'mirror', 'b.txt')]);
    const again = await ingest([src], { outDir: out, index: false });
    expect(again.written).toBe(0);
  });

  it('an article that changed at its place replaces its old record', async () => {
    const src = await tmpDir('chg-src');
    const file = path.join(src, 'x.txt');
    await writeFile(file, 'Thượng tướng Nguyễn Văn Thành, Thứ trưởng Bộ Công an dự hội nghị.\n');
    const out = await tmpDir('chg-out');
    const a = await ingest([file], { outDir: out, index: false });
    await writeFile(file, 'Thượng tướng Nguyễn Văn Thành, Thứ trưởng Bộ Công an dự và phát biểu tại hội nghị.\n');
    const b = await ingest([file], { outDir: out, index: false });
    expect(b.written).toBe(1);
    expect(b.removedIds).toEqual(a.writtenIds);
    expect(storedRecords(out).map((r) => r.id)).toEqual(b.writtenIds);
  });
});

describe('places that change hands', () => {
  it('a place now holding another article is taken from the record that held it, even when that record is still listed elsewhere', async () => {
    const src = await tmpDir('swap-src');
    const a = path.join(src, 'a.txt');
    const b = path.join(src, 'b.txt');
    const t0 = await readFile('corpus/001_13a519dd43a9bdc2.txt', 'utf8');
    const t1 = await readFile('corpus/002_54f7ae074440a7f6.txt', 'utf8');
    const out = await tmpDir('swap-out');
    await writeFile(a, t0);
    await ingest([a], { outDir: out, index: false });
    // a.txt now holds another article, and the first one moved to b.txt
    await writeFile(a, t1);
    await writeFile(b, t0);
    await ingest([a, b], { outDir: out, index: false });
    const recs = storedRecords(out);
    const places = recs.flatMap((r) => [r.source.location, ...r.source.alsoAt]).sort();
    expect(places).toEqual([a, b].sort());
    expect(recs.find((r) => r.text.startsWith('Theo đó'))?.source.location).toBe(a);
  });

  it('a line inserted at the top of a JSON Lines file leaves each line claimed by exactly one record', async () => {
    const src = await tmpDir('jsonl-src');
    const file = path.join(src, 'a.jsonl');
    const texts = ['Thượng tướng Nguyễn Văn Thành dự hội nghị.', 'Đại tá Hồ Văn Tứ phát biểu tại hội nghị.', 'Thiếu tướng Nguyễn Quang Chữ chủ trì hội nghị.'];
    const out = await tmpDir('jsonl-out');
    await writeFile(file, texts.slice(1).map((t) => JSON.stringify({ text: t })).join('\n') + '\n');
    await ingest([file], { outDir: out, index: false });
    await writeFile(file, texts.map((t) => JSON.stringify({ text: t })).join('\n') + '\n');
    await ingest([file], { outDir: out, index: false });
    const recs = storedRecords(out);
    expect(recs).toHaveLength(3);
    const places = recs.flatMap((r) => [r.source.location, ...r.source.alsoAt]).sort();
    expect(places).toEqual([`${file}:1`, `${file}:2`, `${file}:3`]);
  });
});

describe('an output folder inside the input folder', () => {
  it('is not read back as input on the next run', async () => {
    const src = await tmpDir('inside');
    await cp('corpus/001_13a519dd43a9bdc2.txt', path.join(src, 'a.txt'));
    const out = path.join(src, 'output');
    await ingest([src], { outDir: out, index: false });
    const again = await ingest([src], { outDir: out, index: false, exports: ['jsonl'] });
    expect(again.total).toBe(1);
    expect(again.written).toBe(0);
    const rec = JSON.parse((await readFile(path.join(out, 'records.jsonl'), 'utf8')).trim()) as ArticleRecord;
    expect(rec.source.alsoAt).toEqual([]);
  });
});

describe('a run killed after writing records', () => {
  it('keeps what it committed; the next run counts it current and writes the delta the killed run could not', async () => {
    const out = await tmpDir('killed');
    await ingest(['corpus/000_a9d2bbf568b633fe.txt'], { outDir: out });
    // The killed run: a record reaches the store (its batch committed) but the run never finishes.
    const killed = await RecordStore.open(out);
    const loaded = (await loadInputs(['corpus/001_13a519dd43a9bdc2.txt']).next()).value;
    if (!loaded?.ok) throw new Error('fixture did not load');
    expect(killed.put(processArticle(loaded.article))).toBe('written');
    killed.flush();
    const next = await ingest(['corpus/000_a9d2bbf568b633fe.txt', 'corpus/001_13a519dd43a9bdc2.txt'], { outDir: out, exports: ['jsonl'] });
    killed.close();
    expect(next.written).toBe(0);
    expect(next.notes.join('\n')).toMatch(/written for an interrupted run/);
    const lines = (await readFile(path.join(out, 'records.jsonl'), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(await readdir(path.join(out, 'changes'))).toHaveLength(2);
  });
});

describe('inputs accounted for by the run', () => {
  it('lists files of unsupported types found in a folder as skipped, in the summary and on stderr, and still exits 0', async () => {
    const src = await tmpDir('skip-in');
    await writeFile(path.join(src, 'a.txt'), 'Công an tỉnh Hà Tĩnh tổng kết công tác năm 2021.\n\nĐại tá Trần Văn Lâm, Giám đốc Công an tỉnh, chủ trì hội nghị.');
    await writeFile(path.join(src, 'scan.pdf'), '%PDF-1.4 not an article');
    const out = await tmpDir('skip-out');
    const r = await runCli(['ingest', src, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`vnews ingest: skipped: ${path.join(src, 'scan.pdf')}: `);
    expect(r.stderr).toContain('2 inputs, 1 written, 0 unchanged, 1 skipped, 0 failed');
    const runs = await readdir(path.join(out, 'runs'));
    const summary = JSON.parse(await readFile(path.join(out, 'runs', runs[0]!), 'utf8')) as { skipped: Array<{ input: string }> };
    expect(summary.skipped.map((s) => s.input)).toEqual([path.join(src, 'scan.pdf')]);
  });

  it('names a record of a WARC file that the pipeline cannot use by its byte offset, not only its URL', async () => {
    const src = await tmpDir('warc-fail-in');
    const prose = 'Công an tỉnh Quảng Bình tổ chức hội nghị tổng kết phong trào thi đua vì an ninh Tổ quốc năm 2021. Đại tá Nguyễn Văn Long, Giám đốc Công an tỉnh, chủ trì hội nghị và biểu dương các đơn vị có thành tích xuất sắc trong công tác bảo đảm an ninh trật tự trên địa bàn.';
    const good = articleResponse('https://bao.invalid/1.html', page('Một', prose));
    const empty = articleResponse('https://bao.invalid/2.html', '<html><head><title>Trống</title></head><body><nav><a href="/">Trang chủ</a></nav></body></html>');
    const file = path.join(src, 'crawl.warc.gz');
    await writeFile(file, gzipMembers([good, empty]));
    const out = await tmpDir('warc-fail-out');
    const run = await ingest([file], { outDir: out, jobs: 1 });
    expect(run.written).toBe(1);
    expect(run.failed).toHaveLength(1);
    expect(run.failed[0]!.input).toBe(`${file}#${gzipSync(good).length}`);
  });
});

describe('CLI exit codes and messages', () => {
  it('exits 0 when every input became a record, and prints no progress when not on a terminal', async () => {
    const out = await tmpDir('cli0');
    const r = await runCli(['ingest', 'corpus', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr).toContain('5 written');
  });

  it('keeps records.jsonl current by default, rewrites it only after a change, and writes none with --export none', async () => {
    const out = await tmpDir('cli-export');
    expect((await runCli(['ingest', 'corpus', '--out', out])).code).toBe(0);
    const jsonl = path.join(out, 'records.jsonl');
    const first = await readFile(jsonl, 'utf8');
    expect(first.trim().split('\n')).toHaveLength(5);
    const { mtimeMs } = await stat(jsonl);
    const again = await runCli(['ingest', 'corpus', '--out', out]);
    expect(again.stderr).not.toContain('exported');
    expect((await stat(jsonl)).mtimeMs).toBe(mtimeMs);
    const extra = path.join(await tmpDir('cli-export-in'), 'extra.txt');
    await writeFile(extra, 'Công an tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm 2020.\n\nĐại tá Nguyễn Văn Bình, Giám đốc Công an tỉnh, chủ trì hội nghị.');
    const grown = await runCli(['ingest', extra, '--out', out]);
    expect(grown.stderr).toContain('exported 6 records');
    expect((await readFile(jsonl, 'utf8')).trim().split('\n')).toHaveLength(6);

    const bare = await tmpDir('cli-export-none');
    expect((await runCli(['ingest', 'corpus', '--out', bare, '--export', 'none'])).code).toBe(0);
    expect(existsSync(path.join(bare, 'records.jsonl'))).toBe(false);
    expect(existsSync(path.join(bare, 'vnews.sqlite'))).toBe(true);
  });

  it('shows progress with a count, rate and ETA on a terminal, and clears the line at the end', async () => {
    const out = await tmpDir('cli-tty');
    const r = await runCli(['ingest', 'corpus', '--out', out], { tty: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\r\x1b\[K1\/5 articles, \d+\/s, ETA \d+ s, 0 failed/);
    expect(r.stderr).toContain('5 written');
  });

  it('exits 1 and names each failed input while the others are still written', async () => {
    const src = await tmpDir('cli1-src');
    await cp('corpus/001_13a519dd43a9bdc2.txt', path.join(src, 'good.txt'));
    await writeFile(path.join(src, 'empty.txt'), '');
    const out = await tmpDir('cli1-out');
    const missing = path.join(src, 'no-such-file.txt');
    const r = await runCli(['ingest', src, missing, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(path.join(src, 'empty.txt'));
    expect(r.stderr).toContain(missing);
    expect(storedRecords(out)).toHaveLength(1);
    const runs = await readdir(path.join(out, 'runs'));
    const summary = JSON.parse(await readFile(path.join(out, 'runs', runs[0]!), 'utf8')) as { failed: { input: string }[] };
    expect(summary.failed.map((f) => f.input).sort()).toEqual([path.join(src, 'empty.txt'), missing].sort());
  });

  it('exits 2 on bad usage with the one-line cause, a guess where one is close, and a pointer to --help', async () => {
    const r = await runCli(['ingest', '--tone-style', 'sideways']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('vnews ingest: --tone-style must be old, new or keep, not "sideways"\nRun "vnews ingest --help" for its options.\n');
    const typo = await runCli(['query', '--provnce', 'nghe an']);
    expect(typo.code).toBe(2);
    expect(typo.stderr.split('\n')[0]).toBe('vnews query: unknown option --provnce; did you mean --province?');
    expect(typo.stderr).not.toContain('Usage:');
    const unknownFlag = await runCli(['ingest', '--frobnicate']);
    expect(unknownFlag.code).toBe(2);
    expect(unknownFlag.stderr.split('\n')[0]).toBe('vnews ingest: unknown option --frobnicate');
    const unknownCommand = await runCli(['quary']);
    expect(unknownCommand.code).toBe(2);
    expect(unknownCommand.stderr).toBe('vnews: unknown command "quary"; did you mean "query"?\nRun "vnews --help" for the list of commands.\n');
    const none = await runCli([]);
    expect(none.code).toBe(2);
  });

  it('draws progress when stderr is a terminal, even with stdout piped (vnews ingest … | tee log)', async () => {
    const out = await tmpDir('cli-tty-stderr');
    const r = await runCli(['ingest', 'corpus', '--out', out], { tty: { stdout: false, stderr: true } });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\r\x1b\[K\d\/5 articles/);
  });

  it.each(['ingest', 'refresh', 'query', 'officials', 'stats', 'eval', 'export'])('%s --help prints usage and exits 0', async (cmd) => {
    const r = await runCli([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: vnews/);
  });
});

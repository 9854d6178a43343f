/**
 * ingest --jobs: worker threads give the same records as one thread; a SIGKILL at any
 * point of a run loses nothing, and the next run completes with the records a clean run
 * would have written.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest.js';
import { tempOut } from './query-helpers.js';
import { readDelta, storedJson } from './helpers/store.js';

const PROVINCES = ['Nghệ An', 'Thanh Hóa', 'Hà Tĩnh', 'Quảng Bình', 'Gia Lai', 'Đắk Lắk', 'Cà Mau', 'Lâm Đồng'];
const RANKS = ['Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tướng'];
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Quang Cường', 'Phạm Đức Dũng', 'Hoàng Minh Hải'];

/** An invented report, numbered so that each is its own record. */
function article(i: number): string {
  const p = PROVINCES[i % PROVINCES.length]!;
  const name = NAMES[i % NAMES.length]!;
  return [
    `Công an tỉnh ${p} sơ kết công tác quý ${(i % 4) + 1}`,
    `Ngày ${(i % 27) + 1}/${(i % 12) + 1}/20${10 + (i % 14)}, Công an tỉnh ${p} tổ chức hội nghị sơ kết công tác bảo đảm an ninh trật tự lần thứ ${i}.`,
    `${RANKS[i % RANKS.length]} ${name}, Giám đốc Công an tỉnh ${p} chủ trì hội nghị. Công an tỉnh thuộc Cụm thi đua số ${(i % 8) + 1}.`,
    `Dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho ${i % 40} tập thể, ${(i * 3) % 90} cá nhân có thành tích xuất sắc trong phong trào thi đua vì an ninh Tổ quốc.`,
  ].join('\n');
}

let input: string;
let reference: string[];
const N = 260; // more than the 200 articles a run processes itself before starting workers

beforeAll(async () => {
  const dir = await tempOut('jobs-in');
  input = path.join(dir, 'reports.jsonl');
  await writeFile(input, Array.from({ length: N }, (_, i) => `${JSON.stringify({ text: article(i), url: `https://bao.invalid/tin/${i}` })}\n`).join(''));
  const out = await tempOut('jobs-1');
  const run = await ingest([input], { outDir: out, jobs: 1 });
  expect(run.written).toBe(N);
  reference = storedJson(out);
}, 120_000);

describe('ingest --jobs', () => {
  it('--jobs 2 stores the same records, byte for byte, as --jobs 1', async () => {
    const out = await tempOut('jobs-2');
    const run = await ingest([input], { outDir: out, jobs: 2, workers: { inlineFirst: 10, wait: true } });
    expect(run).toMatchObject({ total: N, written: N, failed: [] });
    expect(run.threads).toEqual({ inline: 10, workers: N - 10 });
    expect(storedJson(out)).toEqual(reference);
  }, 120_000);

  it('a run killed (SIGKILL) at seeded points loses nothing: the next run completes and the records are those of a clean run', async () => {
    // A smaller input whose worker starts after 4 articles (VNEWS_TEST_WORKERS) and then does
    // every article, stored 8 to a transaction (VNEWS_TEST_BATCH): the kills below land
    // between commits of the worker's records.
    const M = 120;
    const dir = await tempOut('jobs-kill-in');
    const small = path.join(dir, 'reports.jsonl');
    await writeFile(small, Array.from({ length: M }, (_, i) => `${JSON.stringify({ text: article(i), url: `https://bao.invalid/tin/${i}` })}\n`).join(''));
    const clean = await tempOut('jobs-kill-clean');
    await ingest([small], { outDir: clean, jobs: 1 });
    const want = storedJson(clean);
    expect(want).toHaveLength(M);

    const out = await tempOut('jobs-kill');
    let seed = 20251206;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    const count = () => {
      try {
        return storedJson(out).length;
      } catch {
        return 0;
      }
    };
    // Where each run is killed: at start-up (lock taken, nothing written), twice after a seeded
    // number of records beyond what the store held, and at the end (every record stored, the
    // delta and summary being written).
    const points: { name: string; reached: (before: number) => boolean }[] = [
      { name: 'start-up', reached: () => existsSync(path.join(out, '.refresh.lock')) },
      ...[0, 1].map(() => {
        const more = Math.floor(rand() * 40);
        return { name: `${more} records in`, reached: (before: number) => count() > before + more };
      }),
      { name: 'at the end', reached: () => count() === M },
    ];
    const log: string[] = [];
    for (const point of points) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'ingest', small, '--out', out, '--jobs', '2', '--export', 'none'], {
        stdio: 'ignore',
        env: { ...process.env, VNEWS_TEST_WORKERS: '4', VNEWS_TEST_BATCH: '8' },
      });
      const before = count();
      const until = Date.now() + 90_000;
      while (child.exitCode === null && Date.now() < until && !point.reached(before)) await new Promise((r) => setTimeout(r, 5));
      const finished = child.exitCode !== null;
      child.kill('SIGKILL');
      await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.on('exit', r)));
      log.push(`${point.name}: ${before} → ${count()} records${finished ? ' (the run had finished)' : ''}`);
    }
    const final = await ingest([small], { outDir: out, jobs: 2 });
    expect(final.failed, log.join('\n')).toEqual([]);
    expect(final.total).toBe(M);
    expect(storedJson(out), log.join('\n')).toEqual(want);
    // The killed runs' deltas were written by the next run; together the deltas name every record once at least.
    const written = new Set(readdirSync(path.join(out, 'changes')).flatMap((f) => readDelta(out, path.join('changes', f)).map((l) => l.id)));
    expect(written.size).toBe(M);
    expect(readdirSync(out).filter((n) => /vnews-tmp|\.stale-|\.refresh\.lock|-wal$|-shm$/.test(n))).toEqual([]);
    const again = await ingest([small], { outDir: out, jobs: 2 });
    expect(again).toMatchObject({ written: 0, unchanged: M, changes: null });
  }, 240_000);
});

describe('counting inputs', () => {
  it('an input given twice is counted once as skipped, not dropped', async () => {
    const out = await tempOut('jobs-twice');
    const dir = path.dirname(input);
    const one = path.join(dir, 'one.txt');
    await writeFile(one, article(1));
    const run = await ingest([one, one, path.relative(process.cwd(), one)], { outDir: out, jobs: 1 });
    expect(run.total).toBe(3);
    expect(run.written).toBe(1);
    expect(run.skipped.map((s) => s.reason)).toEqual(['given twice', `the same input as ${one}`]);
  });
});

describe('a record that cannot be stored', () => {
  it('counts its input once, as failed', async () => {
    const { RecordStore } = await import('../src/store/record-store.js');
    const out = await tempOut('jobs-badput');
    const store = await RecordStore.open(out);
    expect(() => store.put({ id: 'not a record' } as never)).toThrow();
    store.fail({ input: 'x.txt', reason: 'cannot store its record' });
    const run = await store.finish();
    expect(run).toMatchObject({ total: 1, written: 0, failed: [{ input: 'x.txt', reason: 'cannot store its record' }] });
  });
});

describe('an output folder that cannot be written', () => {
  it('is named in one line with what to do, exit 3, no stack trace', async () => {
    const { runCli } = await import('./helpers/io.js');
    const dir = await tempOut('jobs-outfile');
    const file = path.join(dir, 'not-a-folder');
    await writeFile(file, 'x');
    for (const out of [file, path.join(file, 'below')]) {
      const r = await runCli(['ingest', 'corpus/000_a9d2bbf568b633fe.txt', '--out', out]);
      expect(r.code, r.stderr).toBe(3);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(file);
      expect(r.stderr).toMatch(/give an --out that is a folder|is a file/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

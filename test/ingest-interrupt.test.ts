/**
 * Ctrl-C during ingest: the run stops reading, stores what it read, writes its summary
 * marked interrupted, lets go of the lock and exits 130; the next run goes on from there.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest.js';
import { tempOut } from './query-helpers.js';
import { storedJson } from './helpers/store.js';

const N = 1500;

/** An invented report, numbered so that each is its own record. */
const article = (i: number): string =>
  `Công an huyện tổng kết đợt cao điểm số ${i}\nNgày ${(i % 27) + 1}/${(i % 12) + 1}/2021, Công an huyện tổ chức hội nghị tổng kết đợt cao điểm lần thứ ${i} về trật tự an toàn giao thông.\nThượng tá Lê Văn Hùng, Trưởng Công an huyện, chủ trì hội nghị.`;

describe('ingest interrupted by Ctrl-C', () => {
  it('stores what it read, writes the summary marked interrupted, releases the lock and exits 130', async () => {
    const dir = await tempOut('interrupt-in');
    const input = path.join(dir, 'reports.jsonl');
    await writeFile(input, Array.from({ length: N }, (_, i) => `${JSON.stringify({ text: article(i) })}\n`).join(''));
    const out = await tempOut('interrupt-out');

    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'ingest', input, '--out', out, '--jobs', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const count = (): number => {
      try {
        return storedJson(out).length;
      } catch {
        return 0;
      }
    };
    // Interrupt once the run is writing (the store holds records), well before it is done.
    const until = Date.now() + 120_000;
    while (child.exitCode === null && Date.now() < until && count() === 0) await new Promise((r) => setTimeout(r, 25));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));

    expect(code, stderr).toBe(130);
    expect(stderr).toContain('interrupted');
    expect(existsSync(path.join(out, '.refresh.lock'))).toBe(false);
    const runs = readdirSync(path.join(out, 'runs'));
    expect(runs).toHaveLength(1);
    const summary = JSON.parse(readFileSync(path.join(out, 'runs', runs[0]!), 'utf8')) as { interrupted?: boolean; total: number; written: number; failed: unknown[] };
    expect(summary.interrupted).toBe(true);
    expect(summary.failed).toEqual([]);
    expect(summary.total).toBeLessThan(N);
    // Everything the summary counts is in the store, whole.
    const stored = storedJson(out);
    expect(stored).toHaveLength(summary.written);

    // The next run goes on: the rest is written, what was stored is unchanged.
    const next = await ingest([input], { outDir: out, jobs: 1 });
    expect(next).toMatchObject({ total: N, written: N - summary.written, unchanged: summary.written, failed: [] });
    expect(next.interrupted).toBeUndefined();
    expect(storedJson(out)).toHaveLength(N);
  }, 180_000);
});

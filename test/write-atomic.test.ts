import { describe, it, expect } from 'vitest';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic, removeStaleTemps, TMP_MARK } from '../src/store/write-atomic.js';

const tmpDir = () => mkdtemp(path.join(os.tmpdir(), 'vnews-atomic-'));

describe('writeFileAtomic', () => {
  it('writes the whole content and leaves no temporary file', async () => {
    const dir = await tmpDir();
    const file = path.join(dir, 'a.json');
    await writeFileAtomic(file, '{"a":1}\n');
    expect(await readFile(file, 'utf8')).toBe('{"a":1}\n');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('keeps the old file whole when the writer fails mid-way', async () => {
    const dir = await tmpDir();
    const file = path.join(dir, 'records.jsonl');
    await writeFile(file, 'old\n');
    async function* failing(): AsyncGenerator<string> {
      yield 'new line 1\n';
      throw new Error('disk on fire');
    }
    await expect(writeFileAtomic(file, failing())).rejects.toThrow('disk on fire');
    expect(await readFile(file, 'utf8')).toBe('old\n');
    expect(await readdir(dir)).toEqual(['records.jsonl']);
  });

  it('a process killed mid-write leaves the target untouched, and its temporary file is swept', async () => {
    const dir = await tmpDir();
    const file = path.join(dir, 'big.json');
    await writeFile(file, 'previous');
    // The child streams a large file slowly and is killed before it can rename.
    const script = `
      import { writeFileAtomic } from ${JSON.stringify(path.resolve('src/store/write-atomic.ts'))};
      async function* slow() { for (let i = 0; ; i++) { yield 'x'.repeat(65536); if (i === 3) process.stdout.write('started\\n'); await new Promise(r => setTimeout(r, 5)); } }
      await writeFileAtomic(${JSON.stringify(file)}, slow());
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.on('data', () => resolve()));
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    expect(await readFile(file, 'utf8')).toBe('previous');
    const left = (await readdir(dir)).filter((n) => n.includes(TMP_MARK));
    expect(left.length).toBe(1);
    expect(await removeStaleTemps(dir)).toBe(1);
    expect(await readdir(dir)).toEqual(['big.json']);
  });
});

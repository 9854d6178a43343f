/**
 * Seeded mutations of valid WARC files (bytes flipped, cut, duplicated, garbage inserted,
 * Content-Length rewritten): reading never throws and always ends, every result is an
 * article or a failure named after the file, and the CPU time stays small.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWarcArticles } from '../src/warc/read-warc.js';
import { articleResponse, gzipMembers, httpResponse, page, warcRecord } from './helpers/warc-files.js';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'vnews-warc-fuzz-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

/** mulberry32: a small seeded generator, so a failing case can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const records = [
  warcRecord({ type: 'warcinfo', contentType: 'application/warc-fields', block: 'software: fuzz\r\n' }),
  articleResponse('https://a.vn/1.html', page('Một')),
  warcRecord({ type: 'resource', url: 'file:///b.txt', contentType: 'text/plain', block: 'Công an xã tuyên truyền phòng cháy chữa cháy.' }),
  warcRecord({ type: 'response', url: 'https://a.vn/anh.jpg', contentType: 'application/http; msgtype=response', block: httpResponse(Buffer.alloc(300, 9), { 'Content-Type': 'image/jpeg' }) }),
  articleResponse('https://a.vn/2.html', page('Hai'), { fields: [['WARC-Payload-Digest', 'sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA']] }),
];

function mutate(bytes: Buffer, r: () => number): Buffer {
  const b = Buffer.from(bytes);
  const at = (): number => Math.floor(r() * b.length);
  switch (Math.floor(r() * 6)) {
    case 0: // flip a few bytes
      for (let i = 0; i < 1 + r() * 8; i++) b[at()] = Math.floor(r() * 256);
      return b;
    case 1: // cut
      return b.subarray(0, at());
    case 2: {
      // insert garbage
      const p = at();
      return Buffer.concat([b.subarray(0, p), Buffer.from(Array.from({ length: 1 + Math.floor(r() * 200) }, () => Math.floor(r() * 256))), b.subarray(p)]);
    }
    case 3: {
      // duplicate a slice
      const p = at();
      const q = Math.min(b.length, p + Math.floor(r() * 500));
      return Buffer.concat([b.subarray(0, q), b.subarray(p, q), b.subarray(q)]);
    }
    case 4: {
      // rewrite a Content-Length (only visible in the uncompressed form)
      const s = b.toString('latin1');
      const lengths = [...s.matchAll(/Content-Length: \d+/g)];
      if (!lengths.length) return b;
      const m = lengths[Math.floor(r() * lengths.length)]!;
      const value = [String(Math.floor(r() * 5000)), '99999999999', '-1', '12x', ''][Math.floor(r() * 5)];
      return Buffer.from(s.slice(0, m.index) + `Content-Length: ${value}` + s.slice(m.index! + m[0].length), 'latin1');
    }
    default: // drop a slice
      {
        const p = at();
        return Buffer.concat([b.subarray(0, p), b.subarray(Math.min(b.length, p + Math.floor(r() * 300)))]);
      }
  }
}

describe('mutated WARC files', () => {
  it('never throw, always end, name every failure after the file, and stay cheap', { timeout: 120_000 }, async () => {
    const plain = Buffer.concat(records);
    const gz = gzipMembers(records);
    const t0 = process.cpuUsage();
    let cases = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const r = rng(seed);
      const gzip = seed % 2 === 0;
      const file = path.join(tmp, `m${seed}${gzip ? '.warc.gz' : '.warc'}`);
      await writeFile(file, mutate(gzip ? gz : plain, r));
      const results = [];
      try {
        for await (const x of readWarcArticles(file)) results.push(x);
      } catch (e) {
        throw new Error(`seed ${seed} threw: ${(e as Error).stack}`);
      }
      for (const x of results) {
        if (x.ok) expect(x.article.source.location.length, `seed ${seed}`).toBeGreaterThan(0); // a flipped byte may land in the URL
        else expect(x.failure.input.startsWith(file), `seed ${seed}: ${x.failure.input}`).toBe(true);
      }
      expect(results.length, `seed ${seed}`).toBeLessThanOrEqual(20);
      cases++;
    }
    const cpu = process.cpuUsage(t0);
    expect(cases).toBe(300);
    // Generous: about 2 ms a case on a quiet machine.
    expect((cpu.user + cpu.system) / 1000 / cases).toBeLessThan(200);
  });
});

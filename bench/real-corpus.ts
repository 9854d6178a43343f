/**
 * The benchmark corpus: the real articles of ../shared/real (about 4,000 characters each),
 * copied as many times as needed, each copy made unique by a numbered sentence at the start
 * of its body. Only benchmarks read ../shared; tests never do.
 */
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

const REAL = path.resolve(import.meta.dirname, '../../shared/real');

/** The real articles, read once. */
export function realArticles(): string[] {
  if (!existsSync(REAL)) throw new Error(`${REAL} not found: this benchmark needs ../shared/real`);
  return readdirSync(REAL)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => readFileSync(path.join(REAL, n), 'utf8'));
}

/** Copy `i` of a real article, unique by a numbered sentence at the start of its body (the title line stays). */
export function uniqueCopy(articles: string[], i: number): string {
  const a = articles[i % articles.length]!;
  const nl = a.indexOf('\n');
  return nl < 0 ? `Bản tin số ${i}. ${a}` : `${a.slice(0, nl + 1)}Bản tin số ${i}. ${a.slice(nl + 1)}`;
}

/** Write `count` unique copies, numbered from `from`, as JSON Lines. */
export async function writeCorpus(file: string, from: number, count: number): Promise<void> {
  const articles = realArticles();
  await mkdir(path.dirname(file), { recursive: true });
  const ws = createWriteStream(file);
  for (let i = from; i < from + count; i++) {
    if (!ws.write(`${JSON.stringify({ text: uniqueCopy(articles, i) })}\n`)) await new Promise<void>((r) => ws.once('drain', () => r()));
  }
  await new Promise<void>((r) => ws.end(() => r()));
}


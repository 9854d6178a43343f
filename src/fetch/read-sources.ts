/**
 * The sources file of `vnews refresh` (README "The sources file"): JSON, with `//` and
 * `/* *\/` comments and trailing commas allowed, since people copy the commented example.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const httpUrl = z.string().refine((s) => {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}, 'must be an absolute http(s) URL');

const Source = z.union([
  z.strictObject({ feed: httpUrl }),
  z.strictObject({ sitemap: httpUrl }),
  z.strictObject({ page: httpUrl, links: z.string().min(1, 'links needs a CSS selector') }),
  z.strictObject({ url: httpUrl }),
]);

export const SourcesFile = z.strictObject({
  sources: z.array(Source),
  userAgent: z.string().min(1).optional(),
  concurrency: z.number().int().positive().optional(),
  perHostConcurrency: z.number().int().positive().optional(),
  perHostIntervalMs: z.number().nonnegative().optional(),
  allowPrivateNetwork: z.boolean().optional(),
});

export type Source = z.infer<typeof Source>;
export type Sources = z.infer<typeof SourcesFile>;

/** A sources file that cannot be read or does not follow the format (bad usage: exit 2). */
export class SourcesError extends Error {}

/** Drop comments, then trailing commas, outside strings; everything else stays as written. */
export function stripJsonComments(text: string): string {
  return scan(scan(text, 'comments'), 'commas');
}

function scan(text: string, drop: 'comments' | 'commas'): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (drop === 'comments' && c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (drop === 'comments' && c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (drop === 'commas' && c === ',') {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      if (text[j] !== '}' && text[j] !== ']') out += c;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Parse and validate the text of a sources file; `name` appears in error messages. */
export function parseSources(text: string, name: string): Sources {
  let json: unknown;
  try {
    json = JSON.parse(stripJsonComments(text.replace(/^\uFEFF/, '')));
  } catch (e) {
    throw new SourcesError(`${name} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = SourcesFile.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    const where = first.path.length ? first.path.join('.') : '(top level)';
    const hint = first.path[0] === 'sources' && first.path.length === 2 && first.code === 'invalid_union' ? ': each source is {"feed"}, {"sitemap"}, {"page", "links"} or {"url"}' : `: ${first.message}`;
    throw new SourcesError(`${name}: ${where}${hint}`);
  }
  return parsed.data;
}

export async function readSourcesFile(file: string): Promise<Sources> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new SourcesError(`cannot read sources file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseSources(text, file);
}

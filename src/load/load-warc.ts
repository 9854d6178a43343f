/**
 * `.warc` / `.warc.gz` → articles, through the WARC reader (src/warc/read-warc.ts). It is
 * imported on first use, so a problem there fails only the WARC inputs, each named, and
 * never the text and HTML files of the same batch.
 */
import type { InputFailure, LoadResult } from '../types.js';
import type { WarcInputSet } from '../warc/read-warc.js';

type WarcModule = typeof import('../warc/read-warc.js');
let reader: Promise<WarcModule | null> | null = null;

const loadReader = (): Promise<WarcModule | null> =>
  (reader ??= import('../warc/read-warc.js').then(
    (m) => (typeof m.readWarcArticles === 'function' ? m : null),
    () => null,
  ));

/** The WARC files of one run share this: a revisit finds its original in any of them. */
export interface WarcContext {
  set: WarcInputSet | null;
  onSkip?: (s: InputFailure) => void;
}

/** The articles of one WARC file, each a record or a named failure. */
export async function* loadWarcFile(file: string, ctx: WarcContext = { set: null }): AsyncGenerator<LoadResult> {
  const m = await loadReader();
  if (!m) {
    yield { ok: false, failure: { input: file, reason: 'WARC reading not available' } };
    return;
  }
  ctx.set ??= new m.WarcInputSet();
  try {
    yield* m.readWarcArticles(file, { inputSet: ctx.set, ...(ctx.onSkip ? { onSkip: ctx.onSkip } : {}) });
  } catch (e) {
    yield { ok: false, failure: { input: file, reason: `cannot read WARC: ${(e as Error).message}` } };
  }
}

/** After the last input: revisits still waiting are resolved or reported, WARC files that gave nothing fail. */
export async function* settleWarcs(ctx: WarcContext): AsyncGenerator<LoadResult> {
  if (ctx.set) yield* ctx.set.settle(ctx.onSkip ? { onSkip: ctx.onSkip } : {});
}

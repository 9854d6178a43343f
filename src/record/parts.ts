/** The parts every entity of a record carries: where it was read, and which rule read it. */
import { z } from 'zod';

/** Where in `text` a value was read: `start`, `end` count code points (Python's `text[start:end]` is the mention). */
export const Mention = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Mention = z.infer<typeof Mention>;

/** How a value was found: the recogniser id and the kind of match (fuzzy with its score). */
export const Provenance = z.object({
  rule: z.string(),
  match: z.enum(['exact', 'alias', 'folded', 'fuzzy', 'inferred']),
  score: z.number().min(0).max(1).optional(),
});
export type Provenance = z.infer<typeof Provenance>;

export const provenanceList = z.array(Provenance);

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

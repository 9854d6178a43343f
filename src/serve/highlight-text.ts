/**
 * Where each extracted value was read, laid over the article text: every mention of every
 * entity (and every warning with a span) becomes an annotation, and the text is cut into
 * runs, each covered by a stack of annotations that nest. Mentions may nest (a date inside
 * a period) or cross; a crossing one is closed and reopened around the other, its later
 * pieces marked as continuations, so the marks are always well nested.
 */
import { toUtf16 } from '../text/code-points.js';
import type { ArticleRecord, Provenance } from '../record/schema.js';

export type EntityKind = 'officials' | 'provinces' | 'clusters' | 'periods' | 'dates' | 'awards' | 'warnings';

export const KIND_NAMES: Record<EntityKind, string> = {
  officials: 'Official',
  provinces: 'Province',
  clusters: 'Cluster',
  periods: 'Period',
  dates: 'Date',
  awards: 'Award',
  warnings: 'Warning',
};

/** One mention of one value, in UTF-16 offsets of `record.text`. */
export interface Annotation {
  /** Unique in the article: "m0", "m1" … in text order. */
  id: string;
  kind: EntityKind;
  /** Index of the entity in its list of the record (officials[2] → 2). */
  entity: number;
  start: number;
  end: number;
  /** The canonical value, as the record states it. */
  value: string;
  /** The rules that found the entity, with how they matched. */
  foundBy: string;
}

/** A run of text and the annotations covering it, outermost first. */
export interface Run {
  start: number;
  end: number;
  marks: Annotation[];
}

export interface Highlighted {
  annotations: Annotation[];
  runs: Run[];
  /** Mentions whose offsets do not point at their text (left out of the highlighting). */
  unplaced: number;
}

const describeFoundBy = (p: Provenance[]): string => p.map((x) => `${x.rule} (${x.match}${x.score !== undefined ? ` ${x.score.toFixed(2)}` : ''})`).join(', ');

const counts = (collectives: number | null, individuals: number | null): string =>
  [collectives !== null ? `${collectives} collectives` : '', individuals !== null ? `${individuals} individuals` : ''].filter(Boolean).join(', ');

/** The canonical value of each entity, as a short line. */
export function entityValue(r: ArticleRecord, kind: EntityKind, i: number): string {
  switch (kind) {
    case 'officials': {
      const o = r.officials[i]!;
      return [o.rank ?? o.honorific, o.name].filter(Boolean).join(' ') + (o.positions.length ? `, ${o.positions.join('; ')}` : '');
    }
    case 'provinces': {
      const p = r.provinces[i]!;
      return `${p.name} (code ${p.code}${p.since2025 && p.since2025 !== p.name ? `; from 2025 part of ${p.since2025}` : ''})`;
    }
    case 'clusters': {
      const c = r.clusters[i]!;
      return `cluster ${c.number}${c.members.length ? `: ${c.members.join(', ')}` : ''}`;
    }
    case 'periods': {
      const p = r.periods[i]!;
      return `${p.start} to ${p.end}`;
    }
    case 'dates':
      return r.dates[i]!.value;
    case 'awards': {
      const a = r.awards[i]!;
      const c = counts(a.collectives, a.individuals);
      return `${a.type}${c ? `: ${c}` : ''}${a.issuer ? ` (issuer: ${a.issuer})` : ''}`;
    }
    case 'warnings': {
      const w = r.warnings[i]!;
      return `${w.code}: ${w.message}`;
    }
  }
}

/**
 * A mention's place as UTF-16 offsets of `text`, for slicing in JavaScript: records count
 * code points (SPEC; src/text/code-points.ts). Null when the offsets are not a span of the
 * text or, given the mention's own text, do not point at it.
 */
function place(text: string, utf16: (cp: number) => number, start: number, end: number, expected: string | null): { start: number; end: number } | null {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start)) return null;
  const s = utf16(start);
  const e = utf16(end);
  if (e > text.length || (expected !== null && text.slice(s, e) !== expected)) return null;
  return { start: s, end: e };
}

/** Every annotation of `r`, and the runs of its text with the annotations over each. */
export function highlightText(r: ArticleRecord): Highlighted {
  const text = r.text;
  const cpIndex = toUtf16(text);
  const raw: Omit<Annotation, 'id'>[] = [];
  let unplaced = 0;
  const kinds = ['officials', 'provinces', 'clusters', 'periods', 'dates', 'awards'] as const;
  for (const kind of kinds) {
    const list = r[kind] as { mentions: { start: number; end: number; text: string }[]; foundBy: Provenance[] }[];
    list.forEach((e, i) => {
      const value = entityValue(r, kind, i);
      const foundBy = describeFoundBy(e.foundBy);
      for (const m of e.mentions) {
        const at = place(text, cpIndex, m.start, m.end, m.text);
        if (at) raw.push({ kind, entity: i, ...at, value, foundBy });
        else unplaced++;
      }
    });
  }
  r.warnings.forEach((w, i) => {
    if (w.start === null || w.end === null) return;
    const at = place(text, cpIndex, w.start, w.end, null);
    if (at) raw.push({ kind: 'warnings', entity: i, ...at, value: entityValue(r, 'warnings', i), foundBy: w.rule ?? '' });
  });

  // Outer before inner: earlier start first, then the longer one.
  raw.sort((a, b) => a.start - b.start || b.end - a.end || kinds.indexOf(a.kind as never) - kinds.indexOf(b.kind as never) || a.entity - b.entity);
  const annotations = raw.map((a, n) => ({ ...a, id: `m${n}` }));

  const bounds = new Set<number>([0, text.length]);
  for (const a of annotations) (bounds.add(a.start), bounds.add(a.end));
  const cuts = [...bounds].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const start = cuts[k]!;
    const end = cuts[k + 1]!;
    // In annotation order, which is also the nesting order (outer first).
    runs.push({ start, end, marks: annotations.filter((a) => a.start <= start && a.end >= end) });
  }
  return { annotations, runs, unplaced };
}

/** A piece of a mark as rendered: `first` only on the piece where the annotation begins. */
export type MarkEvent = { open: Annotation; first: boolean } | { close: Annotation } | { text: string };

/**
 * The runs as a well-nested stream of open, text and close events: at each run the open
 * marks that stay (a common prefix of the stack) remain open, the others close, and the
 * new ones open. An annotation closed early to let another close reopens as a continuation.
 */
export function markEvents(text: string, h: Highlighted): MarkEvent[] {
  const out: MarkEvent[] = [];
  const stack: Annotation[] = [];
  const opened = new Set<string>();
  for (const run of h.runs) {
    let keep = 0;
    while (keep < stack.length && keep < run.marks.length && stack[keep] === run.marks[keep]) keep++;
    while (stack.length > keep) out.push({ close: stack.pop()! });
    for (const a of run.marks.slice(keep)) {
      out.push({ open: a, first: !opened.has(a.id) });
      opened.add(a.id);
      stack.push(a);
    }
    out.push({ text: text.slice(run.start, run.end) });
  }
  while (stack.length) out.push({ close: stack.pop()! });
  return out;
}

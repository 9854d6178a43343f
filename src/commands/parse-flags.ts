import type { QueryFilters } from '../query/filters.js';
/** Flag values shared by the commands, checked one way: a bad value is a usage error naming the flag. */
import { UsageError } from './command.js';

/**
 * A whole number between `min` and `max` (inclusive), or undefined when the flag was not
 * given. "1e3", "12abc", "-1" and numbers past `max` (SQLite takes at most 2^63 − 1; the
 * default bound is JavaScript's largest exact integer) are refused, never passed on.
 */
export function wholeNumber(flag: string, value: string | undefined, { min = 0, max = Number.MAX_SAFE_INTEGER }: { min?: number; max?: number } = {}): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  const n = /^\d+$/.test(v) ? Number(v) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    const what = min === 0 ? 'a whole number' : min === 1 ? 'a positive whole number' : `a whole number from ${min}`;
    const upTo = max !== Number.MAX_SAFE_INTEGER || (/^\d+$/.test(v) && n > max) ? ` up to ${max}` : '';
    throw new UsageError(`${flag} takes ${what}${upTo}, not "${value}"`);
  }
  return n;
}

/** One of `allowed`, or `fallback` when the flag was not given. */
export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  const v = value ?? fallback;
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`${flag} must be ${allowed.join(', ')}, not "${v}"`);
  return v as T;
}

/**
 * The record filters `query` and `export` share, as parseArgs options. The end of the period
 * filter is left to each command: `query --to`, `export --until` (there `--to` is the file).
 */
export const FILTER_OPTIONS = {
  official: { type: 'string' },
  rank: { type: 'string' },
  province: { type: 'string' },
  successors: { type: 'boolean', default: false },
  cluster: { type: 'string' },
  from: { type: 'string' },
  'published-from': { type: 'string' },
  'published-to': { type: 'string' },
  award: { type: 'string' },
  text: { type: 'string' },
} as const;

type FilterValues = { [K in keyof typeof FILTER_OPTIONS]?: (typeof FILTER_OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

/** The filters parsed from FILTER_OPTIONS' values, with the period's end given by the command. */
export function filtersFrom(values: FilterValues, to: string | undefined): QueryFilters {
  return {
    official: values.official,
    rank: values.rank,
    province: values.province,
    successors: values.successors || undefined,
    cluster: wholeNumber('--cluster', values.cluster, { min: 1 }),
    from: values.from,
    to,
    publishedFrom: values['published-from'],
    publishedTo: values['published-to'],
    award: values.award,
    text: values.text,
  };
}

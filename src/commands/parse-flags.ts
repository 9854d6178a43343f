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

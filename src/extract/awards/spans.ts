/** Lookups in lists of spans sorted by start (count groups, type hits): a binary search instead of a scan, so a long sentence stays linear. */

interface Spanned {
  start: number;
  end: number;
}

/** Index of the first span starting at or after `pos` (the list length when none). */
export function firstFrom(list: readonly Spanned[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether some span of the list overlaps [start, end) (spans of the list do not overlap each other). */
export function overlapsAny(list: readonly Spanned[], start: number, end: number): boolean {
  const i = firstFrom(list, start);
  return (i < list.length && list[i]!.start < end) || (i > 0 && list[i - 1]!.end > start);
}

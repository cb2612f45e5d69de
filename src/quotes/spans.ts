/** Spans: whether one lies inside another, and binary search over spans sorted by start. */
import { Span } from '../types';

/** Index of the first item whose start is at or after `pos` (items sorted by start). */
export function lowerBound(items: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does `inner` lie inside `outer`? */
export function inside(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** The items lying inside [a, b), found by binary search (items sorted by start). */
export function within<T extends Span>(items: readonly T[], a: number, b: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(items, a); i < items.length && items[i].start < b; i++) {
    if (items[i].end <= b) out.push(items[i]);
  }
  return out;
}

/**
 * Rendered text → HTML offsets. Every character of the rendered text remembers the range of
 * the HTML it came from: one character for plain text, the whole reference for an entity
 * (`&amp;` → "&"), the white-space run for a collapsed space, the tag for a list bullet,
 * and an empty range at the tag for a line break the renderer added.
 */
import type { Span } from '../types';

export class SourceMap {
  /** Per rendered character: where its source starts in the HTML. */
  readonly starts: Int32Array;
  /** Per rendered character: where its source ends in the HTML (exclusive). */
  readonly ends: Int32Array;

  constructor(starts: ArrayLike<number>, ends: ArrayLike<number>) {
    if (starts.length !== ends.length) throw new Error('source map: starts and ends differ in length');
    this.starts = Int32Array.from(starts);
    this.ends = Int32Array.from(ends);
  }

  get length(): number {
    return this.starts.length;
  }

  /**
   * The HTML span of rendered [start, end): from the start of the first character's source
   * to the end of the last character's source, so entities and tags inside are included.
   * An empty span maps to the point where its position's source starts.
   */
  toSource(start: number, end: number): Span {
    const n = this.starts.length;
    if (n === 0) return { start: 0, end: 0 };
    const s = Math.max(0, Math.min(start, n));
    const e = Math.max(s, Math.min(end, n));
    if (e === s) {
      const at = s < n ? this.starts[s] : this.ends[n - 1];
      return { start: at, end: at };
    }
    return { start: this.starts[s], end: this.ends[e - 1] };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Rewrite, in place, every `{ start: number, end: number }` found anywhere inside `value`
 * (objects and arrays, however deep) through `map`. Each object is rewritten once even when
 * it is reachable twice. Objects whose start/end are not both numbers (a warning without a
 * place: null) are left alone. Returns `value`.
 */
export function remapOffsets<T>(value: T, map: (start: number, end: number) => Span): T {
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (!isRecord(node) || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (typeof node.start === 'number' && typeof node.end === 'number') {
      const span = map(node.start, node.end);
      node.start = span.start;
      node.end = span.end;
    }
    for (const key of Object.keys(node)) visit(node[key]);
  };
  visit(value);
  return value;
}

/**
 * Dates settled once the headline is known (runs after ./webmeta.ts):
 * - a relative stamp right around the headline ("Published 22 hours ago" above it on Fox
 *   News, "Today 12:01 AM" under it) when no absolute stamp of its kind was found: resolved
 *   against `options.referenceDate` (--reference-date) when given; otherwise the value stays
 *   null and a `relative-date` warning says why (./metadata/relative.ts);
 * - a page that shows only "Updated …" (Hearst's AP pages: "Updated 1:39 am EST, Wednesday,
 *   November 20, 2019") gets that as `published` too, with a `published-from-updated`
 *   warning: the story cannot be newer than its last update, and on the dev pages the two
 *   fall on the same day.
 * Lines around the headline only: teaser lists further down are full of "5H ago".
 */
import { Context, Extractor } from '../pipeline/context';
import type { Warning } from '../types';
import { parseReferenceDate, relativeStamp, resolveRelative } from './metadata/relative';
import { parseZoneOverride } from './metadata/stamps';

type StampKind = 'published' | 'updated';
const leftNull = (kind: StampKind): string => `; ${kind} left null`;

/**
 * Is `w` one of this module's stand-ins for a `kind` value (a relative stamp left null, or
 * published borrowed from updated)? They no longer apply once the value is read elsewhere
 * (src/html/refine.ts: the page's metadata).
 */
export function standsInFor(w: Warning, kind: StampKind): boolean {
  return (kind === 'published' && w.code === 'published-from-updated') || (w.code === 'relative-date' && w.message.includes(leftNull(kind)));
}

/** Non-blank lines looked at above and below the headline. */
const ABOVE = 3;
const BELOW = 8;

/** Up to `count` non-blank line indices from `from` on, stepping by `step` (±1). */
function nonBlankLines(ctx: Context, from: number, step: 1 | -1, count: number): number[] {
  const { lines } = ctx.doc;
  const out: number[] = [];
  for (let i = from; i >= 0 && i < lines.length && out.length < count; i += step) if (!lines[i].blank) out.push(i);
  return out;
}

function linesAround(ctx: Context, headline: number): number[] {
  return [...nonBlankLines(ctx, headline - 1, -1, ABOVE), ...nonBlankLines(ctx, headline + 1, 1, BELOW)];
}

function relativeStamps(ctx: Context): void {
  const headline = ctx.found.headline;
  if (!headline || (ctx.found.published && ctx.found.updated)) return;
  const reference = ctx.options.referenceDate ? parseReferenceDate(ctx.options.referenceDate) : null;
  const override = parseZoneOverride(ctx.options.timezone);
  if (ctx.options.referenceDate && !reference) {
    ctx.warn('invalid-reference-date', `--reference-date "${ctx.options.referenceDate}" is not an ISO 8601 date (YYYY-MM-DD[THH:MM[±HH:MM]]); ignored`);
  }
  for (const i of linesAround(ctx, ctx.doc.lineAt(headline.start).index)) {
    if (!ctx.isFree(i) && ctx.roles[i] !== 'boilerplate') continue;
    const line = ctx.doc.lines[i];
    const stamp = relativeStamp(ctx.doc.lineText(line));
    if (!stamp || ctx.found[stamp.kind]) continue;
    const start = line.contentStart + stamp.start;
    const end = line.contentStart + stamp.end;
    ctx.claim(i, 'stamp');
    if (!reference) {
      ctx.warn('relative-date', `"${ctx.doc.text.slice(start, end)}" is relative to when the page was saved${leftNull(stamp.kind)} (give --reference-date)`, start, end);
      continue;
    }
    const { iso, zoneStated } = resolveRelative(stamp, reference, override);
    ctx.found[stamp.kind] = { iso, raw: ctx.doc.text.slice(start, end), start, end, zoneStated };
  }
}

function publishedFromUpdated(ctx: Context): void {
  const updated = ctx.found.updated;
  if (ctx.found.published || !updated) return;
  ctx.found.published = { ...updated };
  ctx.warn('published-from-updated', 'the page shows only when it was updated; published is that stamp', updated.start, updated.end);
}

export const lateDatesExtractor: Extractor = {
  name: 'late-dates',
  run(ctx: Context): void {
    relativeStamps(ctx);
    publishedFromUpdated(ctx);
  },
};

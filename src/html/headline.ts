/**
 * The headline of an HTML page, decided inside the text pipeline: the rendered `<h1>` whose
 * text is the page's metadata headline is the headline. This runs as an extra pipeline step
 * right after the headline extractor (HTML input only), so that the standfirst, the body's
 * start and the section headings all follow from the right headline: when the text heuristic
 * took another line (a section heading or a teaser in a web page's layout), that line is held
 * back and the headline extractor runs again, up to a few times; if it still does not come to
 * the `<h1>`, the `<h1>` is set as the headline directly (with no standfirst).
 */
import type { Paragraph } from '../document/paragraphs';
import type { Context, Extractor } from '../pipeline/context';
import { headlineExtractor } from '../extractors/headline';
import type { RenderedHeading } from './render';

const RETRIES = 6;

export const foldTitle = (s: string): string =>
  s.normalize('NFKC').toLowerCase().replace(/[“”„"«»]/g, '"').replace(/[‘’`']/g, "'").replace(/\s+/g, ' ').trim();

/** Is the `<h1>` text the metadata headline? Equal (folded), or but for a " | Site" suffix/prefix. */
export function sameHeadline(h1: string, meta: string): boolean {
  const a = foldTitle(h1);
  const b = foldTitle(meta);
  if (!a) return false;
  if (a === b) return true;
  if (b.startsWith(a) && /^\s*[|\-–—:·•]\s/.test(b.slice(a.length))) return true;
  if (b.endsWith(a) && /\s[|\-–—:·•]\s*$/.test(b.slice(0, b.length - a.length))) return true;
  return false;
}

/**
 * The `<h1>` that is the metadata headline, or null: of several, the longest, since the
 * site's name may be an `<h1>` too ("The GiveWell Blog" for "September 2018 open thread -
 * The GiveWell Blog").
 */
export function matchingH1(headings: RenderedHeading[], metaHeadline: string | null): RenderedHeading | null {
  const h1s = headings.filter((h) => h.level === 1);
  const matching = metaHeadline ? h1s.filter((h) => sameHeadline(h.text, metaHeadline)) : [];
  return matching.length ? matching.reduce((a, b) => (b.text.length > a.text.length ? b : a)) : null;
}

function unclaimHeadline(ctx: Context): void {
  ctx.roles.forEach((role, i) => {
    if (role === 'headline' || role === 'subheadline') ctx.claim(i, 'body');
  });
  ctx.found.headline = null;
  ctx.found.subheadline = null;
}

function onTarget(ctx: Context, target: Paragraph): boolean {
  const h = ctx.found.headline;
  return h !== null && h.start < target.end && h.end > target.start;
}

/** The pipeline step; `h1` has offsets into the rendered text the pipeline runs on. */
export function h1HeadlineStep(h1: RenderedHeading | null): Extractor {
  return {
    name: 'html-headline',
    run(ctx: Context): void {
      if (!h1) return;
      const target = ctx.doc.paragraphs.find((p) => p.start <= h1.start && h1.start < p.end);
      if (!target) return;
      const warnings = ctx.warnings.length;
      const held: number[] = [];
      for (let attempt = 0; attempt < RETRIES && ctx.found.headline && !onTarget(ctx, target); attempt++) {
        const wrong = ctx.found.headline;
        const line = ctx.doc.lineAt(wrong.start).index;
        unclaimHeadline(ctx);
        ctx.claim(line, 'heading'); // held back: not free, so not a candidate again
        held.push(line);
        ctx.warnings.length = warnings;
        headlineExtractor.run(ctx);
      }
      for (const line of held) if (ctx.roles[line] === 'heading') ctx.claim(line, 'body');
      if (!onTarget(ctx, target)) {
        // Direct: the <h1> is the headline, whatever its lines were claimed as.
        unclaimHeadline(ctx);
        ctx.warnings.length = warnings;
        for (let i = target.firstLine; i <= target.lastLine; i++) ctx.claim(i, 'headline');
      }
      // The headline is the <h1>'s own text (not a list bullet on its line).
      ctx.found.headline = ctx.titleSpan(h1.start, h1.end);
      for (let i = ctx.warnings.length - 1; i >= 0; i--) if (ctx.warnings[i].code === 'no-headline') ctx.warnings.splice(i, 1);
    },
  };
}

/**
 * Text that is not recognisably an article (a list, a lone line, a fragment) still gives a
 * result: when the extractors found no body, every paragraph of the input becomes the body,
 * nothing is offered as its headline, and a `no-article` warning says so. Nothing is lost.
 */
import type { Context } from './context';

export function bodyOnly(ctx: Context): void {
  if (ctx.found.body.length > 0) return;
  const { text, paragraphs } = ctx.doc;
  if (paragraphs.length === 0) return;
  ctx.found.headline = null;
  ctx.found.subheadline = null;
  ctx.found.body = paragraphs.map((p) => ({ type: 'paragraph', text: text.slice(p.start, p.end), start: p.start, end: p.end }));
  const noHeadline = ctx.warnings.findIndex((w) => w.code === 'no-headline');
  if (noHeadline >= 0) ctx.warnings.splice(noHeadline, 1); // said by the warning below
  ctx.warn('no-article', 'no article structure found (no body under a headline); the whole text is given as the body');
}

/**
 * Headline and standfirst. The headline is the first free single-line paragraph that reads
 * like a title; the standfirst (subheadline) is the paragraph right after it when it sits in
 * the header, i.e. metadata lines (byline, stamp, credit, advert) follow it before the body.
 */
import { Paragraph } from '../document/paragraphs';
import { Context, Extractor } from '../pipeline/context';
import { TextSpan } from '../types';

const MAX_HEADLINE = 250;

function isFreeParagraph(ctx: Context, p: Paragraph): boolean {
  for (let i = p.firstLine; i <= p.lastLine; i++) if (!ctx.isFree(i)) return false;
  return true;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A title: one line, some words, letters, not a long sentence-like run of text. */
function looksLikeHeadline(text: string): boolean {
  if (text.length < 3 || text.length > MAX_HEADLINE) return false;
  if (!/\p{L}/u.test(text)) return false;
  const words = wordCount(text);
  if (words < 2) return false;
  // A long line ending in a period is a sentence of body text, not a title.
  if (/[.:;,]$/.test(text) && words > 25) return false;
  return true;
}

function looksLikeStandfirst(text: string): boolean {
  return text.length >= 30 && text.length <= 600 && wordCount(text) >= 6;
}

/** Is the header region after paragraph `p` marked by metadata lines before the next text? */
function followedByMetadata(ctx: Context, p: Paragraph): boolean {
  const lines = ctx.doc.lines;
  for (let i = p.lastLine + 1; i < lines.length && i <= p.lastLine + 12; i++) {
    if (lines[i].blank) continue;
    const role = ctx.roles[i];
    if (role === 'byline' || role === 'stamp' || role === 'credit' || role === 'advert') return true;
    if (role === 'body') return false;
  }
  return false;
}

/**
 * The value is the title as a reader sees it, white space collapsed ("GM <GM>  LAYING OFF"
 * → "GM <GM> LAYING OFF"); the offsets still cover the text as written.
 */
function collapsed(span: TextSpan): TextSpan {
  return { ...span, text: span.text.replace(/\s+/g, ' ') };
}

export const headlineExtractor: Extractor = {
  name: 'headline',
  run(ctx: Context): void {
    const { doc } = ctx;
    const paragraphs = doc.paragraphs;
    const index = paragraphs.findIndex(
      (p) => p.firstLine === p.lastLine && isFreeParagraph(ctx, p) && looksLikeHeadline(doc.paragraphText(p)),
    );
    if (index < 0) {
      ctx.warn('no-headline', 'no headline found');
      return;
    }
    const headline = paragraphs[index];
    ctx.claim(headline.firstLine, 'headline');
    ctx.found.headline = collapsed(ctx.span(headline.start, headline.end));

    const next = paragraphs[index + 1];
    if (
      next &&
      next.lastLine - next.firstLine <= 2 &&
      isFreeParagraph(ctx, next) &&
      doc.lines[next.firstLine].indent === 0 &&
      looksLikeStandfirst(doc.paragraphText(next)) &&
      followedByMetadata(ctx, next)
    ) {
      for (let i = next.firstLine; i <= next.lastLine; i++) ctx.claim(i, 'subheadline');
      ctx.found.subheadline = collapsed(ctx.span(next.start, next.end));
    }
  },
};

/**
 * Headline and standfirst. In clean text and wire copy the headline is the first free
 * single-line paragraph that reads like a title. In a web page dump, where menus come
 * first, each title-like line before the story is scored: its words recur in the story,
 * a byline or stamp follows it, it is near the story, it is not page furniture.
 * The standfirst (subheadline) is the paragraph right after the headline when metadata
 * lines (byline, stamp, credit, advert) follow it before the body.
 */
import { Paragraph } from '../document/paragraphs';
import { Context, Extractor, Layout, LineRole } from '../pipeline/context';
import { findLayout } from './layout';
import { isProse, isSentence } from './prose';
import { relativeStamp } from './metadata/relative';
import { parseDateline } from './metadata/datelines';

const MAX_HEADLINE = 250;
/** How far before the story a web page's headline may stand, in paragraphs. */
const LOOKBACK = 60;
/** How far into the prose run a headline may stand, in paragraphs. */
const LOOKAHEAD = 12;
/** A title-like line inside the story is more often a subheading or a product name. */
const INSIDE_STORY_PENALTY = 1;
const FURNITURE = /skip to|cookie|sign (?:in|up)|subscribe|newsletter|menu|navigation|©|copyright|rights reserved|\||accessibility|toggle|logo|refresh|notification|browser|\bapp\b|download|follow us|[\[\]]|^[•□☆○●*]/i;
const STOPWORDS = new Set(
  'the and for with from that this are was were has have had its his her their our your you not but all any can will would could should into over after about than then them they what when where which while who whom why how new more most said says after before also just like'.split(' '),
);

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
  if (/[.:;,]$/.test(text) && words > 25) return false;
  return relativeStamp(text) === null; // "Published 22 hours ago"
}

function looksLikeStandfirst(text: string): boolean {
  return text.length >= 30 && text.length <= 600 && wordCount(text) >= 6;
}

/**
 * A subtitle under "Title;": a standfirst, or a shorter line of five words or more ("Presumptive
 * GOP nominee overshadows agenda"). Fewer words are the paper's rubric ("Economic Scene", "The
 * Upshot"), and a ProQuest abstract, when there is one, is the better standfirst.
 */
function looksLikeSubtitle(text: string): boolean {
  return looksLikeStandfirst(text) || (wordCount(text) >= 5 && text.length <= MAX_HEADLINE);
}

function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  return new Set(words.filter((w) => !STOPWORDS.has(w)));
}

/** Header lines that close a standfirst off from the body. */
const HEADER_ROLES: ReadonlySet<LineRole> = new Set<LineRole>(['byline', 'stamp', 'credit', 'advert']);

/** Is a byline, stamp, credit or advert the next claimed line after paragraph `p`, before any body text? */
function followedByMetadata(ctx: Context, p: Paragraph): boolean {
  const lines = ctx.doc.lines;
  for (let i = p.lastLine + 1; i < lines.length && i <= p.lastLine + 12; i++) {
    if (lines[i].blank) continue;
    const role = ctx.roles[i];
    if (HEADER_ROLES.has(role)) return true;
    if (role === 'body') return false;
  }
  return false;
}

/**
 * Does paragraph `i` open with a dateline ("BRUSSELS - European leaders gathered …")? Then the
 * one-line paragraph between it and the headline is the standfirst (The Washington Post in
 * PolNeAR: title, subtitle, dateline, with no byline between).
 */
function datelineNext(ctx: Context, i: number): boolean {
  const p = ctx.doc.paragraphs[i];
  return p !== undefined && ctx.isFree(p.firstLine) && parseDateline(ctx.doc.lineText(ctx.doc.lines[p.firstLine])) !== null;
}

/** Is a byline or stamp among the next `within` non-blank lines after paragraph `p`? */
function metadataNear(ctx: Context, p: Paragraph, within = 8): boolean {
  const lines = ctx.doc.lines;
  let seen = 0;
  for (let i = p.lastLine + 1; i < lines.length && seen < within; i++) {
    if (lines[i].blank) continue;
    seen++;
    if (ctx.roles[i] === 'byline' || ctx.roles[i] === 'stamp') return true;
  }
  return false;
}

/** Is the next line an image placeholder as w3m prints one ("[ ]", "[GettyImage]")? */
function imageBelow(ctx: Context, p: Paragraph): boolean {
  const next = ctx.doc.lines[p.lastLine + 1];
  return next !== undefined && !next.blank && /^\[[^\]]{0,40}\]$/.test(ctx.doc.lineText(next));
}

/** Content words of up to 8 paragraphs of the story (prose, or a sentence) after paragraph `after`. */
function storyWordsAfter(ctx: Context, after: number, last: number): Set<string> {
  const texts: string[] = [];
  for (let i = after + 1; i <= last && texts.length < 8; i++) {
    const text = ctx.doc.paragraphText(ctx.doc.paragraphs[i]);
    if (isProse(text) || isSentence(text)) texts.push(text);
  }
  return contentWords(texts.join(' '));
}

/**
 * The column the story's prose starts at: the indent most of its lines have (0 in a w3m dump,
 * 3 in a lynx dump, which sets running text in from the margin). Lines at it or left of it
 * are at the margin.
 */
function proseMargin(ctx: Context, layout: Layout): number {
  const { doc } = ctx;
  const count = new Map<number, number>();
  for (let i = layout.first; i <= layout.last && i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i];
    if (!isProse(doc.paragraphText(p))) continue;
    for (let l = p.firstLine; l <= p.lastLine; l++) count.set(doc.lines[l].indent, (count.get(doc.lines[l].indent) ?? 0) + 1);
  }
  let margin = 0;
  for (const [indent, n] of count) if (n > (count.get(margin) ?? 0)) margin = indent;
  return margin;
}

/**
 * Is paragraph `i` right under a title, one blank line apart: a single free line at the margin
 * that reads like a headline of four words or more, without a full stop, and is no page
 * furniture ("1. Entertainment" is a section's)? Then a sentence `i` is that
 * title's standfirst ("Home Depot sales miss, shares plunge" over "The home-improvement
 * retailer earned $2.8 billion in the third quarter.").
 */
function titleRightAbove(ctx: Context, i: number, margin: number): boolean {
  const { doc } = ctx;
  const above = doc.paragraphs[i - 1];
  if (!above || above.firstLine !== above.lastLine || doc.paragraphs[i].firstLine - above.lastLine > 2 || !isFreeParagraph(ctx, above)) return false;
  const text = doc.paragraphText(above);
  return looksLikeHeadline(text) && wordCount(text) >= 4 && doc.lines[above.firstLine].indent <= margin && !/[.]$/.test(text) && !FURNITURE.test(text) && !isProse(text);
}

/**
 * The headline paragraph of a web page dump, by score; -1 if none. Candidates stand
 * before the story or among its first paragraphs (a footer may open the prose run).
 */
function webHeadline(ctx: Context, layout: Layout): number {
  const { doc } = ctx;
  let best = -1;
  let bestScore = -Infinity;
  const from = Math.max(0, layout.first - LOOKBACK);
  const to = Math.min(layout.last - 1, layout.first + LOOKAHEAD);
  // Needed only for a candidate that ends in a full stop (see titleRightAbove): worked out once, then.
  let margin: number | undefined;
  for (let i = from; i <= to; i++) {
    const p = doc.paragraphs[i];
    if (p.firstLine !== p.lastLine || !isFreeParagraph(ctx, p)) continue;
    const text = doc.paragraphText(p);
    if (!looksLikeHeadline(text) || isProse(text)) continue;
    const words = contentWords(text);
    const storyWords = storyWordsAfter(ctx, i, layout.last);
    let shared = 0;
    for (const w of words) if (storyWords.has(w)) shared++;
    const overlap = words.size ? shared / words.size : 0;
    const n = wordCount(text);
    const score =
      3 * overlap * Math.min(1, words.size / 3) +
      (metadataNear(ctx, p) ? 1.5 : 0) +
      (n >= 4 && n <= 25 ? 1 : 0) -
      // w3m indents list items and teaser boxes; a headline stands at the margin.
      (doc.lines[p.firstLine].indent > 0 ? 1 : 0) -
      (FURNITURE.test(text) ? 3 : 0) -
      // A picture's title: the image placeholder right under it ("Protests in Hong Kong", "[ ]").
      (imageBelow(ctx, p) ? 1.5 : 0) -
      // Two sentences are a standfirst's ("… fuelled the crisis. It is up to them …").
      (/\p{Ll}{2}[.!?]\s+\p{Lu}/u.test(text) ? 1 : 0) -
      (/[.]$/.test(text) ? 1 : 0) -
      (/[.]$/.test(text) && titleRightAbove(ctx, i, (margin ??= proseMargin(ctx, layout))) ? 1 : 0) -
      0.02 * Math.abs(layout.first - i) -
      (i > layout.first ? INSIDE_STORY_PENALTY : 0);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The headline of clean text: the first title-like single-line paragraph; but when a later
 * one before the story has the byline or stamp right under it, that one (a banner such as
 * "Welcome to USA TODAY NETWORK'S EUROPEAN UNION EXPERIENCE" may open a short page). -1 if none.
 */
function plainHeadline(ctx: Context, layout: Layout): number {
  const { doc } = ctx;
  const titleLike = (p: Paragraph): boolean => p.firstLine === p.lastLine && isFreeParagraph(ctx, p) && looksLikeHeadline(doc.paragraphText(p));
  let first = -1;
  for (let i = 0; i < doc.paragraphs.length && i <= layout.first; i++) {
    const p = doc.paragraphs[i];
    if (!titleLike(p)) continue;
    if (first < 0) first = i;
    // A sentence with its full stop under the headline is the standfirst, not a title.
    if (metadataNear(ctx, p, 1) && !/\.$/.test(doc.paragraphText(p))) return i;
  }
  if (first >= 0) return first;
  // None before the story: the first after it (the ones before were just tried).
  for (let i = Math.max(0, layout.first + 1); i < doc.paragraphs.length; i++) if (titleLike(doc.paragraphs[i])) return i;
  return -1;
}

/** The end of `text` from `start` to `end` with its trailing white space left out. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

export const headlineExtractor: Extractor = {
  name: 'headline',
  run(ctx: Context): void {
    const { doc } = ctx;
    const paragraphs = doc.paragraphs;
    const layout = findLayout(ctx);
    ctx.layout = layout;
    let index = layout.webLike ? webHeadline(ctx, layout) : -1;
    if (index < 0) index = plainHeadline(ctx, layout);
    if (index < 0) {
      ctx.warn('no-headline', 'no headline found');
      return;
    }
    const headline = paragraphs[index];
    ctx.claim(headline.firstLine, 'headline');
    // "Title; " over "Subtitle" on the next line: a news database's title and subtitle, the
    // separator left on the title's line. The subtitle is the standfirst.
    const runsOn = doc.text.charCodeAt(headline.end - 1) === 0x3b; // ';'
    const end = runsOn ? trimEnd(doc.text, headline.start, headline.end - 1) : headline.end;
    ctx.found.headline = ctx.titleSpan(headline.start, end);

    const next = paragraphs[index + 1];
    if (
      next &&
      next.lastLine - next.firstLine <= 2 &&
      isFreeParagraph(ctx, next) &&
      doc.lines[next.firstLine].indent === 0 &&
      ((runsOn && next.firstLine === headline.lastLine + 1 && looksLikeSubtitle(doc.paragraphText(next))) ||
        (looksLikeStandfirst(doc.paragraphText(next)) && (followedByMetadata(ctx, next) || datelineNext(ctx, index + 2))))
    ) {
      for (let i = next.firstLine; i <= next.lastLine; i++) ctx.claim(i, 'subheadline');
      ctx.found.subheadline = ctx.titleSpan(next.start, next.end);
    }
  },
};

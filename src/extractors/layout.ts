/**
 * Page layout: where the article's running text is. A web page copied as text has menus,
 * teasers and footers around the story; the story is the best run of prose paragraphs
 * (src/extractors/story-runs.ts), up to readers' comments. Wire copy and clean text are one
 * run from the top.
 */
import { Paragraph } from '../document/paragraphs';
import { Context, Layout } from '../pipeline/context';
import { headsComment } from './page-regions';
import { StoryRuns } from './story-runs';

/** Lines of furniture in words from which a page with a short head is taken for a web page too. */
const WORDED_FURNITURE = 8;
/** Free lines before the story beyond which the input is taken for a web page. */
const WEB_PREAMBLE_LINES = 12;

function freeText(ctx: Context, p: Paragraph): string {
  const parts: string[] = [];
  for (let i = p.firstLine; i <= p.lastLine; i++) if (ctx.isFree(i)) parts.push(ctx.doc.lineText(ctx.doc.lines[i]));
  return parts.join(' ');
}

/** A horizontal rule as w3m draws <hr> (a line of heavy box-drawing strokes). */
function isRule(ctx: Context, p: Paragraph): boolean {
  return p.firstLine === p.lastLine && /^[━─═]{20}/.test(ctx.doc.lineText(ctx.doc.lines[p.firstLine]));
}

function separatesRuns(ctx: Context, p: Paragraph): boolean {
  for (let i = p.firstLine; i <= p.lastLine; i++) if (ctx.roles[i] === 'stamp' || ctx.roles[i] === 'byline') return true;
  return false;
}

export function findLayout(ctx: Context): Layout {
  const paragraphs = ctx.doc.paragraphs;
  const runs = new StoryRuns();
  for (let index = 0; index < paragraphs.length; index++) {
    const p = paragraphs[index];
    const text = freeText(ctx, p);
    if (!text) runs.claimed(separatesRuns(ctx, p), isRule(ctx, p));
    // Readers' comments under a story: the story is over, however long they run.
    else if (runs.best.first >= 0 && headsComment(text)) break;
    else runs.read(index, text);
  }
  const { best, boxes } = runs;
  if (best.first < 0) return { webLike: false, first: 0, last: paragraphs.length - 1, boxes };
  // Menus count even when claimed as furniture: every non-blank line before the story is counted.
  let preamble = 0;
  for (let i = 0; i < paragraphs[best.first].firstLine; i++) if (!ctx.doc.lines[i].blank) preamble++;
  // Wire tables can be long too: a page also shows furniture (menus, share buttons, ads).
  // A page with a short head (a blog's title at the top) shows it in words: menus, share
  // buttons, footers (a wire story's "___" rules are no such thing).
  let furniture = 0;
  let worded = 0;
  ctx.roles.forEach((r, i) => {
    if (r !== 'boilerplate' && r !== 'advert') return;
    furniture++;
    if (/\p{L}/u.test(ctx.doc.lineText(ctx.doc.lines[i]))) worded++;
  });
  const webLike = (preamble > WEB_PREAMBLE_LINES || worded >= WORDED_FURNITURE) && furniture >= 3;
  return { webLike, first: best.first, last: best.last, boxes };
}


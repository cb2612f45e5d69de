/**
 * Page layout: where the article's running text is. A web page copied as text has menus,
 * teasers and footers around the story; the story is the longest run of prose paragraphs
 * (short lines and gaps allowed inside it). Wire copy and clean text are one run from the top.
 */
import { Paragraph } from '../document/paragraphs';
import { Context, Layout } from '../pipeline/context';
import { splitCount } from '../nlp/white-space';
import { headsComment, opensLinkBox } from './page-regions';

const PROSE_CHARS = 120;
/** A site footer reads like a sentence but is not the story ("… Copyright © 2019 Jpost Inc. All rights reserved"). */
const FOOTER = /(?:copyright\s*)?©\s*(?:19|20)\d\d|all rights reserved|\b(?:fax|telephone)\s*:/i;
const PROSE_WORDS = 18;
/** The publisher's own line under a story: "Subscribe to NJ.com’s newsletters.", "… affiliate links …". */
const PROMOTION = /\b(?:subscri(?:be[ds]?|bers?|ptions?)|newsletters?|sign up|inbox|affiliate|podcasts?|follow us|download (?:the|our) app)\b/i;
const SENTENCE_WORDS = 6;
/** How many non-prose paragraphs may stand inside the story (subheadings, captions, ads). */
const MAX_GAP = 6;
/**
 * What a paragraph that is neither prose nor a sentence costs a run, in characters of prose:
 * a story is dense prose, a list of teasers (title, excerpt, title, excerpt) is not.
 */
const GAP_COST = 80;
/** Paragraphs of story in a row that show the story goes on below a box of links or a rule. */
const TAIL_STREAK = 3;
/** Words from which a one-sentence paragraph counts among them. */
const STREAK_SENTENCE_WORDS = 8;
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

export function isProse(text: string): boolean {
  if (text.length < PROSE_CHARS) return false;
  const words = splitCount(text);
  return words >= PROSE_WORDS && /[.!?:;,]/.test(text) && !/[|©]/.test(text.slice(0, 60)) && !FOOTER.test(text);
}

/** A short paragraph that is a sentence: some words, ending as a sentence ends. */
export function isSentence(text: string): boolean {
  return splitCount(text) >= SENTENCE_WORDS && /[.!?…:]["”’)]?$/.test(text) && !/^[•·*]/.test(text) && !FOOTER.test(text);
}

export function findLayout(ctx: Context): Layout {
  const paragraphs = ctx.doc.paragraphs;
  let best = { first: -1, last: -1, score: 0 };
  let run = { first: -1, last: -1, score: 0 };
  let gap = 0;
  // A box of links set in a story (The Sun's "Most read in world news" with six teasers):
  // its heading and what follows, up to the next prose, are left out and count as no gap.
  // The prose after a box is on probation (`held`: the run as it stood before the box)
  // until TAIL_STREAK paragraphs of story in a row confirm it; footers after a box of
  // links under the story rarely run that long.
  const boxes = new Set<number>();
  let inBox = false;
  let held: { last: number; score: number } | null = null;
  let streak = 0;
  let comments = false;
  /** No paragraph but sentences since the run's last prose paragraph. */
  let adjacent = false;
  const endRun = (): void => {
    run = { first: -1, last: -1, score: 0 };
    gap = 0;
    held = null;
    inBox = false;
    adjacent = false;
  };
  const storyGoesOn = (text: string): void => {
    // The publisher's "Subscribe to our newsletter." is no sign that the story goes on.
    if (held && !PROMOTION.test(text) && ++streak >= TAIL_STREAK) held = null;
  };
  paragraphs.forEach((p, index) => {
    if (comments) return;
    const text = freeText(ctx, p);
    // Readers' comments under a story: the story is over, however long they run.
    if (text && best.first >= 0 && headsComment(text)) {
      comments = true;
      return;
    }
    if (!text) {
      // A stamp or byline between two runs of prose separates them (a cookie notice above
      // "Associated Press November 19, 2019" is not part of the story below it).
      if (run.first >= 0 && separatesRuns(ctx, p) && ++gap > MAX_GAP) endRun();
      // A page's rule (<hr>) under a story most often closes it: what follows is on probation
      // as after a box of links (a press release's "About Ascom", a blog's sign-up form).
      else if (run.first >= 0 && isRule(ctx, p)) {
        held ??= { last: run.last, score: run.score };
        streak = 0;
      }
      return;
    }
    if (run.first >= 0 && opensLinkBox(text)) {
      inBox = true;
      held ??= { last: run.last, score: run.score };
      streak = 0;
    }
    if (inBox) {
      if (!isProse(text)) {
        adjacent = false;
        boxes.add(index);
        return;
      }
      inBox = false;
    }
    if (isProse(text)) {
      if (run.first < 0) run = { first: index, last: index, score: 0 };
      run.last = index;
      run.score += text.length;
      gap = 0;
      adjacent = true;
      storyGoesOn(text);
    } else if (run.first >= 0 && isSentence(text)) {
      // A short paragraph of a sentence does not break the run (blogs write one-line
      // paragraphs), nor does it close the gap a menu opened.
      run.last = index;
      // A tabloid's one-sentence paragraphs show the story going on; a form's "Stay up to
      // date with Ascom." does not.
      if (splitCount(text) >= STREAK_SENTENCE_WORDS) storyGoesOn(text);
    } else if (run.first >= 0) {
      streak = 0;
      adjacent = false;
      run.score -= GAP_COST;
      if (++gap > MAX_GAP) endRun();
    }
    const confirmed = held ? { first: run.first, last: held.last, score: held.score } : run;
    if (confirmed.score > best.score) best = { ...confirmed };
    // Short sentences right after the story's last prose paragraph end it ("You can view our
    // June 2018 open thread here."); after a gap they are more often a footer's.
    else if (adjacent && !held && run.first === best.first && run.score === best.score && !PROMOTION.test(text)) best.last = index;
  });
  if (best.first < 0) return { webLike: false, first: 0, last: paragraphs.length - 1, boxes };
  // Menus count even when claimed as furniture: every non-blank line before the story is counted.
  let preamble = 0;
  for (let i = 0; i < paragraphs[best.first].firstLine; i++) if (!ctx.doc.lines[i].blank) preamble++;
  // Wire tables can be long too: a page also shows furniture (menus, share buttons, ads).
  const furniture = ctx.roles.filter((r) => r === 'boilerplate' || r === 'advert').length;
  // A page with a short head (a blog's title at the top) shows its furniture in words: menus,
  // share buttons, footers (a wire story's "___" rules are no such thing).
  const worded = ctx.roles.filter((r, i) => (r === 'boilerplate' || r === 'advert') && /\p{L}/u.test(ctx.doc.lineText(ctx.doc.lines[i]))).length;
  const webLike = (preamble > WEB_PREAMBLE_LINES || worded >= WORDED_FURNITURE) && furniture >= 3;
  return { webLike, first: best.first, last: best.last, boxes };
}


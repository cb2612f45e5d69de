/**
 * Page layout: where the article's running text is. A web page copied as text has menus,
 * teasers and footers around the story; the story is the longest run of prose paragraphs
 * (short lines and gaps allowed inside it). Wire copy and clean text are one run from the top.
 */
import { Paragraph } from '../document/paragraphs';
import { Context, Layout } from '../pipeline/context';
import { splitCount } from '../nlp/white-space';

const PROSE_CHARS = 120;
/** A site footer reads like a sentence but is not the story ("… Copyright © 2019 Jpost Inc. All rights reserved"). */
const FOOTER = /(?:copyright\s*)?©\s*(?:19|20)\d\d|all rights reserved|\b(?:fax|telephone)\s*:/i;
const PROSE_WORDS = 18;
const SENTENCE_WORDS = 6;
/** How many non-prose paragraphs may stand inside the story (subheadings, captions, ads). */
const MAX_GAP = 6;
/** Free lines before the story beyond which the input is taken for a web page. */
const WEB_PREAMBLE_LINES = 12;

function freeText(ctx: Context, p: Paragraph): string {
  const parts: string[] = [];
  for (let i = p.firstLine; i <= p.lastLine; i++) if (ctx.isFree(i)) parts.push(ctx.doc.lineText(ctx.doc.lines[i]));
  return parts.join(' ');
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
function isSentence(text: string): boolean {
  return splitCount(text) >= SENTENCE_WORDS && /[.!?…:]["”’)]?$/.test(text) && !/^[•·*]/.test(text);
}

export function findLayout(ctx: Context): Layout {
  const paragraphs = ctx.doc.paragraphs;
  let best = { first: -1, last: -1, score: 0 };
  let run = { first: -1, last: -1, score: 0 };
  let gap = 0;
  paragraphs.forEach((p, index) => {
    const text = freeText(ctx, p);
    if (!text) {
      // A stamp or byline between two runs of prose separates them (a cookie notice above
      // "Associated Press November 19, 2019" is not part of the story below it).
      if (run.first >= 0 && separatesRuns(ctx, p) && ++gap > MAX_GAP) {
        run = { first: -1, last: -1, score: 0 };
        gap = 0;
      }
      return;
    }
    if (isProse(text)) {
      if (run.first < 0) run = { first: index, last: index, score: 0 };
      run.last = index;
      run.score += text.length;
      gap = 0;
      if (run.score > best.score) best = { ...run };
    } else if (run.first >= 0 && isSentence(text)) {
      // A short paragraph of a sentence does not break the run (blogs write one-line
      // paragraphs), nor does it close the gap a menu opened.
      run.last = index;
    } else if (run.first >= 0 && ++gap > MAX_GAP) {
      run = { first: -1, last: -1, score: 0 };
      gap = 0;
    }
  });
  if (best.first < 0) return { webLike: false, first: 0, last: paragraphs.length - 1 };
  // Menus count even when claimed as furniture: every non-blank line before the story is counted.
  let preamble = 0;
  for (let i = 0; i < paragraphs[best.first].firstLine; i++) if (!ctx.doc.lines[i].blank) preamble++;
  // Wire tables can be long too: a page also shows furniture (menus, share buttons, ads).
  const furniture = ctx.roles.filter((r) => r === 'boilerplate' || r === 'advert').length;
  return { webLike: preamble > WEB_PREAMBLE_LINES && furniture >= 3, first: best.first, last: best.last };
}

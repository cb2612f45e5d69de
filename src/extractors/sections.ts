/**
 * The cleaned body: the free paragraphs after the headline (menus before it are page
 * furniture), minus lines other extractors claimed, with the dateline cut off the first
 * paragraph. Short title-like lines between body paragraphs become section headings.
 */
import { Paragraph } from '../document/paragraphs';
import { Context, Extractor } from '../pipeline/context';
import { BodyBlock } from '../types';
import { isSentence } from './prose';

const MAX_HEADING_CHARS = 120;
const MAX_HEADING_WORDS = 16;

/** Free lines of a paragraph, as [start, end) runs (claimed lines split a paragraph). */
function freeRuns(ctx: Context, p: Paragraph): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let runStart = -1;
  let runEnd = -1;
  for (let i = p.firstLine; i <= p.lastLine; i++) {
    const line = ctx.doc.lines[i];
    if (ctx.isFree(i)) {
      if (runStart < 0) runStart = line.contentStart;
      runEnd = line.contentEnd;
    } else if (runStart >= 0) {
      runs.push([runStart, runEnd]);
      runStart = -1;
    }
  }
  if (runStart >= 0) runs.push([runStart, runEnd]);
  return runs;
}

/**
 * A time of day alone on its line: a live blog's entry ("11:20 p.m.", "2 p.m.", "9.05am GMT",
 * AP's "The Latest"), which heads the paragraphs under it.
 */
const CLOCK_TIME = /^\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\.?(?:\s[A-Z]{2,4})?$/i;

function looksLikeHeading(text: string): boolean {
  if (CLOCK_TIME.test(text)) return true;
  if (text.length > MAX_HEADING_CHARS || text.includes('\n')) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > MAX_HEADING_WORDS) return false;
  if (/[.,;:!?"”'’)\]]$/.test(text) || /^["“‘'(\[•*-]/.test(text)) return false;
  return /^[\p{Lu}\p{N}]/u.test(text);
}

/**
 * The first paragraph of a web page's story, given its first prose paragraph: a story may
 * open with a sentence or two shorter than prose ("Am 12. Bis 13. September startet wieder
 * die DMEXCO 2018 in Köln – und comwrap ist mit dabei."), under the headline, maybe past a
 * byline, stamp or share buttons. Back over such sentences, not above the headline, and not
 * over a teaser's cut-off sentence ("…").
 */
function openingSentences(ctx: Context, first: number, headlineEnd: number): number {
  const { doc } = ctx;
  if (headlineEnd === 0) return first;
  let start = first;
  for (let i = first - 1; i >= 0 && doc.paragraphs[i].firstLine >= headlineEnd; i--) {
    const runs = freeRuns(ctx, doc.paragraphs[i]);
    if (runs.length === 0) continue;
    const text = runs.map(([a, b]) => doc.text.slice(a, b)).join(' ');
    if (!isSentence(text) || /(?:\.\.\.|…)$/.test(text)) break;
    start = i;
  }
  return start;
}

/** Where the body begins: after the headline/standfirst if found, else at the top. */
function bodyStartLine(ctx: Context): number {
  let start = 0;
  ctx.roles.forEach((role, i) => {
    if (role === 'headline' || role === 'subheadline') start = Math.max(start, i + 1);
  });
  return start;
}

export const sectionsExtractor: Extractor = {
  name: 'sections',
  run(ctx: Context): void {
    const { doc } = ctx;
    const firstLine = bodyStartLine(ctx);
    const dateline = ctx.found.dateline;
    const blocks: BodyBlock[] = [];
    // A web page's story ends where its prose run ends (footers and teasers follow), and
    // starts there too when the headline stands above menus or captions.
    const layout = ctx.layout?.webLike ? ctx.layout : null;
    const storyFirst = layout ? openingSentences(ctx, layout.first, firstLine) : 0;
    for (const p of doc.paragraphs) {
      if (p.lastLine < firstLine) continue;
      if (layout && (p.index < storyFirst || p.index > layout.last || layout.boxes.has(p.index))) continue;
      for (const run of freeRuns(ctx, p)) {
        let [start, end] = run;
        if (dateline && dateline.start >= start && dateline.end <= end) {
          start = dateline.end;
          while (start < end && /\s/.test(doc.text[start])) start++;
        }
        if (start >= end) continue;
        blocks.push({ type: 'paragraph', text: doc.text.slice(start, end), start, end });
      }
    }
    // A heading sits between paragraphs: never first or last, in blank-line separated text.
    for (let i = 1; i < blocks.length - 1; i++) {
      const line = doc.lineAt(blocks[i].start);
      if (line.indent === 0 && looksLikeHeading(blocks[i].text)) {
        if (blocks[i + 1].text.length > blocks[i].text.length) {
          blocks[i].type = 'heading';
          ctx.claim(line.index, 'heading');
        }
      }
    }
    ctx.found.body = blocks;
  },
};

/**
 * The credits that close wire copy: "(Reporting by Valerie Volcovici; Additional reporting by
 * Lawrence Hurley; Editing by Will Dunham.)". Reuters sets them last, in brackets, as their
 * own paragraph or at the end of the last one, and papers that run its stories keep them.
 *
 * A line that is such credits and nothing else is no story text: it is claimed ('signoff'),
 * so the body and the entities leave it and its editors out. When no byline named the
 * reporters, the names after "Reporting by" and "Writing by" are the authors; those after
 * "Additional reporting by" helped, and editors edit, so neither are.
 */
import { Context, Extractor } from '../pipeline/context';
import { parseByline } from './metadata/names';
import { addAuthors } from './authors';

/** One credit: "Reporting by X and Y in Washington", "Editing by Z". */
const CREDIT = /^\s*(additional reporting|reporting|writing|editing|compiled|research|fact-checking|graphics?|produced|translated) by\s+\S/i;
/** Credits in brackets ending a line (after the last sentence of a paragraph, or alone). */
const TRAILING_CREDITS = /\((?:additional reporting|reporting|writing|editing|compiled) by [^()]{3,600}\)\.?$/i;
/** The credits whose names are the story's authors. */
const AUTHOR_CREDITS = new Set(['reporting', 'writing']);
/** How far from the end of the document the credits may stand: lines of page furniture may follow them. */
const LAST_LINES = 12;

export const wireCreditsExtractor: Extractor = {
  name: 'wire-credits',
  run(ctx: Context): void {
    const { doc } = ctx;
    let seen = 0;
    for (let i = doc.lines.length - 1; i >= 0 && seen < LAST_LINES; i--) {
      const line = doc.lines[i];
      if (line.blank || !ctx.isFree(i)) continue;
      seen++;
      const text = doc.lineText(line);
      const found = TRAILING_CREDITS.exec(text);
      if (!found) continue;
      // Inside the brackets: after "(", before ")" or ").".
      const credits = found[0].slice(1).replace(/\)\.?$/, '');
      if (!everyPartIsCredit(credits)) continue;
      if (found.index === 0) ctx.claim(i, 'signoff');
      if (ctx.found.authors.length === 0) takeReporters(ctx, credits, line.contentStart + found.index + 1);
      return;
    }
  },
};

/** Are all the parts between semicolons credits ("Reporting by …; Editing by …")? */
function everyPartIsCredit(credits: string): boolean {
  return credits.split(';').every((part) => CREDIT.test(part));
}

/** The names after "Reporting by" and "Writing by" in `credits`, which starts at `base` in the input. */
function takeReporters(ctx: Context, credits: string, base: number): void {
  let at = 0;
  for (const part of credits.split(';')) {
    const credit = CREDIT.exec(part);
    if (credit && AUTHOR_CREDITS.has(credit[1].toLowerCase())) {
      // "Reporting by X in Washington" reads as the byline "By X in Washington".
      const byAt = part.search(/\bby\s/i);
      const names = parseByline(`By ${part.slice(byAt + 3)}`);
      if (names) addAuthors(ctx, names, base + at + byAt); // "By " stands where "by " was
    }
    at += part.length + 1;
  }
}

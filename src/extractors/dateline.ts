/**
 * Extractor for the dateline: "NEW DELHI, Jan 17 (Reuters) -" at the start of the first
 * body paragraph, i.e. the first paragraph whose first line is still free and comes after
 * the headline. Parsing rules are in ./metadata/datelines.ts. If that paragraph has none,
 * a later free paragraph may still open with the strict wire form "PLACE (Agency) —" with
 * a known agency (web dumps put menus and teasers before the article). The line is not claimed (it
 * also holds body text); the body starts at `dateline.end`. A named agency is added to
 * `found.agencies` as well.
 */
import { textLineBefore } from '../document/lines';
import { Context, Extractor } from '../pipeline/context';
import { addAgency } from './authors';
import { parseDateline } from './metadata/datelines';

/** Is the last line of text above line `index` a byline or a stamp? */
function underMetadata(ctx: Context, index: number): boolean {
  const i = textLineBefore(ctx.doc.lines, index);
  return i >= 0 && (ctx.roles[i] === 'byline' || ctx.roles[i] === 'stamp');
}

/** Words of a line that may stand between the headline and a later dateline. */
const MAX_SHORT_LINE_WORDS = 30;

export const datelineExtractor: Extractor = {
  name: 'dateline',
  run(ctx: Context): void {
    const { doc } = ctx;
    const headline = ctx.found.headline;
    const afterLine = headline ? doc.lineAt(Math.max(headline.start, headline.end - 1)).index : -1;
    let tries = 0;
    let first = true;
    // Only short single lines so far: a subtitle in pieces, "ABSTRACT.", "FULL TEXT.",
    // "Correction Appended." (PolNeAR's news-database exports) stand before the dateline.
    let onlyShortLines = true;
    for (const p of doc.paragraphs) {
      if (p.firstLine <= afterLine || !ctx.isFree(p.firstLine)) continue;
      const line = doc.lines[p.firstLine];
      const parsed = parseDateline(doc.lineText(line));
      // Past the first body paragraph (web dumps open with menus and teasers) only the
      // unmistakable wire form counts: "WASHINGTON (AP) —" with a known agency, or with any
      // source in brackets right under the byline or stamp ("By HNN Staff | November 18, 2019
      // …" over "HONOLULU, Hawaii (HawaiiNewsNow) -").
      const wireForm = parsed !== null && parsed.place !== null && parsed.agency !== null && /\)\s*\S+$/.test(doc.text.slice(line.contentStart, line.contentStart + parsed.end));
      if (parsed && (first || onlyShortLines || (wireForm && (parsed.agencyKnown || underMetadata(ctx, p.firstLine))))) {
        const base = line.contentStart;
        ctx.found.dateline = {
          place: parsed.place,
          date: parsed.date,
          agency: parsed.agency,
          raw: doc.text.slice(base, base + parsed.end),
          start: base,
          end: base + parsed.end,
        };
        if (parsed.agency && parsed.agencyKnown) {
          addAgency(ctx, { name: parsed.agency, start: base + parsed.agencyStart, end: base + parsed.agencyEnd });
        }
        return;
      }
      // Without a known headline the first free paragraph may be the title itself
      // (line 1 of a wire file); then the dateline may still open the next one.
      if (!headline && p.firstLine === 0 && ++tries === 1) continue;
      // Table rows or a caps-only heading before the story ("KANSAS CITY WHEAT  ...")
      // do not end the search for the first body paragraph.
      const text = doc.paragraphText(p);
      if (!/\p{Ll}/u.test(text)) continue;
      first = false;
      onlyShortLines &&= headline !== null && p.firstLine === p.lastLine && text.split(/\s+/).length <= MAX_SHORT_LINE_WORDS;
    }
  },
};

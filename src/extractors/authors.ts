/**
 * Extractor for bylines: people → `found.authors`, agencies → `found.agencies`, byline
 * lines claimed with role 'byline'.
 *
 * A byline is a short line standing on its own (a one-line paragraph, or the first line
 * of a paragraph of at most three lines, as in "By X\nStaff Writer"), of one of the forms
 * parsed by ./metadata/names.ts: "By X", "BY X", "by X", "Reported by: X", "Written by X",
 * "By X and Y", "By X, Y and Z", "By X, Reuters", "By X | Agency", "X and Y, Associated
 * Press", "TOM KRISHER, AP Auto Writer". Names must look like names (2–5 capitalised
 * words, initials and particles allowed), so "By the end of …" is not a byline. A date,
 * role or agency after the names is never part of a name. Only the first byline (and
 * bylines on the lines right after it) is taken; a role/agency-only line right after
 * ("Staff Writer", "Associated Press") is claimed with it.
 *
 * Lines already claimed as stamps are looked at too ("By Tess Bonn - 11/19/19 06:56 AM EST").
 */
import { Context, Extractor } from '../pipeline/context';
import { Agency } from '../types';
import { parseByline, roleLine } from './metadata/names';

const MAX_BYLINE = 160;
/** Image credits also start with "By" ("By Xabi Vazquez (Flickr: …) [CC BY 2.0], via Wikimedia Commons"). */
const CREDIT = /\b(?:CC[ -]BY|Wikimedia|Flickr|Getty Images|Shutterstock|iStock|Unsplash|Photo(?:graph)?s?|Image|Illustration)\b|\bvia\s+\p{Lu}/u;

/**
 * Record an agency mention (byline, dateline). Every mention is kept with its own offsets
 * (the sign-off may name the same agency); only the very same span is not added twice.
 */
export function addAgency(ctx: Context, agency: Agency): void {
  if (!ctx.found.agencies.some((a) => a.start === agency.start && a.end === agency.end)) ctx.found.agencies.push(agency);
}

export const authorsExtractor: Extractor = {
  name: 'authors',
  run(ctx: Context): void {
    const { doc } = ctx;
    const firstOfShortParagraph = new Set<number>();
    for (const p of doc.paragraphs) {
      if (p.lastLine - p.firstLine < 3) firstOfShortParagraph.add(p.firstLine);
    }
    let taken = -1; // line index of the last byline line taken
    for (const line of doc.lines) {
      if (taken >= 0 && line.index > taken + 2) break;
      if (line.blank) continue;
      const role = ctx.roles[line.index];
      if (!(role === 'body' || role === 'stamp' || role === 'boilerplate')) continue;
      if (!firstOfShortParagraph.has(line.index) && taken < 0) continue;
      const text = doc.lineText(line);
      if (text.length > MAX_BYLINE || CREDIT.test(text)) continue;
      const base = line.contentStart;
      const byline = parseByline(text);
      if (byline) {
        for (const n of byline.names) ctx.found.authors.push({ name: n.name, start: base + n.start, end: base + n.end });
        for (const a of byline.agencies) addAgency(ctx, { name: a.name, start: base + a.start, end: base + a.end });
        ctx.claim(line.index, 'byline');
        taken = line.index;
        continue;
      }
      if (taken >= 0 && line.index === taken + 1) {
        const r = roleLine(text);
        if (r) {
          if (r.agency) addAgency(ctx, { name: r.agency.name, start: base + r.agency.start, end: base + r.agency.end });
          ctx.claim(line.index, 'byline');
          taken = line.index;
          continue;
        }
      }
      if (taken >= 0) break;
    }
  },
};

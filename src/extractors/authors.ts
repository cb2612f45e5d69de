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
 *
 * Web pages add: a leading bullet ("• Debbie White"); a "By" line under share buttons in the
 * same paragraph ("SMS\nBy Megan Rowe …"); "By" alone with the name on the next line (WSJ);
 * and, when no byline was found, a name-only line beside the published/updated stamp and
 * before the story (see `besideStamp`). A name-only line under the headline is looked for
 * later, once the headline is known (./webmeta.ts).
 */
import { Context, Extractor } from '../pipeline/context';
import { Agency } from '../types';
import { findLayout } from './layout';
import { isProse } from './prose';
import { Byline, nameLine, namesBeforePublication, parseByline, roleLine } from './metadata/names';

const MAX_BYLINE = 160;
/** A page's leading bullet or dash before a byline ("• Debbie White"). */
const LEAD = /^[•·*▪◦●■]\s*/u;
/** Lines between a stamp and a name-only byline beside it, and their length at most. */
const NEAR_STAMP = 2;
const SHORT_LINE = 40;
/** Image credits also start with "By" ("By Xabi Vazquez (Flickr: …) [CC BY 2.0], via Wikimedia Commons"). */
const CREDIT = /\b(?:CC[ -]BY|Wikimedia|Flickr|Getty Images|Shutterstock|iStock|Unsplash|Photo(?:graph)?s?|Image|Illustration)\b|\bvia\s+\p{Lu}/u;

/** Does a line read like an image credit rather than a byline? */
export function isCredit(text: string): boolean {
  return CREDIT.test(text);
}

/**
 * Record an agency mention (byline, dateline). Every mention is kept with its own offsets
 * (the sign-off may name the same agency); only the very same span is not added twice.
 */
export function addAgency(ctx: Context, agency: Agency): void {
  if (!ctx.found.agencies.some((a) => a.start === agency.start && a.end === agency.end)) ctx.found.agencies.push(agency);
}

/** Record the people of a parsed byline whose text starts at offset `base` in the input. */
export function addAuthors(ctx: Context, byline: Byline, base: number): void {
  for (const n of byline.names) ctx.found.authors.push({ name: n.name, start: base + n.start, end: base + n.end });
}

/** Record a parsed byline found in a line's text at offset `base`, and claim the line. */
export function takeByline(ctx: Context, lineIndex: number, byline: Byline, base: number): void {
  addAuthors(ctx, byline, base);
  for (const a of byline.agencies) addAgency(ctx, { name: a.name, start: base + a.start, end: base + a.end });
  ctx.claim(lineIndex, 'byline');
}

/**
 * May line `index` hold a byline although it is not the head of a short paragraph? Yes when
 * the line before it in the paragraph is page furniture or a few words ("Twitter\nFacebook\n
 * SMS\nBy Megan Rowe …"), never when it is the wrapped tail of a sentence.
 */
function afterShortLine(ctx: Context, index: number): boolean {
  if (index === 0) return false;
  const prev = ctx.doc.lines[index - 1];
  if (prev.blank) return false;
  if (!ctx.isFree(index - 1)) return true;
  const text = ctx.doc.lineText(prev);
  return text.length <= 20 && text.split(/\s+/).length <= 3 && !/[,;]$/.test(text);
}

/** A line's text without a leading bullet, and the offset of what is left. */
export function stripped(ctx: Context, index: number): { text: string; base: number } {
  const line = ctx.doc.lines[index];
  const text = ctx.doc.lineText(line);
  const lead = LEAD.exec(text)?.[0].length ?? 0;
  return { text: text.slice(lead), base: line.contentStart + lead };
}

/**
 * Is line `index` one of a list: right above or below it, a line (not a stamp) that is a
 * bullet too, or a name too ("Donald Trump\nGreta Thunberg" in a trending box)?
 */
function inList(ctx: Context, index: number): boolean {
  const bullet = LEAD.test(ctx.doc.lineText(ctx.doc.lines[index]));
  return [index - 1, index + 1].some((i) => {
    const line = ctx.doc.lines[i];
    if (line === undefined || line.blank || ctx.roles[i] === 'stamp') return false;
    const text = ctx.doc.lineText(line);
    return (bullet && LEAD.test(text)) || nameLine(text.replace(LEAD, '')) !== null;
  });
}

/**
 * A name-only line beside the published/updated stamp, before the story's first prose
 * paragraph of a web page: "• Debbie White\n\n• 18 Nov 2019, 19:09" (The Sun), "Louise Matsakis\nBusiness\n
 * 11.15.2019 10:09 AM" (Wired), "Zac Hall\n\n- Nov. 18th 2019 12:12 pm PT" (9to5Mac). At
 * most two short lines may stand between; the nearest such line wins.
 */
function besideStamp(ctx: Context): boolean {
  const { doc } = ctx;
  const stamps = [ctx.found.published, ctx.found.updated].filter((t) => t !== null).map((t) => ctx.doc.lineAt(t.start).index);
  if (stamps.length === 0) return false; // nothing to stand beside: no need for the layout
  const layout = findLayout(ctx);
  if (!layout.webLike) return false; // in clean text a line under the title may be a venue or place
  const storyStart = layout.first >= 0 && layout.first < doc.paragraphs.length ? doc.paragraphs[layout.first].firstLine : 0;
  const paragraphLines = new Map<number, number>(); // line → size of its paragraph
  for (const p of doc.paragraphs) for (let i = p.firstLine; i <= p.lastLine; i++) paragraphLines.set(i, p.lastLine - p.firstLine + 1);
  for (const stamp of stamps.sort((a, b) => a - b)) {
    if (stamp > storyStart) continue;
    for (const dir of [-1, 1]) {
      let seen = 0;
      for (let i = stamp + dir; i >= 0 && i < doc.lines.length && i < storyStart; i += dir) {
        if (doc.lines[i].blank) continue;
        if (++seen > NEAR_STAMP + 1) break;
        const role = ctx.roles[i];
        const { text, base } = stripped(ctx, i);
        // A bullet must stand alone ("• Debbie White"), not be one of a list (menus, trending names).
        const size = paragraphLines.get(i) ?? 0;
        if (((role === 'body' && size <= 4) || role === 'boilerplate') && !inList(ctx, i)) {
          const byline = text.length <= MAX_BYLINE && !CREDIT.test(text) ? nameLine(text) : null;
          if (byline) {
            takeByline(ctx, i, byline, base);
            return true;
          }
        }
        if (role !== 'stamp' && (text.length > SHORT_LINE || isProse(text))) break;
      }
    }
  }
  return false;
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
      if (!(role === 'body' || role === 'stamp' || role === 'boilerplate' || role === 'byline')) continue;
      if (role === 'byline') { taken = line.index; continue; } // the name line after a lone "By"
      if (!firstOfShortParagraph.has(line.index) && taken < 0 && !afterShortLine(ctx, line.index)) continue;
      const { text, base } = stripped(ctx, line.index);
      if (text.length > MAX_BYLINE || CREDIT.test(text)) continue;
      // Names and their newspaper need no "By": "Lisa Kaczke and Trevor J. Mitchell Sioux Falls Argus Leader".
      let byline = parseByline(text) ?? (firstOfShortParagraph.has(line.index) ? namesBeforePublication(text) : null);
      if (byline && !byline.labelled && taken < 0 && !firstOfShortParagraph.has(line.index)) byline = null;
      if (byline) {
        takeByline(ctx, line.index, byline, base);
        taken = line.index;
        continue;
      }
      // "By" alone, the name on the next line (WSJ: "By\nRandy Maniloff\nNov. 18, 2019 7:04 pm ET").
      if (taken < 0 && /^by:?$/i.test(text) && line.index + 1 < doc.lines.length && !doc.lines[line.index + 1].blank) {
        const next = stripped(ctx, line.index + 1);
        const named = next.text.length <= MAX_BYLINE ? parseByline(`By ${next.text}`) : null;
        if (named) {
          ctx.claim(line.index, 'byline');
          takeByline(ctx, line.index + 1, named, next.base - 3);
          taken = line.index + 1;
          continue;
        }
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
    if (ctx.found.authors.length === 0) besideStamp(ctx);
  },
};

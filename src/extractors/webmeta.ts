/**
 * Metadata under the headline, once the headline is known. Runs right after `headline`
 * (src/pipeline/extractors.ts) because it needs to know where the headline stands; the
 * dates and authors extractors run before it and cannot.
 *
 * The header block is the run of lines between the headline and the story: at most
 * HEADER_LINES non-blank lines, passing over one standfirst, ending at the first prose
 * paragraph after it. There:
 * - a name-only line, the first line of text in the block, is the byline when no byline was
 *   found ("Anna Menin" under the City
 *   A.M. headline, "Marcus De GuzmanView More Articles", "Nishant Kumar @Nishantopines");
 * - a blog's meta line right under the headline gives the published date, and its name the
 *   author ("Carlos Nadalim 23/08/2018 2 comentários …", "13/06/2014 Tony Carter …");
 * - a stamp in the block is the published date rather than a date far from the headline:
 *   a masthead's date of the day (WSJ: "November 20, 2019" in the masthead, "Nov. 18, 2019
 *   7:04 pm ET" under the byline) or another story's "Published …" in a teaser list.
 * Names are never taken from the story, captions, teasers or comments: only from this block.
 */
import { Context, Extractor } from '../pipeline/context';
import { isCredit, stripped, takeByline } from './authors';
import { metaLineStamp, stampsOnLine, yearlessStampLine } from './dates';
import { isProse } from './prose';
import { lastLineTerminator } from '../nlp/white-space';
import { Byline, nameLine, parseByline, soleName } from './metadata/names';

const HEADER_LINES = 8;
/** A paragraph right under the headline this long or shorter may be a standfirst. */
const STANDFIRST = 400;
/** How many non-blank lines under the headline a blog's meta line may stand. */
const META_LINES = 2;
/** Lines between the headline and a published stamp beyond which a header-block stamp is preferred. */
const FAR = 10;
/** Share buttons between a headline and its byline ("197 Shares", "Buffer", "Tweet"). */
const SHARE = /^(?:\d[\d,.]*[KM]?\s*)?(?:shares?|tweet|pin|buffer|email|e-mail|facebook|twitter|linkedin|reddit|whatsapp|print|sms|comments?|flipboard|pocket)$/i;

/** Non-blank line indices of the header block under the headline at line `headline`. */
function headerBlock(ctx: Context, headline: number): number[] {
  const { doc } = ctx;
  const out: number[] = [];
  let standfirst = false;
  for (let i = headline + 1; i < doc.lines.length && out.length < HEADER_LINES; i++) {
    const line = doc.lines[i];
    if (line.blank) continue;
    const text = doc.lineText(line);
    if (ctx.roles[i] === 'body' && isProse(text)) {
      if (standfirst || out.length > 0 || text.length > STANDFIRST) break;
      standfirst = true;
    }
    out.push(i);
  }
  return out;
}

/** A separator, "by" and the first white space after it: "| by ", "- By: ". */
const SIGNED = /[|•·\-–—]\s*by:?\s/giu;
/** White space from `lastIndex` on. */
const SPACES = /\s*/uy;

/**
 * The first match of /[|•·\-–—]\s*(by:?\s+)(.+)$/iu in `text`: `index`, where it starts, and
 * `name`, where its (.+) starts (the rest of the text); null if none. That pattern backtracks
 * quadratically on a long run of white space after "by" that (.+) cannot take to the end (a
 * line terminator after it); here each run is read once. (.+) takes what the greedy \s+ leaves:
 * from the first non-space character on, or the last space when only spaces follow; and it
 * matches no line terminator, so none may stand from there to the end.
 */
export function signedMatch(text: string): { index: number; name: number } | null {
  const lastBreak = lastLineTerminator(text);
  SIGNED.lastIndex = 0;
  for (let m = SIGNED.exec(text); m; m = SIGNED.exec(text)) {
    const spaces = m.index + m[0].length - 1;
    SPACES.lastIndex = spaces;
    SPACES.exec(text);
    const name = Math.min(SPACES.lastIndex, text.length - 1);
    if (name > spaces && name > lastBreak) return { index: m.index, name };
  }
  return null;
}

/**
 * "<date> | by X": the byline after the date, with `at`, the offset in the line its own
 * offsets count from; null if none.
 */
function signedAfterDate(text: string): { byline: Byline; at: number } | null {
  const m = signedMatch(text);
  if (!m || !/\d/.test(text.slice(0, m.index))) return null;
  const at = m.name;
  const signer = text.slice(at);
  const named = parseByline(`By ${signer}`);
  if (named) return { byline: named, at: at - 'By '.length };
  const single = soleName(signer);
  return single && { byline: single, at };
}

export const webMetaExtractor: Extractor = {
  name: 'webmeta',
  run(ctx: Context): void {
    const headline = ctx.found.headline;
    if (!headline) return;
    const { doc } = ctx;
    const hl = ctx.doc.lineAt(headline.start).index;
    const block = headerBlock(ctx, hl);

    // A blog's meta line right under the headline.
    for (const i of block.slice(0, META_LINES)) {
      if (!ctx.isFree(i) && ctx.roles[i] !== 'stamp') continue;
      const meta = metaLineStamp(ctx, i);
      if (!meta) continue;
      if (!ctx.found.published) ctx.found.published = meta.stamp;
      if (meta.name && ctx.found.authors.length === 0 && ctx.layout?.webLike && !isCredit(doc.lineText(doc.lines[i]))) {
        const line = doc.lines[i];
        const named = doc.lineText(line).slice(meta.name.start, meta.name.end);
        const byline = nameLine(named) ?? soleName(named);
        if (byline) takeByline(ctx, i, byline, line.contentStart + meta.name.start);
      }
      ctx.claim(i, ctx.roles[i] === 'byline' ? 'byline' : 'stamp');
      break;
    }

    // A stamp line signed after the date ("September 10, 2018 | by Catherine", GiveWell): a
    // labelled name may be one word there.
    if (ctx.found.authors.length === 0) {
      for (const i of block) {
        if (ctx.roles[i] !== 'stamp' && !ctx.isFree(i)) continue;
        const line = doc.lines[i];
        const signed = signedAfterDate(doc.lineText(line));
        if (signed) {
          takeByline(ctx, i, signed.byline, line.contentStart + signed.at);
          break;
        }
      }
    }

    // A name-only byline in the block, standing as a paragraph of its own (not one of a list
    // of links), on web pages only: in clean text the line under the title may be a venue
    // ("Brentford v Southampton\n\nGriffin Park", BBC sport).
    if (ctx.found.authors.length === 0 && ctx.layout?.webLike) {
      const alone = new Set<number>();
      for (const p of doc.paragraphs) if (p.firstLine === p.lastLine) alone.add(p.firstLine);
      // The first line of text under the headline (and standfirst); menus, share buttons and
      // alt text may stand between.
      for (const i of block) {
        const role = ctx.roles[i];
        if (role !== 'body' && role !== 'boilerplate') continue;
        const raw = doc.lineText(doc.lines[i]);
        if (role === 'body' && isProse(raw)) continue; // the standfirst
        const { text, base } = stripped(ctx, i);
        const byline = raw.length <= 160 && alone.has(i) && !isCredit(raw) ? nameLine(text) : null;
        if (byline) {
          takeByline(ctx, i, byline, base);
          break;
        }
        if (role === 'body' && !SHARE.test(raw)) break;
      }
    }

    // A day and month alone under the byline ("By Nathan Birch\nNov 18").
    if (!ctx.found.published) {
      for (const i of block) {
        const stamp = ctx.isFree(i) ? yearlessStampLine(ctx, i) : null;
        if (stamp) {
          ctx.found.published = stamp;
          ctx.claim(i, 'stamp');
          break;
        }
      }
    }

    // A stamp in the block beats a date far from the headline: a masthead's date of the day
    // (WSJ), or a "Published …" teaser of another story further down (Hawaii News Now).
    const published = ctx.found.published;
    if (published) {
      const at = ctx.doc.lineAt(published.start).index;
      if (!block.includes(at) && Math.abs(at - hl) > FAR) {
        for (const i of block) {
          if (ctx.roles[i] !== 'stamp' && !ctx.isFree(i)) continue;
          const s = stampsOnLine(ctx, i).find((x) => x.kind !== 'updated');
          if (s) {
            ctx.found.published = s.stamp;
            ctx.claim(i, 'stamp');
            break;
          }
        }
      }
    }
  },
};

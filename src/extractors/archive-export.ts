/**
 * Archive exports: an article saved as text from a news database. LexisNexis writes it as
 *
 *     1 of 1 DOCUMENT                              (centred)
 *     The Guardian (London)
 *     January 18, 2022 Tuesday
 *     Headline
 *     BYLINE: Dan Sabbagh, Defence and security editor
 *     SECTION: WORLD NEWS; Pg. 25
 *     LENGTH: 612 words
 *     DATELINE: Brussels
 *     BODY:
 *     …the story…
 *     LOAD-DATE: January 19, 2022
 *     LANGUAGE: ENGLISH
 *
 * and Nexis Uni the same with the headline first, labels in mixed case ("Byline:", "Load-Date:"),
 * "Body" on its own line and "End of Document" last. Factiva writes no labels: under the
 * headline a block of the byline, "612 words", the date (and time), the publication, its
 * source code, the language and the copyright, then the story, then "Document GRDN0000…". The labelled lines are the database's,
 * not the story's: they are claimed before the other extractors read the text, so that the
 * load date is no publication date, "LENGTH: 612 words" no body text, and the byline and the
 * dateline are read from their labels, HIGHLIGHT: is the standfirst. The date line is left to
 * the date extractor (an unlabelled stamp line); the source line above it is claimed.
 */
import { textLineBefore } from '../document/lines';
import { Context, Extractor } from '../pipeline/context';
import { takeByline } from './authors';
import { Byline, nameLine, parseByline, roleLine } from './metadata/names';

/** A label of the export and what follows it on its line. Upper case (LexisNexis) or title case (Nexis Uni). */
const LABEL =
  /^(BYLINE|SECTION|LENGTH|DATELINE|LOAD-DATE|LANGUAGE|PUBLICATION-TYPE|JOURNAL-CODE|DOCUMENT-TYPE|TYPE|GRAPHIC|HIGHLIGHT|SUBJECT|ORGANIZATION|PERSON|GEOGRAPHIC|INDUSTRY|COUNTRY|CITY|STATE|TICKER|NOTES|URL|CORRECTION-DATE|ACC-NO|Byline|Section|Length|Dateline|Load-Date|Language|Publication-Type|Journal-Code|Document-Type|Graphic|Highlight|Subject|Organization|Person|Geographic|Industry|Country|City|State|Ticker|Notes|Correction-Date):[ \t]*/;
/** Lines of the export's own: the document count, the start of the body, the end. */
const MARKER = /^(?:\d{1,6} of \d{1,6} DOCUMENTS?|BODY:|Body|End of Document)$/;
/** The copyright notice an export adds for the source ("Copyright 2022 Guardian News & Media Ltd", "(c) Copyright 2004 …", "All Rights Reserved"). */
const COPYRIGHT = /^(?:(?:\(c\)|©)?\s?(?:Copyright|©)\s(?:\(c\)\s)?\d{4}\b|All Rights Reserved\.?$)/i;
/** Factiva's word count under the headline, and its document number closing the export. */
const WORD_COUNT = /^\d[\d,]* words$/;
const FACTIVA_DOCUMENT = /^Document [A-Za-z0-9]{16,40}$/;
/** What only an export shows: its word count, its load date, its document count, its end. */
const TELLTALE = /^(?:LENGTH: \d[\d,]* words|Length: \d[\d,]* words|LOAD-DATE:|Load-Date:|\d{1,6} of \d{1,6} DOCUMENTS?$|End of Document$)/;
/** Labelled or marker lines an export shows at least. */
const MIN_EXPORT_LINES = 3;

/** An export's date line: "January 18, 2022 Tuesday", "18 January 2022", a time may follow. */
const DATE_LINE = /^(?:[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})\b/;
/** How far down an export's head its date line may stand, in lines of text. */
const HEAD_LINES = 12;
/** Columns from which a line at the head is centred (LexisNexis centres the source and date). */
const CENTRED = 8;

/**
 * The byline's names or agency from a label's value ("Dan Sabbagh, Defence and security
 * editor", "By Ben Quinn", "Reuters"), or null when it names no one.
 */
function bylineOf(value: string): Byline | null {
  const byline = readByline(value);
  return byline && byline.names.length + byline.agencies.length > 0 ? byline : null;
}

function readByline(value: string): Byline | null {
  const byline = parseByline(value) ?? nameLine(value);
  if (byline) return byline;
  // An agency alone ("Reuters", "Associated Press").
  const agency = roleLine(value)?.agency;
  if (agency) return { labelled: false, names: [], agencies: [agency], role: false, end: agency.end };
  // A bare name ("Nick Assinder"): read as if labelled, offsets back into the value.
  const labelled = parseByline(`By ${value}`);
  if (!labelled) return null;
  const back = <T extends { start: number; end: number }>(s: T): T => ({ ...s, start: s.start - 3, end: s.end - 3 });
  return { ...labelled, names: labelled.names.map(back), agencies: labelled.agencies.map(back), end: labelled.end - 3 };
}

/** ProQuest's markers, on lines of their own: "ABSTRACT", "FULL TEXT" (a colon or full stop may follow). */
const ABSTRACT_MARKER = /^(?:ABSTRACT|Abstract)[.:]?$/;
const FULL_TEXT_MARKER = /^(?:FULL TEXT|Full [Tt]ext)[.:]?$/;
/** How far down the text ProQuest's "FULL TEXT" may stand, in lines. */
const FULL_TEXT_WITHIN = 40;

/**
 * A ProQuest export: title, "ABSTRACT", the database's summary of the story, "FULL TEXT", the
 * story (as PolNeAR's New York Times texts came). The markers are the export's; the summary
 * is the standfirst, as LexisNexis's HIGHLIGHT is (a subtitle under the title may replace it:
 * src/extractors/headline.ts).
 */
function readProQuest(ctx: Context, texts: string[]): void {
  const { lines } = ctx.doc;
  const fullText = texts.findIndex((t, i) => i < FULL_TEXT_WITHIN && FULL_TEXT_MARKER.test(t));
  if (fullText < 0) return;
  ctx.claim(fullText, 'export');
  const marker = texts.findIndex((t, i) => i < fullText && ABSTRACT_MARKER.test(t));
  if (marker < 0) return;
  ctx.claim(marker, 'export');
  let first = -1;
  let last = -1;
  for (let i = marker + 1; i < fullText; i++) {
    if (lines[i].blank) continue;
    ctx.claim(i, 'subheadline');
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return;
  ctx.found.subheadline = ctx.titleSpan(lines[first].contentStart, lines[last].contentEnd);
}

export const archiveExportExtractor: Extractor = {
  name: 'archive-export',
  run(ctx: Context): void {
    const { doc } = ctx;
    const texts = doc.lines.map((line) => doc.lineText(line));
    readProQuest(ctx, texts);
    const marked = texts.filter((t) => LABEL.test(t) || MARKER.test(t)).length;
    if (marked < MIN_EXPORT_LINES || !texts.some((t) => TELLTALE.test(t))) {
      readFactiva(ctx, texts);
      return;
    }
    let label: string | null = null;
    for (let i = 0; i < doc.lines.length; i++) {
      const line = doc.lines[i];
      const text = texts[i];
      if (line.blank) {
        label = null;
        continue;
      }
      const m = LABEL.exec(text);
      if (m) label = m[1];
      else if (MARKER.test(text) || COPYRIGHT.test(text)) {
        ctx.claim(i, 'export');
        label = null;
        continue;
      } else if (label === null) continue;
      // A labelled line, or the next line of a label's value (LexisNexis wraps long values).
      const valueStart = line.contentStart + (m ? m[0].length : 0);
      const value = doc.text.slice(valueStart, line.contentEnd);
      const kind = label.toUpperCase();
      if (kind === 'HIGHLIGHT') {
        // The story's standfirst, under the export's label.
        const from = m ? valueStart : ctx.found.subheadline?.start ?? valueStart;
        if (value) ctx.found.subheadline = ctx.titleSpan(from, line.contentEnd);
        ctx.claim(i, 'subheadline');
        continue;
      }
      if (kind === 'BYLINE') {
        const byline = bylineOf(value);
        if (byline) {
          takeByline(ctx, i, byline, valueStart);
          continue;
        }
      } else if (kind === 'DATELINE' && m && value && ctx.found.dateline === null) {
        ctx.found.dateline = { place: value, date: null, agency: null, raw: value, start: valueStart, end: line.contentEnd };
      }
      ctx.claim(i, 'export');
    }
    claimSource(ctx, texts);
  },
};

/**
 * Factiva's layout: the first word-count line stands in the header block under the headline,
 * the last line of text is its document number. The line above the count is the byline; the
 * date under it is left to the date extractor; the rest of the block (time, publication,
 * source code, page, language, copyright) and the document number are claimed.
 */
function readFactiva(ctx: Context, texts: string[]): void {
  const { lines } = ctx.doc;
  const last = textLineBefore(lines, texts.length);
  const count = texts.findIndex((t) => WORD_COUNT.test(t));
  if (last < 0 || count < 0 || count > HEAD_LINES * 2 || !FACTIVA_DOCUMENT.test(texts[last])) return;
  ctx.claim(last, 'export');
  ctx.claim(count, 'export');
  // The line above the count is the byline unless it is the headline (the first line of text).
  const above = count - 1;
  if (above > 0 && !lines[above].blank && lines.slice(0, above).some((line) => !line.blank)) {
    const byline = bylineOf(texts[above]);
    if (byline) takeByline(ctx, above, byline, lines[above].contentStart);
  }
  // The time under the date is in the source's own zone, which Factiva does not name: the
  // published value keeps the date alone.
  for (let i = count + 1; i < lines.length && !lines[i].blank; i++) if (!DATE_LINE.test(texts[i])) ctx.claim(i, 'export');
}

/**
 * The publication's line: the line right above the export's date line ("The Guardian
 * (London)" above "January 18, 2022 Tuesday"), unless it is the first line of the text and
 * not centred (Nexis Uni puts the headline first; a headline above the date is no source).
 * The date line itself is left to the date extractor.
 */
function claimSource(ctx: Context, texts: string[]): void {
  const { lines } = ctx.doc;
  let seen = 0;
  for (let i = 0; i < texts.length && seen < HEAD_LINES; i++) {
    if (lines[i].blank) continue;
    seen++;
    if (!DATE_LINE.test(texts[i]) || !ctx.isFree(i)) continue;
    const j = textLineBefore(lines, i);
    if (j < 0 || !ctx.isFree(j)) return;
    let k = j - 1;
    while (k >= 0 && (lines[k].blank || !ctx.isFree(k))) k--;
    if (k >= 0 || lines[j].indent >= CENTRED) ctx.claim(j, 'export');
    return;
  }
}

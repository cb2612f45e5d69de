/**
 * Factiva's field-coded layout, as its full-article display and its exports with codes write
 * a story: each field opens a line with its code, then the value ("HD Job cuts …", "BY Martin
 * Hale", "WC 252 words", "PD 29 October 2004", …), the story under "LP" (the lead paragraphs)
 * and "TD" (the rest), the indexing fields after it ("CO", "NS", "RE", "IPD", "PUB", …) and
 * the accession number last ("AN Document BBCNO0002004…").
 *
 * `withFactivaCodesBlanked` gives the text as Factiva's plain layout has it, character for
 * character: the codes of the header, the story and the accession number blanked, the section
 * above the headline and the indexing fields blanked whole. src/extractors/archive-export.ts
 * then reads it as it reads that layout (byline above the word count, the date, the block of
 * publication, source code, language and copyright, the document number last), and offsets
 * are unchanged (src/document/reading-view.ts puts the input's own text back into each span).
 */

/** Codes of the header: their values are read (the headline, byline, word count, date, …). */
const HEADER_CODES: ReadonlySet<string> = new Set(['HD', 'CR', 'BY', 'WC', 'PD', 'ET', 'SN', 'SC', 'ED', 'PG', 'VOL', 'LA', 'CY']);
/** Codes above the headline, whose values are no part of the story (the section, the column's name). */
const ABOVE_HEADLINE_CODES: ReadonlySet<string> = new Set(['SE', 'CLM']);
/** Indexing fields after the story: companies, industries, subjects, regions, the publisher, … */
const INDEX_CODES: ReadonlySet<string> = new Set(['CT', 'RF', 'ART', 'CO', 'IN', 'NS', 'RE', 'IPC', 'IPD', 'PUB', 'GC', 'DE', 'FDS', 'AN']);
/**
 * The first index field after the story, as Factiva writes its values ("CO tucong : Trades
 * Union Congress", "AN Document …"): a story's paragraph may open with "IN" or "RE" too.
 */
const INDEX_START = /^(?:(?:CO|IN|NS|RE)[ \t]+\S+ : |AN[ \t]+Document )/;
/** A code opening a line: two or three capitals, then white space or the end of the line. */
const CODE = /^[A-Z]{2,3}(?=[ \t\r]|$)/;
/** Code lines a text shows at least to be read as Factiva's. */
const MIN_CODE_LINES = 6;

const blank = (s: string): string => s.replace(/[^\r]/g, ' ');

type Part = 'head' | 'story' | 'index';

/**
 * The code opening `line`, when it is one in the part of the text it stands in: header codes
 * before the story, "LP" and "TD" (once each) opening it, index fields after it.
 */
function codeOf(line: string, part: Part, storyCodes: Set<string>): string | null {
  const code = CODE.exec(line)?.[0];
  if (code === undefined) return null;
  if (part === 'head' && (HEADER_CODES.has(code) || ABOVE_HEADLINE_CODES.has(code))) return code;
  if (part !== 'index' && (code === 'LP' || code === 'TD') && !storyCodes.has(code) && !(code === 'LP' && storyCodes.has('TD'))) return code;
  if (part === 'story' && INDEX_START.test(line)) return code;
  return part === 'index' && INDEX_CODES.has(code) ? code : null;
}

/** The text with Factiva's field codes blanked (same length), or null when it is not in that layout. */
export function withFactivaCodesBlanked(text: string): string | null {
  if (!/^(?:SE|CLM|HD)[ \t]/m.test(text.slice(0, 2000))) return null;
  const lines = text.split('\n');
  let part: Part = 'head';
  const storyCodes = new Set<string>();
  const codes = lines.map((line) => {
    const code = codeOf(line, part, storyCodes);
    if (code === 'LP' || code === 'TD') {
      part = 'story';
      storyCodes.add(code);
    } else if (code !== null && INDEX_CODES.has(code)) part = 'index';
    return code;
  });
  const seen = new Set(codes.filter((c): c is string => c !== null));
  const coded = codes.filter((c) => c !== null).length;
  if (coded < MIN_CODE_LINES || !seen.has('HD') || storyCodes.size === 0 || !(seen.has('WC') || seen.has('AN'))) return null;
  let field: string | null = null;
  let headlineSeen = false;
  const headline = codes.indexOf('HD');
  const view = lines.map((line, i) => {
    const code = codes[i];
    if (code !== null) field = code;
    if (code === 'HD') headlineSeen = true;
    // The field under the headline starts after a blank line, as in the plain layout: its
    // code's first letter becomes a line break ("HD Title\nBY Name" reads "Title\n\n  Name").
    if (i === headline + 1 && code !== null && HEADER_CODES.has(code)) return `\n${blank(code.slice(1))}${line.slice(code.length)}`;
    // The accession number reads as Factiva's plain layout ends: "Document BBCNO0002004…".
    if (code === 'AN') return blank(code) + line.slice(code.length);
    // A field's value may run on over lines (an index field's list, a long copyright).
    if (field !== null && ((INDEX_CODES.has(field) && field !== 'AN') || (ABOVE_HEADLINE_CODES.has(field) && !headlineSeen))) return blank(line);
    return code === null ? line : blank(code) + line.slice(code.length);
  });
  return view.join('\n');
}

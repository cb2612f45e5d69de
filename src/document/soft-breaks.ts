/**
 * Soft line breaks: text dumped at a fixed width (w3m or lynx at 80 columns, a terminal copy,
 * an e-mail) breaks every long line where the next word would not fit. Read line by line, the
 * second half of a wrapped headline looks like a byline ("Strategy Officer") and a wrapped
 * paragraph like a run of short lines.
 *
 * `withoutSoftBreaks` gives the text with those breaks replaced by spaces, character for
 * character, so every offset into it is an offset into the input too: the pipeline reads it,
 * and src/document/reading-view.ts puts the input's own characters back into each span.
 *
 * A break is soft when the first word of the next line would not have fitted on the line
 * (given the width the text was wrapped at) and the next line goes on at the same indent
 * (under the text of a list item: "  • Karma Automotive …\n    Architecture, left, …").
 *
 * The width is not given: it is the one at which the most breaks read as soft. A text is
 * taken for wrapped only on evidence: soft breaks at several line widths, and paragraphs run
 * over three lines or more (a list of teasers, each a title over a date, breaks once per item).
 * Wire copy is left alone: its paragraphs open with an indent and run on in lines at the
 * margin, which src/document/paragraphs.ts reads as it is.
 *
 * Measured with `npm run eval -- softbreaks` (the webdumps pages dumped at 80 columns against
 * their unwrapped dumps): 99.2 % of the breaks taken for soft are, 98.8 % of the soft ones are
 * found; no input of the unwrapped corpora is taken for wrapped.
 */
import { Line, opensInLowerCase, splitLines } from './lines';

/** Widths between which a text is taken to be wrapped (w3m gives 79, e-mail 72, wire copy 63-69). */
const MIN_WIDTH = 60;
const MAX_WIDTH = 250;
/** A wrapped line ends within a word's length of the width; longer words are links and codes. */
const LONGEST_WORD = 25;
/** Of the lines near the width that run on, the share that must break as wrapped lines do. */
const MIN_SOFT_SHARE = 0.5;
/** Paragraphs wrapped over three lines or more that a text must show. */
const MIN_LONG_PARAGRAPHS = 2;
/**
 * A text wrapped this wide or wider may show none: a news paragraph of 40 to 60 words fills
 * two lines at 120 columns. There, soft breaks (MIN_SOFT_BREAKS, at as many widths) are
 * evidence enough when a third of them at least go on in lower case, as a sentence mostly does
 * at a wrapped line's end (a third: a short story full of names has 3 of 7): a line that stops
 * within a word of 90 columns or more is otherwise a long title, and what follows a title opens
 * in capitals (a page of teasers whose titles are written twice, "…look goodAudi e-Tron
 * Sportback makes …", each over "AUTO NEWS": none of 5).
 */
const WIDE_WIDTH = 90;
/** Soft breaks (at as many widths) a text must show before any is taken for one. */
const MIN_SOFT_BREAKS = 3;
/** Soft breaks per paragraph that opens indented, below which a text is wire copy. */
const WIRE_RATIO = 8;
/** How much shorter than the width a wire paragraph's first line may be. */
const WIRE_FIRST_LINE_SLACK = 20;
/** A list item's marker and the space after it: its continuation lines are indented past it. */
const LIST_MARKER = /^(?:[•◦○●□■☆★▪▫‣◆▶►*+-]|\d{1,3}[.)])(?:[ \t]+|$)/u;
/**
 * Markers that are also prose at the start of a wrapped line: a dash ("…its founder, Mikhail\n-
 * punishment …" is one sentence), a number ending a sentence. They open an item only in a list.
 */
const PLAIN_MARKER = /^(?:[*+-]|\d{1,3}[.)])(?:[ \t]+|$)/;

/**
 * Code points a terminal shows two columns wide (CJK, Hangul, full-width forms, most emoji).
 * A line holding one is never taken for a wrapped one: its width in columns is not its length.
 */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\ud83c-\ud83e][\udc00-\udfff]|[\ud840-\ud87f][\udc00-\udfff]/;

/** Columns a line fills, indent included; null when that is not its length (see WIDE). */
function width(text: string, line: Line): number | null {
  return WIDE.test(text.slice(line.start, line.contentEnd)) ? null : line.contentEnd - line.start;
}

/** The start of a line's text, enough to read a list marker. */
const head = (text: string, line: Line): string => text.slice(line.contentStart, Math.min(line.contentEnd, line.contentStart + 8));

/**
 * Does `next` go on where `line`'s words go: at its indent, or past its list marker ("  • Karma
 * …\n    Architecture …")? A line opening with a bullet is an item and goes on past it; one
 * opening with a dash or a number may be prose too, and go on at its indent.
 */
function runsOn(text: string, line: Line, next: Line): boolean {
  const marker = LIST_MARKER.exec(head(text, line));
  if (!marker) return next.indent === line.indent;
  return next.indent === line.indent + marker[0].length || (PLAIN_MARKER.test(marker[0]) && next.indent === line.indent);
}

/**
 * Does `next` open a list item? A bullet always does; a dash or a number only under an item or
 * an indented line (in a list), not under a line of prose at the margin.
 */
function opensItem(text: string, line: Line, next: Line): boolean {
  const marker = LIST_MARKER.exec(head(text, next));
  if (!marker) return false;
  if (!PLAIN_MARKER.test(marker[0])) return true;
  return line.indent > 0 || LIST_MARKER.test(head(text, line));
}

/** A horizontal rule as a dump draws <hr>: a line of its own. */
function isRule(text: string, line: Line): boolean {
  return /^[━─═_=-]{8}/.test(text.slice(line.contentStart, line.contentStart + 8));
}

/**
 * Length of the first word of a line, to its first space a line may break at: a no-break space
 * binds the words around it, and a wrapper moves them as one ("Sanders\u00a0is").
 */
function firstWord(text: string, line: Line): number {
  const space = text.slice(line.contentStart, line.contentEnd).search(BREAKING_SPACE);
  return space < 0 ? line.contentEnd - line.contentStart : space;
}

/** White space but the no-break spaces (U+00A0, U+2007, U+202F). */
const BREAKING_SPACE = /[^\S\u00a0\u2007\u202f]/;

/** Two lines of text in a row, as the fit test reads them. */
interface Pair {
  /** The first line. */
  line: Line;
  /** Its width in columns. */
  width: number;
  /** Columns the next line's first word needs on it (a space and the word). */
  nextWord: number;
  /** The next line goes on at the line's indent (or under a list item's text): see runsOn. */
  runsOn: boolean;
  /**
   * The next line is indented less: a wire paragraph's first line, then its run-on lines. After
   * a blank line, only when the paragraph runs on over two lines at least: one set-in line over
   * one at the margin may be anything (a teaser's title behind a no-break space, "\u00a0 Navy
   * says their plan …" over "will take some time").
   */
  outdents: boolean;
}

/** Does the line after line i + 1 go on at its indent (a paragraph's third line)? */
function runsOnTwice(lines: Line[], i: number): boolean {
  const next = lines[i + 1];
  const after = lines[i + 2];
  return after !== undefined && !after.blank && after.indent === next.indent;
}

/** Pairs of lines that could hold a soft break: no list item, rule or CJK line in them. */
function candidatePairs(text: string, lines: Line[]): Pair[] {
  const pairs: Pair[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (line.blank || next.blank || isRule(text, line) || isRule(text, next)) continue;
    if (opensItem(text, line, next)) continue;
    const lineWidth = width(text, line);
    if (lineWidth === null) continue;
    pairs.push({
      line,
      width: lineWidth,
      nextWord: 1 + firstWord(text, next),
      runsOn: runsOn(text, line, next),
      outdents: next.indent < line.indent && (i === 0 || !lines[i - 1].blank || runsOnTwice(lines, i)),
    });
  }
  return pairs;
}

/**
 * The lines whose break is soft if the text was wrapped at `wrapAt` columns; none when too few
 * of the lines that reach near that width break there as a wrapped line would.
 */
function softAt(pairs: Pair[], wrapAt: number, widthAt: (p: Pair) => number = () => wrapAt): Line[] {
  const near = pairs.filter((p) => p.runsOn && p.width <= widthAt(p) && p.width >= widthAt(p) - LONGEST_WORD);
  // A line that the next line's first word would have fitted on ended where its writer ended it.
  const soft = near.filter((p) => p.width + p.nextWord > widthAt(p));
  // Wrapped lines end at all sorts of widths; a caption printed three times is no evidence.
  const widths = new Set(soft.map((p) => p.width));
  return soft.length >= near.length * MIN_SOFT_SHARE && widths.size >= MIN_SOFT_BREAKS ? soft.map((p) => p.line) : [];
}

/**
 * Where a dump sets a block in from both margins (lynx: running text 3 columns in, and 3 columns
 * short of the right edge; headings at the margin run to it), the width a line wraps at is the
 * running text's (`wrapAt`, at its most common indent) plus what the line is set out from it.
 */
function widthByIndent(pairs: Pair[], wrapAt: number): (p: Pair) => number {
  const counts = new Map<number, number>();
  for (const p of pairs) if (p.width <= wrapAt && p.width >= wrapAt - LONGEST_WORD) counts.set(p.line.indent, (counts.get(p.line.indent) ?? 0) + 1);
  let bodyIndent = 0;
  for (const [indent, n] of counts) if (n > (counts.get(bodyIndent) ?? 0)) bodyIndent = indent;
  return (p) => wrapAt + bodyIndent - p.line.indent;
}

/** Runs of two soft breaks or more in a row: paragraphs wrapped over three lines or more. */
function paragraphsOverThreeLines(soft: Line[]): number {
  let count = 0;
  for (let i = 1; i < soft.length; i++) {
    const chained = soft[i].index === soft[i - 1].index + 1;
    const chainedBefore = i > 1 && soft[i - 1].index === soft[i - 2].index + 1;
    if (chained && !chainedBefore) count++;
  }
  return count;
}

/** How many of the soft breaks' next lines open with a lower-case letter. */
function goOnInLowerCase(text: string, lines: Line[], soft: Line[]): number {
  return soft.filter((line) => opensInLowerCase(text, lines[line.index + 1])).length;
}

/**
 * The width the text was wrapped at: of the widths it may have been, the one at which the most
 * breaks are soft (while at least MIN_SOFT_SHARE of the lines near it are). Each line counts
 * for a range of widths (from its own up to its own plus the next line's first word), so all
 * widths are weighed in one pass over the lines; 0 when none will do.
 */
function wrapWidth(pairs: Pair[]): number {
  const near = new Int32Array(MAX_WIDTH + 2);
  const soft = new Int32Array(MAX_WIDTH + 2);
  const count = (counts: Int32Array, from: number, to: number): void => {
    counts[from]++;
    counts[Math.min(to, MAX_WIDTH) + 1]--;
  };
  for (const p of pairs) {
    if (!p.runsOn || p.width > MAX_WIDTH) continue;
    count(near, p.width, p.width + LONGEST_WORD);
    count(soft, p.width, p.width + Math.min(p.nextWord - 1, LONGEST_WORD));
  }
  let best = 0;
  let bestSoft = 0;
  let nearHere = 0;
  let softHere = 0;
  for (let w = 0; w <= MAX_WIDTH; w++) {
    nearHere += near[w];
    softHere += soft[w];
    if (w >= MIN_WIDTH && softHere > bestSoft && softHere >= nearHere * MIN_SOFT_SHARE) [best, bestSoft] = [w, softHere];
  }
  return best;
}

/**
 * The text with its soft line breaks as spaces (same length, same offsets), or null when it
 * has none: it is not wrapped, or it is wire copy.
 */
export function withoutSoftBreaks(text: string, indentedBothSides = false): string | null {
  const lines = splitLines(text);
  if (lines.length < MIN_SOFT_BREAKS + 1) return null;
  const pairs = candidatePairs(text, lines);
  const wrapAt = wrapWidth(pairs);
  if (wrapAt === 0) return null;
  const soft = indentedBothSides ? softAt(pairs, wrapAt, widthByIndent(pairs, wrapAt)) : softAt(pairs, wrapAt);
  // A wrapped paragraph runs over three lines and more; a list of teasers (a title, a date or
  // an excerpt under it) breaks once per item, which one width may explain as well.
  const wideEnough = (): boolean => wrapAt >= WIDE_WIDTH && 3 * goOnInLowerCase(text, lines, soft) >= soft.length;
  if (paragraphsOverThreeLines(soft) < MIN_LONG_PARAGRAPHS && !wideEnough()) return null;
  // Wire copy: paragraphs whose long first line is indented, and the rest run on at the margin.
  const indentLed = pairs.filter((p) => p.outdents && p.width >= wrapAt - WIRE_FIRST_LINE_SLACK).length;
  if (soft.length < MIN_SOFT_BREAKS || indentLed * WIRE_RATIO >= soft.length) return null;
  const parts: string[] = [];
  let from = 0;
  for (const line of soft) {
    const breakEnd = lines[line.index + 1].start;
    parts.push(text.slice(from, line.end), ' '.repeat(breakEnd - line.end));
    from = breakEnd;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

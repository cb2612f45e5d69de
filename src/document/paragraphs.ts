/**
 * Paragraph segmentation that works for both shapes of input we meet:
 * - blank-line separated text (web copies, BBC), where a long unwrapped line is a paragraph;
 * - hard-wrapped wire copy (Reuters), where a paragraph is several ~65-column lines and each
 *   new paragraph starts with an indent;
 * - text its writer did not wrap at all (paragraphs of one long line each), where every line
 *   break inside a block is the writer's own.
 */
import { isDrawnRule, Line, opensInLowerCase } from './lines';

export interface Paragraph {
  index: number;
  /** Line indices, first to last. */
  firstLine: number;
  lastLine: number;
  /** Trimmed content offsets. */
  start: number;
  end: number;
}

/** Lines this long or longer are taken as hard-wrapped when their block is wire-like. */
const WRAP_MIN = 35;
const WRAP_MAX = 100;

export function splitParagraphs(text: string, lines: Line[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const mayBeWrapped = !writtenUnwrapped(text, lines);
  let block: Line[] = [];
  const flush = (): void => {
    for (const group of splitBlock(text, block, mayBeWrapped)) {
      paragraphs.push({
        index: paragraphs.length,
        firstLine: group[0].index,
        lastLine: group[group.length - 1].index,
        start: group[0].contentStart,
        end: group[group.length - 1].contentEnd,
      });
    }
    block = [];
  };
  for (const line of lines) {
    if (line.blank) flush();
    else if (isDrawnRule(text, line)) {
      // A rule (a dump's <hr>) stands alone, however wide the dump draws it.
      flush();
      block.push(line);
      flush();
    } else block.push(line);
  }
  flush();
  return paragraphs;
}

/** Split a run of non-blank lines into paragraphs (groups of lines). */
function splitBlock(text: string, block: Line[], mayBeWrapped: boolean): Line[][] {
  if (block.length <= 1) return block.length ? [block] : [];
  if (!mayBeWrapped && !isListOrTable(text, block)) return writersLines(text, block);
  if (!isWrapped(block)) return block.map((line) => [line]);
  const minIndent = Math.min(...block.map((l) => l.indent));
  const groups: Line[][] = [];
  for (const line of block) {
    const opensParagraph = line.indent > minIndent || groups.length === 0;
    if (opensParagraph) groups.push([line]);
    else groups[groups.length - 1].push(line);
  }
  return groups;
}

/**
 * The lines of a block in text its writer did not wrap (writtenUnwrapped): each a paragraph,
 * but for a line that opens in lower case, which goes on the sentence above it (a page's link
 * text on lines of its own: "Donald Trump regularly\nincites\npolitical violence …").
 */
function writersLines(text: string, block: Line[]): Line[][] {
  const groups: Line[][] = [];
  for (const line of block) {
    const last = groups[groups.length - 1];
    if (last && opensInLowerCase(text, line)) last.push(line);
    else groups.push([line]);
  }
  return groups;
}

/** A list item's marker, and a gap between the columns of a table row. */
const LIST_ITEM = /^(?:[•◦○●□■☆★▪▫‣◆▶►*+-]|\d{1,3}[.)])\s/u;
const COLUMN_GAP = /\S {3,}\S/;

/** A list or a table: kept together as one paragraph, as before, wherever it stands. */
function isListOrTable(text: string, block: Line[]): boolean {
  return block.some((line) => {
    const content = text.slice(line.contentStart, line.contentEnd);
    return LIST_ITEM.test(content) || COLUMN_GAP.test(content);
  });
}

/** Lines of running text: this many words or more. */
const PROSE_WORDS = 8;

/**
 * Text its writer did not wrap: at least two of its lines of running text, and at least half
 * of them, are longer than any width text is wrapped at (WRAP_MAX). A break between two lines
 * of moderate length there is the writer's own, not a wrap: "Title; \nSubtitle." over the
 * story of a news-database export (PolNeAR's New York Times and USA Today stories), a headline
 * over its standfirst in a copied page. Each such line is then a paragraph of its own.
 */
function writtenUnwrapped(text: string, lines: Line[]): boolean {
  let prose = 0;
  let long = 0;
  for (const line of lines) {
    if (line.blank) continue;
    let spaces = 0;
    for (let i = line.contentStart; i < line.contentEnd && spaces < PROSE_WORDS - 1; i++) if (text.charCodeAt(i) === 0x20) spaces++;
    if (spaces < PROSE_WORDS - 1) continue;
    prose++;
    if (lineLength(line) > WRAP_MAX) long++;
  }
  return long >= 2 && long * 2 >= prose;
}

/** Columns a line fills: a tab in its indent counts as 4 (Line.indent), as the wire's 4 spaces. */
function lineLength(line: Line): number {
  return line.indent + line.contentEnd - line.contentStart;
}

/**
 * Hard-wrapped text: most lines but the last are of similar, moderate length, and
 * continuation lines exist (a line not indented more than the block's minimum).
 */
function isWrapped(block: Line[]): boolean {
  const body = block.slice(0, -1);
  const moderate = body.filter((l) => lineLength(l) >= WRAP_MIN && lineLength(l) <= WRAP_MAX).length;
  return moderate / body.length >= 0.6;
}

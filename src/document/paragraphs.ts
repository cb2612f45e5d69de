/**
 * Paragraph segmentation that works for both shapes of input we meet:
 * - blank-line separated text (web copies, BBC), where a long unwrapped line is a paragraph;
 * - hard-wrapped wire copy (Reuters), where a paragraph is several ~65-column lines and each
 *   new paragraph starts with an indent.
 */
import { isDrawnRule, Line } from './lines';

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
  let block: Line[] = [];
  const flush = (): void => {
    for (const group of splitBlock(block)) {
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
function splitBlock(block: Line[]): Line[][] {
  if (block.length <= 1) return block.length ? [block] : [];
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

function lineLength(line: Line): number {
  return line.contentEnd - line.start;
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

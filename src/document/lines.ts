/** Physical lines of the input, with offsets; line breaks may be \n, \r\n or \r. */

export interface Line {
  index: number;
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character (before the line break). */
  end: number;
  /** Offsets of the line without its leading and trailing white space. */
  contentStart: number;
  contentEnd: number;
  /** Leading white space width (a tab counts 4). */
  indent: number;
  blank: boolean;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  for (;;) {
    const m = breaks.exec(text);
    const end = m ? m.index : text.length;
    lines.push(makeLine(text, lines.length, start, end));
    if (!m) break;
    start = m.index + m[0].length;
  }
  // A final line break does not open an extra empty line.
  if (lines.length > 1 && lines[lines.length - 1].start === text.length) lines.pop();
  return lines;
}

function makeLine(text: string, index: number, start: number, end: number): Line {
  let contentStart = start;
  let indent = 0;
  while (contentStart < end && isSpace(text.charCodeAt(contentStart))) {
    indent += text[contentStart] === '\t' ? 4 : 1;
    contentStart++;
  }
  let contentEnd = end;
  while (contentEnd > contentStart && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
  return { index, start, end, contentStart, contentEnd, indent, blank: contentStart === contentEnd };
}

/** Space, tab, NBSP, BOM and the other Unicode spaces (not line breaks). */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x0b || code === 0x0c ||
    code === 0xfeff || code === 0x3000 || code === 0x202f || code === 0x205f ||
    (code >= 0x2000 && code <= 0x200b)
  );
}

/** A horizontal rule as a text dump draws <hr> (w3m: a line of heavy strokes as wide as the page). */
export function isDrawnRule(text: string, line: Line): boolean {
  return /^[━─═]{8}/.test(text.slice(line.contentStart, line.contentStart + 8));
}

const LOWER_CASE_START = /^\p{Ll}/u;

/** Does the line's text open with a lower-case letter (a sentence going on from the line above)? */
export function opensInLowerCase(text: string, line: Line): boolean {
  return LOWER_CASE_START.test(text.slice(line.contentStart, line.contentStart + 2));
}

/** The index of the last line with text before line `index`, or -1 when there is none. */
export function textLineBefore(lines: readonly Line[], index: number): number {
  let i = index - 1;
  while (i >= 0 && lines[i].blank) i--;
  return i;
}

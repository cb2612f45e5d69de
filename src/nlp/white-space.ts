/**
 * White space as regular expressions see it (`\s`), tested on character codes, for scanners
 * that would otherwise run a regular expression and build strings or arrays to count or cut.
 */

/** Is this UTF-16 code unit matched by `\s`? */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** `text.split(/\s+/).length` without making the pieces: one more than the runs of white space. */
export function splitCount(text: string): number {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const space = isWhiteSpace(text.charCodeAt(i));
    if (space && !inRun) runs++;
    inRun = space;
  }
  return runs + 1;
}

/**
 * The last `n` words of `text` (runs of non-white space, what /\S+/g matches), last first, as
 * [start, end) offsets: a scan back from the end that reads no further than those words.
 */
export function lastWords(text: string, n: number): Array<{ start: number; end: number }> {
  const words: Array<{ start: number; end: number }> = [];
  let i = text.length;
  while (i > 0 && isWhiteSpace(text.charCodeAt(i - 1))) i--;
  while (i > 0 && words.length < n) {
    const end = i;
    while (i > 0 && !isWhiteSpace(text.charCodeAt(i - 1))) i--;
    words.push({ start: i, end });
    while (i > 0 && isWhiteSpace(text.charCodeAt(i - 1))) i--;
  }
  return words;
}

/** Index of the last line terminator in `text` (\n, \r, U+2028, U+2029: what `.` does not match), or -1. */
export function lastLineTerminator(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return i;
  }
  return -1;
}

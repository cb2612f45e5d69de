/**
 * Pages dumped by lynx (`lynx -dump`) mark what w3m marks otherwise: list items with `*`, `+`
 * and `o` (by nesting, indented 5, 10, 15 columns) where w3m writes `•`, buttons as
 * `(BUTTON) Menu`, and the page's <link> elements as a first line `#alternate` or
 * `#Site » Feed`. `withLynxMarksAsW3m` gives the text with those marks as w3m's (bullets),
 * or blank (buttons, the block of links), character for character, so the extractors, written
 * against w3m's dumps, read lynx's the same way; offsets are unchanged, and
 * src/document/reading-view.ts puts the input's own text back into each span.
 */

/** Signs of a lynx dump: its button label, and its first line of <link> elements. */
const BUTTON = /\(BUTTON\)/g;
const LINK_LINE = /^ {3}#\S[^\n]*/;
/** A lynx list item: the bullet of its nesting level at 5, 10, 15 … columns, then its text. */
const LYNX_ITEM = /^((?: {5})+)[*+o#@](?= \S)/gm;
/** Buttons from which a text is taken for a lynx dump without its link line. */
const MIN_BUTTONS = 2;
/** Else: list items at lynx's nesting, and the share of lines set in 3 columns. */
const MIN_ITEMS = 5;
const MIN_SET_IN_SHARE = 0.3;

/**
 * Lynx's layout: list items at its 5-column nesting, and running text indented 3 columns
 * (lynx sets paragraphs in from the margin; headings stay at it). The share is of the lines
 * that are no list items: a page of menus (Fox News: 205 items, 339 lines) is still lynx's.
 */
function lynxLaidOut(text: string): boolean {
  const items = text.match(LYNX_ITEM)?.length ?? 0;
  if (items < MIN_ITEMS) return false;
  const lines = text.split('\n').filter((line) => /\S/.test(line));
  const setIn = lines.filter((line) => /^ {3}\S/.test(line)).length;
  return setIn >= (lines.length - items) * MIN_SET_IN_SHARE;
}

/** The text with lynx's marks as w3m's (same length), or null when it is not a lynx dump. */
export function withLynxMarksAsW3m(text: string): string | null {
  const start = text.search(/\S/);
  const linkLine = start >= 0 ? LINK_LINE.exec(text.slice(text.lastIndexOf('\n', start) + 1)) : null;
  const buttons = text.match(BUTTON)?.length ?? 0;
  if (!linkLine && buttons < MIN_BUTTONS && !lynxLaidOut(text)) return null;
  const view = text.replace(BUTTON, (b) => ' '.repeat(b.length)).replace(LYNX_ITEM, (_m, indent: string) => `${indent}•`);
  if (!linkLine) return view;
  // The <link> elements run on to the first blank line ("#my6sense » Feed … alternate\n   RSS2 Feed").
  const blockEnd = view.slice(start).search(/\n[ \t\r]*(?:\n|$)/);
  const end = blockEnd < 0 ? view.length : start + blockEnd;
  return view.slice(0, start) + view.slice(start, end).replace(/[^\s]/g, ' ') + view.slice(end);
}

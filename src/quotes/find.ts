/**
 * Finding quotations: double quotation marks, straight (") or typographic (“ ” „), two
 * apostrophes for one ('' … '', as the New York Times archive and news databases print “ ”),
 * and guillemets (« »), paired within a paragraph. A quote left open at a paragraph's end
 * continues when the next paragraph opens with a mark (the British convention for
 * multi-paragraph quotes). Single quotes are read only where headlines use them (British and
 * Indian style: Stoltenberg says 'won't agree'), by findSingleQuotes, which never takes an
 * apostrophe (won't, allies' troops) for a mark.
 */
import { Span } from '../types';

export interface FoundQuote extends Span {
  /**
   * Offsets of the opening and closing marks (closing: null when left open). For a mark of two
   * apostrophes, `open` is its first character and `close` its last, so that the text before
   * `open` and after `close` is outside the marks.
   */
  open: number;
  close: number | null;
  parts: Span[];
}

const OPENERS = new Set(['\u201c', '\u201e', '\u00ab']);
const CLOSERS = new Set(['\u201d', '\u00bb']);
const STRAIGHT = '"';
/** Every mark is '"' or above U+00AA: a cheap test before the set lookups, run on each character. */
const LOWEST_CURLY = 0xab;

/** Is a straight quote at `i` (`width` characters: 2 for '') opening? Judged by its neighbours, then by state. */
function straightOpens(text: string, i: number, isOpen: boolean, width = 1): boolean {
  const before = i > 0 ? text[i - 1] : ' ';
  const after = i + width < text.length ? text[i + width] : ' ';
  const spaceBefore = /[\s([{\u2014\u2013-]/.test(before);
  const spaceAfter = /[\s.,;:!?)\]]/.test(after);
  if (spaceBefore && !spaceAfter) return true;
  if (!spaceBefore && spaceAfter) return false;
  return !isOpen;
}

/** Trim white space inside the marks. */
function trimmed(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** A quotation mark: where it starts, whether it opens, and its width (2 for ''). */
interface Mark {
  at: number;
  opens: boolean;
  width: number;
}

const APOSTROPHE = 39;

/**
 * The mark of two apostrophes in the run of apostrophes at `i` (`run` long), or null. In a run
 * of three, one is a single quote's: "… 'no.'''" closes it first, "'''Tis" opens with the pair.
 */
function doubledApostrophe(text: string, i: number, run: number, isOpen: boolean): Mark | null {
  if (run === 2) return { at: i, opens: straightOpens(text, i, isOpen, 2), width: 2 };
  if (run !== 3) return null;
  const opens = straightOpens(text, i, isOpen, 3);
  return { at: opens ? i : i + 1, opens, width: 2 };
}

/**
 * A markup tag left in a text dump (`<a href="http://video.foxnews.com">`, `<tweet
 * tweet-id="7449…">`): the marks around its attribute values quote no one.
 */
const TAG = /<\/?[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:=(?:"[^"<>\n]*"|'[^'<>\n]*'|[^\s"'<>]+))?)*\s*\/?>/y;
const LESS_THAN = 60;

/** The quotation marks in [start, end), each marked opening or closing. */
function marks(text: string, start: number, end: number): Mark[] {
  const found: Mark[] = [];
  let isOpen = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === LESS_THAN) {
      TAG.lastIndex = i;
      if (TAG.test(text) && TAG.lastIndex <= end) i = TAG.lastIndex - 1;
      continue;
    }
    if (code === APOSTROPHE) {
      let run = 1;
      while (i + run < end && text.charCodeAt(i + run) === APOSTROPHE) run++;
      const mark: Mark | null = run > 1 ? doubledApostrophe(text, i, run, isOpen) : null;
      if (mark) {
        found.push(mark);
        isOpen = mark.opens;
      }
      i += run - 1;
      continue;
    }
    if (code !== 34 && code < LOWEST_CURLY) continue;
    const ch = text[i];
    let opens: boolean;
    if (OPENERS.has(ch)) opens = true;
    else if (CLOSERS.has(ch)) opens = false;
    else if (ch === STRAIGHT) opens = straightOpens(text, i, isOpen);
    else continue;
    found.push({ at: i, opens, width: 1 });
    isOpen = opens;
  }
  return found;
}

/** Quotes in the given paragraphs (spans of `text`, in reading order). */
export function findQuotes(text: string, paragraphs: Span[]): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  let carried = null as FoundQuote | null;

  for (const para of paragraphs) {
    const paraMarks = marks(text, para.start, para.end);
    let cont = null as FoundQuote | null;
    let openAt = -1;
    // Where the open quote's words start: after its mark.
    let inside = -1;
    let k = 0;
    if (carried) {
      const firstText = trimmed(text, para.start, para.end).start;
      if (paraMarks.length && paraMarks[0].opens && paraMarks[0].at === firstText) {
        cont = carried; // the quote goes on in this paragraph
        openAt = paraMarks[0].at;
        inside = openAt + paraMarks[0].width;
        k = 1;
      } else {
        quotes.push(carried); // it did not: it ends where its paragraph ended
      }
      carried = null;
    }
    for (; k < paraMarks.length; k++) {
      const { at, opens, width } = paraMarks[k];
      if (opens) {
        if (openAt >= 0 && /[.!?,]\s+$/.test(text.slice(Math.max(para.start, at - 3), at))) {
          // An opening mark after a finished sentence while a quote is open: a paragraph
          // break lost when the text was flattened ("... yet. "I think ..."). Same quote.
          const part = trimmed(text, inside, at);
          if (!cont) cont = { ...part, open: openAt, close: null, parts: [] };
          cont.parts.push(part);
          cont.end = part.end;
        }
        openAt = at;
        inside = at + width;
        continue;
      }
      if (openAt < 0) continue; // a stray closing mark
      const inner = trimmed(text, inside, at);
      const close = at + width - 1;
      if (cont) {
        cont.parts.push(inner);
        cont.end = inner.end;
        cont.close = close;
        quotes.push(cont);
        cont = null;
      } else if (inner.end > inner.start) {
        quotes.push({ ...inner, open: openAt, close, parts: [inner] }); // empty ones ('""') are no quotes
      }
      openAt = -1;
    }
    if (openAt >= 0) {
      const part = trimmed(text, inside, para.end);
      if (cont) {
        cont.parts.push(part);
        cont.end = part.end;
        carried = cont;
      } else if (part.end > part.start) {
        carried = { ...part, open: openAt, close: null, parts: [part] };
      }
    }
  }
  if (carried) quotes.push(carried);
  return quotes.filter((q) => q.end > q.start).sort((a, b) => a.start - b.start);
}

/** A single mark that may open: at the start or after a space or bracket, before a letter or digit. */
function singleOpens(text: string, i: number, span: Span): boolean {
  const before = i > span.start ? text[i - 1] : ' ';
  const after = i + 1 < span.end ? text[i + 1] : ' ';
  return /[\s([{\u2014\u2013"“-]/.test(before) && /[\p{L}\p{N}]/u.test(after);
}

/** A single mark that may close: after a letter, digit or punctuation, before a space, punctuation or the end. */
function singleCloses(text: string, i: number, span: Span): boolean {
  const before = i > span.start ? text[i - 1] : ' ';
  const after = i + 1 < span.end ? text[i + 1] : ' ';
  return /[\p{L}\p{N}.,!?]/u.test(before) && /[\s.,;:!?)\]"”\u2014\u2013-]/.test(after);
}

/**
 * Single-quoted quotations ('…' or ‘…’) in a span such as a headline. A mark between two
 * letters is an apostrophe (won't, Stoltenberg's); a closing candidate right after an "s"
 * (allies' troops) is taken only when no later mark closes the quote on the same line.
 */
export function findSingleQuotes(text: string, span: Span): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  const isMark = (ch: string): boolean => ch === "'" || ch === '\u2018' || ch === '\u2019';
  for (let i = span.start; i < span.end; i++) {
    if (!isMark(text[i]) || text[i] === '\u2019' || !singleOpens(text, i, span)) continue;
    const lineEnd = text.indexOf('\n', i);
    const end = lineEnd < 0 || lineEnd > span.end ? span.end : lineEnd;
    const closers: number[] = [];
    for (let j = i + 2; j < end; j++) {
      if (isMark(text[j]) && text[j] !== '\u2018' && singleCloses(text, j, span)) closers.push(j);
    }
    const close = closers.find((j) => !/s$/i.test(text[j - 1]) || j === closers[closers.length - 1]);
    if (close === undefined) continue;
    const inner = trimmed(text, i + 1, close);
    // At least one word of two letters: "rock 'n' roll" holds no quotation.
    if (/[\p{L}\p{N}]{2}/u.test(text.slice(inner.start, inner.end))) quotes.push({ ...inner, open: i, close, parts: [inner] });
    i = close;
  }
  return quotes;
}

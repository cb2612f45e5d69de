/**
 * Finding quotations: double quotation marks, straight (") or typographic (“ ” „), paired
 * within a paragraph. A quote left open at a paragraph's end continues when the next
 * paragraph opens with a mark (the British convention for multi-paragraph quotes).
 * Single quotes are not read as quotations: in news text they are mostly apostrophes and
 * scare quotes in headlines.
 */
import { Span } from '../types';

export interface FoundQuote extends Span {
  /** Offsets of the opening and closing marks (closing: null when left open). */
  open: number;
  close: number | null;
  parts: Span[];
}

const OPENERS = new Set(['\u201c', '\u201e']);
const CLOSERS = new Set(['\u201d']);
const STRAIGHT = '"';

/** Is a straight quote at `i` opening? Judged by its neighbours, then by state. */
function straightOpens(text: string, i: number, isOpen: boolean): boolean {
  const before = i > 0 ? text[i - 1] : ' ';
  const after = i + 1 < text.length ? text[i + 1] : ' ';
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

/** Offsets of the quotation marks in [start, end), each marked opening or closing. */
function marks(text: string, start: number, end: number): Array<{ at: number; opens: boolean }> {
  const found: Array<{ at: number; opens: boolean }> = [];
  let isOpen = false;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    let opens: boolean;
    if (OPENERS.has(ch)) opens = true;
    else if (CLOSERS.has(ch)) opens = false;
    else if (ch === STRAIGHT) opens = straightOpens(text, i, isOpen);
    else continue;
    found.push({ at: i, opens });
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
    let k = 0;
    if (carried) {
      const firstText = trimmed(text, para.start, para.end).start;
      if (paraMarks.length && paraMarks[0].opens && paraMarks[0].at === firstText) {
        cont = carried; // the quote goes on in this paragraph
        openAt = paraMarks[0].at;
        k = 1;
      } else {
        quotes.push(carried); // it did not: it ends where its paragraph ended
      }
      carried = null;
    }
    for (; k < paraMarks.length; k++) {
      const { at, opens } = paraMarks[k];
      if (opens) {
        if (openAt >= 0 && /[.!?,]\s+$/.test(text.slice(Math.max(para.start, at - 3), at))) {
          // An opening mark after a finished sentence while a quote is open: a paragraph
          // break lost when the text was flattened ("... yet. "I think ..."). Same quote.
          const part = trimmed(text, openAt + 1, at);
          if (!cont) cont = { ...part, open: openAt, close: null, parts: [] };
          cont.parts.push(part);
          cont.end = part.end;
        }
        openAt = at;
        continue;
      }
      if (openAt < 0) continue; // a stray closing mark
      const inner = trimmed(text, openAt + 1, at);
      if (cont) {
        cont.parts.push(inner);
        cont.end = inner.end;
        cont.close = at;
        quotes.push(cont);
        cont = null;
      } else if (inner.end > inner.start) {
        quotes.push({ ...inner, open: openAt, close: at, parts: [inner] }); // empty ones ('""') are no quotes
      }
      openAt = -1;
    }
    if (openAt >= 0) {
      const part = trimmed(text, openAt + 1, para.end);
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

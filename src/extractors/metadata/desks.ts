/**
 * Desks and organisations credited where a byline would name people: "By Staff Reports",
 * "By HNN Staff | November 18, 2019", "New Delhi, News Nation Bureau | Updated : …",
 * "Updated on: November 19, 2019 / 10:07 AM / CBS News". They are not people, so they never
 * go to `authors` (output contract); they go to `authorOrganisations`, which only holds
 * something when the byline names no person.
 *
 * A desk here is 1–4 capitalised words ending in a desk word (Staff, Reports, Bureau, Desk,
 * Team, News, Editors, Editorial, Newsroom, Wire), so "Fox News" after a person's name is
 * never one: that is a publication beside a byline, and is looked at only when no person is.
 */
import type { NameSpan } from './names';

const DESK_END = /^(?:staff|reports|bureau|desk|team|news|editors|editorial|newsroom|wire|writers)$/i;
const WORD = /^(?:\p{Lu}[\p{L}\p{M}'’&.-]*|&)$/u;
/**
 * The longest line deskInLine reads: the desks extractor (../desks.ts) passes over longer lines
 * already. Its separator pattern is quadratic on a long run of white space, so the cap is kept
 * here too (scripts/check-regex.ts lists it as bounded).
 */
export const MAX_DESK_LINE = 200;

/** `text` (trimmed) as a desk name, or null. */
export function deskName(text: string): NameSpan | null {
  const name = text.trim().replace(/\s+/g, ' ');
  const words = name.split(' ');
  if (!name || words.length > 4 || !words.every((w) => WORD.test(w))) return null;
  if (!DESK_END.test(words[words.length - 1])) return null;
  const start = text.length - text.trimStart().length;
  return { name, start, end: start + text.trim().length };
}

/** The segments of a line between separators ("|", "/", "•", ",", dashes), with their offsets. */
function segments(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  const sep = /\s*(?:[|/•·,]|\s[-–—]\s|\s[-–—]$)\s*/g;
  let at = 0;
  for (const m of text.matchAll(sep)) {
    out.push({ text: text.slice(at, m.index), start: at });
    at = m.index + m[0].length;
  }
  out.push({ text: text.slice(at), start: at });
  return out;
}

/**
 * The desk a byline or stamp line credits: "By <desk>" at its start, or a segment that is a
 * desk on its own ("… / CBS News"). Offsets into `text`. Null for a line longer than
 * MAX_DESK_LINE characters.
 */
export function deskInLine(text: string): NameSpan | null {
  if (text.length > MAX_DESK_LINE) return null;
  const by = /^by:?\s+/i.exec(text);
  const parts = segments(by ? text.slice(by[0].length) : text).map((s) => ({ ...s, start: s.start + (by ? by[0].length : 0) }));
  for (const part of by ? parts.slice(0, 1) : parts) {
    const desk = deskName(part.text);
    if (desk) return { name: desk.name, start: part.start + desk.start, end: part.start + desk.end };
  }
  return null;
}

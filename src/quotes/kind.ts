/**
 * What a quotation is: `direct` speech (it stands as its own sentence or clause: opens its
 * sentence, follows a colon, or follows "X said,"), a `partial` quote (quoted words inside
 * the writer's sentence: called them "deplorables", scare quotes), or a `title` (a show,
 * book or song named in quotes: MSNBC's "Morning Joe"). Only direct quotes count as speech
 * in the PolNeAR sense; partial quotes still get a speaker when a cue names one.
 */
import { QuoteKind, Span } from '../types';
import { findCues } from './cues';

/** Small words a title may keep in lower case ("Keeping Up with the Kardashians"). */
const TITLE_SMALL = /^(?:a|an|the|and|or|of|in|on|at|to|for|with|by|from|up|de)$/;
/** Most words in a quoted title. */
const MAX_TITLE_WORDS = 6;

function isTitleCase(words: string[]): boolean {
  return (
    words.length > 0 &&
    words.length <= MAX_TITLE_WORDS &&
    /^[\p{Lu}\d]/u.test(words[0]) &&
    words.every((w) => /^[\p{Lu}\d(]/u.test(w) || TITLE_SMALL.test(w))
  );
}

/**
 * `before`: the masked text of the quote's paragraph up to its opening mark (quotations
 * blanked, see maskQuotes); `inside`: the quoted words; `after`: the masked text after it.
 */
export function quoteKind(before: string, inside: string, after: string): QuoteKind {
  const lead = before.trimEnd();
  const opensSentence = lead === '' || /[.!?:\u2014]$/.test(lead);
  const words = inside.replace(/[,.;:!?]+$/, '').split(/\s+/).filter(Boolean);
  const cueNext = findCues(after.slice(0, 40), 0).some((c) => /^\s*[,—–-]?\s*(?:\S+\s+){0,3}$/.test(after.slice(0, c.start)));
  if (!opensSentence && !cueNext && isTitleCase(words) && !/[.!?]$/.test(inside)) return 'title';
  if (opensSentence) return 'direct';
  // "Trump boasted, "…"" / "said Trump, "…"": the quote is the object of a cue just before
  // it. Not after "that" (Ditto said that, "Of course …": reported speech quoting words).
  const tail = lead.slice(-60);
  const cues = findCues(tail, 0);
  const last = cues[cues.length - 1];
  if (last && !/\bthat,?$/.test(tail)) {
    const rest = tail.slice(last.end);
    if (/^\s*[,:]?$/.test(rest)) return 'direct';
    if (/^[^,]*,$/.test(rest) && rest.split(/\s+/).length <= 6) return 'direct';
  }
  return 'partial';
}

/** The masked paragraph text around a quote, for quoteKind. */
export function kindOf(masked: string, text: string, para: Span, q: { open: number; start: number; end: number; close: number | null }): QuoteKind {
  const close = q.close ?? q.end;
  return quoteKind(masked.slice(para.start, q.open), text.slice(q.start, q.end), masked.slice(close + 1, Math.min(para.end, close + 200)));
}

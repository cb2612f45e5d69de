/**
 * What a quotation is: `direct` speech (it stands as its own sentence or clause: opens its
 * sentence, follows a colon, or follows "X said,"), a `partial` quote (quoted words inside
 * the writer's sentence: called them "deplorables", scare quotes), or a `title` (a show,
 * book or song named in quotes: MSNBC's "Morning Joe"). Only direct quotes count as speech
 * in the PolNeAR sense; partial quotes still get a speaker when a cue names one.
 */
import { QuoteKind, Span } from '../types';
import { findCues } from './cues';
import { abbreviationAt } from './sentences';

/** Small words a title may keep in lower case ("Keeping Up with the Kardashians"). */
const TITLE_SMALL = /^(?:a|an|the|and|or|of|in|on|at|to|for|with|by|from|up|de)$/;
/** Characters of context read either side of a quote. */
const CONTEXT = 200;

/** Cues that name or describe rather than report ("called it "a disgrace""). */
const NAMING = /\b(?:called|calling|calls|call|described)$/i;
/** Most words in a quoted title. */
const MAX_TITLE_WORDS = 6;

/**
 * `s` without its closing run of , . ; : ! ? (what `s.replace(/[,.;:!?]+$/, '')` gives, by a
 * loop: that pattern retries every character of a long run of them, quadratic on a quote of
 * punctuation).
 */
export function trimEndPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && ',.;:!?'.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

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
  // A quote opening its line opens its sentence too (dumps that break paragraphs with one newline).
  const opensSentence =
    lead === '' || /\n[ \t\u00a0]*$/.test(before) || (/[.!?:\u2014]$/.test(lead) && !abbreviationAt(lead, lead.length - 1));
  const words = trimEndPunctuation(inside).split(/\s+/).filter(Boolean);
  const cueNext = findCues(after.slice(0, 40), 0).some((c) => /^\s*[,—–-]?\s*(?:\S+\s+){0,3}$/.test(after.slice(0, c.start)));
  const titleLike = !cueNext && isTitleCase(words) && !/[.!?]$/.test(inside);
  if (titleLike && !opensSentence) return 'title';
  // A title opening a sentence is followed by what it qualifies (""Broad City" star Arturo Castro").
  if (titleLike && !/,$/.test(inside) && /^[ \u00a0]+\p{Ll}/u.test(after)) return 'title';
  // Quoted words the writer's sentence runs on from (""You squeezed employees" to drive up
  // the stock price, she said"): a phrase, not a sentence of speech.
  const runsOn = !cueNext && !/[.,;:!?\u2014-]$/.test(inside) && /^[ \u00a0]+(?!(?:and|or|but)\b)\p{Ll}/u.test(after);
  if (opensSentence && !runsOn) return 'direct';
  if (opensSentence) return 'partial';
  // "Trump boasted, "…"" / "said Trump, "…"": the quote is the object of a cue just before
  // it. Not after "that" (Ditto said that, "Of course …": reported speech quoting words).
  const tail = lead.slice(-60);
  const cues = findCues(tail, 0);
  const last = cues[cues.length - 1];
  // "what it called "a clear threat"" names, it does not report speech.
  if (last && !/\bthat,?$/.test(tail) && !NAMING.test(last.text)) {
    const rest = tail.slice(last.end);
    if (/^\s*[,:]$/.test(rest) || (rest.trim() === '' && /^\p{Lu}/u.test(inside))) return 'direct';
    if (/^[^,]*,$/.test(rest) && rest.split(/\s+/).length <= 6) return 'direct';
  }
  return 'partial';
}

/** The masked paragraph text around a quote, for quoteKind. */
export function kindOf(masked: string, text: string, para: Span, q: { open: number; start: number; end: number; close: number | null }): QuoteKind {
  const close = q.close ?? q.end;
  // A few words either side decide; reading the whole paragraph would make a long one quadratic.
  const before = masked.slice(Math.max(para.start, q.open - CONTEXT), q.open);
  return quoteKind(before, text.slice(q.start, q.end), masked.slice(close + 1, Math.min(para.end, close + CONTEXT)));
}

/** What a paragraph of a story looks like: prose, or a sentence of its own; and what it is not. */
import { splitCount } from '../nlp/white-space';

const PROSE_CHARS = 120;
const PROSE_WORDS = 18;
const SENTENCE_WORDS = 6;
/** A site footer reads like a sentence but is not the story ("… Copyright © 2019 Jpost Inc. All rights reserved"). */
const FOOTER = /(?:copyright\s*)?©\s*(?:19|20)\d\d|all rights reserved|\b(?:fax|telephone)\s*:/i;

/** The publisher's own line under a story: "Subscribe to NJ.com’s newsletters.", "… affiliate links …". */
export const PROMOTION = /\b(?:subscri(?:be[ds]?|bers?|ptions?)|newsletters?|sign up|inbox|affiliate|podcasts?|follow us|download (?:the|our) app)\b/i;

/** A paragraph of prose: long, many words, punctuated, no footer. */
export function isProse(text: string): boolean {
  if (text.length < PROSE_CHARS) return false;
  const words = splitCount(text);
  return words >= PROSE_WORDS && /[.!?:;,]/.test(text) && !/[|©]/.test(text.slice(0, 60)) && !FOOTER.test(text);
}

/** A short paragraph that is a sentence: some words, ending as a sentence ends. */
export function isSentence(text: string): boolean {
  return splitCount(text) >= SENTENCE_WORDS && /[.!?…:]["”’)]?$/.test(text) && !/^[•·*]/.test(text) && !FOOTER.test(text);
}

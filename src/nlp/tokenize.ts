/**
 * Word tokenizer in the style of the CoNLL-2003 / Penn Treebank data the NER model is
 * trained on: punctuation split off, possessive "'s" and "n't" split, abbreviations
 * ("U.S.", "Mr.", "Jan.") and numbers ("1,00,000", "3.5") kept whole.
 * Every token keeps its offsets into the input.
 */
import { TextSpan } from '../types';
import { isWhiteSpace } from './white-space';

export type Token = TextSpan;

/** Abbreviations that keep their final period (lower-cased, without the period). */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt',
  'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'supt', 'insp', 'cmdr', 'adm', 'brig', 'cpl', 'pvt',
  'inc', 'corp', 'co', 'ltd', 'plc', 'bros', 'cos', 'dept', 'univ', 'assn', 'no', 'nos', 'vs', 'etc',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans',
  'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore',
  'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'secy', 'approx', 'est', 'fig', 'vol',
  'a.m', 'p.m', 'e.g', 'i.e',
]);

const OPENING = new Set(['"', "'", '`', '(', '[', '{', '\u2018', '\u201c', '<', '\u00ab', '*']);
const CLOSING = new Set([
  '"', "'", ')', ']', '}', ',', ';', ':', '?', '!', '\u2019', '\u201d', '>', '\u00bb', '*', '\u2026',
]);

/** Is `word` (with its final period) an abbreviation that keeps the period? */
export function isAbbreviation(word: string): boolean {
  if (!word.endsWith('.')) return false;
  const bare = word.slice(0, -1);
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(bare)) return true; // U.S, U.N, a.m
  if (/^[A-Z]$/.test(bare)) return true; // middle initial "J."
  return ABBREVIATIONS.has(bare.toLowerCase());
}

/** Longer than this (with its period), a word is no abbreviation ("U.S.A.", "Sept."; never 40 letters). */
const MAX_ABBREVIATION = 40;

/** Only ASCII letters and digits: such a chunk is one token as it is (most chunks are). */
function isPlainWord(chunk: string): boolean {
  for (let i = 0; i < chunk.length; i++) {
    const code = chunk.charCodeAt(i);
    const lower = code | 0x20; // ASCII upper case folded to lower case
    if (!((lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39))) return false;
  }
  return chunk.length > 0;
}

/** Split one whitespace-free chunk, not a plain word, into tokens (offsets relative to the chunk). */
function splitChunk(chunk: string): Array<[number, number]> {
  let start = 0;
  let end = chunk.length;
  const head: Array<[number, number]> = [];
  // Trailing tokens, last first (reversed at the end: unshift would be quadratic on '......').
  const tail: Array<[number, number]> = [];

  // Leading punctuation, one mark per token.
  while (start < end && OPENING.has(chunk[start]) && end - start > 1) {
    head.push([start, start + 1]);
    start++;
  }
  if (start < end && chunk[start] === '$' && end - start > 1 && /\d/.test(chunk[start + 1])) {
    head.push([start, start + 1]);
    start++;
  }
  // Trailing punctuation; a final period stays on abbreviations.
  for (;;) {
    if (end - start <= 1) break;
    const last = chunk[end - 1];
    if (end - start >= 3 && chunk.startsWith('...', end - 3)) {
      tail.push([end - 3, end]);
      end -= 3;
      continue;
    }
    if (CLOSING.has(last)) {
      tail.push([end - 1, end]);
      end--;
      continue;
    }
    if (last === '.') {
      if (end - start <= MAX_ABBREVIATION && isAbbreviation(chunk.slice(start, end))) break;
      tail.push([end - 1, end]);
      end--;
      continue;
    }
    if (last === '%' && /\d/.test(chunk[end - 2])) {
      tail.push([end - 1, end]);
      end--;
      continue;
    }
    break;
  }

  const middle: Array<[number, number]> = [];
  if (start < end) {
    const word = chunk.slice(start, end);
    // Possessive / contraction clitics: Germany's → Germany 's; don't → do n't.
    const clitic = /^(.+?)(n['\u2019]t|['\u2019](?:s|S|re|ve|ll|d|m))$/.exec(word);
    if (clitic && /[A-Za-z]$/.test(clitic[1]) && clitic[1].length > 0) {
      const cut = start + clitic[1].length;
      middle.push([start, cut], [cut, end]);
    } else if (/^[A-Za-z]+s['\u2019]$/.test(word)) {
      middle.push([start, end - 1], [end - 1, end]); // plural possessive: allies' → allies '
    } else {
      // Dashes glued between words ("politics--and") split off.
      const dash = /(-{2,}|\u2014|\u2013)/g;
      let pos = start;
      let m: RegExpExecArray | null;
      while ((m = dash.exec(word)) !== null) {
        const a = start + m.index;
        const b = a + m[0].length;
        if (a > pos) middle.push([pos, a]);
        middle.push([a, b]);
        pos = b;
      }
      if (pos < end) middle.push([pos, end]);
    }
  }
  return [...head, ...middle, ...tail.reverse()];
}

/** Tokenize `text.slice(from, to)`; offsets are into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const end = Math.min(to, text.length);
  let i = from;
  // Chunks of non-white space (as /\S+/g finds them), scanned by character code.
  for (;;) {
    while (i < end && isWhiteSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const chunkStart = i;
    while (i < end && !isWhiteSpace(text.charCodeAt(i))) i++;
    const chunkText = text.slice(chunkStart, i);
    // Most chunks are one plain word: no offset pairs made for them.
    if (isPlainWord(chunkText)) {
      tokens.push({ text: chunkText, start: chunkStart, end: i });
      continue;
    }
    for (const [a, b] of splitChunk(chunkText)) {
      tokens.push({ text: chunkText.slice(a, b), start: chunkStart + a, end: chunkStart + b });
    }
  }
  return tokens;
}

/**
 * Sentence splitting over tokens: a sentence ends at ". ! ?" (plus any closing quotes or
 * brackets) when the next token starts like a sentence. Abbreviations are already whole
 * tokens ("Mr.", "U.S."), so they do not end sentences, except "U.S." before a capital
 * that starts a new clause is left joined: a known, rare miss.
 */
import { Token } from './tokenize';

const TERMINAL = new Set(['.', '!', '?', '...', '\u2026']);
const CLOSERS = new Set(['"', "'", ')', ']', '\u2019', '\u201d']);

function startsSentence(token: Token | undefined): boolean {
  if (!token) return true;
  return /^[A-Z0-9"'\u201c\u2018(\[]/.test(token.text);
}

/** Group tokens into sentences (arrays of the same token objects). */
export function splitSentences(tokens: Token[]): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    current.push(tokens[i]);
    if (!TERMINAL.has(tokens[i].text)) continue;
    let j = i + 1;
    while (j < tokens.length && CLOSERS.has(tokens[j].text) && tokens[j].start === tokens[j - 1].end) {
      current.push(tokens[j]);
      j++;
    }
    i = j - 1;
    if (startsSentence(tokens[j])) {
      sentences.push(current);
      current = [];
    }
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

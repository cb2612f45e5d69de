/**
 * What the tagger needs to see of a document: its sentences less long runs of tokens without a
 * letter or digit ('""""""', '.......', '-- -- --'). No entity lies in such a run, and a
 * million-token run of quote marks would cost seconds of tagging for nothing. Runs shorter
 * than MIN_RUN (ordinary punctuation) stay, so real text is tagged exactly as before.
 */
import type { Token } from '../tokenize';

/** Letterless tokens in a row from which the run is left out. */
export const MIN_RUN = 8;

/** A piece of sentence `sentence` starting at its token `offset`. */
export interface Segment {
  sentence: number;
  offset: number;
  tokens: Token[];
}

const WORDLIKE = /[\p{L}\p{N}]/u;

export function taggedSegments(sentences: readonly Token[][]): Segment[] {
  const out: Segment[] = [];
  sentences.forEach((tokens, sentence) => {
    let from = 0; // start of the current piece
    let i = 0;
    while (i < tokens.length) {
      if (WORDLIKE.test(tokens[i].text)) {
        i++;
        continue;
      }
      let j = i;
      while (j < tokens.length && !WORDLIKE.test(tokens[j].text)) j++;
      if (j - i >= MIN_RUN) {
        if (i > from) out.push({ sentence, offset: from, tokens: tokens.slice(from, i) });
        from = j;
      }
      i = j;
    }
    if (from === 0) out.push({ sentence, offset: 0, tokens });
    else if (from < tokens.length) out.push({ sentence, offset: from, tokens: tokens.slice(from) });
  });
  return out;
}

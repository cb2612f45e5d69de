/** Sentence edges in text whose quotations are blanked out (see maskQuotes). */
import { isAbbreviation } from '../nlp/tokenize';

/** Does the period at `i` end an abbreviation ("Mr.", "U.S.", "H.") rather than a sentence? */
export function abbreviationAt(text: string, i: number): boolean {
  if (text[i] !== '.') return false;
  const word = /\S*$/.exec(text.slice(Math.max(0, i - 12), i + 1));
  return !!word && isAbbreviation(word[0]) && !/^(?:etc|no)\.$/i.test(word[0]);
}

/** '.', '!' or '?' (a character test: these scans visit every character of a window per quote). */
function endsSentence(ch: string | undefined): boolean {
  return ch === '.' || ch === '!' || ch === '?';
}

/**
 * Is the line break at `i` the end of a blank line: only spaces, tabs or a carriage return
 * since the line break before? However many spaces: a terminal copy pads lines to its width.
 */
function endsBlankLine(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j--;
  return j >= 0 && text[j] === '\n';
}

/**
 * Index of the start of the sentence holding offset `pos` in masked paragraph text. What
 * follows a period is read in the original (`plain`, same span): there a quotation mark
 * still shows where a quoted sentence begins.
 */
export function sentenceStart(maskedText: string, pos: number, plain: string): number {
  for (let i = pos - 1; i > 0; i--) {
    // A blank line ends a paragraph, and with it a sentence (a headline without a period).
    if (maskedText[i] === '\n' && endsBlankLine(maskedText, i)) return i + 1;
    if (endsSentence(maskedText[i]) && /\s/.test(maskedText[i + 1] ?? ' ') && !abbreviationAt(maskedText, i)) {
      const rest = plain.slice(i + 1, i + 40).trimStart();
      if (/^[A-Z0-9"“‘(]/.test(rest) || rest === '') return i + 1;
    }
  }
  return 0;
}

export function sentenceEnd(maskedText: string, pos: number): number {
  for (let i = pos; i < maskedText.length; i++) {
    const next = maskedText[i + 1];
    if (endsSentence(maskedText[i]) && (next === undefined || /\s/.test(next)) && !abbreviationAt(maskedText, i)) return i + 1;
  }
  return maskedText.length;
}

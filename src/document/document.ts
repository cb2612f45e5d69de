/**
 * The Document: built once per input. The text is never changed; lines, paragraphs,
 * sentences and tokens are views with offsets into it.
 */
import { Line, splitLines } from './lines';
import { Paragraph, splitParagraphs } from './paragraphs';
import { Token, tokenize } from '../nlp/tokenize';
import { splitSentences } from '../nlp/sentences';

export class Document {
  readonly text: string;
  readonly lines: Line[];
  readonly paragraphs: Paragraph[];
  private readonly sentenceCache = new Map<string, Token[][]>();

  constructor(text: string) {
    this.text = text;
    this.lines = splitLines(text);
    this.paragraphs = splitParagraphs(text, this.lines);
  }

  lineText(line: Line): string {
    return this.text.slice(line.contentStart, line.contentEnd);
  }

  paragraphText(paragraph: Paragraph): string {
    return this.text.slice(paragraph.start, paragraph.end);
  }

  /** The line containing offset `pos` (binary search). */
  lineAt(pos: number): Line {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lines[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return this.lines[lo];
  }

  /** Tokens of a span of the text. */
  tokens(start: number, end: number): Token[] {
    return tokenize(this.text, start, end);
  }

  /** Sentences (token arrays) of a span; cached because several extractors ask. */
  sentences(start: number, end: number): Token[][] {
    const key = `${start}:${end}`;
    let cached = this.sentenceCache.get(key);
    if (!cached) {
      cached = splitSentences(this.tokens(start, end));
      this.sentenceCache.set(key, cached);
    }
    return cached;
  }
}

/**
 * The interface between the entities extractor and whatever recognises entity spans.
 * The recogniser is swappable: a trained model (src/nlp/ner) or a rule-based fallback.
 */
import { EntityType } from '../types';
import { Token } from './tokenize';

/** One recognised mention: tokens [tokenStart, tokenEnd) of sentence `sentence`. */
export interface RecognizedSpan {
  type: EntityType;
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  /** Character offsets into the input (from the first and last token). */
  start: number;
  end: number;
}

export interface EntityRecognizer {
  readonly name: string;
  /** Recognise entities in one document, given as sentences of tokens (in reading order). */
  recognize(sentences: Token[][]): RecognizedSpan[];
  /**
   * Is this word (lower-cased) one that news text mostly writes in lower case ("analysts",
   * "overall")? Quote attribution asks it of a capitalised word next to a cue; a recogniser
   * that cannot tell leaves it out.
   */
  isCommonWord?(lower: string): boolean;
}

/**
 * Word-level resources shipped inside the model: word clusters (learned from unlabelled news
 * text) and gazetteers (phrase lists by entity type). Both are keyed by lower-cased forms.
 */

export interface Lexicon {
  /** lower-cased word → cluster path (e.g. a Brown-style bit string or "a/b/c" ids, coarse to fine). */
  clusters: Map<string, string[]>;
  /** lower-cased phrase (tokens joined by one space) → bitmask of gazetteer lists it is in. */
  gazetteer: Map<string, number>;
  /** Names of the gazetteer lists, bit i ↔ gazetteerNames[i]. */
  gazetteerNames: string[];
  /** Longest phrase in the gazetteer, in tokens. */
  maxPhrase: number;
}

export function emptyLexicon(): Lexicon {
  return { clusters: new Map(), gazetteer: new Map(), gazetteerNames: [], maxPhrase: 0 };
}

/**
 * Word-level resources shipped inside the model: word clusters (learned from unlabelled news
 * text) and gazetteers (phrase lists by entity type). Both are keyed by lower-cased forms.
 * Training builds them as Maps (MutableLexicon); a loaded model holds them as StringTables.
 */
import { StringLookup } from './string-table';

/** A set of strings: a Set, or a table whose keys are its members. */
export interface StringSet {
  readonly size: number;
  has(key: string): boolean;
}

export interface Lexicon {
  /** lower-cased word → cluster id (index into clusterPaths). */
  clusters: StringLookup;
  /** Per cluster id, its path of class names from coarse to fine (e.g. ["7", "7.31", "7.31.402"]). */
  clusterPaths: string[][];
  /** lower-cased phrase (tokens joined by one space) → bitmask of gazetteer lists it is in. */
  gazetteer: StringLookup;
  /** Names of the gazetteer lists, bit i ↔ gazetteerNames[i]. */
  gazetteerNames: string[];
  /** Longest phrase in the gazetteer, in tokens. */
  maxPhrase: number;
  /** Proper prefixes of multi-token phrases (so matching can stop early). */
  gazetteerPrefixes: StringSet;
  /**
   * Casing prior from unlabelled text: lower-cased word → how often it is capitalised
   * mid-sentence, bucketed 0 (almost never) .. 4 (almost always).
   */
  casing: StringLookup;
}

/** A lexicon being built (training, tests). */
export interface MutableLexicon extends Lexicon {
  clusters: Map<string, number>;
  gazetteer: Map<string, number>;
  gazetteerPrefixes: Set<string>;
  casing: Map<string, number>;
}

export function emptyLexicon(): MutableLexicon {
  return {
    clusters: new Map(), clusterPaths: [], gazetteer: new Map(), gazetteerNames: [], maxPhrase: 0,
    gazetteerPrefixes: new Set(), casing: new Map(),
  };
}

/** Bucket of the share of capitalised mid-sentence occurrences. */
export function casingBucket(capitalised: number, total: number): number {
  const f = capitalised / total;
  return f < 0.05 ? 0 : f < 0.3 ? 1 : f < 0.7 ? 2 : f < 0.95 ? 3 : 4;
}

/** Proper prefixes of the multi-token phrases (tokens joined by one space), and the longest phrase in tokens. */
export function phrasePrefixes(phrases: Iterable<string>): { prefixes: Set<string>; maxPhrase: number } {
  const prefixes = new Set<string>();
  let maxPhrase = 0;
  for (const phrase of phrases) {
    let n = 1;
    for (let i = phrase.indexOf(' '); i >= 0; i = phrase.indexOf(' ', i + 1)) {
      prefixes.add(phrase.slice(0, i));
      n++;
    }
    if (n > maxPhrase) maxPhrase = n;
  }
  return { prefixes, maxPhrase };
}

/** Install a gazetteer (phrase → list bitmask), indexing its phrase prefixes. */
export function setGazetteer(lexicon: MutableLexicon, gazetteer: Map<string, number>): void {
  const { prefixes, maxPhrase } = phrasePrefixes(gazetteer.keys());
  lexicon.gazetteer = gazetteer;
  lexicon.gazetteerPrefixes = prefixes;
  lexicon.maxPhrase = maxPhrase;
}

/** Store word → path clusters compactly (paths shared by id). */
export function setClusters(lexicon: MutableLexicon, paths: Map<string, string[]>): void {
  const ids = new Map<string, number>();
  lexicon.clusterPaths = [];
  lexicon.clusters = new Map();
  for (const [w, path] of paths) {
    const key = path.join(' ');
    let id = ids.get(key);
    if (id === undefined) {
      id = lexicon.clusterPaths.length;
      ids.set(key, id);
      lexicon.clusterPaths.push(path);
    }
    lexicon.clusters.set(w, id);
  }
}

/** The word → path view of the clusters. */
export function clusterPathsByWord(lexicon: Lexicon): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of lexicon.clusters.keys()) out.set(w, lexicon.clusterPaths[lexicon.clusters.get(w) ?? 0]);
  return out;
}

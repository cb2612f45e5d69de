/**
 * Word-level resources shipped inside the model: word clusters (learned from unlabelled news
 * text) and gazetteers (phrase lists by entity type). Both are keyed by lower-cased forms.
 */

export interface Lexicon {
  /** lower-cased word → cluster id (index into clusterPaths). */
  clusters: Map<string, number>;
  /** Per cluster id, its path of class names from coarse to fine (e.g. ["7", "7.31", "7.31.402"]). */
  clusterPaths: string[][];
  /** lower-cased phrase (tokens joined by one space) → bitmask of gazetteer lists it is in. */
  gazetteer: Map<string, number>;
  /** Names of the gazetteer lists, bit i ↔ gazetteerNames[i]. */
  gazetteerNames: string[];
  /** Longest phrase in the gazetteer, in tokens. */
  maxPhrase: number;
  /** Proper prefixes of multi-token phrases (so matching can stop early). */
  gazetteerPrefixes: Set<string>;
  /**
   * Casing prior from unlabelled text: lower-cased word → how often it is capitalised
   * mid-sentence, bucketed 0 (almost never) .. 4 (almost always).
   */
  casing: Map<string, number>;
}

export function emptyLexicon(): Lexicon {
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

/** Install a gazetteer (phrase → list bitmask), indexing its phrase prefixes. */
export function setGazetteer(lexicon: Lexicon, gazetteer: Map<string, number>): void {
  lexicon.gazetteer = gazetteer;
  lexicon.gazetteerPrefixes = new Set();
  let max = 0;
  for (const phrase of gazetteer.keys()) {
    let n = 1;
    for (let i = phrase.indexOf(' '); i >= 0; i = phrase.indexOf(' ', i + 1)) {
      lexicon.gazetteerPrefixes.add(phrase.slice(0, i));
      n++;
    }
    if (n > max) max = n;
  }
  lexicon.maxPhrase = max;
}

/** Store word → path clusters compactly (paths shared by id). */
export function setClusters(lexicon: Lexicon, paths: Map<string, string[]>): void {
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
  for (const [w, id] of lexicon.clusters) out.set(w, lexicon.clusterPaths[id]);
  return out;
}

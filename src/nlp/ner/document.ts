/**
 * Preparing a document for tagging or training: word infos per token, all-caps lines,
 * gazetteer matches and document-level casing facts.
 */
// Imported from the defining modules, not the features.ts re-exports (CommonJS re-exports are getters).
import { gazetteerMatches, SentenceContext } from './features';
import { addCasing, addContexts, DocContext } from './document-features';
import { computeWordInfo, sentenceIsAllCaps, WordInfo } from './word-info';
import { Lexicon } from './lexicon';

/**
 * Caches WordInfo per word string (bounded). When full it keeps the words seen in the most
 * documents (at most half the limit) and drops the rest: common words ("the", "said",
 * "Reuters") are not recomputed after every eviction, rare ones make room.
 */
export class WordInfoCache {
  private map = new Map<string, WordInfo>();
  /** Bumped at each eviction: word infos not in `values()` any more were dropped. */
  generation = 0;
  /** The document being read (for WordInfo.docs). */
  private doc = 0;
  constructor(private readonly lexicon: Lexicon, private readonly limit = 100_000) {}

  /** Every cached word info. */
  values(): IterableIterator<WordInfo> {
    return this.map.values();
  }

  /**
   * A new document of `words` tokens starts. Evict now if they could fill the cache: evicting
   * between documents rather than in the middle of one keeps the cache within its limit (a
   * document rarely fills it alone).
   */
  reserve(words: number): void {
    this.doc++;
    if (this.map.size > 0 && this.map.size + words > this.limit) this.evict();
  }

  /**
   * Keep the words seen in at least `min` documents, `min` (2 or more) chosen so at most half
   * the limit stay; their counts are halved so words common long ago fade out.
   */
  private evict(): void {
    const MAX_COUNT = 64;
    const atLeast = new Int32Array(MAX_COUNT + 2);
    for (const info of this.map.values()) atLeast[Math.min(info.docs, MAX_COUNT)]++;
    for (let c = MAX_COUNT - 1; c >= 0; c--) atLeast[c] += atLeast[c + 1];
    let min = 2;
    while (min <= MAX_COUNT && atLeast[min] > this.limit / 2) min++;
    const kept = new Map<string, WordInfo>();
    for (const [word, info] of this.map) {
      if (info.docs < min) continue;
      info.docs >>= 1;
      kept.set(word, info);
    }
    this.map = kept;
    this.generation++;
  }

  get(word: string): WordInfo {
    let info = this.map.get(word);
    if (info === undefined) {
      if (this.map.size >= this.limit) this.evict();
      info = computeWordInfo(word, this.lexicon);
      this.map.set(word, info);
    }
    if (info.lastDoc !== this.doc) {
      info.lastDoc = this.doc;
      info.docs++;
    }
    return info;
  }
}

export interface PreparedDocument {
  sentences: SentenceContext[];
  doc: DocContext;
}

export function prepareDocument(tokens: readonly (readonly string[])[], cache: WordInfoCache, lexicon: Lexicon): PreparedDocument {
  const casing = new Map<string, number>();
  const contexts = new Map<string, number[]>();
  const sentences: SentenceContext[] = tokens.map((words) => {
    // Pushed, not words.map(): once optimised, map() makes holey arrays, and every function
    // reading `infos` would be deoptimised by the new array kind (and compiled again).
    const infos: WordInfo[] = [];
    for (const w of words) infos.push(cache.get(w));
    addCasing(casing, infos);
    addContexts(contexts, infos);
    return { infos, allCaps: sentenceIsAllCaps(infos), gaz: gazetteerMatches(infos, lexicon) };
  });
  return { sentences, doc: { casing, contexts } };
}

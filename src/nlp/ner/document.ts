/**
 * Preparing a document for tagging or training: word infos per token, all-caps lines,
 * gazetteer matches and document-level casing facts.
 */
// Imported from the defining modules, not the features.ts re-exports (CommonJS re-exports are getters).
import { gazetteerMatches, SentenceContext } from './features';
import { addCasing, addContexts, DocContext } from './document-features';
import { computeWordInfo, sentenceIsAllCaps, WordInfo } from './word-info';
import { Lexicon } from './lexicon';

/** Caches WordInfo per word string (bounded). */
export class WordInfoCache {
  private readonly map = new Map<string, WordInfo>();
  /** Bumped each time the cache is cleared. */
  generation = 0;
  constructor(private readonly lexicon: Lexicon, private readonly limit = 100_000) {}

  /** Every cached word info. */
  values(): IterableIterator<WordInfo> {
    return this.map.values();
  }

  /**
   * Start afresh now if `words` more could fill the cache: clearing between documents rather
   * than in the middle of one keeps the cache within its limit (a document rarely fills it alone).
   */
  reserve(words: number): void {
    if (this.map.size > 0 && this.map.size + words > this.limit) this.clear();
  }

  private clear(): void {
    this.map.clear();
    this.generation++;
  }

  get(word: string): WordInfo {
    let info = this.map.get(word);
    if (info === undefined) {
      if (this.map.size >= this.limit) this.clear();
      info = computeWordInfo(word, this.lexicon);
      this.map.set(word, info);
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
    const infos = words.map((w) => cache.get(w));
    addCasing(casing, infos);
    addContexts(contexts, infos);
    return { infos, allCaps: sentenceIsAllCaps(infos), gaz: gazetteerMatches(infos, lexicon) };
  });
  return { sentences, doc: { casing, contexts } };
}

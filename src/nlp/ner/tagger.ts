/**
 * Tagging with a trained model: two passes over each document. The first pass uses local
 * features; the second adds document-level features computed from the first pass's output.
 */
import { aggregateFeatures, boundaryInfo, predictionCode, predictionFeatures, shapeFeatures, shapeKey, countTypes, DocContext, SentenceContext, tokenFeatures, WINDOW, WordInfo, wordFeatures } from './features';
import { NUM_TAGS, TAGS } from './labels';
import { Lexicon } from './lexicon';
import { prepareDocument, WordInfoCache } from './document';
import { viterbi } from './viterbi';
import { VectorCache } from './vector-cache';
import { WeightTable } from './weights';

export interface NerModel {
  lexicon: Lexicon;
  pass1: WeightTable;
  /** Absent for a one-pass model. */
  pass2: WeightTable | null;
  meta: Record<string, unknown>;
}

const L = NUM_TAGS;
const SPAN = 2 * WINDOW + 1;

/**
 * Each word's summed word-feature weights at every window offset, for one model pass, kept
 * in one growing slab (no object per word, and neighbouring words' vectors stay close).
 * The offset is stored on the (tagger-owned) WordInfo: `vec1` for pass 1, `vec2` for pass 2.
 */
class WordVectors {
  private readonly scratch: number[] = [];
  slab = new Float32Array(SPAN * L * 4096);
  private used = 0;
  constructor(private readonly table: WeightTable, private readonly pass: 1 | 2) {}

  /** Forget every vector (the offsets on word infos must be reset by the caller). */
  reset(): void {
    this.used = 0;
  }

  /** Offset of the word's vector in `slab` (which may be replaced by a bigger one). */
  get(info: WordInfo): number {
    const cached = this.pass === 1 ? info.vec1 : info.vec2;
    if (cached >= 0) return cached;
    if (this.used + SPAN * L > this.slab.length) {
      const bigger = new Float32Array(this.slab.length * 2);
      bigger.set(this.slab);
      this.slab = bigger;
    }
    const at = this.used;
    this.used += SPAN * L;
    this.slab.fill(0, at, at + SPAN * L);
    for (let o = -WINDOW; o <= WINDOW; o++) {
      const hs = this.scratch;
      hs.length = 0;
      wordFeatures(info, o, hs);
      for (const h of hs) this.table.addTo(h, this.slab, at + (o + WINDOW) * L);
    }
    if (this.pass === 1) info.vec1 = at;
    else info.vec2 = at;
    return at;
  }
}

export class Tagger {
  private readonly words: WordInfoCache;
  private readonly vectors1: WordVectors;
  private readonly vectors2: WordVectors | null;
  private readonly scratch: number[] = [];
  private readonly bos = boundaryInfo('start');
  private readonly eos = boundaryInfo('end');
  private buf = new Float32Array(256 * L);
  private readonly vecs: number[] = [];
  private generation = 0;
  /** Summed weights of the shape-context features, by shapeKey, per pass. */
  private readonly shapes1 = new VectorCache();
  private readonly shapes2 = new VectorCache();
  /** Second-pass weights of the first-pass prediction features, by prediction code. */
  private readonly predictionVectors: Array<Float32Array | undefined> = [];

  /** `wordCacheLimit`: how many distinct words to keep cached (with their weight vectors). */
  constructor(readonly model: NerModel, wordCacheLimit = 100_000) {
    this.words = new WordInfoCache(model.lexicon, wordCacheLimit);
    this.vectors1 = new WordVectors(model.pass1, 1);
    this.vectors2 = model.pass2 ? new WordVectors(model.pass2, 2) : null;
  }

  private emissions(s: SentenceContext, doc: DocContext, table: WeightTable, vectors: WordVectors,
    aggCache: Map<string, Float32Array>): Float32Array {
    const shapes = table === this.model.pass1 ? this.shapes1 : this.shapes2;
    const n = s.infos.length;
    if (this.buf.length < n * L) this.buf = new Float32Array(n * L * 2);
    const e = this.buf;
    e.fill(0, 0, n * L);
    const hs = this.scratch;
    const BOS = this.bos;
    const EOS = this.eos;
    // Word vectors by position (offsets into the slab), padded with the boundary pseudo-words.
    const vs = this.vecs;
    vs.length = n + 2 * WINDOW;
    const bos = vectors.get(BOS);
    const eos = vectors.get(EOS);
    for (let j = 0; j < WINDOW; j++) {
      vs[j] = bos;
      vs[n + WINDOW + j] = eos;
    }
    for (let j = 0; j < n; j++) vs[j + WINDOW] = vectors.get(s.infos[j]);
    const slab = vectors.slab;
    for (let t = 0; t < n; t++) {
      const base = t * L;
      for (let k = 0; k < SPAN; k++) {
        const vb = vs[t + k] + k * L;
        for (let y = 0; y < L; y++) e[base + y] += slab[vb + y];
      }
      const key = shapeKey(s, t);
      let so = shapes.find(key);
      const sv = shapes.values;
      if (so < 0) {
        so = -1 - so;
        hs.length = 0;
        shapeFeatures(s, t, hs);
        for (let k = 0; k < hs.length; k++) table.addTo(hs[k], sv, so);
      }
      for (let y = 0; y < L; y++) e[base + y] += sv[so + y];
      hs.length = 0;
      tokenFeatures(s, doc, t, hs);
      for (let k = 0; k < hs.length; k++) table.addTo(hs[k], e, base);
      const w = s.infos[t];
      if (w.cap && doc.contexts) {
        // Context-aggregation weights, summed once per word and document.
        let agg = aggCache.get(w.lower);
        if (agg === undefined) {
          agg = new Float32Array(L);
          hs.length = 0;
          aggregateFeatures(s, doc, t, hs);
          for (let k = 0; k < hs.length; k++) table.addTo(hs[k], agg, 0);
          aggCache.set(w.lower, agg);
        }
        for (let y = 0; y < L; y++) e[base + y] += agg[y];
      }
      const code = predictionCode(s, t);
      if (code >= 0) {
        let pv = this.predictionVectors[code];
        if (pv === undefined) {
          pv = new Float32Array(L);
          hs.length = 0;
          predictionFeatures(code, hs);
          for (let k = 0; k < hs.length; k++) table.addTo(hs[k], pv, 0);
          this.predictionVectors[code] = pv;
        }
        for (let y = 0; y < L; y++) e[base + y] += pv[y];
      }
    }
    return e;
  }

  /** Tag indices for each sentence of one document. */
  tagDocumentIndices(tokens: readonly (readonly string[])[]): Int32Array[] {
    if (this.generation !== this.words.generation) this.resetVectors();
    const { sentences, doc } = prepareDocument(tokens, this.words, this.model.lexicon);
    const m = this.model;
    const agg1 = new Map<string, Float32Array>();
    const first = sentences.map((s) => viterbi(this.emissions(s, doc, m.pass1, this.vectors1, agg1), s.infos.length, m.pass1.trans));
    if (!m.pass2 || !this.vectors2) return first;
    doc.typeCounts = countTypes(sentences, first);
    const vectors2 = this.vectors2;
    const pass2 = m.pass2;
    const agg2 = new Map<string, Float32Array>();
    return sentences.map((s, i) => {
      s.pass1 = first[i];
      return viterbi(this.emissions(s, doc, pass2, vectors2, agg2), s.infos.length, pass2.trans);
    });
  }

  /** The word cache was cleared: start the vector slabs afresh. */
  private resetVectors(): void {
    this.generation = this.words.generation;
    this.vectors1.reset();
    this.vectors2?.reset();
    for (const info of [...this.words.values(), this.bos, this.eos]) {
      info.vec1 = -1;
      info.vec2 = -1;
    }
  }

  /** BIO tags for each sentence of one document. */
  tagDocument(tokens: readonly (readonly string[])[]): string[][] {
    return this.tagDocumentIndices(tokens).map((tags) => Array.from(tags, (y) => TAGS[y]));
  }
}

/**
 * Tagging with a trained model: two passes over each document. The first pass uses local
 * features; the second adds document-level features computed from the first pass's output.
 */
// Imported from the defining modules, not the features.ts re-exports (CommonJS re-exports are getters).
import { shapeFeatures, shapeKey, SentenceContext, tokenFeatures } from './features';
import { aggregateFeatures, countTypes, DocContext, predictionCode, predictionFeatures } from './document-features';
import { atomAt, boundaryInfo, releaseAtoms, WINDOW, WordInfo } from './word-info';
import { NUM_TAGS, TAGS } from './labels';
import { Lexicon } from './lexicon';
import { prepareDocument, WordInfoCache } from './document';
import { viterbi } from './viterbi';
import { VectorCache } from './vector-cache';
import { WeightTable } from './weights';
import { HashList } from './hash-list';

export interface NerModel {
  lexicon: Lexicon;
  pass1: WeightTable;
  /** Absent for a one-pass model. */
  pass2: WeightTable | null;
  meta: Record<string, unknown>;
}

const L = NUM_TAGS;
const SPAN = 2 * WINDOW + 1;
if (SPAN !== 5) throw new Error('Tagger.emissions assumes a window of -2..+2');
/**
 * Distinct words cached (word info and weight vectors) before the cache evicts the less common
 * half. Bounded so a thread's memory stays flat however many documents it tags: about 280
 * Reuters stories fill it, and it fits the first vector slab (WORD_SLAB_WORDS), which then
 * never grows. A cached word holds about 800 bytes (two 180-byte vectors, its WordInfo and
 * strings), so the size is a trade of memory for CPU (issue 6, two threads, 10,000 files):
 * 16,000 words peaked at 150 MiB with --out, 8,000 at 138 MiB and 6,000 at 136; a batch of
 * 1,000 files peaks at 124-127 MiB with any of them. 8,000 costs about 3.5 % more CPU than
 * 16,000 (4,000 Reuters stories, 6.15 -> 6.30 s; 1,781 BBC articles, 5.83 -> 6.04 s), 6,000
 * about 6 % on BBC.
 */
export const WORD_CACHE_LIMIT = 8_000;
/** Words whose vectors the first slab holds (the cache's words plus the two boundary pseudo-words). */
const WORD_SLAB_WORDS = 8_192;
/** Ints per AtomSlots record (atom, mask, SPAN slots, padding): 32 bytes. */
const REC = 8;

/**
 * Table slots of word-atom features, per (atom, offset mask): the slot of the atom's feature
 * at each window offset in the mask, or -1 if the model lacks it. Most atoms of a new word
 * (shape, affixes, clusters, casing prior) are shared with words seen before, so their
 * feature hashes and table probes are done once. Open addressing over flat typed arrays;
 * cleared when half full.
 */
class AtomSlots {
  /**
   * One record of REC ints per entry: [atom, mask (0: empty), slot at offset 0 .. SPAN-1], so
   * a lookup touches one cache line.
   */
  readonly recs: Int32Array;
  private readonly mask: number;
  private readonly capacity: number;
  private count = 0;

  constructor(private readonly table: WeightTable, capacityPow2 = 1 << 14) {
    this.recs = new Int32Array(capacityPow2 * REC);
    this.mask = capacityPow2 - 1;
    this.capacity = capacityPow2;
  }

  /** Make room for `n` more entries (entries found before this call become invalid if it clears). */
  reserve(n: number): void {
    if ((this.count + n) * 2 > this.capacity) {
      this.recs.fill(0);
      this.count = 0;
    }
  }

  /**
   * Offset into `recs` of the entry for `atom` with offset mask `m` (non-zero), filled on first
   * use; the slot at window position o (0..SPAN-1) is at offset + 2 + o.
   */
  find(atom: number, m: number): number {
    const recs = this.recs;
    const k = atom | 0;
    let i = (k ^ (k >>> 15) ^ Math.imul(m, 0x9e3779b1)) & this.mask;
    for (;;) {
      const at = i * REC;
      const em = recs[at + 1];
      if (em === 0) break;
      if (em === m && recs[at] === k) return at;
      i = (i + 1) & this.mask;
    }
    const at = i * REC;
    recs[at] = k;
    recs[at + 1] = m;
    this.count++;
    for (let o = 0; o < SPAN; o++) {
      recs[at + 2 + o] = (m & (1 << o)) !== 0 ? this.table.slot(atomAt(atom, o - WINDOW)) : -1;
    }
    return at;
  }
}

/**
 * Each word's summed word-feature weights at every window offset, for one model pass, kept
 * in one growing slab (no object per word, and neighbouring words' vectors stay close).
 * The offset is stored on the (tagger-owned) WordInfo: `vec1` for pass 1, `vec2` for pass 2.
 */
class WordVectors {
  private entries = new Int32Array(64);
  private readonly atomSlots: AtomSlots;
  slab = new Float32Array(SPAN * L * WORD_SLAB_WORDS);
  private used = 0;
  /**
   * `lastPass`: no later pass reads the words' atoms, so a word's atoms are dropped once this
   * pass has its vector (a cached word keeps its vectors: see compact).
   */
  constructor(private readonly table: WeightTable, private readonly pass: 1 | 2, private readonly lastPass: boolean) {
    this.atomSlots = new AtomSlots(table);
  }

  private offsetOf(info: WordInfo): number {
    return this.pass === 1 ? info.vec1 : info.vec2;
  }

  private setOffset(info: WordInfo, at: number): void {
    if (this.pass === 1) info.vec1 = at;
    else info.vec2 = at;
  }

  /**
   * Keep only the vectors of `kept` (the words still cached), moved to the front of the slab
   * in the order they had, and forget the others.
   */
  compact(kept: readonly WordInfo[]): void {
    const live = kept.filter((info) => this.offsetOf(info) >= 0).sort((a, b) => this.offsetOf(a) - this.offsetOf(b));
    const size = SPAN * L;
    const from = this.slab;
    // A document too big for the cache grew the slab: give that memory back.
    const to = from.length > size * WORD_SLAB_WORDS ? new Float32Array(size * Math.max(WORD_SLAB_WORDS, live.length)) : from;
    let used = 0;
    for (const info of live) {
      const at = this.offsetOf(info);
      // Moving down only (offsets ascend), so copyWithin never overwrites a vector still to move.
      if (to === from) from.copyWithin(used, at, at + size);
      else to.set(from.subarray(at, at + size), used);
      this.setOffset(info, used);
      used += size;
    }
    this.slab = to;
    this.used = used;
  }

  /** Offset of the word's vector in `slab` (which may be replaced by a bigger one). */
  get(info: WordInfo): number {
    const cached = this.offsetOf(info);
    if (cached >= 0) return cached;
    if (this.used + SPAN * L > this.slab.length) {
      const bigger = new Float32Array(this.slab.length * 2);
      bigger.set(this.slab);
      this.slab = bigger;
    }
    const at = this.used;
    this.used += SPAN * L;
    const slab = this.slab;
    slab.fill(0, at, at + SPAN * L);
    const atoms = info.atoms;
    const masks = info.masks;
    const na = atoms.length;
    if (this.entries.length < na) this.entries = new Int32Array(na * 2);
    const entries = this.entries;
    const cache = this.atomSlots;
    cache.reserve(na);
    for (let k = 0; k < na; k++) entries[k] = cache.find(atoms[k], masks[k]);
    const recs = cache.recs;
    const w = this.table.slotWeights;
    // Same features, in the same order, as wordFeatures at each offset.
    for (let o = 0; o < SPAN; o++) {
      const bit = 1 << o;
      const dst = at + o * L;
      for (let k = 0; k < na; k++) {
        if ((masks[k] & bit) === 0) continue;
        const s = recs[entries[k] + 2 + o];
        if (s < 0) continue;
        const base = s * L;
        for (let y = 0; y < L; y++) slab[dst + y] += w[base + y];
      }
    }
    this.setOffset(info, at);
    // About 370 bytes per cached word (issue 6: a thread's peak RSS).
    if (this.lastPass && info.vec1 >= 0) releaseAtoms(info);
    return at;
  }
}

export class Tagger {
  private readonly words: WordInfoCache;
  private readonly vectors1: WordVectors;
  private readonly vectors2: WordVectors | null;
  private readonly scratch = new HashList();
  private readonly bos = boundaryInfo('start');
  private readonly eos = boundaryInfo('end');
  private buf = new Float32Array(256 * L);
  /** Word vector offsets by window position (see emissions); grown, never shrunk. */
  private vecs = new Int32Array(256);
  private generation = 0;
  /** Summed weights of the shape-context features, by shapeKey, per pass. */
  private readonly shapes1 = new VectorCache();
  private readonly shapes2 = new VectorCache();
  /**
   * Context-aggregation weight vectors of the document being tagged (one pass at a time), by
   * offset: the aggCache maps of emissions() hold the offsets.
   */
  private aggVecs = new Float32Array(1024 * L);
  private aggUsed = 0;
  /** Second-pass weights of the first-pass prediction features, by prediction code. */
  private readonly predictionVectors: Array<Float32Array | undefined> = [];

  /** `wordCacheLimit`: how many distinct words to keep cached (with their weight vectors). */
  constructor(readonly model: NerModel, wordCacheLimit = WORD_CACHE_LIMIT) {
    this.words = new WordInfoCache(model.lexicon, wordCacheLimit);
    this.vectors1 = new WordVectors(model.pass1, 1, !model.pass2);
    this.vectors2 = model.pass2 ? new WordVectors(model.pass2, 2, true) : null;
  }

  private emissions(s: SentenceContext, doc: DocContext, table: WeightTable, vectors: WordVectors,
    aggCache: Map<string, number>): Float32Array {
    const shapes = table === this.model.pass1 ? this.shapes1 : this.shapes2;
    const n = s.infos.length;
    if (this.buf.length < n * L) this.buf = new Float32Array(n * L * 2);
    const e = this.buf;
    const hs = this.scratch;
    const BOS = this.bos;
    const EOS = this.eos;
    // Word vectors by position (offsets into the slab), padded with the boundary pseudo-words.
    if (this.vecs.length < n + 2 * WINDOW) this.vecs = new Int32Array(2 * (n + 2 * WINDOW));
    const vs = this.vecs;
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
      const key = shapeKey(s, t);
      let so = shapes.find(key);
      const sv = shapes.values;
      if (so < 0) {
        so = -1 - so;
        hs.length = 0;
        shapeFeatures(s, t, hs);
        for (let k = 0; k < hs.length; k++) table.addTo(hs.data[k], sv, so);
      }
      // The window's word vectors (offsets -2..+2), then the shape context, summed in a
      // register with float32 rounding after each addition: the same values as adding them
      // one by one into the Float32Array.
      const v0 = vs[t];
      const v1 = vs[t + 1] + L;
      const v2 = vs[t + 2] + 2 * L;
      const v3 = vs[t + 3] + 3 * L;
      const v4 = vs[t + 4] + 4 * L;
      for (let y = 0; y < L; y++) {
        let x = Math.fround(0 + slab[v0 + y]);
        x = Math.fround(x + slab[v1 + y]);
        x = Math.fround(x + slab[v2 + y]);
        x = Math.fround(x + slab[v3 + y]);
        x = Math.fround(x + slab[v4 + y]);
        e[base + y] = Math.fround(x + sv[so + y]);
      }
      hs.length = 0;
      tokenFeatures(s, doc, t, hs);
      for (let k = 0; k < hs.length; k++) table.addTo(hs.data[k], e, base);
      const w = s.infos[t];
      if (w.cap && doc.contexts) {
        // Context-aggregation weights, summed once per word and document.
        let ao = aggCache.get(w.lower);
        if (ao === undefined) {
          ao = this.aggUsed;
          if (ao + L > this.aggVecs.length) {
            const bigger = new Float32Array(this.aggVecs.length * 2);
            bigger.set(this.aggVecs);
            this.aggVecs = bigger;
          }
          this.aggUsed += L;
          this.aggVecs.fill(0, ao, ao + L);
          hs.length = 0;
          aggregateFeatures(s, doc, t, hs);
          for (let k = 0; k < hs.length; k++) table.addTo(hs.data[k], this.aggVecs, ao);
          aggCache.set(w.lower, ao);
        }
        const agg = this.aggVecs;
        for (let y = 0; y < L; y++) e[base + y] += agg[ao + y];
      }
      const code = predictionCode(s, t);
      if (code >= 0) {
        let pv = this.predictionVectors[code];
        if (pv === undefined) {
          pv = new Float32Array(L);
          hs.length = 0;
          predictionFeatures(code, hs);
          for (let k = 0; k < hs.length; k++) table.addTo(hs.data[k], pv, 0);
          this.predictionVectors[code] = pv;
        }
        for (let y = 0; y < L; y++) e[base + y] += pv[y];
      }
    }
    return e;
  }

  /** Tag indices for each sentence of one document. */
  tagDocumentIndices(tokens: readonly (readonly string[])[]): Int32Array[] {
    this.words.reserve(tokens.reduce((n, s) => n + s.length, 0));
    if (this.generation !== this.words.generation) this.compactVectors();
    const { sentences, doc } = prepareDocument(tokens, this.words, this.model.lexicon);
    const m = this.model;
    this.aggUsed = 0;
    const agg1 = new Map<string, number>();
    const first = sentences.map((s) => viterbi(this.emissions(s, doc, m.pass1, this.vectors1, agg1), s.infos.length, m.pass1.trans));
    if (!m.pass2 || !this.vectors2) return first;
    doc.typeCounts = countTypes(sentences, first);
    const vectors2 = this.vectors2;
    const pass2 = m.pass2;
    this.aggUsed = 0;
    const agg2 = new Map<string, number>();
    return sentences.map((s, i) => {
      s.pass1 = first[i];
      return viterbi(this.emissions(s, doc, pass2, vectors2, agg2), s.infos.length, pass2.trans);
    });
  }

  /** The word cache dropped words: keep the vectors of those it kept (and of the boundaries) only. */
  private compactVectors(): void {
    this.generation = this.words.generation;
    const kept = [...this.words.values(), this.bos, this.eos];
    this.vectors1.compact(kept);
    this.vectors2?.compact(kept);
  }

  /** BIO tags for each sentence of one document. */
  tagDocument(tokens: readonly (readonly string[])[]): string[][] {
    return this.tagDocumentIndices(tokens).map((tags) => Array.from(tags, (y) => TAGS[y]));
  }
}

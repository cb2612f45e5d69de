/**
 * Training: averaged structured perceptron over the features of features.ts, with the same
 * constrained Viterbi decoding used at run time. Deterministic for a given seed.
 */
import { aggregateFeatures, boundaryInfo, predictionCode, predictionFeatures, shapeFeatures, DocContext, SentenceContext, tokenFeatures, WINDOW, wordFeatures } from './features';
import { NUM_TAGS } from './labels';
import { RawTable } from './model-io';
import { viterbi } from './viterbi';

const L = NUM_TAGS;
const BOS = boundaryInfo('start');
const EOS = boundaryInfo('end');

/** All feature hashes of token t (word features in the window, then token features). */
export function allFeatures(s: SentenceContext, doc: DocContext, t: number, out: number[]): void {
  const n = s.infos.length;
  for (let o = -WINDOW; o <= WINDOW; o++) {
    const j = t + o;
    wordFeatures(j < 0 ? BOS : j >= n ? EOS : s.infos[j], o, out);
  }
  shapeFeatures(s, t, out);
  tokenFeatures(s, doc, t, out);
  aggregateFeatures(s, doc, t, out);
  predictionFeatures(predictionCode(s, t), out);
}

/** Training example: feature row ids per token (CSR layout) and gold tag indices. */
export interface Example {
  feats: Int32Array;
  offsets: Int32Array;
  gold: Int32Array;
}

/** Maps feature hashes to dense row ids; only hashes seen at least `minCount` times get a row. */
export class FeatureIndex {
  private readonly counts = new Map<number, number>();
  private readonly ids = new Map<number, number>();
  readonly keys: number[] = [];

  count(h: number): void {
    this.counts.set(h, (this.counts.get(h) ?? 0) + 1);
  }

  /** Freeze: assign ids to hashes seen at least minCount times. */
  freeze(minCount: number): void {
    for (const [h, c] of this.counts) {
      if (c >= minCount) {
        this.ids.set(h, this.keys.length);
        this.keys.push(h);
      }
    }
    this.counts.clear();
  }

  id(h: number): number {
    return this.ids.get(h) ?? -1;
  }

  get size(): number {
    return this.keys.length;
  }
}

export interface Sequence {
  s: SentenceContext;
  doc: DocContext;
  gold: Int32Array;
}

/** Count every feature hash in the data. */
export function countFeatures(data: readonly Sequence[], index: FeatureIndex): void {
  const hs: number[] = [];
  for (const { s, doc } of data) {
    for (let t = 0; t < s.infos.length; t++) {
      hs.length = 0;
      allFeatures(s, doc, t, hs);
      for (const h of hs) index.count(h);
    }
  }
}

export function toExamples(data: readonly Sequence[], index: FeatureIndex): Example[] {
  const hs: number[] = [];
  return data.map(({ s, doc, gold }) => {
    const ids: number[] = [];
    const offsets = new Int32Array(s.infos.length + 1);
    for (let t = 0; t < s.infos.length; t++) {
      hs.length = 0;
      allFeatures(s, doc, t, hs);
      for (const h of hs) {
        const id = index.id(h);
        if (id >= 0) ids.push(id);
      }
      offsets[t + 1] = ids.length;
    }
    return { feats: Int32Array.from(ids), offsets, gold };
  });
}

/** Small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Called after each epoch with the current averaged weights. */
  onEpoch?: (epoch: number, table: RawTable) => void;
}

/** Train an averaged perceptron; returns the averaged weights with the index's keys. */
export function trainPerceptron(examples: readonly Example[], index: FeatureIndex, opts: TrainOptions): RawTable {
  const rows = index.size;
  const w = new Float64Array(rows * L);
  const u = new Float64Array(rows * L);
  const tw = new Float64Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  let c = 1;
  const random = rng(opts.seed);
  const order = examples.map((_, i) => i);
  const keys = Int32Array.from(index.keys);
  const average = (): RawTable => {
    const aw = new Float64Array(w.length);
    for (let i = 0; i < w.length; i++) aw[i] = w[i] - u[i] / c;
    const at = new Float64Array(tw.length);
    for (let i = 0; i < tw.length; i++) at[i] = tw[i] - tu[i] / c;
    return { keys, weights: aw, trans: at };
  };
  let e = new Float64Array(64 * L);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
    for (const k of order) {
      const ex = examples[k];
      const n = ex.gold.length;
      if (e.length < n * L) e = new Float64Array(n * L * 2);
      e.fill(0, 0, n * L);
      for (let t = 0; t < n; t++) {
        const base = t * L;
        for (let f = ex.offsets[t]; f < ex.offsets[t + 1]; f++) {
          const r = ex.feats[f] * L;
          for (let y = 0; y < L; y++) e[base + y] += w[r + y];
        }
      }
      const pred = viterbi(e, n, tw);
      let prevG = L;
      let prevP = L;
      for (let t = 0; t < n; t++) {
        const g = ex.gold[t];
        const p = pred[t];
        if (g !== p) {
          for (let f = ex.offsets[t]; f < ex.offsets[t + 1]; f++) {
            const r = ex.feats[f] * L;
            w[r + g] += 1;
            u[r + g] += c;
            w[r + p] -= 1;
            u[r + p] -= c;
          }
        }
        if (g !== p || prevG !== prevP) {
          tw[prevG * L + g] += 1;
          tu[prevG * L + g] += c;
          tw[prevP * L + p] -= 1;
          tu[prevP * L + p] -= c;
        }
        prevG = g;
        prevP = p;
      }
      c++;
    }
    if (opts.onEpoch) opts.onEpoch(epoch, average());
  }
  return average();
}

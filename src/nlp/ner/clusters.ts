/**
 * Word clusters from unlabelled text by the exchange algorithm (Kneser & Ney 1993; Martin et
 * al. 1998; Uszkoreit & Brants 2008): words are moved between C classes to maximise the
 * likelihood of a class-based model of their left and right neighbours. A hierarchy is made
 * by clustering the classes again into fewer classes. Deterministic: no randomness at all.
 */

export interface ClusterOptions {
  /** Class counts from fine to coarse, e.g. [512, 128, 32]. */
  sizes: number[];
  iterations: number;
  /** Words seen fewer times are not clustered. */
  minCount: number;
  /** Context words kept distinct (the most frequent); others share one bucket. */
  contextVocab: number;
  log?: (m: string) => void;
}

const fCache = new Float64Array(1 << 20);
for (let i = 1; i < fCache.length; i++) fCache[i] = i * Math.log(i);
function xlogx(x: number): number {
  return x < fCache.length ? fCache[x] : x * Math.log(x);
}

/** Sparse context counts of one item (word or class): context ids and counts. */
interface Contexts {
  ids: Int32Array;
  counts: Int32Array;
  total: number;
}

/**
 * Exchange clustering of `items` (each a sparse context-count vector) into `k` classes.
 * `init[i]` is the starting class of item i. Returns the class of each item.
 */
function exchange(items: readonly Contexts[], numContexts: number, k: number, init: Int32Array, iterations: number,
  log?: (m: string) => void): Int32Array {
  const cls = Int32Array.from(init);
  const N = new Int32Array(k * numContexts);
  const Nc = new Float64Array(k);
  items.forEach((it, i) => {
    const base = cls[i] * numContexts;
    for (let j = 0; j < it.ids.length; j++) N[base + it.ids[j]] += it.counts[j];
    Nc[cls[i]] += it.total;
  });
  const gain = new Float64Array(k);
  for (let iter = 0; iter < iterations; iter++) {
    let moved = 0;
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      const a = cls[i];
      const abase = a * numContexts;
      for (let j = 0; j < it.ids.length; j++) N[abase + it.ids[j]] -= it.counts[j];
      Nc[a] -= it.total;
      for (let b = 0; b < k; b++) gain[b] = xlogx(Nc[b]) - xlogx(Nc[b] + it.total);
      for (let j = 0; j < it.ids.length; j++) {
        const x = it.ids[j];
        const c = it.counts[j];
        for (let b = 0, off = x; b < k; b++, off += numContexts) {
          const n = N[off];
          gain[b] += xlogx(n + c) - xlogx(n);
        }
      }
      let best = a;
      for (let b = 0; b < k; b++) if (gain[b] > gain[best] + 1e-9) best = b;
      if (best !== a) moved++;
      cls[i] = best;
      const bbase = best * numContexts;
      for (let j = 0; j < it.ids.length; j++) N[bbase + it.ids[j]] += it.counts[j];
      Nc[best] += it.total;
    }
    if (log) log(`exchange k=${k} iteration ${iter + 1}: ${moved} moves`);
    if (moved === 0) break;
  }
  return cls;
}

function sparse(map: Map<number, number>): Contexts {
  const ids = Int32Array.from([...map.keys()].sort((x, y) => x - y));
  const counts = Int32Array.from(ids, (id) => map.get(id) ?? 0);
  let total = 0;
  for (const c of counts) total += c;
  return { ids, counts, total };
}

/**
 * Cluster the words of `sentences` (already normalised, e.g. lower-cased). Returns word →
 * class path from coarse to fine (e.g. ["c7", "c7.31", "c7.31.402"] rendered as ids).
 */
export function clusterWords(sentences: Iterable<readonly string[]>, opts: ClusterOptions): Map<string, string[]> {
  const freq = new Map<string, number>();
  const seqs: string[][] = [];
  for (const s of sentences) {
    seqs.push([...s]);
    for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  }
  const vocab = [...freq.entries()].filter(([, c]) => c >= opts.minCount)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([w]) => w);
  const wordId = new Map(vocab.map((w, i) => [w, i]));
  // Context ids: 0 = boundary, 1 = rare word, 2.. = frequent words; left contexts are offset by K.
  const K = Math.min(opts.contextVocab, vocab.length) + 2;
  const ctxOf = (w: string | undefined): number => {
    if (w === undefined) return 0;
    const id = wordId.get(w);
    return id !== undefined && id < K - 2 ? id + 2 : 1;
  };
  const ctx: Array<Map<number, number>> = vocab.map(() => new Map());
  for (const s of seqs) {
    for (let i = 0; i < s.length; i++) {
      const id = wordId.get(s[i]);
      if (id === undefined) continue;
      const m = ctx[id];
      const r = ctxOf(s[i + 1]);
      const l = K + ctxOf(i > 0 ? s[i - 1] : undefined);
      m.set(r, (m.get(r) ?? 0) + 1);
      m.set(l, (m.get(l) ?? 0) + 1);
    }
  }
  const items = ctx.map(sparse);
  opts.log?.(`clustering ${vocab.length} words (${seqs.length} sequences), ${2 * K} contexts`);

  const [fine, ...coarser] = opts.sizes;
  const init = Int32Array.from(vocab, (_, i) => i % fine);
  const levels: Int32Array[] = [exchange(items, 2 * K, fine, init, opts.iterations, opts.log)];
  // Coarser levels: cluster the classes of the previous level.
  let prevSize = fine;
  for (const k of coarser) {
    const prev = levels[levels.length - 1];
    const classCtx: Array<Map<number, number>> = Array.from({ length: prevSize }, () => new Map());
    items.forEach((it, i) => {
      const m = classCtx[prev[i]];
      for (let j = 0; j < it.ids.length; j++) m.set(it.ids[j], (m.get(it.ids[j]) ?? 0) + it.counts[j]);
    });
    const classItems = classCtx.map(sparse);
    const cinit = Int32Array.from(classItems, (_, i) => i % k);
    const up = exchange(classItems, 2 * K, k, cinit, opts.iterations * 2, opts.log);
    levels.push(Int32Array.from(prev, (c) => up[c]));
    prevSize = k;
  }
  const out = new Map<string, string[]>();
  vocab.forEach((w, i) => {
    // Coarse to fine; each level's id is prefixed by the coarser ones.
    const path: string[] = [];
    let prefix = '';
    for (let l = levels.length - 1; l >= 0; l--) {
      prefix = prefix ? `${prefix}.${levels[l][i]}` : String(levels[l][i]);
      path.push(prefix);
    }
    out.set(w, path);
  });
  return out;
}
